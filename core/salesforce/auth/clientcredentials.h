#pragma once

#include "core/salesforce/auth/credentials.h"

namespace sfsync {

// OAuth client credentials flow (a connected app with a run-as user). Sent to the org's My Domain host, not
// login.salesforce.com (docs/salesforce-api.md §1.6). No refresh token: a new access token is simply
// requested again.
class ClientCredentials : public Credentials
{
    Q_OBJECT
public:
    ClientCredentials(const QUrl &loginHost, const QString &clientId, const QString &clientSecret,
                      QObject *parent = nullptr);

    static constexpr const char *ClientIdVariable = "SFSYNC_CLIENT_ID";
    static constexpr const char *ClientSecretVariable = "SFSYNC_CLIENT_SECRET";
    // From SFSYNC_CLIENT_ID and SFSYNC_CLIENT_SECRET; nullptr when either is missing.
    static ClientCredentials *fromEnvironment(const QUrl &loginHost, QObject *parent = nullptr);

    [[nodiscard]] Kind kind() const override { return Kind::ClientCredentials; }
    [[nodiscard]] bool canRefresh() const override { return true; }
    [[nodiscard]] QUrl loginHost() const override { return m_loginHost; }
    [[nodiscard]] QString clientId() const { return m_clientId; }
    TokenRequest *createTokenRequest(QNetworkAccessManager *network, SfError *error) override;

private:
    QUrl m_loginHost;
    QString m_clientId;
    QString m_clientSecret;
};

} // namespace sfsync
