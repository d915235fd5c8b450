#include "core/salesforce/auth/refreshtokencredentials.h"

#include "core/corelogging.h"
#include "core/salesforce/auth/tokenrequest.h"
#include "core/salesforce/auth/tokenstore.h"

namespace sfsync {

RefreshTokenCredentials::RefreshTokenCredentials(const QUrl &loginHost, const QString &clientId,
                                                 const QString &refreshToken, QObject *parent)
    : Credentials(parent)
    , m_loginHost(loginHost)
    , m_clientId(clientId)
    , m_refreshToken(refreshToken)
{ }

void RefreshTokenCredentials::setTokenStore(TokenStore *store, const QString &profile)
{
    m_store = store;
    m_profile = profile;
}

TokenRequest *RefreshTokenCredentials::createTokenRequest(QNetworkAccessManager *network, SfError *error)
{
    Q_UNUSED(error)
    TokenRequest::Parameters parameters = {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                           {QStringLiteral("client_id"), m_clientId},
                                           {QStringLiteral("refresh_token"), m_refreshToken}};
    if (!m_clientSecret.isEmpty())
        parameters.append({QStringLiteral("client_secret"), m_clientSecret});
    parameters.append({QStringLiteral("format"), QStringLiteral("json")});
    return new TokenRequest(network, m_loginHost, parameters);
}

void RefreshTokenCredentials::tokenReceived(const TokenResponse &response)
{
    if (response.refreshToken.isEmpty() || response.refreshToken == m_refreshToken)
        return;
    qCInfo(lcCoreAuth) << "refresh token rotated";
    m_refreshToken = response.refreshToken;
    Q_EMIT refreshTokenRotated();
    if (!m_store)
        return;
    StoredTokens tokens;
    tokens.refreshToken = m_refreshToken;
    tokens.clientSecret = m_clientSecret;
    m_store->write(m_profile, tokens, this, [this](const SfError &error) {
        if (!error.isNull())
            qCWarning(lcCoreAuth) << "could not save the rotated refresh token:" << error.errorCode;
        Q_EMIT tokenSaved(error);
    });
}

} // namespace sfsync
