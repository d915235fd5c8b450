#include "core/salesforce/auth/storedtokens.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sfsync {

QByteArray StoredTokens::toJson() const
{
    QJsonObject o;
    if (!refreshToken.isEmpty())
        o.insert(QLatin1String("refresh_token"), refreshToken);
    if (!accessToken.isEmpty())
        o.insert(QLatin1String("access_token"), accessToken);
    if (!clientSecret.isEmpty())
        o.insert(QLatin1String("client_secret"), clientSecret);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

StoredTokens StoredTokens::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    StoredTokens t;
    t.refreshToken = o.value(QLatin1String("refresh_token")).toString();
    t.accessToken = o.value(QLatin1String("access_token")).toString();
    t.clientSecret = o.value(QLatin1String("client_secret")).toString();
    return t;
}

} // namespace sfsync
