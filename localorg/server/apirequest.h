#pragma once

#include "httprequest.h"

#include <QJsonDocument>
#include <QString>
#include <QStringList>

namespace sfsync::localorg {

// A request to the REST API after routing: the HTTP request, its API version and the path segments after
// /services/data/vXX.X/. (Not core's sfsync::RestCall, the client's in-flight call.)
struct ApiRequest
{
    const HttpRequest &http;
    QString version; // "62.0"
    QStringList segments; // e.g. {"sobjects", "Account", "001..."}

    [[nodiscard]] const QByteArray &method() const { return http.method; }
    [[nodiscard]] QString segment(int i) const { return segments.value(i); }
    // "/services/data/v62.0"
    [[nodiscard]] QString dataPath() const { return QStringLiteral("/services/data/v") + version; }
    [[nodiscard]] QString recordUrl(const QString &object, const QString &id) const
    {
        return dataPath() + QStringLiteral("/sobjects/") + object + QLatin1Char('/') + id;
    }
    // The body as JSON; `ok` false when it is not valid JSON.
    [[nodiscard]] QJsonDocument json(bool *ok) const
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(http.body, &error);
        *ok = error.error == QJsonParseError::NoError;
        return doc;
    }
};

} // namespace sfsync::localorg
