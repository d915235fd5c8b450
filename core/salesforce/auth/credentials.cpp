#include "core/salesforce/auth/credentials.h"

namespace sfsync {

QString Credentials::kindName(Kind kind)
{
    switch (kind) {
    case Kind::AccessToken:
        return QStringLiteral("access_token");
    case Kind::RefreshToken:
        return QStringLiteral("refresh_token");
    case Kind::ClientCredentials:
        return QStringLiteral("client_credentials");
    case Kind::JwtBearer:
        return QStringLiteral("jwt_bearer");
    }
    return {};
}

std::optional<Credentials::Kind> Credentials::kindFromName(const QString &name)
{
    for (Kind kind : {Kind::AccessToken, Kind::RefreshToken, Kind::ClientCredentials, Kind::JwtBearer}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

} // namespace sfsync
