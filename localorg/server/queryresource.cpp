#include "queryresource.h"

#include "localorg/data/idformat.h"
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

HttpResponse QueryResource::handle(const ApiRequest &call)
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
    if (call.http.queryValue(QStringLiteral("columns")) == QLatin1String("true")) {
        const SoqlResult result =
            SoqlEvaluator(m_store).columns(call.http.queryValue(QStringLiteral("q")), call.version);
        if (!result.ok())
            return RestErrors::fromSoql(*result.error);
        return HttpResponse::json(200, result.columnMetadata);
    }
    return run(call, call.http.queryValue(QStringLiteral("q")), all);
}

HttpResponse QueryResource::run(const ApiRequest &call, const QString &soql, bool includeDeleted)
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
    cursor.childRelationships = result.childRelationships;
    if (cursor.records.size() <= cursor.pageSize)
        return pageOf(call, {}, cursor, 0);
    const QString locator = addCursor(cursor);
    return pageOf(call, locator, m_cursors.value(locator), 0);
}

QString QueryResource::addCursor(const Cursor &cursor)
{
    const QString locator = IdFormat::make(u"01g", m_nextLocator++);
    m_cursors.insert(locator, cursor);
    m_cursorOrder.append(locator);
    while (m_cursorOrder.size() > MaxCursors)
        m_cursors.remove(m_cursorOrder.takeFirst());
    return locator;
}

QJsonValue QueryResource::pagedChildren(const ApiRequest &call, const Cursor &parent,
                                        const QJsonValue &children)
{
    const QJsonObject nested = children.toObject();
    const QJsonArray records = nested.value(QLatin1String("records")).toArray();
    if (records.size() <= parent.pageSize)
        return children;
    Cursor rest;
    rest.records = records;
    rest.totalSize = records.size();
    rest.pageSize = parent.pageSize;
    rest.resource = parent.resource;
    const QString locator = addCursor(rest);
    QJsonArray first;
    for (qsizetype i = 0; i < parent.pageSize; ++i)
        first.append(records.at(i));
    return QJsonObject {{QStringLiteral("totalSize"), double(records.size())},
                        {QStringLiteral("done"), false},
                        {QStringLiteral("nextRecordsUrl"),
                         QString(call.dataPath() + QLatin1Char('/') + parent.resource + QLatin1Char('/')
                                 + locator + QLatin1Char('-') + QString::number(parent.pageSize))},
                        {QStringLiteral("records"), first}};
}

HttpResponse QueryResource::page(const ApiRequest &call, const QString &locator, qint64 offset)
{
    const auto it = m_cursors.constFind(locator);
    if (it == m_cursors.cend() || offset < 0 || offset >= it->records.size())
        return HttpResponse::restError(400, QStringLiteral("INVALID_QUERY_LOCATOR"),
                                       QStringLiteral("invalid query locator"));
    // A copy: paging nested child results adds cursors, which may move the hash's entries.
    const Cursor cursor = *it;
    return pageOf(call, locator, cursor, offset);
}

HttpResponse QueryResource::pageOf(const ApiRequest &call, const QString &locator, const Cursor &cursor,
                                   qint64 offset)
{
    QJsonArray records;
    const qint64 end = std::min<qint64>(cursor.records.size(), offset + cursor.pageSize);
    for (qint64 i = offset; i < end; ++i) {
        if (cursor.childRelationships.isEmpty()) {
            records.append(cursor.records.at(i));
            continue;
        }
        QJsonObject row = cursor.records.at(i).toObject();
        for (const QString &key : cursor.childRelationships)
            row.insert(key, pagedChildren(call, cursor, row.value(key)));
        records.append(row);
    }
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
