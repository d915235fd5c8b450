#pragma once

#include "core/config/action.h"
#include "core/engine/workitem.h"
#include "core/salesforce/bulk2jobresult.h"
#include "core/salesforce/bulk2options.h"
#include "core/salesforce/sferror.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace sfsync {

class Bulk2Loader;
class RestClient;
class RunJournal;

// Writes planned rows with sObject Collections (up to the action's batchSize per call, allOrNone=false), with
// several calls in flight, or, for actions set to bulk, through Bulk API 2.0 ingest jobs (insert for creates,
// update and delete by Id, upsert by external ID) of up to bulkRowsPerJob rows, every result row mapped back.
// Keeps source order where it matters: rows writing the same record (or a record created earlier in the run)
// go one after another, never in the same call or job, and a row updating a record created in this run waits
// for its Id. Retries only transient per-record failures (UNABLE_TO_LOCK_ROW), with backoff; call failures
// were already retried by RestClient. A create whose call failed ambiguously is never re-sent: it ends
// `failed` with a message saying it may exist (and the journal keeps it for resume to check).
class Executor : public QObject
{
    Q_OBJECT
public:
    Executor(RestClient *rest, const QList<Action> &actions, const QStringList &objectNames,
             QObject *parent = nullptr);

    void setConcurrency(int calls) { m_concurrency = qMax(1, calls); }
    void setJournal(RunJournal *journal, const QString &runId);
    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }
    void setRetryBackoffMs(int ms) { m_backoffMs = ms; }
    // The external-ID field (describe name) native upserts of `action` go by.
    void setUpsertField(int action, const QString &field) { m_upsertFields.insert(action, field); }

    // How an action's writes travel. Undecided holds its rows back (the job has not yet seen enough rows to
    // choose); Auto sends through Bulk API 2.0 but a group of at most batchSize rows as one Collections call
    // (one call instead of a job's four or more); On always uses Bulk API 2.0.
    enum class Route { Rest, Undecided, Auto, On };
    void setRoute(int action, Route route);
    [[nodiscard]] Route route(int action) const { return m_routes.value(action, Route::Rest); }
    void setBulkOptions(const Bulk2Options &options) { m_bulkOptions = options; }
    void setBulkRowsPerJob(int rows) { m_bulkRowsPerJob = qMax(1, rows); }
    [[nodiscard]] int bulkJobs() const { return m_bulkJobs; }

    void enqueue(WorkItem *item);
    // More rows may still come (wait to fill calls) or not (send partial calls now).
    void setMoreComing(bool more);
    // Stops sending: every queued row ends skipped; calls in flight finish normally.
    void stop();

    [[nodiscard]] int inFlightCalls() const { return m_inFlight; }
    [[nodiscard]] int queued() const { return int(m_queue.size()); }
    [[nodiscard]] bool isIdle() const
    {
        return m_inFlight == 0 && m_queue.isEmpty() && m_unsettled.isEmpty();
    }

    // An upsert's create whose answer was lost (a dropped connection, a bulk row without a result) may have
    // happened. With checking on, such rows are handed out with createsUncertain() instead of failing; the
    // receiver looks them up (WorkItem::matches: the records now holding the row's matcher values) and hands
    // them back with settleCreates(): one match is the created record, anything else stays uncertain.
    void setCheckUncertainCreates(bool check) { m_checkCreates = check; }
    void settleCreates(const QList<WorkItem *> &items);
    [[nodiscard]] qint64 rowsSent() const { return m_rowsSent; }

Q_SIGNALS:
    void itemFinished(sfsync::WorkItem *item);
    // Auth failure, limits exhausted or the org unreachable: the job must stop.
    void fatalError(const sfsync::SfError &error);
    void idle();
    void createsUncertain(const QList<sfsync::WorkItem *> &items);

private:
    void scheduleDispatch();
    void dispatch();
    bool dispatchOnce(qint64 now, qint64 *nextRetry);
    void markSending(const QList<WorkItem *> &items, WorkItem::Kind kind);
    void send(const QList<WorkItem *> &items, WorkItem::Kind kind, int action);
    void sendBulk(const QList<WorkItem *> &items, WorkItem::Kind kind, int action);
    void handleResponse(const QList<WorkItem *> &items, WorkItem::Kind kind, int action,
                        const struct RestResponse &r);
    void handleBulkResult(const QList<WorkItem *> &items, QList<bool> *answered, WorkItem::Kind kind,
                          const Bulk2JobResult &result);
    // The per-record failure of a write (Collections or bulk), as an outcome or a retry.
    void recordFailed(WorkItem *item, WorkItem::Kind kind, const SfError &error);
    void sent(WorkItem *item);
    void finishItem(WorkItem *item, RowOutcome outcome, int status, const QString &id, const QString &error);
    void creatorFailed(WorkItem *item);
    void createUncertain(WorkItem *item, int status, const QString &error);
    void checkUncertainCreates();
    [[nodiscard]] static QString dependencyFailed(qint64 creatorRow);
    [[nodiscard]] QString targetKey(const WorkItem *item) const;
    [[nodiscard]] bool eligible(const WorkItem *item, qint64 now) const;
    void requeue(WorkItem *item);

    QPointer<RestClient> m_rest;
    QList<Action> m_actions;
    QHash<int, QString> m_upsertFields;
    QHash<int, Route> m_routes;
    Bulk2Options m_bulkOptions;
    int m_bulkRowsPerJob = 50000;
    int m_bulkJobs = 0;
    QList<QPointer<Bulk2Loader>> m_loaders;
    bool m_dispatchQueued = false;
    QStringList m_objectNames;
    RunJournal *m_journal = nullptr;
    QString m_runId;
    int m_concurrency = 4;
    int m_maxAttempts = 5;
    int m_backoffMs = 200;
    int m_inFlight = 0;
    bool m_moreComing = true;
    bool m_stopped = false;
    qint64 m_rowsSent = 0;
    QList<WorkItem *> m_queue; // source order
    QHash<QString, QList<WorkItem *>> m_order; // target -> unfinished rows in source order
    QSet<QString> m_inFlightIds;
    bool m_checkCreates = false;
    QSet<WorkItem *> m_unsettled; // uncertain creates being checked
    QList<WorkItem *> m_toCheck; // collected while handling one answer, then handed out together
    QElapsedTimer m_clock;
    QTimer m_retryTimer;
};

} // namespace sfsync
