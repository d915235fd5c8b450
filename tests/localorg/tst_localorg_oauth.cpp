// The local org's OAuth 2.0 server: authorize (consent page, auto-approve, deny), the token endpoint for
// every grant (authorization code + PKCE, refresh with rotation, client credentials, JWT bearer), expiry,
// revoke, userinfo and identity (docs/salesforce-api.md §1).
#include "localorg/localorg.h"
#include "tests/testsupport/orgclient.h"
#include "tests/testsupport/testcertificates.h"
#include "tests/testsupport/testenvironment.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QTest>
#include <QUrlQuery>

using namespace sfsync::localorg;
using sfsync::test::OrgClient;
using sfsync::test::OrgReply;

namespace {

const QString kRedirect = QStringLiteral("http://localhost:7171/OauthRedirect");
const QByteArray kVerifier = "test-verifier-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFG";

QByteArray challengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray form(const QList<QPair<QString, QString>> &items)
{
    QByteArray out;
    for (const auto &i : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(i.first) + '=' + QUrl::toPercentEncoding(i.second);
    }
    return out;
}

QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// A JWT bearer assertion for `claims`, signed with `key`.
QByteArray jwt(const sfsync::test::JwtSigningKey &key, const QJsonObject &claims)
{
    const QByteArray input =
        b64url(R"({"alg":"RS256"})") + '.' + b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return input + '.' + b64url(key.sign(input));
}

} // namespace

class tst_localorg_oauth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void consentPageAllowAndDeny();
    void unknownClientOrForeignRedirectIsAnErrorPage();
    void codeFlowWithPkce();
    void codeIsBoundAndSingleUse();
    void pkceFailures();
    void issuedTokenExpires();
    void refreshWithoutAndWithRotation();
    void clientCredentials();
    void jwtBearer();
    void revoke();
    void userinfoIdentityAndDiscovery();
    void urlencodedFormat();
    void unsupportedGrant();

private:
    // Runs authorize with auto-approve and returns the code, decoded once from the callback.
    QString authorize(const QString &scope = QStringLiteral("api refresh_token"),
                      const QByteArray &challenge = challengeFor(kVerifier));
    OrgReply exchange(const QString &code, const QByteArray &verifier = kVerifier,
                      const QString &redirect = kRedirect);

    std::unique_ptr<LocalOrg> m_org;
    std::unique_ptr<OrgClient> m_client;
    std::unique_ptr<sfsync::test::JwtSigningKey> m_key;
};

void tst_localorg_oauth::initTestCase()
{
    sfsync::test::isolateEnvironment(QStringLiteral("tst_localorg_oauth"));
    m_key = std::make_unique<sfsync::test::JwtSigningKey>();
    QVERIFY(m_key->certificatePem().startsWith("-----BEGIN CERTIFICATE-----"));
}

void tst_localorg_oauth::init()
{
    LocalOrgOptions options;
    options.seed = QStringLiteral("none");
    m_org = std::make_unique<LocalOrg>(options);
    QVERIFY(m_org->start());
    m_client = std::make_unique<OrgClient>(m_org->baseUrl(), QString());
}

void tst_localorg_oauth::cleanup()
{
    m_client.reset();
    m_org.reset();
}

QString tst_localorg_oauth::authorize(const QString &scope, const QByteArray &challenge)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), QStringLiteral("sfsync-local"));
    query.addQueryItem(QStringLiteral("redirect_uri"),
                       QString::fromLatin1(QUrl::toPercentEncoding(kRedirect)));
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("st8"));
    query.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(QUrl::toPercentEncoding(scope)));
    if (!challenge.isEmpty())
        query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
    query.addQueryItem(QStringLiteral("auto_approve"), QStringLiteral("true"));
    const OrgReply r =
        m_client->get(QStringLiteral("/services/oauth2/authorize?") + query.query(QUrl::FullyEncoded));
    if (r.status != 302)
        return {};
    const QByteArray location = r.header("Location");
    const QByteArray raw = location.mid(location.indexOf("code=") + 5).split('&').first();
    return QUrl::fromPercentEncoding(raw);
}

