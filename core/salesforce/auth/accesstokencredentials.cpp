#include "core/salesforce/auth/accesstokencredentials.h"

#include <QCoreApplication>

namespace sfsync {

AccessTokenCredentials::AccessTokenCredentials(const QString &accessToken, QObject *parent)
    : Credentials(parent)
    , m_accessToken(accessToken)
{ }

AccessTokenCredentials *AccessTokenCredentials::fromEnvironment(QObject *parent)
{
    const QString token = qEnvironmentVariable(EnvironmentVariable).trimmed();
    if (token.isEmpty())
        return nullptr;
    return new AccessTokenCredentials(token, parent);
}

TokenRequest *AccessTokenCredentials::createTokenRequest(QNetworkAccessManager *network, SfError *error)
{
    Q_UNUSED(network)
    if (error) {
        error->errorCode = QStringLiteral("INVALID_SESSION_ID");
        error->httpStatus = 401;
        error->message = QCoreApplication::translate(
            "sfsync::AccessTokenCredentials",
            "The access token from SFSYNC_ACCESS_TOKEN has expired or is invalid, and it cannot be renewed. "
            "Set a new token, or sign in with a profile.");
    }
    return nullptr;
}

} // namespace sfsync
