#include "core/salesforce/auth/clientcredentials.h"

#include "core/salesforce/auth/tokenrequest.h"

namespace sfsync {

ClientCredentials::ClientCredentials(const QUrl &loginHost, const QString &clientId,
                                     const QString &clientSecret, QObject *parent)
    : Credentials(parent)
    , m_loginHost(loginHost)
    , m_clientId(clientId)
    , m_clientSecret(clientSecret)
{ }

ClientCredentials *ClientCredentials::fromEnvironment(const QUrl &loginHost, QObject *parent)
{
    const QString id = qEnvironmentVariable(ClientIdVariable).trimmed();
    const QString secret = qEnvironmentVariable(ClientSecretVariable).trimmed();
    if (id.isEmpty() || secret.isEmpty())
        return nullptr;
    return new ClientCredentials(loginHost, id, secret, parent);
}

TokenRequest *ClientCredentials::createTokenRequest(QNetworkAccessManager *network, SfError *error)
{
    Q_UNUSED(error)
    return new TokenRequest(network, m_loginHost,
                            {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                             {QStringLiteral("client_id"), m_clientId},
                             {QStringLiteral("client_secret"), m_clientSecret},
                             {QStringLiteral("format"), QStringLiteral("json")}});
}

} // namespace sfsync