OrgReply tst_localorg_oauth::exchange(const QString &code, const QByteArray &verifier,
                                      const QString &redirect)
{
    QList<QPair<QString, QString>> items {
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("code"), code},
        {QStringLiteral("client_id"), QStringLiteral("sfsync-local")},
        {QStringLiteral("redirect_uri"), redirect}};
    if (!verifier.isEmpty())
        items.append({QStringLiteral("code_verifier"), QString::fromLatin1(verifier)});
    return m_client->postForm(QStringLiteral("/services/oauth2/token"), form(items));
}

void tst_localorg_oauth::consentPageAllowAndDeny()
{
    const QString params =
        QStringLiteral("response_type=code&client_id=sfsync-local&redirect_uri=%1&state=abc")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(kRedirect)));
    OrgReply r = m_client->get(QStringLiteral("/services/oauth2/authorize?") + params);
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("text/html"));
    QVERIFY(r.body.contains("<form method=\"post\" action=\"/services/oauth2/authorize\">"));
    QVERIFY(r.body.contains("name=\"decision\" value=\"allow\""));
    QVERIFY(r.body.contains("name=\"state\" value=\"abc\""));

    r = m_client->postForm(QStringLiteral("/services/oauth2/authorize"),
                           params.toLatin1() + "&decision=allow");
    QCOMPARE(r.status, 302);
    QVERIFY(r.header("Location").startsWith(QByteArray(kRedirect.toLatin1() + "?code=")));
    QVERIFY(r.header("Location").endsWith("&state=abc"));

    r = m_client->postForm(QStringLiteral("/services/oauth2/authorize"),
                           params.toLatin1() + "&decision=deny");
    QCOMPARE(r.status, 302);
    QCOMPARE(r.header("Location"),
             kRedirect.toLatin1()
                 + "?error=access_denied&error_description=end-user%20denied%20authorization&state=abc");

    // The option approves at once.
    m_org->setAutoApprove(true);
    r = m_client->get(QStringLiteral("/services/oauth2/authorize?") + params);
    QCOMPARE(r.status, 302);
}

void tst_localorg_oauth::unknownClientOrForeignRedirectIsAnErrorPage()
{
    OrgReply r = m_client->get(QStringLiteral(
        "/services/oauth2/"
        "authorize?response_type=code&client_id=nobody&redirect_uri=http%3A%2F%2Flocalhost%2Fcb"));
    QCOMPARE(r.status, 400);
    QVERIFY(r.body.contains("invalid_client_id"));
    r = m_client->get(QStringLiteral(
        "/services/oauth2/"
        "authorize?response_type=code&client_id=sfsync-local&redirect_uri=https%3A%2F%2Fevil.example%2Fcb"));
    QCOMPARE(r.status, 400);
    QVERIFY(r.body.contains("redirect_uri_mismatch"));
    r = m_client->get(QStringLiteral("/services/oauth2/"
                                     "authorize?response_type=token&client_id=sfsync-local&redirect_uri=http%"
                                     "3A%2F%2Flocalhost%2Fcb&state=s"));
    QCOMPARE(r.status, 302);
    QVERIFY(r.header("Location").startsWith("http://localhost/cb?error=unsupported_response_type"));
}

