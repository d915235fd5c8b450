#include "core/salesforce/auth/signin.h"
#include "tests/testsupport/browser.h"
#include "tests/testsupport/testenvironment.h"
#include "tests/testsupport/testorg.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace sfsync;
using sfsync::test::browse;
using sfsync::test::BrowserPage;
using Fake = sfsync::test::FakeNetworkAccessManager;

namespace {

QString param(const QUrl &url, const QString &name)
{
    return QUrlQuery(url).queryItemValue(name, QUrl::FullyDecoded);
}

} // namespace

class tst_SignIn : public QObject
{
    Q_OBJECT

private:
    // The app's network is the org's recording one: it records the token request and passes it on.
    std::unique_ptr<test::TestOrg> m_org;
    std::unique_ptr<QNetworkAccessManager> m_browser;
    QList<QUrl> m_opened;

    SignInOptions options(int timeoutMs = 30000) const
    {
        SignInOptions o;
        o.loginHost = m_org->baseUrl();
        o.clientId = QString::fromLatin1(SignInOptions::LocalOrgClientId);
        o.ports = {0}; // any free port: tests run in parallel
        o.timeoutMs = timeoutMs;
        return o;
    }

    std::unique_ptr<SignIn> makeSignIn(const SignInOptions &o)
    {
        return std::make_unique<SignIn>(&m_org->network(), o, [this](const QUrl &url) {
            m_opened.append(url);
            return true;
        });
    }

    const Fake::Request *tokenRequest() const
    {
        for (const Fake::Request &r : m_org->network().requests()) {
            if (r.url.path() == QLatin1String("/services/oauth2/token"))
                return &r;
        }
        return nullptr;
    }

    bool portIsClosed(quint16 port)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        return !socket.waitForConnected(2000);
    }

