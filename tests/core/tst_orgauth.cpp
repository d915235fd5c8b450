#include "core/salesforce/auth/clientcredentials.h"
#include "core/salesforce/auth/jwtbearercredentials.h"
#include "core/salesforce/auth/memorytokenstore.h"
#include "core/salesforce/auth/profileloader.h"
#include "core/salesforce/auth/profilestore.h"
#include "core/salesforce/auth/refreshtokencredentials.h"
#include "core/salesforce/auth/signout.h"
#include "core/salesforce/connection.h"
#include "core/salesforce/orgconnector.h"
#include "core/salesforce/restclient.h"
#include "tests/testsupport/scratchdir.h"
#include "tests/testsupport/testcertificates.h"
#include "tests/testsupport/testenvironment.h"
#include "tests/testsupport/testorg.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace sfsync;
using sfsync::test::TestOrg;

namespace {

RestResponse sendAndWait(RestClient &rest, const RestRequest &request)
{
    RestCall *call = rest.send(request);
    QSignalSpy spy(call, &RestCall::finished);
    if (!spy.wait(10000))
        return {};
    return spy.at(0).at(0).value<RestResponse>();
}

RestRequest query(const QString &soql)
{
    RestRequest r;
    r.path = QStringLiteral("query?q=") + QString::fromLatin1(QUrl::toPercentEncoding(soql));
    r.kind = QStringLiteral("query");
    return r;
}

} // namespace

// Auth flows and connection set-up against the in-process local org (real HTTP on loopback).
class tst_OrgAuth : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestOrg> m_org;

    // The browser-less way to a refresh token: authorization code + PKCE straight against the org.
    QString obtainRefreshToken(QString *accessToken)
    {
        QNetworkAccessManager browser;
        const QByteArray verifier(64, 'v');
        const QByteArray challenge =
            QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QUrl authorize = m_org->baseUrl();
        authorize.setPath(QStringLiteral("/services/oauth2/authorize"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(QStringLiteral("client_id"), QStringLiteral("sfsync-local"));
        q.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("http://localhost:7171/OauthRedirect"));
        q.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
        q.addQueryItem(QStringLiteral("auto_approve"), QStringLiteral("true"));
        authorize.setQuery(q);
        QNetworkRequest request(authorize);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = browser.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait())
            return {};
        const QUrl location = QUrl::fromEncoded(reply->rawHeader("Location"));
        const QString code = QUrlQuery(location).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        auto *token = new TokenRequest(
            &browser, m_org->baseUrl(),
            {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
             {QStringLiteral("code"), code},
             {QStringLiteral("client_id"), QStringLiteral("sfsync-local")},
             {QStringLiteral("redirect_uri"), QStringLiteral("http://localhost:7171/OauthRedirect")},
             {QStringLiteral("code_verifier"), QString::fromLatin1(verifier)}});
        QSignalSpy tokenDone(token, &TokenRequest::finished);
        token->start();
        if (!tokenDone.wait())
            return {};
        const auto response = tokenDone.at(0).at(0).value<TokenResponse>();
        *accessToken = response.accessToken;
        return response.refreshToken;
    }

