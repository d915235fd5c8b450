#include "core/salesforce/auth/refreshtokencredentials.h"
#include "core/salesforce/auth/signin.h"
#include "core/salesforce/connection.h"
#include "core/salesforce/restclient.h"
#include "core/salesforce/urlpolicy.h"
#include "tests/testsupport/browser.h"
#include "tests/testsupport/fakenetworkaccessmanager.h"
#include "tests/testsupport/testcertificates.h"
#include "tests/testsupport/testenvironment.h"
#include "tests/testsupport/testorg.h"

#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace sfsync;
using namespace sfsync::test;
using Fake = FakeNetworkAccessManager;

namespace {

// TLS on loopback with a self-signed certificate (QSslServer only arrives in Qt 6.4's successors): whatever a
// client sends after the handshake is collected, so a test can prove that nothing was.
class SelfSignedServer : public QTcpServer
{
public:
    bool start()
    {
        m_certificate = loopbackCertificate();
        m_key = loopbackKey();
        return !m_certificate.isNull() && !m_key.isNull() && listen(QHostAddress(QHostAddress::LocalHost));
    }
    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(serverPort())); }

    int handshakes = 0;
    int encrypted = 0;
    QByteArray received;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        ++handshakes;
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        connect(socket, &QSslSocket::encrypted, this, [this] { ++encrypted; });
        connect(socket, &QSslSocket::readyRead, this, [this, socket] { received += socket->readAll(); });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        socket->startServerEncryption();
    }

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};

bool portIsClosed(const QHostAddress &address, quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(address, port);
    return !socket.waitForConnected(2000);
}

} // namespace

