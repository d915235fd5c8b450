#include "core/salesforce/auth/tokenresponse.h"

#include <QStringList>

namespace sfsync {

namespace {

QString identitySegment(const QUrl &url, int fromEnd)
{
    const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() < 3 || parts.at(parts.size() - 3) != QLatin1String("id"))
        return {};
    return parts.at(parts.size() - fromEnd);
}

} // namespace

QString TokenResponse::orgId() const
{
    return identitySegment(identityUrl, 2);
}

QString TokenResponse::userId() const
{
    return identitySegment(identityUrl, 1);
}

TokenResponse TokenResponse::fromJson(const QJsonObject &json)
{
    TokenResponse r;
    r.accessToken = json.value(QLatin1String("access_token")).toString();
    r.refreshToken = json.value(QLatin1String("refresh_token")).toString();
    r.instanceUrl = QUrl(json.value(QLatin1String("instance_url")).toString());
    r.identityUrl = QUrl(json.value(QLatin1String("id")).toString());
    r.issuedAt = json.value(QLatin1String("issued_at")).toString();
    r.scope = json.value(QLatin1String("scope")).toString();
    r.tokenType = json.value(QLatin1String("token_type")).toString();
    return r;
}

} // namespace sfsync