void tst_localorg_oauth::codeFlowWithPkce()
{
    // The callback carries the code percent-encoded, with '/' and '=' inside, so a client must decode it
    // once.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), QStringLiteral("sfsync-local"));
    query.addQueryItem(QStringLiteral("redirect_uri"),
                       QString::fromLatin1(QUrl::toPercentEncoding(kRedirect)));
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(challengeFor(kVerifier)));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    query.addQueryItem(QStringLiteral("auto_approve"), QStringLiteral("true"));
    const OrgReply callback =
        m_client->get(QStringLiteral("/services/oauth2/authorize?") + query.query(QUrl::FullyEncoded));
    QCOMPARE(callback.status, 302);
    const QByteArray encoded =
        callback.header("Location").mid(callback.header("Location").indexOf("code=") + 5);
    QVERIFY(encoded.contains("%2F"));
    QVERIFY(encoded.endsWith("%3D%3D"));
    // Sent still encoded (decoded zero times): rejected.
    QCOMPARE(exchange(QString::fromLatin1(encoded)).object().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));

    const QString code = authorize();
    const OrgReply r = exchange(code);
    QCOMPARE(r.status, 200);
    const QJsonObject token = r.object();
    QVERIFY(!token.contains(QStringLiteral("expires_in")));
    const QString access = token.value(QStringLiteral("access_token")).toString();
    QVERIFY(QRegularExpression(QStringLiteral("^00D\\w{12,15}![.\\w]*$")).match(access).hasMatch());
    QVERIFY(!token.value(QStringLiteral("refresh_token")).toString().isEmpty());
    QCOMPARE(token.value(QStringLiteral("instance_url")).toString(), m_org->baseUrl().toString());
    const QString id = token.value(QStringLiteral("id")).toString();
    QCOMPARE(id,
             m_org->baseUrl().toString() + QStringLiteral("/id/") + m_org->organizationId() + QLatin1Char('/')
                 + m_org->userId());
    QCOMPARE(token.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(token.value(QStringLiteral("scope")).toString(), QStringLiteral("api refresh_token"));
    const QString issuedAt = token.value(QStringLiteral("issued_at")).toString();
    QVERIFY(qAbs(issuedAt.toLongLong() - QDateTime::currentMSecsSinceEpoch()) < 600000);
    // signature = base64(HMAC-SHA256(id + issued_at)) keyed with the client secret (none for this client).
    QCOMPARE(token.value(QStringLiteral("signature")).toString(),
             QString::fromLatin1(QMessageAuthenticationCode::hash((id + issuedAt).toUtf8(), QByteArray(),
                                                                  QCryptographicHash::Sha256)
                                     .toBase64()));

    OrgClient data(m_org->baseUrl(), access);
    QCOMPARE(data.get(QStringLiteral("sobjects")).status, 200);

    // Without refresh_token in the scope: no refresh token.
    const OrgReply apiOnly = exchange(authorize(QStringLiteral("api")));
    QCOMPARE(apiOnly.status, 200);
    QVERIFY(!apiOnly.object().contains(QStringLiteral("refresh_token")));
}

void tst_localorg_oauth::codeIsBoundAndSingleUse()
{
    QString code = authorize();
    QCOMPARE(exchange(code).status, 200);
    OrgReply again = exchange(code);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.body,
             QByteArray(R"({"error":"invalid_grant","error_description":"invalid authorization code"})"));

    code = authorize();
    const OrgReply wrongRedirect =
        exchange(code, kVerifier, QStringLiteral("http://localhost:7172/OauthRedirect"));
    QCOMPARE(wrongRedirect.status, 400);
    QCOMPARE(wrongRedirect.object().value(QStringLiteral("error")).toString(),
             QStringLiteral("redirect_uri_mismatch"));

    m_org->registerClient(QStringLiteral("other"), QString());
    code = authorize();
    const OrgReply wrongClient =
        m_client->postForm(QStringLiteral("/services/oauth2/token"),
                           form({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                 {QStringLiteral("code"), code},
                                 {QStringLiteral("client_id"), QStringLiteral("other")},
                                 {QStringLiteral("redirect_uri"), kRedirect},
                                 {QStringLiteral("code_verifier"), QString::fromLatin1(kVerifier)}}));
    QCOMPARE(wrongClient.status, 400);
    QCOMPARE(wrongClient.object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));

    const OrgReply unknownClient =
        m_client->postForm(QStringLiteral("/services/oauth2/token"),
                           form({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                 {QStringLiteral("code"), code},
                                 {QStringLiteral("client_id"), QStringLiteral("nobody")}}));
    QCOMPARE(unknownClient.body,
             QByteArray(R"({"error":"invalid_client_id","error_description":"client identifier invalid"})"));
}