private Q_SLOTS:
    void initTestCase() { sfsync::test::isolateEnvironment(QStringLiteral("tst_orgauth")); }

    void init()
    {
        m_org = std::make_unique<TestOrg>();
        QString error;
        QVERIFY2(m_org->start(&error), qPrintable(error));
    }

    void cleanup() { m_org.reset(); }

    void connectorNegotiatesVersionAndIdentity()
    {
        m_org->connection().setApiVersion(QStringLiteral("40.0"));
        OrgConnector connector(&m_org->rest());
        QSignalSpy finished(&connector, &OrgConnector::finished);
        connector.start();
        QVERIFY(finished.wait());
        QVERIFY2(finished.at(0).at(0).value<SfError>().isNull(),
                 qPrintable(finished.at(0).at(0).value<SfError>().toString()));
        QCOMPARE(m_org->connection().apiVersion(), m_org->org().newestApiVersion());
        QCOMPARE(m_org->connection().identity().username, m_org->org().username());
        QCOMPARE(m_org->connection().identity().orgId, m_org->org().organizationId());
        QCOMPARE(m_org->connection().identity().userId, m_org->org().userId());
        QCOMPARE(m_org->network().count(QStringLiteral("/services/data")), 1);

        // --api-version: no negotiation.
        m_org->connection().setApiVersion(QStringLiteral("58.0"), true);
        m_org->network().clearRequests();
        OrgConnector pinned(&m_org->rest());
        QSignalSpy pinnedDone(&pinned, &OrgConnector::finished);
        pinned.start();
        QVERIFY(pinnedDone.wait());
        QCOMPARE(m_org->connection().apiVersion(), QStringLiteral("58.0"));
        QCOMPARE(m_org->network().requests().size(), 1); // userinfo only
    }

    void refreshOnExpiryWithReplay()
    {
        QString access;
        const QString refresh = obtainRefreshToken(&access);
        QVERIFY(!refresh.isEmpty());
        auto *credentials =
            new RefreshTokenCredentials(m_org->baseUrl(), QStringLiteral("sfsync-local"), refresh);
        m_org->connection().setCredentials(credentials);
        m_org->connection().setAccessToken(access);
        QCOMPARE(sendAndWait(m_org->rest(), query(QStringLiteral("SELECT Id FROM Account"))).httpStatus, 200);

        m_org->org().expireAccessTokens();
        m_org->network().clearRequests();
        int ok = 0;
        const int n = 5;
        for (int i = 0; i < n; ++i) {
            m_org->rest().send(query(QStringLiteral("SELECT Id FROM Account")), this,
                               [&ok](const RestResponse &r) {
                                   if (r.httpStatus == 200)
                                       ++ok;
                               });
        }
        QTRY_COMPARE(ok, n);
        QCOMPARE(m_org->network().count(QStringLiteral("/services/oauth2/token")), 1);
        QVERIFY(m_org->connection().accessToken() != access);
    }

    void rotatedRefreshTokenSaved()
    {
        m_org->org().setRotateRefreshTokens(true);
        QString access;
        const QString refresh = obtainRefreshToken(&access);
        MemoryTokenStore store;
        auto *credentials =
            new RefreshTokenCredentials(m_org->baseUrl(), QStringLiteral("sfsync-local"), refresh);
        credentials->setTokenStore(&store, QStringLiteral("local"));
        m_org->connection().setCredentials(credentials);
        m_org->connection().setAccessToken(access);
        m_org->org().expireAccessTokens();
        QCOMPARE(sendAndWait(m_org->rest(), query(QStringLiteral("SELECT Id FROM Account"))).httpStatus, 200);
        QTRY_VERIFY(store.contains(QStringLiteral("local")));
        const QString rotated = store.tokens(QStringLiteral("local")).refreshToken;
        QVERIFY(!rotated.isEmpty());
        QVERIFY(rotated != refresh);
        QCOMPARE(credentials->refreshToken(), rotated);
        // The next expiry refreshes with the rotated token and still works.
        m_org->org().expireAccessTokens();
        QCOMPARE(sendAndWait(m_org->rest(), query(QStringLiteral("SELECT Id FROM Account"))).httpStatus, 200);
    }

    void clientCredentials()
    {
        m_org->org().registerClient(QStringLiteral("cc-app"), QStringLiteral("cc-secret"));
        Connection connection;
        connection.setCredentials(
            new ClientCredentials(m_org->baseUrl(), QStringLiteral("cc-app"), QStringLiteral("cc-secret")));
        RestClient rest(&connection, &m_org->network());
        const RestResponse response = sendAndWait(rest, query(QStringLiteral("SELECT Id FROM Account")));
        QCOMPARE(response.httpStatus, 200);
        QCOMPARE(connection.instanceUrl().port(), m_org->baseUrl().port());

        Connection wrong;
        wrong.setCredentials(
            new ClientCredentials(m_org->baseUrl(), QStringLiteral("cc-app"), QStringLiteral("nope")));
        RestClient wrongRest(&wrong, &m_org->network());
        const RestResponse refused = sendAndWait(wrongRest, query(QStringLiteral("SELECT Id FROM Account")));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.firstError().httpStatus, 400);
        QVERIFY(!refused.firstError().errorCode.isEmpty());
    }

    void jwtBearer()
    {
        const test::JwtSigningKey pair;
        QVERIFY(pair.privateKeyPem().contains("PRIVATE KEY"));
        m_org->org().registerClient(QStringLiteral("jwt-app"), QString(),
                                    QString::fromLatin1(pair.certificatePem()));
        const test::ScratchDir dir;
        const QString keyFile = dir.write(QStringLiteral("server.key"), pair.privateKeyPem());
        QVERIFY(!keyFile.isEmpty());
        SfError error;
        auto *credentials = JwtBearerCredentials::fromKeyFile(m_org->baseUrl(), QStringLiteral("jwt-app"),
                                                              m_org->org().username(), keyFile, &error);
        QVERIFY(credentials);
        // The assertion's claims, as sent.
        const QList<QByteArray> parts =
            credentials->assertion(QDateTime::currentDateTimeUtc(), &error).split('.');
        QCOMPARE(parts.size(), 3);
        QCOMPARE(QByteArray::fromBase64(parts[0], QByteArray::Base64UrlEncoding),
                 QByteArray("{\"alg\":\"RS256\"}"));
        const QJsonObject claims =
            QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object();
        QCOMPARE(claims.value(QLatin1String("iss")).toString(), QStringLiteral("jwt-app"));
        QCOMPARE(claims.value(QLatin1String("sub")).toString(), m_org->org().username());
        QCOMPARE(claims.value(QLatin1String("aud")).toString(), credentials->audience());
        QVERIFY(claims.value(QLatin1String("exp")).toInteger() > QDateTime::currentSecsSinceEpoch());

        Connection connection;
        connection.setCredentials(credentials);
        RestClient rest(&connection, &m_org->network());
        const RestResponse response = sendAndWait(rest, query(QStringLiteral("SELECT Id FROM Account")));
        QVERIFY2(response.ok(), qPrintable(response.firstError().toString()));

        // A key that is not the registered one is refused by the org.
        const test::JwtSigningKey other;
        Connection wrong;
        wrong.setCredentials(new JwtBearerCredentials(m_org->baseUrl(), QStringLiteral("jwt-app"),
                                                      m_org->org().username(), other.privateKeyPem()));
        RestClient wrongRest(&wrong, &m_org->network());
        const RestResponse refused = sendAndWait(wrongRest, query(QStringLiteral("SELECT Id FROM Account")));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.firstError().errorCode, QStringLiteral("invalid_grant"));

        SfError badKey;
        JwtBearerCredentials garbage(m_org->baseUrl(), QStringLiteral("jwt-app"), QStringLiteral("u"),
                                     "not a key");
        QVERIFY(garbage.assertion(QDateTime::currentDateTimeUtc(), &badKey).isEmpty());
        QCOMPARE(badKey.errorCode, QStringLiteral("INVALID_PRIVATE_KEY"));
    }

    void profileLoadAndSignOut()
    {
        QString access;
        const QString refresh = obtainRefreshToken(&access);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        MemoryTokenStore tokens;
        Profile profile;
        profile.name = QStringLiteral("local");
        profile.instanceUrl = m_org->baseUrl();
        profile.loginHost = m_org->baseUrl();
        profile.clientId = QStringLiteral("sfsync-local");
        profile.username = m_org->org().username();
        profiles.save(profile);
        QCOMPARE(profiles.load(QStringLiteral("local")), std::optional<Profile>(profile));
        StoredTokens stored;
        stored.refreshToken = refresh;
        tokens.write(QStringLiteral("local"), stored, nullptr, {});
        // Nothing secret in the settings file.
        settings.sync();
        QFile ini(dir.filePath(QStringLiteral("profiles.ini")));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(refresh.toUtf8()));

        Connection connection;
        ProfileLoader loader(&profiles, &tokens);
        QSignalSpy loaded(&loader, &ProfileLoader::finished);
        loader.load(QStringLiteral("local"), &connection);
        QVERIFY(loaded.wait());
        QVERIFY(loaded.at(0).at(0).value<SfError>().isNull());
        RestClient rest(&connection, &m_org->network());
        QCOMPARE(sendAndWait(rest, query(QStringLiteral("SELECT Id FROM Account"))).httpStatus, 200);

        SignOut signOut(&m_org->network(), &profiles, &tokens);
        QSignalSpy signedOut(&signOut, &SignOut::finished);
        signOut.start(QStringLiteral("local"));
        QVERIFY(signedOut.wait());
        QVERIFY2(signedOut.at(0).at(0).value<SfError>().isNull(),
                 qPrintable(signedOut.at(0).at(0).value<SfError>().toString()));
        QCOMPARE(m_org->network().count(QStringLiteral("/services/oauth2/revoke")), 1);
        QVERIFY(!tokens.contains(QStringLiteral("local")));
        QVERIFY(!profiles.load(QStringLiteral("local")));
        // The revoked refresh token no longer works.
        Connection after;
        after.setInstanceUrl(m_org->baseUrl());
        after.setCredentials(
            new RefreshTokenCredentials(m_org->baseUrl(), QStringLiteral("sfsync-local"), refresh));
        RestClient afterRest(&after, &m_org->network());
        const RestResponse refused = sendAndWait(afterRest, query(QStringLiteral("SELECT Id FROM Account")));
        QCOMPARE(refused.firstError().errorCode, QStringLiteral("invalid_grant"));

        ProfileLoader missing(&profiles, &tokens);
        QSignalSpy missingDone(&missing, &ProfileLoader::finished);
        missing.load(QStringLiteral("nope"), &connection);
        QVERIFY(missingDone.wait());
        QCOMPARE(missingDone.at(0).at(0).value<SfError>().errorCode, QStringLiteral("NO_SUCH_PROFILE"));
    }
};

QTEST_GUILESS_MAIN(tst_OrgAuth)
#include "tst_orgauth.moc"
