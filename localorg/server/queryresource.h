#pragma once

#include "apirequest.h"
#include "httpresponse.h"

#include <QHash>
#include <QJsonArray>
#include <QList>

namespace sfsync::localorg {

class RecordStore;

// /query and /queryAll: runs SOQL with the data layer's evaluator and pages the rows with query locators
// (nextRecordsUrl ".../query/01g...-2000"), honouring Sforce-Query-Options: batchSize=N
// (docs/salesforce-api.md §2.4). A child relationship subquery longer than a page is cut the same way inside
// its parent row
// ({"done": false, "nextRecordsUrl"} on the nested result, whose locator pages the rest). `columns=true`
// answers the statement's column description instead of rows.
class QueryResource
{
public:
    static constexpr int MaxCursors = 500;

    explicit QueryResource(RecordStore &store);

    void setDefaultBatchSize(int size) { m_batchSize = std::max(1, size); }
    [[nodiscard]] int defaultBatchSize() const { return m_batchSize; }
    [[nodiscard]] int openCursors() const { return int(m_cursors.size()); }

    HttpResponse handle(const ApiRequest &call);
    // Runs one SOQL statement and answers the first page (also used by Composite subrequests).
    HttpResponse run(const ApiRequest &call, const QString &soql, bool includeDeleted);

private:
    struct Cursor
    {
        QJsonArray records;
        qint64 totalSize = 0;
        int pageSize = 2000;
        QString resource; // "query" or "queryAll"
        QStringList childRelationships; // keys of nested subquery results in the records
    };

    HttpResponse page(const ApiRequest &call, const QString &locator, qint64 offset);
    HttpResponse pageOf(const ApiRequest &call, const QString &locator, const Cursor &cursor, qint64 offset);
    // A child result cut to one page, with a cursor over the rest.
    QJsonValue pagedChildren(const ApiRequest &call, const Cursor &parent, const QJsonValue &children);
    QString addCursor(const Cursor &cursor);
    int pageSizeFor(const HttpRequest &request) const;

    RecordStore &m_store;
    int m_batchSize = 2000;
    quint64 m_nextLocator = 1;
    QHash<QString, Cursor> m_cursors;
    QList<QString> m_cursorOrder; // oldest first, for eviction
};

} // namespace sfsync::localorg
