#pragma once

#include "core/config/action.h"
#include "core/engine/readback.h"
#include "core/engine/workitem.h"
#include "core/engine/writebatch.h"
#include "core/engine/writeorder.h"
#include "core/salesforce/bulk2/bulk2options.h"
#include "core/salesforce/metadata/objectdescribe.h"
#include "core/salesforce/salesforcelimits.h"
#include "core/salesforce/sferror.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace sfsync {

class BulkWrite;
class LostWrites;
class RestClient;
class RunJournal;

// Writes planned rows with sObject Collections (up to the action's batchSize per call, allOrNone=false), with
// several calls in flight, or, for actions set to bulk, through Bulk API 2.0 ingest jobs (insert for creates,
// update and delete by Id, upsert by external ID) of up to bulkRowsPerJob rows, every result row mapped back.
// Keeps source order where it matters: rows writing the same record (or a record created earlier in the run)
// go one after another, never in the same call or job, and a row updating a record created in this run waits
// for its Id. Retries only what was certainly not written: per-record UNABLE_TO_LOCK_ROW, rows a bulk job did
// not process, and writes the org shows nothing of after their answer was lost, all with backoff; RestClient
// retried refused calls already.
//
// A write whose answer was lost is never sent again blindly: LostWrites reads the org back and each row
// gets what the org shows (written, not written: sent again, ambiguous, duplicated, or uncertain).
class Executor : public QObject, private WriteResults
{
    Q_OBJECT
public:
    // `objects`: the describe of each action's object, in action order.
    Executor(RestClient *rest, const QList<Action> &actions, const QList<ObjectDescribe> &objects,
             QObject *parent = nullptr);
    ~Executor() override;

    void setConcurrency(int calls) { m_concurrency = qMax(1, calls); }
    void setJournal(RunJournal *journal, const QString &runId);
    // How often one row is sent at most (lock errors, writes the org shows nothing of after a lost
    // answer); by default as often as RestClient tries a call (its RetryPolicy).
    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }
    void setRetryBackoffMs(int ms) { m_backoffMs = ms; }
    // The external-ID field (describe name) native upserts of `action` go by.
    void setUpsertField(int action, const QString &field) { m_upsertFields.insert(action, field); }
    // The time a write that may create a record must have had to finish on the server before "the org
    // shows nothing of it" means it was not written (see LostWrites); and the request timeout it adds to
    // after a timeout.
    void setLostAnswerSettleMs(int ms);
    void setRequestTimeoutMs(int ms);

    // How an action's writes travel. Undecided holds its rows back (the job has not yet seen enough rows to
    // choose); Auto sends through Bulk API 2.0 but a group of at most batchSize rows as one Collections call
    // (one call instead of a job's four or more); On always uses Bulk API 2.0.
    enum class Route { Rest, Undecided, Auto, On };
    void setRoute(int action, Route route);
    [[nodiscard]] Route route(int action) const { return m_routes.value(action, Route::Rest); }
    void setBulkOptions(const Bulk2Options &options) { m_bulkOptions = options; }
    void setBulkRowsPerJob(int rows) { m_bulkRowsPerJob = qMax(1, rows); }
    // Where rows routed to Bulk API 2.0 keep what they need while they wait (none: they keep it inline).
    void setParkedRowStore(ParkedRowStore *store) { m_parkedRows = store; }
    [[nodiscard]] int bulkJobs() const { return m_bulkJobs; }

    void enqueue(WorkItem *item);
    // A row an interrupted run was sending (its journal entry says what and when): the org is read back
    // first. What the org shows becomes the row's result; when it shows nothing, readBackShowsNothing()
    // hands the row back to be planned and sent as usual.
    void readBackFirst(WorkItem *item);
    // More rows may still come (wait to fill calls) or not (send partial calls now).
    void setMoreComing(bool more);
    // Stops sending: every queued row ends skipped; calls in flight finish normally; rows whose answer was
    // lost and not yet read back end uncertain.
    void stop();

    [[nodiscard]] int inFlightCalls() const { return m_inFlight; }
    [[nodiscard]] int queued() const { return int(m_queue.size()); }
    [[nodiscard]] bool isIdle() const
    {
        return m_inFlight == 0 && m_queue.isEmpty() && m_unsettled.isEmpty();
    }
    [[nodiscard]] qint64 rowsSent() const { return m_rowsSent; }

