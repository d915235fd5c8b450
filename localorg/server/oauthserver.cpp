#include "oauthserver.h"

#include "jwtverifier.h"
#include "localorg/localorglogging.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QMessageAuthenticationCode>

namespace sfsync::localorg {

namespace {

QUrlQuery formOf(const HttpRequest &request)
{
    QByteArray body = request.body;
    body.replace('+', "%20");
    QUrlQuery form(QString::fromUtf8(body));
    // Salesforce also reads parameters from the query string of a token POST.
    for (const auto &item : request.query.queryItems(QUrl::FullyEncoded)) {
        if (!form.hasQueryItem(item.first))
            form.addQueryItem(item.first, item.second);
    }
    return form;
}

QString value(const QUrlQuery &form, const QString &key)
{
    return form.queryItemValue(key, QUrl::FullyDecoded);
}

QString pct(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

HttpResponse redirect(const QString &location)
{
    HttpResponse r = HttpResponse::text(302, QByteArray(), "text/html; charset=UTF-8");
    r.setHeader("Location", location.toUtf8());
    r.setHeader("Cache-Control", "no-cache,must-revalidate,max-age=0,no-store,private");
    return r;
}

HttpResponse errorPage(int status, const QString &error, const QString &description)
{
    const QString html =
        QStringLiteral("<!DOCTYPE html><html><head><title>Local org: sign-in error</title></head>"
                       "<body><h1>error=%1</h1><p>%2</p></body></html>")
            .arg(error.toHtmlEscaped(), description.toHtmlEscaped());
    return HttpResponse::text(status, html.toUtf8(), "text/html; charset=UTF-8");
}

QString withParams(const QString &redirectUri, const QString &params)
{
    return redirectUri + (redirectUri.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
        + params;
}

bool isLoopbackHost(const QString &host)
{
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost")
        || host == QLatin1String("::1") || host == QLatin1String("[::1]");
}

} // namespace

OAuthServer::OAuthServer(TokenRegistry &tokens)
    : m_tokens(tokens)
{
    m_clients.insert(QString::fromLatin1(DefaultClientId), {QString::fromLatin1(DefaultClientId), {}, {}});
}

bool OAuthServer::handles(const QString &path)
{
    return path.startsWith(QLatin1String("/services/oauth2/")) || path.startsWith(QLatin1String("/id/"))
        || path == QLatin1String("/.well-known/openid-configuration");
}

QString OAuthServer::identityUrl() const
{
    return m_base.toString(QUrl::StripTrailingSlash) + QStringLiteral("/id/") + m_identity.orgId
        + QLatin1Char('/') + m_identity.userId;
}

QString OAuthServer::bearerToken(const HttpRequest &request) const
{
    const QByteArray auth = request.header("Authorization");
    const qsizetype space = auth.indexOf(' ');
    if (space < 0)
        return {};
    const QByteArray scheme = auth.left(space).toLower();
    if (scheme != "bearer" && scheme != "oauth")
        return {};
    return QString::fromLatin1(auth.mid(space + 1).trimmed());
}

HttpResponse OAuthServer::handle(const HttpRequest &request)
{
    const QString path = request.path.endsWith(QLatin1Char('/')) && request.path.size() > 1
        ? request.path.chopped(1)
        : request.path;
    if (path == QLatin1String("/services/oauth2/authorize"))
        return authorize(request);
    if (path == QLatin1String("/services/oauth2/token"))
        return token(request);
    if (path == QLatin1String("/services/oauth2/revoke"))
        return revoke(request);
    if (path == QLatin1String("/services/oauth2/userinfo"))
        return userinfo(request);
    if (path == QLatin1String("/.well-known/openid-configuration"))
        return openidConfiguration();
    if (path == QLatin1String("/id/keys"))
        return HttpResponse::json(200, QJsonObject {{QStringLiteral("keys"), QJsonArray()}});
    if (path.startsWith(QLatin1String("/id/")))
        return identity(request);
    return errorPage(404, QStringLiteral("not_found"),
                     QStringLiteral("The requested resource does not exist"));
}

bool OAuthServer::redirectAllowed(const QString &redirectUri) const
{
    // Every client of the local org may use a loopback callback (the desktop flow) on any port.
    const QUrl url(redirectUri, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative())
        return false;
    const QString scheme = url.scheme().toLower();
    return (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        && isLoopbackHost(url.host());
}

HttpResponse OAuthServer::authorize(const HttpRequest &request)
{
    const QUrlQuery params = request.method == "POST" ? formOf(request) : request.query;
    const QString clientId = value(params, QStringLiteral("client_id"));
    const QString redirectUri = value(params, QStringLiteral("redirect_uri"));
    const QString state = value(params, QStringLiteral("state"));
    const QString scope = value(params, QStringLiteral("scope"));
    const QString challenge = value(params, QStringLiteral("code_challenge"));
    const QString method = value(params, QStringLiteral("code_challenge_method"));

    // Errors about the client or the callback cannot be redirected: Salesforce shows them as a page.
    if (!m_clients.contains(clientId))
        return errorPage(400, QStringLiteral("invalid_client_id"),
                         QStringLiteral("client identifier invalid"));
    if (!redirectAllowed(redirectUri))
        return errorPage(400, QStringLiteral("redirect_uri_mismatch"),
                         QStringLiteral("redirect_uri must match configuration"));
    const QString stateParam = state.isEmpty() ? QString() : QStringLiteral("&state=") + pct(state);
    if (value(params, QStringLiteral("response_type")) != QLatin1String("code"))
        return redirect(withParams(redirectUri,
                                   QStringLiteral("error=unsupported_response_type&error_description=")
                                       + pct(QStringLiteral("response type not supported")) + stateParam));
    if (!method.isEmpty() && method != QLatin1String("S256"))
        return redirect(withParams(redirectUri,
                                   QStringLiteral("error=invalid_request&error_description=")
                                       + pct(QStringLiteral("unsupported code challenge method"))
                                       + stateParam));

    const QString decision = value(params, QStringLiteral("decision"));
    const bool approve = m_autoApprove
        || value(params, QStringLiteral("auto_approve")) == QLatin1String("true")
        || (request.method == "POST" && decision == QLatin1String("allow"));
    if (request.method == "POST" && decision == QLatin1String("deny")) {
        return redirect(withParams(redirectUri,
                                   QStringLiteral("error=access_denied&error_description=")
                                       + pct(QStringLiteral("end-user denied authorization")) + stateParam));
    }
    if (approve) {
        TokenRegistry::Code code;
        code.clientId = clientId;
        code.redirectUri = redirectUri;
        code.codeChallenge = challenge;
        code.scope = scope.isEmpty() ? QStringLiteral("api refresh_token") : scope;
        code.expires = m_tokens.now().addSecs(CodeLifetimeSecs);
        const QString issued = m_tokens.issueCode(code);
        qCDebug(lcLocalOrgOAuth) << "authorization code issued for client" << clientId;
        return redirect(withParams(redirectUri, QStringLiteral("code=") + pct(issued) + stateParam));
    }

    // The consent page: a form that posts every parameter back with the user's decision.
    QString hidden;
    for (const auto &item : params.queryItems(QUrl::FullyDecoded)) {
        if (item.first == QLatin1String("decision"))
            continue;
        hidden += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">")
                      .arg(item.first.toHtmlEscaped(), item.second.toHtmlEscaped());
    }
    const QString html =
        QStringLiteral(
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Local org: allow access?</title>"
            "</head><body><h1>Allow access?</h1><p><b>%1</b> asks to access the local org as <b>%2</b> "
            "(scope: %3).</p><form method=\"post\" action=\"/services/oauth2/authorize\">%4"
            "<button type=\"submit\" name=\"decision\" value=\"allow\">Allow</button> "
            "<button type=\"submit\" name=\"decision\" value=\"deny\">Deny</button></form></body></html>")
            .arg(clientId.toHtmlEscaped(), m_identity.username.toHtmlEscaped(),
                 (scope.isEmpty() ? QStringLiteral("api refresh_token") : scope).toHtmlEscaped(), hidden);
    return HttpResponse::text(200, html.toUtf8(), "text/html; charset=UTF-8");
}

HttpResponse OAuthServer::token(const HttpRequest &request)
{
    if (request.method != "POST")
        return HttpResponse::oauthError(400, QStringLiteral("invalid_request"),
                                        QStringLiteral("must use HTTP POST"));
    const QUrlQuery form = formOf(request);
    QString basicId;
    QString basicSecret;
    const QByteArray auth = request.header("Authorization");
    if (auth.toLower().startsWith("basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(auth.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        basicId = QUrl::fromPercentEncoding(decoded.left(colon));
        basicSecret = colon < 0 ? QString() : QUrl::fromPercentEncoding(decoded.mid(colon + 1));
    }
    const QString grant = value(form, QStringLiteral("grant_type"));
    if (grant == QLatin1String("authorization_code"))
        return authorizationCodeGrant(form, basicId, basicSecret);
    if (grant == QLatin1String("refresh_token"))
        return refreshTokenGrant(form, basicId, basicSecret);
    if (grant == QLatin1String("client_credentials"))
        return clientCredentialsGrant(form, basicId, basicSecret);
    if (grant == QLatin1String("urn:ietf:params:oauth:grant-type:jwt-bearer"))
        return jwtBearerGrant(form);
    return HttpResponse::oauthError(400, QStringLiteral("unsupported_grant_type"),
                                    QStringLiteral("grant type not supported"));
}

std::optional<HttpResponse> OAuthServer::identifyClient(const QUrlQuery &form, const QString &basicId,
                                                        const QString &basicSecret, bool secretRequired,
                                                        const Client **client) const
{
    const QString clientId = basicId.isEmpty() ? value(form, QStringLiteral("client_id")) : basicId;
    const QString secret = basicId.isEmpty() ? value(form, QStringLiteral("client_secret")) : basicSecret;
    const auto found = m_clients.constFind(clientId);
    if (found == m_clients.cend())
        return HttpResponse::oauthError(400, QStringLiteral("invalid_client_id"),
                                        QStringLiteral("client identifier invalid"));
    // The client credentials flow needs a confidential client; the other grants accept a public one.
    if (secretRequired && found->secret.isEmpty())
        return HttpResponse::oauthError(400, QStringLiteral("invalid_grant"),
                                        QStringLiteral("no client credentials user enabled"));
    if ((secretRequired || !secret.isEmpty()) && secret != found->secret)
        return HttpResponse::oauthError(400, QStringLiteral("invalid_client"),
                                        QStringLiteral("invalid client credentials"));
    *client = &found.value();
    return std::nullopt;
}

HttpResponse OAuthServer::authorizationCodeGrant(const QUrlQuery &form, const QString &basicId,
                                                 const QString &basicSecret)
{
    const Client *client = nullptr;
    if (auto refused = identifyClient(form, basicId, basicSecret, false, &client))
        return *refused;
    const QString &clientId = client->id;
    const auto code = m_tokens.takeCode(value(form, QStringLiteral("code")));
    if (!code || code->used || code->clientId != clientId)
        return HttpResponse::oauthError(400, QStringLiteral("invalid_grant"),
                                        QStringLiteral("invalid authorization code"));
    if (m_tokens.now() >= code->expires)
        return HttpResponse::oauthError(400, QStringLiteral("invalid_grant"),
                                        QStringLiteral("expired authorization code"));
    if (value(form, QStringLiteral("redirect_uri")) != code->redirectUri)
        return HttpResponse::oauthError(400, QStringLiteral("redirect_uri_mismatch"),
                                        QStringLiteral("redirect_uri must match configuration"));
    if (!code->codeChallenge.isEmpty()) {
        const QString verifier = value(form, QStringLiteral("code_verifier"));
        // Salesforce's distinction: no verifier at all is invalid_grant, a wrong one invalid_request.
        if (verifier.isEmpty())
            return HttpResponse::oauthError(400, QStringLiteral("invalid_grant"),
                                            QStringLiteral("invalid code verifier"));
        const QByteArray expected =
            QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        if (QString::fromLatin1(expected) != code->codeChallenge)
            return HttpResponse::oauthError(400, QStringLiteral("invalid_request"),
                                            QStringLiteral("invalid code verifier"));
    }
    const bool refresh = code->scope.contains(QLatin1String("refresh_token"))
        || code->scope.contains(QLatin1String("offline_access"));
    return tokenResponse(*client, code->scope, refresh, {}, form);
}

HttpResponse OAuthServer::refreshTokenGrant(const QUrlQuery &form, const QString &basicId,
                                            const QString &basicSecret)
{
    const Client *client = nullptr;
    if (auto refused = identifyClient(form, basicId, basicSecret, false, &client))
        return *refused;
    const QString &clientId = client->id;
    const QString refreshToken = value(form, QStringLiteral("refresh_token"));
    const auto grant = m_tokens.refreshToken(refreshToken);
    if (!grant || grant->clientId != clientId)
        return HttpResponse::oauthError(400, QStringLiteral("invalid_grant"),
                                        QStringLiteral("expired access/refresh token"));
    if (m_rotate) {
        // Rotation: a new refresh token with every refresh; the old one (and its access tokens) stop working.
        const QString scope = grant->scope;
        m_tokens.revokeRefreshToken(refreshToken);
        return tokenResponse(*client, scope, true, {}, form);
    }
    return tokenResponse(*client, grant->scope, false, refreshToken, form);
}

HttpResponse OAuthServer::clientCredentialsGrant(const QUrlQuery &form, const QString &basicId,
                                                 const QString &basicSecret)
{
    const Client *client = nullptr;
    if (auto refused = identifyClient(form, basicId, basicSecret, true, &client))
        return *refused;
    return tokenResponse(*client, QStringLiteral("api"), false, {}, form);
}

HttpResponse OAuthServer::jwtBearerGrant(const QUrlQuery &form)
{
    const QByteArray assertion = value(form, QStringLiteral("assertion")).toLatin1();
    const JwtVerifier::Result decoded = JwtVerifier::decode(assertion);
    if (!decoded.ok)
        return HttpResponse::oauthError(400, QStringLiteral("invalid_grant"),
                                        QStringLiteral("invalid assertion"));
    const QString issuer = decoded.claims.value(QStringLiteral("iss")).toString();
    const auto client = m_clients.constFind(issuer);
    if (client == m_clients.cend() || client->certificatePem.isEmpty())
        return HttpResponse::oauthError(400, QStringLiteral("invalid_client_id"),
                                        QStringLiteral("client identifier invalid"));
    const JwtVerifier::Result verified = JwtVerifier::verify(assertion, client->certificatePem);
    if (!verified.ok) {
        qCInfo(lcLocalOrgOAuth) << "JWT bearer assertion rejected:" << verified.error;
        return HttpResponse::oauthError(400, QStringLiteral("invalid_grant"),
                                        QStringLiteral("invalid assertion"));
    }
    const QString audience = verified.claims.value(QStringLiteral("aud")).toString();
    const QString base = m_base.toString(QUrl::StripTrailingSlash);
    if (audience != base && audience != QLatin1String("https://login.salesforce.com")
        && audience != QLatin1String("https://test.salesforce.com"))
        return HttpResponse::oauthError(400, QStringLiteral("invalid_grant"),
                                        QStringLiteral("audience is invalid"));
    const QJsonValue exp = verified.claims.value(QStringLiteral("exp"));
    if (!exp.isDouble() || qint64(exp.toDouble()) <= m_tokens.now().toSecsSinceEpoch())
        return HttpResponse::oauthError(400, QStringLiteral("invalid_grant"),
                                        QStringLiteral("expired authorization code"));
    if (verified.claims.value(QStringLiteral("sub"))
            .toString()
            .compare(m_identity.username, Qt::CaseInsensitive)
        != 0)
        return HttpResponse::oauthError(400, QStringLiteral("invalid_grant"),
                                        QStringLiteral("user hasn't approved this consumer"));
    return tokenResponse(*client, QStringLiteral("api"), false, {}, form);
}

HttpResponse OAuthServer::tokenResponse(const Client &client, const QString &scope, bool withRefresh,
                                        const QString &existingRefresh, const QUrlQuery &form)
{
    QString refresh = existingRefresh;
    if (withRefresh)
        refresh = m_tokens.issueRefreshToken(client.id, scope);
    const QString access = m_tokens.issueAccessToken(client.id, scope, refresh, m_lifetime);
    const QString issuedAt = QString::number(m_tokens.now().toMSecsSinceEpoch());
    const QString id = identityUrl();
    const QByteArray signature =
        QMessageAuthenticationCode::hash((id + issuedAt).toUtf8(), client.secret.toUtf8(),
                                         QCryptographicHash::Sha256)
            .toBase64();
    // No expires_in: Salesforce never sends one (docs/salesforce-api.md §1.3).
    QList<QPair<QString, QString>> fields {{QStringLiteral("access_token"), access}};
    if (withRefresh)
        fields.append({QStringLiteral("refresh_token"), refresh});
    fields.append({QStringLiteral("signature"), QString::fromLatin1(signature)});
    fields.append({QStringLiteral("scope"), scope});
    fields.append({QStringLiteral("instance_url"), m_base.toString(QUrl::StripTrailingSlash)});
    fields.append({QStringLiteral("id"), id});
    fields.append({QStringLiteral("token_type"), QStringLiteral("Bearer")});
    fields.append({QStringLiteral("issued_at"), issuedAt});
    qCDebug(lcLocalOrgOAuth) << "token issued for client" << client.id << "refresh token:" << withRefresh;

    if (value(form, QStringLiteral("format")) == QLatin1String("urlencoded")) {
        QStringList parts;
        for (const auto &f : fields)
            parts << f.first + QLatin1Char('=') + pct(f.second);
        return HttpResponse::text(200, parts.join(QLatin1Char('&')).toUtf8(),
                                  "application/x-www-form-urlencoded");
    }
    QJsonObject json;
    for (const auto &f : fields)
        json.insert(f.first, f.second);
    HttpResponse r = HttpResponse::json(200, json);
    r.setHeader("Cache-Control", "no-cache,must-revalidate,max-age=0,no-store,private");
    return r;
}

HttpResponse OAuthServer::revoke(const HttpRequest &request)
{
    const QUrlQuery form = request.method == "POST" ? formOf(request) : request.query;
    const QString token = value(form, QStringLiteral("token"));
    if (token.isEmpty() || token == m_tokens.fixedToken())
        return HttpResponse::oauthError(400, QStringLiteral("unsupported_token_type"),
                                        QStringLiteral("this token type is not supported"));
    if (m_tokens.refreshToken(token)) {
        m_tokens.revokeRefreshToken(token);
        return HttpResponse::empty(200);
    }
    if (m_tokens.isIssuedAccessToken(token)) {
        m_tokens.revokeAccessToken(token);
        return HttpResponse::empty(200);
    }
    return HttpResponse::oauthError(400, QStringLiteral("invalid_token"), QStringLiteral("invalid token"));
}

HttpResponse OAuthServer::userinfo(const HttpRequest &request)
{
    if (!m_tokens.isValidAccessToken(bearerToken(request)))
        return HttpResponse::text(403, "Bad_OAuth_Token");
    const QString base = m_base.toString(QUrl::StripTrailingSlash);
    QJsonObject info = identityJson(m_identity.newestApiVersion);
    QJsonObject out {
        {QStringLiteral("sub"), identityUrl()},
        {QStringLiteral("user_id"), m_identity.userId},
        {QStringLiteral("organization_id"), m_identity.orgId},
        {QStringLiteral("preferred_username"), m_identity.username},
        {QStringLiteral("nickname"), m_identity.username.section(QLatin1Char('@'), 0, 0)},
        {QStringLiteral("name"), m_identity.displayName},
        {QStringLiteral("email"), m_identity.email},
        {QStringLiteral("email_verified"), true},
        {QStringLiteral("given_name"), m_identity.displayName.section(QLatin1Char(' '), 0, 0)},
        {QStringLiteral("family_name"), m_identity.displayName.section(QLatin1Char(' '), 1)},
        {QStringLiteral("zoneinfo"), QStringLiteral("Europe/London")},
        {QStringLiteral("locale"), QStringLiteral("en_US")},
        {QStringLiteral("language"), QStringLiteral("en_US")},
        {QStringLiteral("active"), true},
        {QStringLiteral("user_type"), QStringLiteral("STANDARD")},
        {QStringLiteral("profile"), QString(base + QLatin1Char('/') + m_identity.userId)},
        {QStringLiteral("urls"), info.value(QStringLiteral("urls"))},
        {QStringLiteral("is_app_installed"), true},
        {QStringLiteral("updated_at"), QStringLiteral("2024-01-01T00:00:00Z")},
    };
    return HttpResponse::json(200, out);
}

QJsonObject OAuthServer::identityJson(const QString &version) const
{
    const QString base = m_base.toString(QUrl::StripTrailingSlash);
    const QString v = version.isEmpty() ? QStringLiteral("{version}") : version;
    const QString data = base + QStringLiteral("/services/data/v") + v;
    QJsonObject urls {
        {QStringLiteral("enterprise"),
         QString(base + QStringLiteral("/services/Soap/c/") + v + QLatin1Char('/')
                 + m_identity.orgId.left(15))},
        {QStringLiteral("partner"),
         QString(base + QStringLiteral("/services/Soap/u/") + v + QLatin1Char('/')
                 + m_identity.orgId.left(15))},
        {QStringLiteral("rest"), QString(data + QLatin1Char('/'))},
        {QStringLiteral("sobjects"), QString(data + QStringLiteral("/sobjects/"))},
        {QStringLiteral("search"), QString(data + QStringLiteral("/search/"))},
        {QStringLiteral("query"), QString(data + QStringLiteral("/query/"))},
        {QStringLiteral("recent"), QString(data + QStringLiteral("/recent/"))},
        {QStringLiteral("limits"), QString(data + QStringLiteral("/limits/"))},
        {QStringLiteral("profile"), QString(base + QLatin1Char('/') + m_identity.userId)},
        {QStringLiteral("custom_domain"), base},
    };
    return QJsonObject {
        {QStringLiteral("id"), identityUrl()},
        {QStringLiteral("asserted_user"), true},
        {QStringLiteral("user_id"), m_identity.userId},
        {QStringLiteral("organization_id"), m_identity.orgId},
        {QStringLiteral("username"), m_identity.username},
        {QStringLiteral("nick_name"), m_identity.username.section(QLatin1Char('@'), 0, 0)},
        {QStringLiteral("display_name"), m_identity.displayName},
        {QStringLiteral("email"), m_identity.email},
        {QStringLiteral("email_verified"), true},
        {QStringLiteral("first_name"), m_identity.displayName.section(QLatin1Char(' '), 0, 0)},
        {QStringLiteral("last_name"), m_identity.displayName.section(QLatin1Char(' '), 1)},
        {QStringLiteral("timezone"), QStringLiteral("Europe/London")},
        {QStringLiteral("active"), true},
        {QStringLiteral("user_type"), QStringLiteral("STANDARD")},
        {QStringLiteral("language"), QStringLiteral("en_US")},
        {QStringLiteral("locale"), QStringLiteral("en_US")},
        {QStringLiteral("utcOffset"), 0},
        {QStringLiteral("last_modified_date"), QString(QStringLiteral("2024-01-01T00:00:00.000+0000"))},
        {QStringLiteral("is_app_installed"), true},
        {QStringLiteral("urls"), urls},
    };
}

HttpResponse OAuthServer::identity(const HttpRequest &request)
{
    if (!m_tokens.isValidAccessToken(bearerToken(request)))
        return HttpResponse::text(403, "Bad_OAuth_Token");
    const QStringList segments = request.pathSegments(); // id, org, user
    if (segments.size() != 3 || segments.at(1).left(15) != m_identity.orgId.left(15)
        || segments.at(2).left(15) != m_identity.userId.left(15))
        return HttpResponse::text(404, "Bad_Id");
    return HttpResponse::json(200, identityJson(request.queryValue(QStringLiteral("version"))));
}

HttpResponse OAuthServer::openidConfiguration() const
{
    const QString base = m_base.toString(QUrl::StripTrailingSlash);
    const auto list = [](std::initializer_list<const char *> items) {
        QJsonArray a;
        for (const char *i : items)
            a.append(QString::fromLatin1(i));
        return a;
    };
    return HttpResponse::json(
        200,
        QJsonObject {
            {QStringLiteral("issuer"), base},
            {QStringLiteral("authorization_endpoint"),
             QString(base + QStringLiteral("/services/oauth2/authorize"))},
            {QStringLiteral("token_endpoint"), QString(base + QStringLiteral("/services/oauth2/token"))},
            {QStringLiteral("revocation_endpoint"),
             QString(base + QStringLiteral("/services/oauth2/revoke"))},
            {QStringLiteral("userinfo_endpoint"),
             QString(base + QStringLiteral("/services/oauth2/userinfo"))},
            {QStringLiteral("introspection_endpoint"),
             QString(base + QStringLiteral("/services/oauth2/introspect"))},
            {QStringLiteral("jwks_uri"), QString(base + QStringLiteral("/id/keys"))},
            {QStringLiteral("scopes_supported"),
             list({"id", "api", "web", "full", "openid", "refresh_token", "offline_access"})},
            {QStringLiteral("response_types_supported"), list({"code"})},
            {QStringLiteral("grant_types_supported"),
             list({"authorization_code", "refresh_token", "client_credentials",
                   "urn:ietf:params:oauth:grant-type:jwt-bearer"})},
            {QStringLiteral("code_challenge_methods_supported"), list({"S256"})},
            {QStringLiteral("subject_types_supported"), list({"public"})},
            {QStringLiteral("id_token_signing_alg_values_supported"), list({"RS256"})},
            {QStringLiteral("token_endpoint_auth_methods_supported"),
             list({"client_secret_post", "client_secret_basic", "private_key_jwt"})},
        });
}

} // namespace sfsync::localorg