void tst_localorg_oauth::pkceFailures()
{
    OrgReply r = exchange(authorize(), "wrong-verifier-wrong-verifier-wrong-verifier-wrong");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.body,
             QByteArray(R"({"error":"invalid_request","error_description":"invalid code verifier"})"));
    r = exchange(authorize(), QByteArray());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.body, QByteArray(R"({"error":"invalid_grant","error_description":"invalid code verifier"})"));
    // No challenge at authorize: no verifier needed (a confidential client).
    QCOMPARE(exchange(authorize(QStringLiteral("api"), QByteArray()), QByteArray()).status, 200);
    // A method other than S256 is refused at authorize.
    r = m_client->get(
        QStringLiteral("/services/oauth2/"
                       "authorize?response_type=code&client_id=sfsync-local&redirect_uri=http%3A%2F%"
                       "2Flocalhost%2Fcb&code_challenge=abc&code_challenge_method=plain&auto_approve=true"));
    QCOMPARE(r.status, 302);
    QVERIFY(r.header("Location").startsWith("http://localhost/cb?error=invalid_request"));
}

void tst_localorg_oauth::issuedTokenExpires()
{
    const QString access = exchange(authorize()).object().value(QStringLiteral("access_token")).toString();
    OrgClient data(m_org->baseUrl(), access);
    QCOMPARE(data.get(QStringLiteral("limits")).status, 200);
    m_org->expireAccessTokens();
    const OrgReply r = data.get(QStringLiteral("limits"));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.body,
             QByteArray(R"([{"errorCode":"INVALID_SESSION_ID","message":"Session expired or invalid"}])"));
    // The fixed token never expires.
    OrgClient fixed(m_org->baseUrl(), m_org->accessToken());
    QCOMPARE(fixed.get(QStringLiteral("limits")).status, 200);
    // A lifetime of 0 issues tokens that are expired at once.
    m_org->setAccessTokenLifetime(0);
    OrgClient shortLived(m_org->baseUrl(),
                         exchange(authorize()).object().value(QStringLiteral("access_token")).toString());
    QCOMPARE(shortLived.get(QStringLiteral("limits")).status, 401);
}

void tst_localorg_oauth::refreshWithoutAndWithRotation()
{
    const QJsonObject first = exchange(authorize()).object();
    const QString refresh = first.value(QStringLiteral("refresh_token")).toString();
    m_org->expireAccessTokens();
    const auto refreshWith = [this](const QString &token) {
        return m_client->postForm(QStringLiteral("/services/oauth2/token"),
                                  form({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                        {QStringLiteral("refresh_token"), token},
                                        {QStringLiteral("client_id"), QStringLiteral("sfsync-local")}}));
    };
    OrgReply r = refreshWith(refresh);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.object().contains(QStringLiteral("refresh_token")));
    QVERIFY(!r.object().contains(QStringLiteral("expires_in")));
    const QString access = r.object().value(QStringLiteral("access_token")).toString();
    QVERIFY(access != first.value(QStringLiteral("access_token")).toString());
    QCOMPARE(OrgClient(m_org->baseUrl(), access).get(QStringLiteral("limits")).status, 200);
    QCOMPARE(refreshWith(refresh).status, 200); // still valid without rotation

    m_org->setRotateRefreshTokens(true);
    r = refreshWith(refresh);
    QCOMPARE(r.status, 200);
    const QString rotated = r.object().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!rotated.isEmpty());
    QVERIFY(rotated != refresh);
    r = refreshWith(refresh);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.body,
             QByteArray(R"({"error":"invalid_grant","error_description":"expired access/refresh token"})"));
    QCOMPARE(refreshWith(rotated).status, 200);
}