private Q_SLOTS:
    void initTestCase() { sfsync::test::isolateEnvironment(QStringLiteral("tst_signin")); }

    void init()
    {
        localorg::LocalOrgOptions o;
        o.dataDir = QStringLiteral(":memory:");
        o.seed = QStringLiteral("none");
        o.autoApprove = true;
        m_org = std::make_unique<test::TestOrg>(o);
        QString error;
        QVERIFY2(m_org->start(&error), qPrintable(error));
        m_browser = std::make_unique<QNetworkAccessManager>();
        m_opened.clear();
    }

    void cleanup()
    {
        m_browser.reset();
        m_org.reset();
    }

    void fullBrowserSignIn()
    {
        auto signIn = makeSignIn(options());
        QSignalSpy finished(signIn.get(), &SignIn::finished);
        QSignalSpy urlReady(signIn.get(), &SignIn::authorizeUrlReady);
        signIn->start();
        QVERIFY(signIn->isRunning());
        QCOMPARE(m_opened.size(), 1);
        QCOMPARE(urlReady.size(), 1);
        const QUrl authorize = m_opened.first();
        QCOMPARE(authorize, signIn->authorizeUrl());

        // The authorize URL, as the browser gets it.
        QCOMPARE(authorize.host(), m_org->baseUrl().host());
        QCOMPARE(authorize.path(), QStringLiteral("/services/oauth2/authorize"));
        QCOMPARE(param(authorize, QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(param(authorize, QStringLiteral("client_id")), QStringLiteral("sfsync-local"));
        QCOMPARE(param(authorize, QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(param(authorize, QStringLiteral("scope")), QStringLiteral("api refresh_token"));
        const QString redirect = param(authorize, QStringLiteral("redirect_uri"));
        QCOMPARE(redirect, QStringLiteral("http://localhost:%1/OauthRedirect").arg(signIn->port()));
        const QString state = param(authorize, QStringLiteral("state"));
        QVERIFY(state.size() >= 22); // >= 128 bits in base64url
        const QString challenge = param(authorize, QStringLiteral("code_challenge"));
        QCOMPARE(challenge.size(), 43);

        // The user approves (auto-approve): the org redirects back with a code containing '/'.
        const BrowserPage approved = browse(*m_browser, authorize);
        QCOMPARE(approved.status, 302);
        QVERIFY2(approved.location.toString(QUrl::FullyEncoded).contains(QLatin1String("%2F")),
                 approved.location.toEncoded().constData());
        QCOMPARE(param(approved.location, QStringLiteral("state")), state);
        const QString code = param(approved.location, QStringLiteral("code"));
        QVERIFY(code.contains(QLatin1Char('/')));

        // The browser follows the redirect to the loopback listener.
        const BrowserPage landing = browse(*m_browser, approved.location);
        QCOMPARE(landing.status, 200);
        QVERIFY(landing.body.contains("signed in"));
        QTRY_COMPARE(finished.size(), 1);
        const auto response = finished.at(0).at(0).value<TokenResponse>();
        const auto error = finished.at(0).at(1).value<SfError>();
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        QVERIFY(!response.accessToken.isEmpty());
        QVERIFY(!response.refreshToken.isEmpty());
        QCOMPARE(response.instanceUrl.port(), m_org->baseUrl().port());
        QCOMPARE(response.orgId(), m_org->org().organizationId());

        // The token request: the code decoded exactly once, the verifier that matches the challenge.
        const Fake::Request *token = tokenRequest();
        QVERIFY(token);
        QVERIFY(token->body.contains(QByteArray("code=" + QUrl::toPercentEncoding(code) + '&')));
        QVERIFY(!token->body.contains("%252F"));
        const QUrlQuery form(QString::fromLatin1(token->body));
        QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("authorization_code"));
        QCOMPARE(form.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded), code);
        QCOMPARE(form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded), redirect);
        const QByteArray verifier =
            form.queryItemValue(QStringLiteral("code_verifier"), QUrl::FullyDecoded).toLatin1();
        QVERIFY(verifier.size() >= 43 && verifier.size() <= 128);
        QCOMPARE(QString::fromLatin1(SignIn::codeChallenge(verifier)), challenge);
        QCOMPARE(QString::fromLatin1(
                     QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                         .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)),
                 challenge);

        // The listener is gone.
        QVERIFY(!signIn->isRunning());
        QVERIFY(portIsClosed(signIn->port()));
    }

    void strayRequestsDoNotEndTheSignIn()
    {
        auto signIn = makeSignIn(options());
        QSignalSpy finished(signIn.get(), &SignIn::finished);
        signIn->start();
        const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(signIn->port()));
        QCOMPARE(browse(*m_browser, base.resolved(QUrl(QStringLiteral("/favicon.ico")))).status, 404);
        QCOMPARE(browse(*m_browser, base.resolved(QUrl(QStringLiteral("/OauthRedirectX?code=a")))).status,
                 404);
        QVERIFY(signIn->isRunning());
        QCOMPARE(finished.size(), 0);
        const BrowserPage approved = browse(*m_browser, m_opened.first());
        QCOMPARE(browse(*m_browser, approved.location).status, 200);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.at(0).at(1).value<SfError>().isNull());
    }

    void wrongStateIsRefused()
    {
        auto signIn = makeSignIn(options());
        QSignalSpy finished(signIn.get(), &SignIn::finished);
        signIn->start();
        const QUrl forged(
            QStringLiteral("http://127.0.0.1:%1/OauthRedirect?code=abc%2Fdef%3D%3D&state=forged")
                .arg(signIn->port()));
        const BrowserPage page = browse(*m_browser, forged);
        QCOMPARE(page.status, 400);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(1).value<SfError>().errorCode, QStringLiteral("STATE_MISMATCH"));
        QVERIFY(!tokenRequest()); // nothing was exchanged
        QVERIFY(portIsClosed(signIn->port()));
    }

    void secondRequestRefused()
    {
        auto signIn = makeSignIn(options());
        QSignalSpy finished(signIn.get(), &SignIn::finished);
        signIn->start();
        const BrowserPage approved = browse(*m_browser, m_opened.first());
        QCOMPARE(browse(*m_browser, approved.location).status, 200);
        QTRY_COMPARE(finished.size(), 1);
        // The same redirect again (a reload, or someone replaying it) reaches nobody.
        const BrowserPage again = browse(*m_browser, approved.location);
        QCOMPARE(again.status, 0);
        QCOMPARE(again.error, QNetworkReply::ConnectionRefusedError);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(m_org->network().count(QStringLiteral("/services/oauth2/token")), 1);
    }

    void wrongVerifierIsRejectedByTheOrg()
    {
        m_org->network().setRewriter([](const Fake::Request &r) {
            QUrlQuery form(QString::fromLatin1(r.body));
            if (form.hasQueryItem(QStringLiteral("code_verifier"))) {
                form.removeAllQueryItems(QStringLiteral("code_verifier"));
                form.addQueryItem(QStringLiteral("code_verifier"), QString(64, QLatin1Char('x')));
            }
            return form.toString(QUrl::FullyEncoded).toLatin1();
        });
        auto signIn = makeSignIn(options());
        QSignalSpy finished(signIn.get(), &SignIn::finished);
        signIn->start();
        const BrowserPage approved = browse(*m_browser, m_opened.first());
        const BrowserPage landing = browse(*m_browser, approved.location);
        QCOMPARE(landing.status, 400);
        QVERIFY(landing.body.contains("invalid_request"));
        QTRY_COMPARE(finished.size(), 1);
        const auto error = finished.at(0).at(1).value<SfError>();
        QCOMPARE(error.errorCode, QStringLiteral("invalid_request"));
        QCOMPARE(error.httpStatus, 400);
        QVERIFY(!error.message.isEmpty());
        QVERIFY(finished.at(0).at(0).value<TokenResponse>().accessToken.isEmpty());
    }

    void deniedConsent()
    {
        m_org->org().setAutoApprove(false);
        auto signIn = makeSignIn(options());
        QSignalSpy finished(signIn.get(), &SignIn::finished);
        signIn->start();
        // The user presses "Deny" on the consent page (a form POST of the authorize parameters).
        const QUrl authorize = m_opened.first();
        QUrl post = authorize;
        post.setQuery(QString());
        const BrowserPage denied =
            browse(*m_browser, post, authorize.query(QUrl::FullyEncoded).toLatin1() + "&decision=deny");
        QCOMPARE(denied.status, 302);
        QCOMPARE(param(denied.location, QStringLiteral("error")), QStringLiteral("access_denied"));
        const BrowserPage landing = browse(*m_browser, denied.location);
        QCOMPARE(landing.status, 400);
        QTRY_COMPARE(finished.size(), 1);
        const auto error = finished.at(0).at(1).value<SfError>();
        QCOMPARE(error.errorCode, QStringLiteral("access_denied"));
        QVERIFY(error.message.contains(QLatin1String("denied")));
        QVERIFY(!tokenRequest());
    }

    void timesOut()
    {
        auto signIn = makeSignIn(options(100));
        QSignalSpy finished(signIn.get(), &SignIn::finished);
        signIn->start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(1).value<SfError>().errorCode, QStringLiteral("TIMEOUT"));
        QVERIFY(!signIn->isRunning());
        QVERIFY(portIsClosed(signIn->port()));
        QVERIFY(m_org->network().requests().isEmpty());
    }

    void cancelClosesTheListener()
    {
        auto signIn = makeSignIn(options());
        QSignalSpy finished(signIn.get(), &SignIn::finished);
        signIn->start();
        signIn->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(1).value<SfError>().errorCode, QStringLiteral("CANCELED"));
        QVERIFY(portIsClosed(signIn->port()));
        signIn->cancel();
        QCOMPARE(finished.size(), 1);
    }

    void fallbackPortWhenBusy()
    {
        QTcpServer busy;
        QVERIFY(busy.listen(QHostAddress(QHostAddress::LocalHost), 0));
        SignInOptions o = options();
        o.ports = {busy.serverPort(), quint16(0)};
        auto signIn = makeSignIn(o);
        signIn->start();
        QVERIFY(signIn->isRunning());
        QVERIFY(signIn->port() != busy.serverPort());
        QCOMPARE(param(m_opened.first(), QStringLiteral("redirect_uri")),
                 QStringLiteral("http://localhost:%1/OauthRedirect").arg(signIn->port()));
        signIn->cancel();
    }

    void insecureLoginHostRefused()
    {
        SignInOptions o = options();
        o.loginHost = QUrl(QStringLiteral("http://login.example.com"));
        auto signIn = makeSignIn(o);
        QSignalSpy finished(signIn.get(), &SignIn::finished);
        signIn->start();
        QVERIFY(finished.wait());
        QCOMPARE(finished.at(0).at(1).value<SfError>().errorCode, QStringLiteral("INSECURE_URL"));
        QVERIFY(m_opened.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SignIn)
#include "tst_signin.moc"
