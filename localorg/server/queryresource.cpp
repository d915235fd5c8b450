#include "queryresource.h"

#include "localorg/data/recordid.h"
#include "localorg/data/recordstore.h"
#include "localorg/data/soqlevaluator.h"
#include "resterrors.h"

#include <QRegularExpression>

namespace sfsync::localorg {

QueryResource::QueryResource(RecordStore &store)
    : m_store(store)
{ }

int QueryResource::pageSizeFor(const HttpRequest &request) const
{
    static const QRegularExpression batch(QStringLiteral("batchSize\\s*=\\s*(\\d+)"),
                                          QRegularExpression::CaseInsensitiveOption);
    const auto match = batch.match(QString::fromLatin1(request.header("Sforce-Query-Options")));
    if (match.hasMatch())
        return std::clamp(match.captured(1).toInt(), 200, 2000); // Salesforce's documented range
    return m_batchSize;
}

HttpResponse QueryResource::handle(const RestCall &call)
{
    if (call.method() != "GET" && call.method() != "HEAD")
        return RestErrors::methodNotAllowed(call.method());
    const bool all = call.segment(0) == QLatin1String("queryAll");
    if (call.segments.size() == 2) {
        // /query/01g...-2000
        const QString cursor = call.segment(1);
        const qsizetype dash = cursor.lastIndexOf(QLatin1Char('-'));
        bool ok = false;
        const qint64 offset = dash < 0 ? 0 : cursor.mid(dash + 1).toLongLong(&ok);
        if (dash < 0 || !ok)
            return HttpResponse::restError(400, QStringLiteral("INVALID_QUERY_LOCATOR"),
                                           QStringLiteral("invalid query locator"));
        return page(call, cursor.left(dash), offset);
    }
    if (call.segments.size() != 1)
        return RestErrors::notFound();
    if (!call.http.hasQueryValue(QStringLiteral("q")))
        return HttpResponse::restError(400, QStringLiteral("MALFORMED_QUERY"),
                                       QStringLiteral("A query string has to be specified"));
    return run(call, call.http.queryValue(QStringLiteral("q")), all);
}

HttpResponse QueryResource::run(const RestCall &call, const QString &soql, bool includeDeleted)
{
    const SoqlEvaluator evaluator(m_store);
    const SoqlResult result = evaluator.run(soql, call.version, includeDeleted);
    if (!result.ok())
        return RestErrors::fromSoql(*result.error);
    Cursor cursor;
    cursor.records = result.records;
    cursor.totalSize = result.totalSize;
    cursor.pageSize = pageSizeFor(call.http);
    cursor.resource = includeDeleted ? QStringLiteral("queryAll") : QStringLiteral("query");
    if (cursor.records.size() <= cursor.pageSize)
        return pageOf(call, {}, cursor, 0);

    const QString locator = RecordId::make(u"01g", m_nextLocator++);
    m_cursors.insert(locator, cursor);
    m_cursorOrder.append(locator);
    while (m_cursorOrder.size() > MaxCursors)
        m_cursors.remove(m_cursorOrder.takeFirst());
    return pageOf(call, locator, cursor, 0);
}

HttpResponse QueryResource::page(const RestCall &call, const QString &locator, qint64 offset)
{
    const auto it = m_cursors.constFind(locator);
    if (it == m_cursors.cend() || offset < 0 || offset >= it->records.size())
        return HttpResponse::restError(400, QStringLiteral("INVALID_QUERY_LOCATOR"),
                                       QStringLiteral("invalid query locator"));
    return pageOf(call, locator, *it, offset);
}

HttpResponse QueryResource::pageOf(const RestCall &call, const QString &locator, const Cursor &cursor,
                                   qint64 offset)
{
    QJsonArray records;
    const qint64 end = std::min<qint64>(cursor.records.size(), offset + cursor.pageSize);
    for (qint64 i = offset; i < end; ++i)
        records.append(cursor.records.at(i));
    const bool done = end >= cursor.records.size();
    QJsonObject body {{QStringLiteral("totalSize"), double(cursor.totalSize)},
                      {QStringLiteral("done"), done},
                      {QStringLiteral("records"), records}};
    if (!done)
        body.insert(QStringLiteral("nextRecordsUrl"),
                    QString(call.dataPath() + QLatin1Char('/') + cursor.resource + QLatin1Char('/') + locator
                            + QLatin1Char('-') + QString::number(end)));
    return HttpResponse::json(200, body);
}

} // namespace sfsync::localorg