void tst_localorg_oauth::clientCredentials()
{
    m_org->registerClient(QStringLiteral("server-app"), QStringLiteral("s3cret"));
    OrgReply r =
        m_client->postForm(QStringLiteral("/services/oauth2/token"),
                           form({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                 {QStringLiteral("client_id"), QStringLiteral("server-app")},
                                 {QStringLiteral("client_secret"), QStringLiteral("s3cret")}}));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.object().contains(QStringLiteral("refresh_token")));
    const QString id = r.object().value(QStringLiteral("id")).toString();
    const QString issuedAt = r.object().value(QStringLiteral("issued_at")).toString();
    QCOMPARE(r.object().value(QStringLiteral("signature")).toString(),
             QString::fromLatin1(QMessageAuthenticationCode::hash((id + issuedAt).toUtf8(), "s3cret",
                                                                  QCryptographicHash::Sha256)
                                     .toBase64()));
    QCOMPARE(OrgClient(m_org->baseUrl(), r.object().value(QStringLiteral("access_token")).toString())
                 .get(QStringLiteral("limits"))
                 .status,
             200);

    // HTTP Basic works as well.
    OrgClient basic(m_org->baseUrl(), QString());
    r = basic.send("POST", QStringLiteral("/services/oauth2/token"), "grant_type=client_credentials",
                   {{"Authorization", "Basic " + QByteArray("server-app:s3cret").toBase64()}},
                   "application/x-www-form-urlencoded");
    QCOMPARE(r.status, 200);

    r = m_client->postForm(QStringLiteral("/services/oauth2/token"),
                           form({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                 {QStringLiteral("client_id"), QStringLiteral("server-app")},
                                 {QStringLiteral("client_secret"), QStringLiteral("wrong")}}));
    QCOMPARE(r.body,
             QByteArray(R"({"error":"invalid_client","error_description":"invalid client credentials"})"));
    r = m_client->postForm(QStringLiteral("/services/oauth2/token"),
                           form({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                 {QStringLiteral("client_id"), QStringLiteral("sfsync-local")}}));
    QCOMPARE(
        r.body,
        QByteArray(R"({"error":"invalid_grant","error_description":"no client credentials user enabled"})"));
}

void tst_localorg_oauth::jwtBearer()
{
    m_org->registerClient(QStringLiteral("jwt-app"), QString(), QString::fromLatin1(m_key->certificatePem()));
    const auto claims = [this](qint64 exp) {
        return QJsonObject {{QStringLiteral("iss"), QStringLiteral("jwt-app")},
                            {QStringLiteral("sub"), m_org->username()},
                            {QStringLiteral("aud"), QStringLiteral("https://login.salesforce.com")},
                            {QStringLiteral("exp"), double(exp)}};
    };
    const auto post = [this](const QByteArray &assertion) {
        return m_client->postForm(QStringLiteral("/services/oauth2/token"),
                                  form({{QStringLiteral("grant_type"),
                                         QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer")},
                                        {QStringLiteral("assertion"), QString::fromLatin1(assertion)}}));
    };
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    OrgReply r = post(jwt(*m_key, claims(now + 120)));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.object().contains(QStringLiteral("refresh_token")));
    QCOMPARE(OrgClient(m_org->baseUrl(), r.object().value(QStringLiteral("access_token")).toString())
                 .get(QStringLiteral("limits"))
                 .status,
             200);

    r = post(jwt(*m_key, claims(now - 10)));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.body,
             QByteArray(R"({"error":"invalid_grant","error_description":"expired authorization code"})"));

    // Signed by another key: the signature does not verify.
    const sfsync::test::JwtSigningKey other;
    r = post(jwt(other, claims(now + 120)));
    QCOMPARE(r.body, QByteArray(R"({"error":"invalid_grant","error_description":"invalid assertion"})"));
    // A tampered payload.
    QByteArray tampered = jwt(*m_key, claims(now + 120));
    const QList<QByteArray> parts = tampered.split('.');
    QJsonObject changed = claims(now + 120);
    changed.insert(QStringLiteral("sub"), QStringLiteral("someone@else"));
    tampered =
        parts.at(0) + '.' + b64url(QJsonDocument(changed).toJson(QJsonDocument::Compact)) + '.' + parts.at(2);
    QCOMPARE(post(tampered).object().value(QStringLiteral("error_description")).toString(),
             QStringLiteral("invalid assertion"));
    // An issuer without a certificate.
    QJsonObject noCert = claims(now + 120);
    noCert.insert(QStringLiteral("iss"), QStringLiteral("sfsync-local"));
    QCOMPARE(post(jwt(*m_key, noCert)).object().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_client_id"));
}

