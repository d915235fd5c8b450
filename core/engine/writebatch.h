#pragma once

#include "core/engine/writekind.h"
#include "core/salesforce/sferror.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sfsync {

struct Bulk2JobResult;
struct WorkItem;

// The rows of one write call (a Collections call or a Bulk API 2.0 job), all of one action and one kind, and
// when they went out (for reading the org back if the answer is lost).
struct WriteBatch
{
    QList<WorkItem *> items;
    WriteKind kind = WriteKind::None;
    int action = 0;
    QString object; // the sObject written
    QString upsertField; // native upsert: the external-ID field
    QDateTime sentAt; // the org's clock
    qint64 sentAtMs = 0; // the executor's clock
    bool gatesCreates = false; // plain creates: LostWrites counts the call while it is out
    bool bulk = false; // a Bulk API 2.0 job, not a Collections call
    bool hardDelete = false; // deletes skip the recycle bin (a Bulk job's hardDelete)
};

// Where a write call tells what became of its rows. The call classes (CollectionsWrite, BulkWrite) only
// build, send and read; the Executor implements this and owns outcomes, retries and read-back.
class WriteResults
{
public:
    virtual ~WriteResults() = default;

    // The call is back (answered, or its answer lost): it no longer counts as in flight. `timed`: one
    // answer came in one piece, so its time says how long the org takes to write (not a Bulk job's).
    virtual void callReturned(const WriteBatch &batch, bool timed) = 0;
    virtual void written(WorkItem *item, WriteKind kind, const QString &id, bool created) = 0;
    virtual void recordRefused(WorkItem *item, WriteKind kind, const SfError &error) = 0;
    // The whole call was refused (after RestClient's retries): nothing of it was written.
    virtual void callRefused(const QList<WorkItem *> &items, const SfError &error) = 0;
    // A bulk job never ran this row: certainly not written. `job` says how the job ended.
    virtual void notProcessed(WorkItem *item, const SfError &error, const Bulk2JobResult &job) = 0;
    // The client refused the row before anything was sent (e.g. a cell Bulk API 2.0 cannot carry).
    virtual void notSent(WorkItem *item, const SfError &error) = 0;
    // No complete answer for these rows: they may or may not have been written.
    virtual void answerLost(const WriteBatch &batch, const QList<WorkItem *> &items, bool timedOut,
                            const SfError &error) = 0;
    // The job must stop (auth, limits, the org gone).
    virtual void stopsJob(const SfError &error) = 0;
    // Every row of the call has been told.
    virtual void callEnded(const WriteBatch &batch) = 0;
};

} // namespace sfsync
