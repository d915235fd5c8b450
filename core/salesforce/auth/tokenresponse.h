#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace sfsync {

// A successful answer of /services/oauth2/token (docs/salesforce-api.md §1.3). Salesforce sends no
// expires_in: expiry shows up later as 401 INVALID_SESSION_ID.
struct TokenResponse
{
    QString accessToken;
    QString refreshToken; // empty unless issued (or rotated)
    QUrl instanceUrl;
    QUrl identityUrl; // "id": {login host}/id/{orgId}/{userId}
    QString issuedAt;
    QString scope;
    QString tokenType;

    [[nodiscard]] bool isValid() const { return !accessToken.isEmpty(); }
    // Org and user Ids from the identity URL's last two path segments.
    [[nodiscard]] QString orgId() const;
    [[nodiscard]] QString userId() const;

    static TokenResponse fromJson(const QJsonObject &json);
};

} // namespace sfsync