// The sign-in listener and the transport: only the one expected browser redirect is accepted, a code works
// once, the listener is gone afterwards, plain http is refused for any host but this machine, and a TLS
// certificate that cannot be verified fails the call: nothing (no token) is sent over it.
class tst_OAuthSecurity : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestOrg> m_org;

    SignInOptions options() const
    {
        SignInOptions o;
        o.loginHost = m_org->baseUrl();
        o.clientId = QString::fromLatin1(SignInOptions::LocalOrgClientId);
        o.ports = {0};
        o.timeoutMs = 30000;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateEnvironment(QStringLiteral("tst_oauthsecurity"));
        localorg::LocalOrgOptions o;
        o.seed = QStringLiteral("none");
        o.autoApprove = true;
        m_org = std::make_unique<TestOrg>(o);
        QString error;
        QVERIFY2(m_org->start(&error), qPrintable(error));
    }

    void replayedCodeIsRefused()
    {
        Fake network;
        QUrl authorize;
        SignIn signIn(&network, options(), [&](const QUrl &url) {
            authorize = url;
            return true;
        });
        QSignalSpy finished(&signIn, &SignIn::finished);
        signIn.start();
        QNetworkAccessManager browser;
        const BrowserPage approved = browse(browser, authorize);
        QCOMPARE(approved.status, 302);
        QCOMPARE(browse(browser, approved.location).status, 200);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.first().at(1).value<SfError>().isNull());
        QVERIFY(!signIn.isRunning());

        // The same redirect again: the listener is gone.
        const BrowserPage again = browse(browser, approved.location);
        QCOMPARE(again.error, QNetworkReply::ConnectionRefusedError);
        QVERIFY(portIsClosed(QHostAddress(QHostAddress::LocalHost), signIn.port()));

        // Someone who captured the code and the exact token request replays it: the org refuses a used code.
        const Fake::Request *token = nullptr;
        for (const Fake::Request &r : network.requests())
            token = r.url.path() == QLatin1String("/services/oauth2/token") ? &r : token;
        QVERIFY(token);
        QNetworkRequest replay(token->url);
        replay.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
        QNetworkAccessManager attacker;
        QNetworkReply *reply = attacker.post(replay, token->body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QVERIFY2(reply->readAll().contains("invalid_grant"), "a used code must be invalid_grant");
        reply->deleteLater();
    }

    void onlyTheExpectedRedirectIsAccepted()
    {
        Fake network;
        QUrl authorize;
        SignIn signIn(&network, options(), [&](const QUrl &url) {
            authorize = url;
            return true;
        });
        QSignalSpy finished(&signIn, &SignIn::finished);
        signIn.start();
        const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(signIn.port()));
        const QString state = QUrlQuery(authorize).queryItemValue(QStringLiteral("state"));
        QNetworkAccessManager browser;
        // Wrong paths, even with the right state, do not count and do not end the sign-in.
        for (const char *path : {"/", "/favicon.ico", "/oauthredirect", "/OauthRedirect/x", "/OauthRedirectX",
                                 "/services/oauth2/token", "/OauthRedirect%2F.."}) {
            QUrl url = base.resolved(QUrl(QString::fromLatin1(path)));
            url.setQuery(QStringLiteral("code=stolen&state=") + state);
            const BrowserPage page = browse(browser, url);
            QVERIFY2(page.status == 404 || page.status == 400, path);
            QVERIFY2(signIn.isRunning(), path);
        }
        QCOMPARE(finished.size(), 0);
        QCOMPARE(network.count(QStringLiteral("/services/oauth2/token")), 0);

        // A request that is not HTTP at all.
        {
            QTcpSocket raw;
            raw.connectToHost(QHostAddress(QHostAddress::LocalHost), signIn.port());
            QVERIFY(raw.waitForConnected(5000));
            raw.write(QByteArray(3000, '\x16') + "\r\n\r\n");
            raw.waitForReadyRead(3000);
            QVERIFY(signIn.isRunning());
        }

        // A forged redirect with a real-looking code but another state: refused, nothing exchanged.
        QUrl forged = base.resolved(QUrl(QStringLiteral("/OauthRedirect")));
        forged.setQuery(QStringLiteral("code=abc&state=") + state + QStringLiteral("x"));
        QCOMPARE(browse(browser, forged).status, 400);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).value<SfError>().errorCode, QStringLiteral("STATE_MISMATCH"));
        QCOMPARE(network.count(QStringLiteral("/services/oauth2/token")), 0);
        QVERIFY(portIsClosed(QHostAddress(QHostAddress::LocalHost), signIn.port()));
    }

    void listenerIsLoopbackOnly()
    {
        Fake network;
        SignIn signIn(&network, options(), [](const QUrl &) { return true; });
        signIn.start();
        QVERIFY(signIn.isRunning());
        QHostAddress external;
        for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
            if (!a.isLoopback() && a.protocol() == QAbstractSocket::IPv4Protocol)
                external = a;
        }
        if (external.isNull())
            QSKIP("this machine has no non-loopback IPv4 address to try from");
        // From another interface (what another machine on the network would reach) the port is closed.
        QVERIFY(portIsClosed(external, signIn.port()));
        QVERIFY(!portIsClosed(QHostAddress(QHostAddress::LocalHost), signIn.port()));
        signIn.cancel();
        QVERIFY(portIsClosed(QHostAddress(QHostAddress::LocalHost), signIn.port()));
    }

    void plainHttpOnlyForLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://example.my.salesforce.com" << true;
        QTest::newRow("loopback v4") << "http://127.0.0.1:8080" << true;
        QTest::newRow("loopback v4 other") << "http://127.8.9.10" << true;
        QTest::newRow("loopback v6") << "http://[::1]:9" << true;
        QTest::newRow("localhost") << "http://localhost:1" << true;
        QTest::newRow("http host") << "http://example.my.salesforce.com" << false;
        QTest::newRow("http private") << "http://10.0.0.1" << false;
        QTest::newRow("localhost lookalike") << "http://localhost.evil.example" << false;
        QTest::newRow("127 lookalike") << "http://127.0.0.1.evil.example" << false;
        QTest::newRow("userinfo trick") << "http://127.0.0.1@evil.example" << false;
        QTest::newRow("mapped v4") << "http://[::ffff:10.0.0.1]" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1" << false;
    }

    void plainHttpOnlyForLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const QUrl u(url, QUrl::StrictMode);
        QCOMPARE(UrlPolicy::check(u).isNull(), allowed);
        Connection connection;
        QCOMPARE(connection.setInstanceUrl(u).isNull(), allowed);
        if (allowed)
            return;
        // A refresh to such a host never sends the refresh token.
        Fake network;
        Connection c;
        c.setCredentials(
            new RefreshTokenCredentials(u, QStringLiteral("client"), QStringLiteral("REFRESH-SECRET")));
        QSignalSpy refreshed(&c, &Connection::refreshFinished);
        c.refreshAccessToken(&network);
        QTRY_COMPARE(refreshed.size(), 1);
        QVERIFY(!refreshed.first().first().value<SfError>().isNull());
        for (const Fake::Request &r : network.requests())
            QVERIFY2(!r.body.contains("REFRESH-SECRET"), qPrintable(r.url.toString()));
        // A sign-in against it does not even listen.
        SignInOptions o = options();
        o.loginHost = u;
        bool opened = false;
        SignIn signIn(&network, o, [&](const QUrl &) {
            opened = true;
            return true;
        });
        QSignalSpy finished(&signIn, &SignIn::finished);
        signIn.start();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!opened);
        QVERIFY(!finished.first().at(1).value<SfError>().isNull());
    }

    void untrustedCertificateFailsTheCall()
    {
        SelfSignedServer server;
        QVERIFY(server.start());
        QNetworkAccessManager network;
        Connection connection;
        QVERIFY(connection.setInstanceUrl(server.url()).isNull());
        connection.setAccessToken(QStringLiteral("00DTLS!ACCESS-TOKEN-MUST-NOT-LEAVE"));
        RestClient rest(&connection, &network);
        rest.setRetryPolicy(RetryPolicy {1, 1, 1});
        RestRequest request;
        request.path = QStringLiteral("limits");
        RestCall *call = rest.send(request);
        QSignalSpy finished(call, &RestCall::finished);
        QVERIFY(finished.wait(20000));
        const auto response = finished.first().first().value<RestResponse>();
        QCOMPARE(response.httpStatus, 0);
        QCOMPARE(response.firstError().errorCode, QStringLiteral("SSL_ERROR"));
        qInfo("user sees: %s", qPrintable(response.firstError().toString()));
        QVERIFY(server.handshakes >= 1); // it did reach the server ...
        QCOMPARE(server.encrypted, 0); // ... and never completed a handshake ...
        QVERIFY(!server.received.contains("ACCESS-TOKEN")); // ... so the token was not sent
        QVERIFY(!server.received.contains("GET "));

        // The token endpoint behind an untrusted certificate: the refresh fails, the refresh token stays
        // home.
        Connection c;
        QVERIFY(c.setInstanceUrl(server.url()).isNull());
        c.setCredentials(new RefreshTokenCredentials(server.url(), QStringLiteral("client"),
                                                     QStringLiteral("REFRESH-MUST-STAY")));
        QSignalSpy refreshed(&c, &Connection::refreshFinished);
        c.refreshAccessToken(&network);
        QVERIFY(refreshed.wait(20000));
        const auto error = refreshed.first().first().value<SfError>();
        QVERIFY(!error.isNull());
        qInfo("refresh fails with: %s", qPrintable(error.toString()));
        QVERIFY(!server.received.contains("REFRESH-MUST-STAY"));
        QCOMPARE(server.encrypted, 0);
    }

    void expiredTokenRefreshesAtTheIdentityEndpoint()
    {
        // A profile's stored access token has expired; the first call of a session is userinfo, which answers
        // 403 "Bad_OAuth_Token" (not 401). The client must refresh there, not give up ("sign in again").
        Fake network;
        QString error;
        const TokenResponse tokens = browserSignIn(m_org->org(), &network, &error);
        QVERIFY2(tokens.isValid(), qPrintable(error));
        m_org->org().expireAccessTokens();
        Connection connection;
        QVERIFY(connection.setInstanceUrl(m_org->baseUrl()).isNull());
        connection.setCredentials(new RefreshTokenCredentials(
            m_org->baseUrl(), QString::fromLatin1(SignInOptions::LocalOrgClientId), tokens.refreshToken));
        connection.setAccessToken(tokens.accessToken);
        RestClient rest(&connection, &network);
        RestRequest request;
        request.path = QStringLiteral("/services/oauth2/userinfo");
        RestCall *call = rest.send(request);
        QSignalSpy finished(call, &RestCall::finished);
        QVERIFY(finished.wait(20000));
        const auto response = finished.first().first().value<RestResponse>();
        QVERIFY2(response.ok(),
                 qPrintable(QString::number(response.httpStatus) + QLatin1Char(' ')
                            + QString::fromUtf8(response.body)));
        QCOMPARE(connection.refreshCount(), 1);
        QVERIFY(connection.accessToken() != tokens.accessToken);
    }

    void noCodeIgnoresTlsErrors()
    {
        // Nothing in the product may switch certificate checks off.
        QStringList offenders;
        for (const char *dir : {"core", "ui", "app", "localorg"}) {
            QDirIterator it(sourcePath(QString::fromLatin1(dir)),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray text = f.readAll();
                for (const char *bad : {"ignoreSslErrors", "VerifyNone", "QueryPeer", "setPeerVerifyMode"}) {
                    if (text.contains(bad))
                        offenders << path + QStringLiteral(": ") + QLatin1String(bad);
                }
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(tst_OAuthSecurity)
#include "tst_oauthsecurity.moc"