void tst_localorg_oauth::revoke()
{
    const QJsonObject token = exchange(authorize()).object();
    const QString refresh = token.value(QStringLiteral("refresh_token")).toString();
    const QString access = token.value(QStringLiteral("access_token")).toString();
    OrgReply r = m_client->postForm(QStringLiteral("/services/oauth2/revoke"),
                                    form({{QStringLiteral("token"), refresh}}));
    QCOMPARE(r.status, 200);
    // Revoking the refresh token revokes its access tokens.
    QCOMPARE(OrgClient(m_org->baseUrl(), access).get(QStringLiteral("limits")).status, 401);
    r = m_client->postForm(QStringLiteral("/services/oauth2/token"),
                           form({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                 {QStringLiteral("refresh_token"), refresh},
                                 {QStringLiteral("client_id"), QStringLiteral("sfsync-local")}}));
    QCOMPARE(r.status, 400);
    r = m_client->postForm(QStringLiteral("/services/oauth2/revoke"),
                           form({{QStringLiteral("token"), QStringLiteral("nonsense")}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.body, QByteArray(R"({"error":"invalid_token","error_description":"invalid token"})"));
    r = m_client->postForm(QStringLiteral("/services/oauth2/revoke"), QByteArray());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.object().value(QStringLiteral("error")).toString(), QStringLiteral("unsupported_token_type"));
}

void tst_localorg_oauth::userinfoIdentityAndDiscovery()
{
    OrgClient data(m_org->baseUrl(), m_org->accessToken());
    OrgReply r = data.get(QStringLiteral("/services/oauth2/userinfo"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("user_id")).toString(), m_org->userId());
    QCOMPARE(r.object().value(QStringLiteral("organization_id")).toString(), m_org->organizationId());
    QCOMPARE(r.object().value(QStringLiteral("preferred_username")).toString(), m_org->username());

    const QString idPath =
        QStringLiteral("/id/") + m_org->organizationId() + QLatin1Char('/') + m_org->userId();
    r = data.get(idPath + QStringLiteral("?version=62.0"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("username")).toString(), m_org->username());
    QCOMPARE(r.object().value(QStringLiteral("urls")).toObject().value(QStringLiteral("rest")).toString(),
             m_org->baseUrl().toString() + QStringLiteral("/services/data/v62.0/"));
    r = data.get(idPath);
    QCOMPARE(r.object().value(QStringLiteral("urls")).toObject().value(QStringLiteral("query")).toString(),
             m_org->baseUrl().toString() + QStringLiteral("/services/data/v{version}/query/"));
    QCOMPARE(m_client->get(idPath).status, 403); // no token

    r = m_client->get(QStringLiteral("/.well-known/openid-configuration"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("token_endpoint")).toString(),
             m_org->baseUrl().toString() + QStringLiteral("/services/oauth2/token"));
    QCOMPARE(r.object().value(QStringLiteral("issuer")).toString(), m_org->baseUrl().toString());
}

void tst_localorg_oauth::urlencodedFormat()
{
    m_org->registerClient(QStringLiteral("server-app"), QStringLiteral("s3cret"));
    const OrgReply r =
        m_client->postForm(QStringLiteral("/services/oauth2/token"),
                           form({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                 {QStringLiteral("client_id"), QStringLiteral("server-app")},
                                 {QStringLiteral("client_secret"), QStringLiteral("s3cret")},
                                 {QStringLiteral("format"), QStringLiteral("urlencoded")}}));
    QCOMPARE(r.status, 200);
    const QUrlQuery parsed(QString::fromLatin1(r.body));
    QVERIFY(parsed.queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded)
                .startsWith(QLatin1String("00D")));
    QCOMPARE(parsed.queryItemValue(QStringLiteral("token_type")), QStringLiteral("Bearer"));
}

void tst_localorg_oauth::unsupportedGrant()
{
    const OrgReply r = m_client->postForm(QStringLiteral("/services/oauth2/token"),
                                          "grant_type=password&username=a&password=b");
    QCOMPARE(r.status, 400);
    QCOMPARE(
        r.body,
        QByteArray(R"({"error":"unsupported_grant_type","error_description":"grant type not supported"})"));
}

QTEST_GUILESS_MAIN(tst_localorg_oauth)
#include "tst_localorg_oauth.moc"
