#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace sfsync::localorg {

// One parsed HTTP/1.1 request, as the local org's handlers see it.
struct HttpRequest
{
    QByteArray method; // upper case, e.g. "GET"
    QByteArray target; // the raw request target, e.g. "/services/data/v62.0/query?q=..."
    QString path; // percent-decoded path without the query, repeated slashes collapsed
    QByteArray rawPath; // path as sent (still percent-encoded, repeated slashes collapsed), for splitting
                        // segments exactly once
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names as sent
    QByteArray body;
    int httpMinorVersion = 1;

    // Case-insensitive lookup of the first header with this name; empty when absent.
    [[nodiscard]] QByteArray header(QByteArrayView name) const;
    [[nodiscard]] bool hasHeader(QByteArrayView name) const;
    // Value of query parameter `name`, decoded once ('+' read as a space, as form encoding means).
    [[nodiscard]] QString queryValue(const QString &name) const;
    [[nodiscard]] bool hasQueryValue(const QString &name) const;
    // Path segments split on '/' before decoding, so an encoded "%2F" inside a segment stays in it.
    [[nodiscard]] QStringList pathSegments() const;

    // Builds path/rawPath/query from `target`.
    void parseTarget();
};

} // namespace sfsync::localorg
