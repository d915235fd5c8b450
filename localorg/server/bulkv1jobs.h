#pragma once

#include "bulkv1format.h"
#include "httprequest.h"
#include "httpresponse.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QTimer>

namespace sfsync::localorg {

class ApiCounters;
class FaultInjector;
class RecordStore;
class TokenRegistry;

// Bulk API 1.0, /services/async/{version}/job/...: jobs (insert, update, upsert, delete, hardDelete, query,
// queryAll) with contentType CSV, XML or JSON; batches added to an open job, each processed on its own in
// the background (Queued, InProgress, then Completed, Failed or Not Processed when the job was aborted
// first), 200 records per turn of the event loop; per-record results in the job's format; query batches
// whose results are listed and fetched by result Id. The session travels in X-SFDC-Session (or
// Authorization), as jsforce and Data Loader send it; an invalid one is 400 InvalidSessionId, which is what
// makes those clients refresh. Every call counts against the daily API limit. Records are written with
// Bulk 2.0's rules (BulkRecordWriter), queries run on the org's SOQL engine (no aggregates or subqueries,
// as in Salesforce's bulk query).
class BulkV1Jobs : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxBatchRecords = 10000;
    static constexpr int SliceSize = 200;

    BulkV1Jobs(RecordStore &store, TokenRegistry &tokens, ApiCounters &counters, FaultInjector &faults,
               QObject *parent = nullptr);
    ~BulkV1Jobs() override;

    void setNewestVersion(const QString &version) { m_newest = version; }
    [[nodiscard]] static bool handles(const QString &path);
    HttpResponse handle(const HttpRequest &request);
    [[nodiscard]] int jobCount() const { return int(m_jobs.size()); }

Q_SIGNALS:
    void batchFinished(const QString &batchId, const QString &state);

private:
    struct Batch
    {
        QString id;
        QString jobId;
        QString state = QStringLiteral("Queued");
        QString stateMessage;
        QDateTime created;
        QDateTime modified;
        QByteArray request;
        QList<QStringList> headers; // one for all rows (CSV) or one per row (XML, JSON)
        QList<QStringList> rows;
        qsizetype next = 0;
        qint64 failed = 0;
        qint64 processingMs = 0;
        QList<BulkV1Format::Result> results;
        QStringList columns; // query
        QJsonArray records; // query
        QString resultId; // query
    };
    struct Job
    {
        QString id;
        QString operation;
        QString object;
        QString externalIdFieldName;
        QString contentType = QStringLiteral("CSV");
        QString concurrencyMode = QStringLiteral("Parallel");
        QString state = QStringLiteral("Open");
        QString apiVersion;
        QDateTime created;
        QDateTime modified;
        QStringList batches;
        [[nodiscard]] bool json() const { return contentType == QLatin1String("JSON"); }
        [[nodiscard]] bool query() const { return operation.startsWith(QLatin1String("query")); }
    };

    HttpResponse route(const HttpRequest &request, const QString &version, const QStringList &rest);
    HttpResponse createJob(const HttpRequest &request, const QString &version);
    HttpResponse changeJob(const HttpRequest &request, Job &job);
    HttpResponse createBatch(const HttpRequest &request, Job &job);
    HttpResponse batchResult(const Job &job, const Batch &batch, const QString &resultId) const;
    [[nodiscard]] BulkV1Format::Fields jobFields(const Job &job) const;
    [[nodiscard]] static BulkV1Format::Fields batchFields(const Batch &batch);
    void schedule();
    void processSlice();
    void processQuery(const Job &job, Batch &batch);
    void finish(Batch &batch, const QString &state, const QString &message = {});

    RecordStore &m_store;
    TokenRegistry &m_tokens;
    ApiCounters &m_counters;
    FaultInjector &m_faults;
    QString m_newest = QStringLiteral("62.0");
    QHash<QString, Job> m_jobs;
    QHash<QString, Batch> m_batches;
    QList<QString> m_queue; // batches waiting for or in processing
    QTimer m_timer;
    quint64 m_nextJob;
    quint64 m_nextBatch = 1;
    quint64 m_nextResult = 1;
};

} // namespace sfsync::localorg
