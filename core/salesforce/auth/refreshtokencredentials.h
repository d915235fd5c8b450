#pragma once

#include "core/salesforce/auth/credentials.h"

#include <QPointer>

namespace sfsync {

class TokenStore;

// A refresh token (from the browser sign-in, kept in the keychain): plain form POST grant_type=refresh_token
// (docs/sign-in.md). With refresh-token rotation each answer carries a new refresh token, which
// replaces the old one and is saved to the TokenStore at once (the old one stops working).
class RefreshTokenCredentials : public Credentials
{
    Q_OBJECT
public:
    RefreshTokenCredentials(const QUrl &loginHost, const QString &clientId, const QString &refreshToken,
                            QObject *parent = nullptr);

    void setClientSecret(const QString &secret) { m_clientSecret = secret; }
    // Where a rotated refresh token is saved (the profile's keychain entry).
    void setTokenStore(TokenStore *store, const QString &profile);

    [[nodiscard]] Kind kind() const override { return Kind::RefreshToken; }
    [[nodiscard]] bool canRefresh() const override { return !m_refreshToken.isEmpty(); }
    [[nodiscard]] QUrl loginHost() const override { return m_loginHost; }
    [[nodiscard]] QString clientId() const { return m_clientId; }
    [[nodiscard]] QString refreshToken() const { return m_refreshToken; }
    TokenRequest *createTokenRequest(QNetworkAccessManager *network, SfError *error) override;
    void tokenReceived(const TokenResponse &response) override;

Q_SIGNALS:
    void refreshTokenRotated();
    void tokenSaved(const sfsync::SfError &error);

private:
    QUrl m_loginHost;
    QString m_clientId;
    QString m_clientSecret;
    QString m_refreshToken;
    QPointer<TokenStore> m_store;
    QString m_profile;
};

} // namespace sfsync
