#pragma once

#include "core/salesforce/auth/tokenresponse.h"
#include "core/salesforce/sferror.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <optional>

class QNetworkAccessManager;

namespace sfsync {

class TokenRequest;

// How a Connection obtains access tokens. One subclass per OAuth flow; the Connection asks for a new token
// when it has none yet or when the org answered 401 INVALID_SESSION_ID.
class Credentials : public QObject
{
    Q_OBJECT
public:
    // Stored in profiles; keep the strings stable.
    enum class Kind { AccessToken, RefreshToken, ClientCredentials, JwtBearer };
    Q_ENUM(Kind)

    using QObject::QObject;

    [[nodiscard]] virtual Kind kind() const = 0;
    // Can a new access token be obtained without the user?
    [[nodiscard]] virtual bool canRefresh() const = 0;
    // Host of the token endpoint (login.salesforce.com, test.salesforce.com, a My Domain, the local org).
    [[nodiscard]] virtual QUrl loginHost() const = 0;
    // An access token known up front (SFSYNC_ACCESS_TOKEN), else empty.
    [[nodiscard]] virtual QString initialAccessToken() const { return {}; }
    // A started-later token request (call start() on it), or nullptr with *error set.
    virtual TokenRequest *createTokenRequest(QNetworkAccessManager *network, SfError *error) = 0;
    // Every successful token response passes here (a rotated refresh token is kept and saved).
    virtual void tokenReceived(const TokenResponse &response) { Q_UNUSED(response) }

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
};

} // namespace sfsync
