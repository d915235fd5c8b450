#pragma once

#include "core/salesforce/auth/credentials.h"

#include <QByteArray>
#include <QDateTime>

namespace sfsync {

// OAuth JWT bearer flow: an RS256 assertion (iss = client id, sub = username, aud = login host, exp = now + 3
// min) signed with the private key whose certificate is on the connected app. No refresh token: each renewal
// signs a new assertion.
class JwtBearerCredentials : public Credentials
{
    Q_OBJECT
public:
    JwtBearerCredentials(const QUrl &loginHost, const QString &clientId, const QString &username,
                         const QByteArray &privateKeyPem, QObject *parent = nullptr);

    // Reads the key from a PEM file; nullptr with *error set when it cannot be read.
    static JwtBearerCredentials *fromKeyFile(const QUrl &loginHost, const QString &clientId,
                                             const QString &username, const QString &keyFile, SfError *error,
                                             QObject *parent = nullptr);

    [[nodiscard]] Kind kind() const override { return Kind::JwtBearer; }
    [[nodiscard]] bool canRefresh() const override { return true; }
    [[nodiscard]] QUrl loginHost() const override { return m_loginHost; }
    TokenRequest *createTokenRequest(QNetworkAccessManager *network, SfError *error) override;

    // The signed assertion (header.claims.signature, base64url), or empty with *error set.
    [[nodiscard]] QByteArray assertion(const QDateTime &now, SfError *error) const;
    // "aud": the login host without a trailing slash.
    [[nodiscard]] QString audience() const;

private:
    QUrl m_loginHost;
    QString m_clientId;
    QString m_username;
    QByteArray m_privateKeyPem;
};

} // namespace sfsync
