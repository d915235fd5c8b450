#pragma once

#include <optional>

#include "httprequest.h"
#include "httpresponse.h"
#include "tokenregistry.h"

#include <QHash>
#include <QUrl>

namespace sfsync::localorg {

// The OAuth 2.0 side of the local org (docs/salesforce-api.md §1):
// /services/oauth2/{authorize,token,revoke,userinfo}, the identity URL /id/{org}/{user}, /id/keys and
// /.well-known/openid-configuration.
class OAuthServer
{
public:
    struct Client
    {
        QString id;
        QString secret; // empty: a public client (PKCE); client_credentials needs one
        QByteArray certificatePem; // for the JWT bearer flow
    };
    struct Identity
    {
        QString orgId; // 18 chars
        QString userId; // 18 chars
        QString username;
        QString displayName;
        QString email;
        QString newestApiVersion;
    };

    static constexpr auto DefaultClientId = "sfsync-local";
    static constexpr int CodeLifetimeSecs = 600;

    explicit OAuthServer(TokenRegistry &tokens);

    void setBaseUrl(const QUrl &base) { m_base = base; }
    void setIdentity(const Identity &identity) { m_identity = identity; }
    void registerClient(const Client &client) { m_clients.insert(client.id, client); }
    void setAutoApprove(bool on) { m_autoApprove = on; }
    void setRotateRefreshTokens(bool on) { m_rotate = on; }
    void setAccessTokenLifetime(int secs) { m_lifetime = secs; }

    // True for the paths this class serves.
    [[nodiscard]] static bool handles(const QString &path);
    HttpResponse handle(const HttpRequest &request);

    // The identity URL of the org's single user: {base}/id/{orgId}/{userId}.
    [[nodiscard]] QString identityUrl() const;
    [[nodiscard]] QString bearerToken(const HttpRequest &request) const;

private:
    HttpResponse authorize(const HttpRequest &request);
    HttpResponse token(const HttpRequest &request);
    HttpResponse revoke(const HttpRequest &request);
    HttpResponse userinfo(const HttpRequest &request);
    HttpResponse identity(const HttpRequest &request);
    HttpResponse openidConfiguration() const;

    HttpResponse authorizationCodeGrant(const QUrlQuery &form, const QString &basicId,
                                        const QString &basicSecret);
    HttpResponse refreshTokenGrant(const QUrlQuery &form, const QString &basicId, const QString &basicSecret);
    HttpResponse clientCredentialsGrant(const QUrlQuery &form, const QString &basicId,
                                        const QString &basicSecret);
    HttpResponse jwtBearerGrant(const QUrlQuery &form);
    // The client a token request names (form fields, or HTTP Basic when present), checked as Salesforce
    // checks it: unknown id, then the secret (only when sent, unless `secretRequired`). Sets `*client` and
    // returns nothing when it passes; otherwise the error response.
    std::optional<HttpResponse> identifyClient(const QUrlQuery &form, const QString &basicId,
                                               const QString &basicSecret, bool secretRequired,
                                               const Client **client) const;
    HttpResponse tokenResponse(const Client &client, const QString &scope, bool withRefresh,
                               const QString &existingRefresh, const QUrlQuery &form);

    [[nodiscard]] bool redirectAllowed(const QString &redirectUri) const;
    [[nodiscard]] QJsonObject identityJson(const QString &version) const;

    TokenRegistry &m_tokens;
    QUrl m_base;
    Identity m_identity;
    QHash<QString, Client> m_clients;
    bool m_autoApprove = false;
    bool m_rotate = false;
    int m_lifetime = 7200;
};

} // namespace sfsync::localorg
