#pragma once

#include "core/salesforce/sferror.h"
#include "core/salesforce/soql/lookupquery.h"

#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QSet>
#include <functional>

namespace sfsync {

class QueryPager;
class RestClient;

// Runs several queries at once (each paged to its end) and collects their records, each record once (by
// Id): the lookups of a batch of rows, or the read-back after a lost answer. `done` is called once with the
// records and the first error, unless cancel() came first. Deletes itself after `done`.
class QuerySet : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        QJsonArray records;
        SfError error; // the first query that failed (its records are missing)
        int queries = 0;
    };
    using Done = std::function<void(const Result &)>;

    QuerySet(RestClient *rest, const QList<LookupQuery> &queries, Done done, QObject *parent = nullptr);

    // How long each page may take; 0: RestClient's default. Before start().
    void setTimeoutMs(int ms);

    // Sends every query; with none, `done` comes at once (from start()).
    void start();
    // No callback any more; the queries in flight are abandoned and the set deletes itself.
    void cancel();

private:
    void finish();

    Done m_done;
    int m_remaining = 0;
    Result m_result;
    QSet<QString> m_seen;
    QList<QueryPager *> m_pagers;
};

} // namespace sfsync
