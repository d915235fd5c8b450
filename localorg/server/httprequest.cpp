#include "httprequest.h"

#include <QUrl>

namespace sfsync::localorg {

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (name.compare(h.first, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (name.compare(h.first, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString HttpRequest::queryValue(const QString &name) const
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

bool HttpRequest::hasQueryValue(const QString &name) const
{
    return query.hasQueryItem(name);
}

QStringList HttpRequest::pathSegments() const
{
    QStringList out;
    const QList<QByteArray> parts = rawPath.split('/');
    for (const QByteArray &part : parts) {
        if (!part.isEmpty())
            out.append(QUrl::fromPercentEncoding(part));
    }
    return out;
}

void HttpRequest::parseTarget()
{
    const qsizetype q = target.indexOf('?');
    rawPath = q < 0 ? target : target.left(q);
    // Salesforce serves "//services/data/..." as "/services/data/..." (the sf CLI sends such paths, as it
    // keeps instance URLs with a trailing slash): runs of slashes count as one. "%2F" inside a segment is
    // data, not a separator, and stays.
    for (qsizetype i = rawPath.indexOf("//"); i >= 0; i = rawPath.indexOf("//", i))
        rawPath.remove(i, 1);
    path = QUrl::fromPercentEncoding(rawPath);
    query.clear();
    if (q >= 0) {
        // Form encoding writes spaces as '+'; QUrlQuery would keep them literally.
        QByteArray rawQuery = target.mid(q + 1);
        rawQuery.replace('+', "%20");
        query.setQuery(QString::fromLatin1(rawQuery));
    }
}

} // namespace sfsync::localorg
