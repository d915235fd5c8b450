#pragma once

#include "core/salesforce/auth/credentials.h"

namespace sfsync {

// A raw access token (SFSYNC_ACCESS_TOKEN with --instance-url). It cannot be refreshed: when it expires the
// org answers 401 and the caller must supply a new one.
class AccessTokenCredentials : public Credentials
{
    Q_OBJECT
public:
    explicit AccessTokenCredentials(const QString &accessToken, QObject *parent = nullptr);

    // Reads SFSYNC_ACCESS_TOKEN; nullptr when it is unset or empty.
    static AccessTokenCredentials *fromEnvironment(QObject *parent = nullptr);
    static constexpr const char *EnvironmentVariable = "SFSYNC_ACCESS_TOKEN";

    [[nodiscard]] Kind kind() const override { return Kind::AccessToken; }
    [[nodiscard]] bool canRefresh() const override { return false; }
    [[nodiscard]] QUrl loginHost() const override { return {}; }
    [[nodiscard]] QString initialAccessToken() const override { return m_accessToken; }
    TokenRequest *createTokenRequest(QNetworkAccessManager *network, SfError *error) override;

private:
    QString m_accessToken;
};

} // namespace sfsync