Q_SIGNALS:
    void itemFinished(sfsync::WorkItem *item);
    // Auth failure, limits exhausted or the org unreachable: the job must stop.
    void fatalError(const sfsync::SfError &error);
    void idle();
    // Calls ended or rows came back to the queue without a row finishing (a lost answer being read back,
    // a row to send again): the producer should look whether the executor now waits for rows in vain.
    void changed();
    void readBackShowsNothing(sfsync::WorkItem *item);

private:
    // Write calls in flight at once: the concurrency, times the Collections calls one Composite carries when
    // the client packs them (five of ours then travel as one).
    [[nodiscard]] int callsAtOnce() const;
    void scheduleDispatch();
    void dispatch();
    bool dispatchOnce(qint64 now, qint64 *nextRetry);
    void markSending(const QList<WorkItem *> &items, WorkItem::Kind kind);
    // Rows per Collections call for an action: its batchSize, within Salesforce's limit.
    [[nodiscard]] int callSize(int action) const
    {
        return qBound(1, m_actions.value(action).batchSize, SalesforceLimits::CollectionsRecords);
    }
    [[nodiscard]] WriteBatch batchOf(const QList<WorkItem *> &items, WorkItem::Kind kind, int action) const;
    void send(const QList<WorkItem *> &items, WorkItem::Kind kind, int action);
    void sendBulk(const QList<WorkItem *> &items, WorkItem::Kind kind, int action);

    // WriteResults: what the write calls report, turned into outcomes and retries.
    void callReturned(const WriteBatch &batch, bool timed) override;
    void written(WorkItem *item, WorkItem::Kind kind, const QString &id, bool created) override;
    // The per-record failure of a write (Collections or bulk), as an outcome or a retry.
    void recordRefused(WorkItem *item, WorkItem::Kind kind, const SfError &error) override;
    void callRefused(const QList<WorkItem *> &items, const SfError &error) override;
    void notProcessed(WorkItem *item, const SfError &error, const Bulk2JobResult &job) override;
    void notSent(WorkItem *item, const SfError &error) override;
    void answerLost(const WriteBatch &batch, const QList<WorkItem *> &items, bool timedOut,
                    const SfError &error) override;
    void stopsJob(const SfError &error) override { Q_EMIT fatalError(error); }
    void callEnded(const WriteBatch &batch) override;

    void applyVerdict(WorkItem *item, const ReadBack::Verdict &verdict);
    void sent(WorkItem *item);
    void finishItem(WorkItem *item, RowOutcome outcome, int status, const QString &id, const QString &error);
    // The row creating an in-run record did not: `waiting` are the rows in that record's line.
    void creatorFailed(WorkItem *item, const QList<WorkItem *> &waiting);
    void retryLater(WorkItem *item);
    void afterCall();
    [[nodiscard]] static QString dependencyFailed(qint64 creatorRow);
    [[nodiscard]] bool eligible(const WorkItem *item, qint64 now) const;
    void requeue(WorkItem *item);

    QPointer<RestClient> m_rest;
    QList<Action> m_actions;
    QList<ObjectDescribe> m_objects;
    QHash<int, QString> m_upsertFields;
    QHash<int, Route> m_routes;
    Bulk2Options m_bulkOptions;
    int m_bulkRowsPerJob = 50000;
    ParkedRowStore *m_parkedRows = nullptr;
    int m_bulkJobs = 0;
    QList<QPointer<BulkWrite>> m_bulkWrites;
    LostWrites *m_lost = nullptr;
    bool m_dispatchQueued = false;
    RunJournal *m_journal = nullptr;
    QString m_runId;
    int m_concurrency = 4;
    int m_maxAttempts = 5;
    // Rows a bulk job never processed go again in a new job without using up an attempt (nothing was
    // written), as long as this many jobs have not failed them: a network that keeps losing uploads ends.
    static constexpr int MaxJobsPerRow = 10;
    int m_backoffMs = 200;
    int m_requestTimeoutMs = 0;
    int m_inFlight = 0;
    int m_bulkInFlight = 0; // of m_inFlight
    bool m_moreComing = true;
    bool m_stopped = false;
    qint64 m_rowsSent = 0;
    QList<WorkItem *> m_queue; // source order
    WriteOrder m_order;
    QSet<QString> m_inFlightIds;
    QSet<WorkItem *> m_unsettled; // rows whose answer was lost, being read back
    QElapsedTimer m_clock;
    QTimer m_retryTimer;
};

} // namespace sfsync
