#include "core/engine/executor.h"

#include "core/corelogging.h"
#include "core/engine/bulkwrite.h"
#include "core/engine/collectionswrite.h"
#include "core/engine/createdrecord.h"
#include "core/engine/lostwrites.h"
#include "core/engine/recordfailure.h"
#include "core/engine/runjournal.h"
#include "core/salesforce/bulk2/bulk2jobresult.h"
#include "core/salesforce/recordid.h"
#include "core/salesforce/restclient.h"
#include "core/salesforce/salesforcelimits.h"

#include <QCoreApplication>

namespace sfsync {

Executor::Executor(RestClient *rest, const QList<Action> &actions, const QList<ObjectDescribe> &objects,
                   QObject *parent)
    : QObject(parent)
    , m_rest(rest)
    , m_actions(actions)
    , m_objects(objects)
{
    if (rest)
        m_maxAttempts = qMax(1, rest->retryPolicy().maxAttempts);
    m_clock.start();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Executor::dispatch);
    QList<LostWrites::Target> targets;
    for (int i = 0; i < actions.size(); ++i)
        targets.append(
            {objects.value(i), MatchRule::of(objects.value(i), actions.at(i)), actions.at(i).operation});
    m_lost = new LostWrites(rest, targets, this);
    connect(m_lost, &LostWrites::resolved, this, &Executor::applyVerdict);
    connect(m_lost, &LostWrites::released, this, &Executor::scheduleDispatch);
    connect(m_lost, &LostWrites::fatalError, this, &Executor::fatalError);
}

Executor::~Executor() = default;

void Executor::setLostAnswerSettleMs(int ms)
{
    m_lost->setSettleMs(ms);
}

void Executor::setRequestTimeoutMs(int ms)
{
    m_requestTimeoutMs = ms;
    m_lost->setRequestTimeoutMs(ms);
}

void Executor::setJournal(RunJournal *journal, const QString &runId)
{
    m_journal = journal;
    m_runId = runId;
    m_lost->setKnownRecords([journal, runId](const QString &id) { return journal->knowsRecord(runId, id); });
}

void Executor::setRoute(int action, Route route)
{
    const Route before = m_routes.value(action, Route::Rest);
    m_routes.insert(action, route);
    if (before != route)
        scheduleDispatch();
}

void Executor::enqueue(WorkItem *item)
{
    if (m_stopped) {
        finishItem(item, RowOutcome::Skipped, 0, QString(), QString());
        return;
    }
    if (item->created && !item->creator && item->created->uncertain && !item->created->resolved) {
        // Planned after the create it depends on had ended uncertain (creatorFailed() answers the rows
        // planned before).
        finishItem(item, RowOutcome::Failed, 500, QString(), dependencyFailed(item->created->creatorRow));
        return;
    }
    // A row on its way to Bulk API 2.0 may wait for a whole job's worth of rows (and that job) first.
    if (route(item->action) != Route::Rest)
        item->park(m_parkedRows);
    m_queue.append(item);
    item->queued = true;
    if (WriteOrder::isOrdered(item))
        m_order.join(item);
    scheduleDispatch();
}

void Executor::readBackFirst(WorkItem *item)
{
    m_unsettled.insert(item);
    // Later rows writing the same record wait for it, as they would for its write.
    if (item->kind() != WorkItem::Kind::None && WriteOrder::isOrdered(item))
        m_order.join(item);
    m_lost->addResumed(item);
}

void Executor::setMoreComing(bool more)
{
    const bool changed = m_moreComing != more;
    m_moreComing = more;
    if (changed && !more)
        scheduleDispatch();
}

void Executor::stop()
{
    m_stopped = true;
    m_retryTimer.stop();
    const QList<WorkItem *> queued = m_queue;
    m_queue.clear();
    for (WorkItem *item : queued) {
        item->queued = false;
        finishItem(item, RowOutcome::Skipped, 0, QString(), QString());
    }
    // Rows whose answer was lost and not read back yet stay what they are: uncertain.
    m_lost->stop();
    // Open bulk jobs are aborted; what they processed before is still reported as written.
    for (const QPointer<BulkWrite> &write : std::as_const(m_bulkWrites)) {
        if (write)
            write->cancel();
    }
    if (isIdle())
        Q_EMIT idle();
}

bool Executor::eligible(const WorkItem *item, qint64 now) const
{
    if (item->inFlight || item->notBeforeMs > now)
        return false;
    if (WriteOrder::isOrdered(item) && !m_order.isTurnOf(item))
        return false;
    if (item->created && !item->creator && !item->created->resolved)
        return false;
    // Lost creates of the action are being counted in the org: a new one would blur the count.
    if (item->kind() == WorkItem::Kind::Create && !item->created && m_lost->holdsCreates(item->action))
        return false;
    if (item->kind() != WorkItem::Kind::Create && item->kind() != WorkItem::Kind::Upsert) {
        const QString id = item->created ? item->created->id : item->targetId;
        if (m_inFlightIds.contains(RecordId::key(id)))
            return false;
    }
    return true;
}

int Executor::callsAtOnce() const
{
    return m_concurrency * (m_rest ? m_rest->subrequestsPerCall() : 1);
}

void Executor::scheduleDispatch()
{
    // Once per event-loop turn, however many rows arrived: each dispatch walks the whole queue.
    if (m_dispatchQueued)
        return;
    m_dispatchQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_dispatchQueued = false;
            dispatch();
        },
        Qt::QueuedConnection);
}

void Executor::dispatch()
{
    if (m_stopped || !m_rest)
        return;
    const qint64 now = m_clock.elapsed();
    qint64 nextRetry = -1;
    while (m_inFlight < callsAtOnce() && dispatchOnce(now, &nextRetry)) { }
    if (nextRetry >= 0 && !m_retryTimer.isActive())
        m_retryTimer.start(int(qMax<qint64>(1, nextRetry - now)));
}

bool Executor::dispatchOnce(qint64 now, qint64 *nextRetry)
{
    // One pass over the queue gathers the eligible rows per (action, kind), in source order; then full
    // groups (or any group once no more rows are coming) are sent.
    struct Group
    {
        int action = 0;
        WorkItem::Kind kind = WorkItem::Kind::None;
        int limit = SalesforceLimits::CollectionsRecords;
        QList<WorkItem *> items;
        QSet<QString> keys;
    };
    QList<Group> groups;
    QHash<int, int> groupOf;
    for (WorkItem *item : std::as_const(m_queue)) {
        if (item->notBeforeMs > now) {
            if (*nextRetry < 0 || item->notBeforeMs < *nextRetry)
                *nextRetry = item->notBeforeMs;
            continue;
        }
        const Route r = route(item->action);
        if (r == Route::Undecided || !eligible(item, now))
            continue;
        const WorkItem::Kind kind = item->kind();
        const int gk = item->action * 8 + int(kind);
        auto found = groupOf.constFind(gk);
        if (found == groupOf.constEnd()) {
            Group g;
            g.action = item->action;
            g.kind = kind;
            g.limit = r == Route::Rest ? callSize(item->action) : m_bulkRowsPerJob;
            groups.append(g);
            found = groupOf.insert(gk, int(groups.size() - 1));
        }
        Group &g = groups[*found];
        if (g.items.size() >= g.limit)
            continue;
        if (kind != WorkItem::Kind::Create) {
            // Two rows writing one record never share a call or a job (nor two upserts of one key, which
            // would both miss and both create).
            const QString key = kind == WorkItem::Kind::Upsert
                ? WriteOrder::recordOf(item)
                : RecordId::key(item->created ? item->created->id : item->targetId);
            if (g.keys.contains(key))
                continue;
            g.keys.insert(key);
        }
        g.items.append(item);
    }
    bool sentAny = false;
    for (Group &g : groups) {
        if (m_inFlight >= callsAtOnce())
            break;
        // Wait for a full call while the planner is still producing rows: fewer calls for the same rows.
        if (g.items.size() < g.limit && m_moreComing)
            continue;
        const Route r = route(g.action);
        const bool bulk = r == Route::On || (r == Route::Auto && g.items.size() > callSize(g.action));
        // Composite packing is for Collections calls: bulk jobs in flight stay within the concurrency.
        if (bulk && m_bulkInFlight >= m_concurrency)
            continue;
        for (WorkItem *item : std::as_const(g.items))
            item->queued = false;
        if (bulk)
            sendBulk(g.items, g.kind, g.action);
        else
            send(g.items, g.kind, g.action);
        sentAny = true;
    }
    if (sentAny)
        m_queue.removeIf([](const WorkItem *item) { return !item->queued; });
    return sentAny;
}

WriteBatch Executor::batchOf(const QList<WorkItem *> &items, WorkItem::Kind kind, int action) const
{
    WriteBatch batch;
    batch.items = items;
    batch.kind = kind;
    batch.action = action;
    batch.object = m_objects.value(action).name();
    batch.upsertField = m_upsertFields.value(action);
    batch.sentAt = m_rest->serverTime();
    batch.sentAtMs = m_clock.elapsed();
    return batch;
}

void Executor::send(const QList<WorkItem *> &items, WorkItem::Kind kind, int action)
{
    markSending(items, kind);
    WriteBatch batch = batchOf(items, kind, action);
    batch.gatesCreates = kind == WorkItem::Kind::Create && !items.first()->created;
    if (batch.gatesCreates)
        m_lost->createCallStarted(action);
    ++m_inFlight;
    m_rowsSent += items.size();
    CollectionsWrite::send(m_rest, batch, m_requestTimeoutMs, this, this);
}

void Executor::sendBulk(const QList<WorkItem *> &items, WorkItem::Kind kind, int action)
{
    if (kind == WorkItem::Kind::None)
        return;
    markSending(items, kind);
    WriteBatch batch = batchOf(items, kind, action);
    batch.bulk = true;
    batch.hardDelete = m_actions.value(action).operation == Action::Operation::HardDelete;
    auto *write = new BulkWrite(m_rest, batch, m_bulkOptions, this, this);
    ++m_bulkInFlight;
    m_bulkWrites.append(write);
    ++m_inFlight;
    ++m_bulkJobs;
    m_rowsSent += items.size();
    write->start();
}

void Executor::callReturned(const WriteBatch &batch, bool timed)
{
    --m_inFlight;
    if (batch.bulk)
        --m_bulkInFlight;
    if (timed)
        m_lost->answeredWriteTook(m_clock.elapsed() - batch.sentAtMs);
}

void Executor::callEnded(const WriteBatch &batch)
{
    if (batch.gatesCreates)
        m_lost->createCallFinished(batch.action);
    m_bulkWrites.removeIf([](const QPointer<BulkWrite> &write) { return write.isNull(); });
    afterCall();
}

void Executor::callRefused(const QList<WorkItem *> &items, const SfError &error)
{
    // Refused as a whole: nothing of it was written.
    const bool fatal = error.stopsJob();
    for (WorkItem *item : items) {
        sent(item);
        if (fatal)
            finishItem(item, RowOutcome::Skipped, 0, QString(), error.toString());
        else
            finishItem(item, RowOutcome::Failed, error.httpStatus ? error.httpStatus : 500, QString(),
                       error.toString());
    }
}

void Executor::notSent(WorkItem *item, const SfError &error)
{
    sent(item);
    finishItem(item, RowOutcome::Failed, error.httpStatus ? error.httpStatus : 400, QString(),
               error.toString());
}

void Executor::notProcessed(WorkItem *item, const SfError &error, const Bulk2JobResult &job)
{
    sent(item);
    const bool jobStops = !job.canceled && job.error.stopsJob();
    if (m_stopped || job.canceled || jobStops) {
        finishItem(item, RowOutcome::Skipped, 0, QString(), error.toString());
    } else if ((error.isTransient() || error.isAnswerLost() || job.error.isTransient()
                || job.error.isAnswerLost())
               && ++item->unprocessedJobs < MaxJobsPerRow) {
        --item->attempts; // it was never written: the try does not count
        // E.g. a 503 on the upload, or an upload whose answer was lost (that job was aborted before it ran):
        // sending the row again in a new job cannot write it twice, whatever the operation.
        qCInfo(lcCoreEngine).noquote() << "row" << item->row << ": not processed by its bulk job ("
                                       << error.toString() << "); sending it again in a new job";
        retryLater(item);
    } else {
        finishItem(item, RowOutcome::Failed, error.httpStatus ? error.httpStatus : 500, QString(),
                   error.toString());
    }
}

void Executor::afterCall()
{
    if (!m_stopped)
        dispatch();
    Q_EMIT changed();
    if (isIdle())
        Q_EMIT idle();
}

void Executor::markSending(const QList<WorkItem *> &items, WorkItem::Kind kind)
{
    const QDateTime sentAt = m_rest ? m_rest->serverTime() : QDateTime();
    QList<RunJournal::Sending> sending;
    sending.reserve(items.size());
    for (WorkItem *item : items) {
        item->inFlight = true;
        ++item->attempts;
        if (item->kind() != WorkItem::Kind::Create && item->kind() != WorkItem::Kind::Upsert)
            item->targetId = item->created ? item->created->id : item->targetId;
        if (!item->targetId.isEmpty())
            m_inFlightIds.insert(RecordId::key(item->targetId));
        sending.append({item->action, item->row, writeKindName(kind), item->targetId,
                        RunJournal::fingerprintText(item->fingerprint), sentAt});
    }
    if (m_journal && !m_journal->markSending(m_runId, sending))
        qCWarning(lcCoreEngine) << "the journal could not record rows being sent; resume may repeat them";
}

void Executor::sent(WorkItem *item)
{
    item->inFlight = false;
    if (!item->targetId.isEmpty())
        m_inFlightIds.remove(RecordId::key(item->targetId));
}

void Executor::written(WorkItem *item, WorkItem::Kind kind, const QString &id, bool created)
{
    sent(item);
    switch (kind) {
    case WorkItem::Kind::Create:
        if (item->created) {
            item->created->id = id;
            item->created->resolved = true;
        }
        m_lost->recordCreated(item->action, id);
        finishItem(item, RowOutcome::Created, 201, id, QString());
        break;
    case WorkItem::Kind::Update:
        finishItem(item, RowOutcome::Updated, 200, id.isEmpty() ? item->targetId : id, QString());
        break;
    case WorkItem::Kind::Delete:
        finishItem(item, RowOutcome::Deleted, 204, id.isEmpty() ? item->targetId : id, QString());
        break;
    case WorkItem::Kind::Upsert:
        if (created)
            m_lost->recordCreated(item->action, id);
        finishItem(item, created ? RowOutcome::Created : RowOutcome::Updated, created ? 201 : 200, id,
                   QString());
        break;
    case WorkItem::Kind::None:
        break;
    }
}

void Executor::recordRefused(WorkItem *item, WorkItem::Kind kind, const SfError &error)
{
    sent(item);
    const QString message = error.errorCode + QStringLiteral(": ") + error.message;
    switch (RecordFailure::of(kind, error.errorCode, item->answerLost)) {
    case RecordFailure::Meaning::Retry:
        if (item->attempts < m_maxAttempts && !m_stopped)
            retryLater(item);
        else
            finishItem(item, RowOutcome::Failed, 500, QString(), message);
        break;
    case RecordFailure::Meaning::Ambiguous:
        item->matches = RecordFailure::idsIn(error.message);
        finishItem(item, RowOutcome::Ambiguous, 300, QString(), message);
        break;
    case RecordFailure::Meaning::Deleted:
        finishItem(item, RowOutcome::Deleted, 204, item->targetId, QString());
        break;
    case RecordFailure::Meaning::NotFound:
        finishItem(item, RowOutcome::NotFound, 404, QString(), message);
        break;
    case RecordFailure::Meaning::Failed:
        finishItem(item, RowOutcome::Failed, 400, QString(), message);
        break;
    }
}

void Executor::retryLater(WorkItem *item)
{
    // A row that was not processed (a Bulk job's NotProcessed rows) has used no attempt yet.
    item->notBeforeMs = m_clock.elapsed() + qint64(m_backoffMs) * (1LL << qBound(0, item->attempts - 1, 6));
    requeue(item);
}

void Executor::answerLost(const WriteBatch &batch, const QList<WorkItem *> &items, bool timedOut,
                          const SfError &error)
{
    if (items.isEmpty())
        return;
    qCInfo(lcCoreEngine).noquote() << "the answer to a" << writeKindName(batch.kind) << "of" << items.size()
                                   << "row(s) was lost (" << error.message << "); reading the org back";
    for (WorkItem *item : items) {
        sent(item);
        item->uncertain = true;
        item->answerLost = true;
        item->result.error = error.toString();
        m_unsettled.insert(item);
    }
    m_lost->add({items, batch.kind, batch.action, batch.sentAt, batch.sentAtMs, timedOut});
}

void Executor::applyVerdict(WorkItem *item, const ReadBack::Verdict &verdict)
{
    if (!m_unsettled.remove(item))
        return;
    const WorkItem::Kind kind = item->kind();
    using Kind = ReadBack::Verdict::Kind;
    switch (verdict.kind) {
    case Kind::Written:
        item->uncertain = false;
        qCInfo(lcCoreEngine).noquote() << "row" << item->row << ": its answer was lost, and the org shows it"
                                       << RowResult::outcomeName(verdict.outcome) << verdict.id;
        if (verdict.outcome == RowOutcome::Created && item->created) {
            item->created->id = verdict.id;
            item->created->resolved = true;
        }
        if (verdict.outcome == RowOutcome::Created)
            m_lost->recordCreated(item->action, verdict.id);
        finishItem(item, verdict.outcome, verdict.status, verdict.id, QString());
        break;
    case Kind::NotWritten:
        item->uncertain = false;
        if (item->resumeChecked && item->attempts == 0) {
            // A resumed row the interrupted run's write shows nothing of: planned and sent as usual.
            m_order.leave(item);
            item->answerLost = false;
            item->result.error.clear();
            Q_EMIT readBackShowsNothing(item);
            break;
        }
        if (m_stopped || item->attempts >= m_maxAttempts) {
            finishItem(item, RowOutcome::Failed, 500, QString(),
                       item->result.error + QLatin1Char(' ')
                           + tr("(sent %n time(s); the org shows nothing of it, so it was not written)",
                                nullptr, item->attempts));
            break;
        }
        if (!verdict.retargetId.isEmpty() && item->creator && item->created) {
            // An upsert's create: a record with the row's matcher values exists meanwhile (not this row's):
            // update it, as the lookup would have said.
            item->plan = RowPlan::Update;
            item->targetId = verdict.retargetId;
            item->created->id = verdict.retargetId;
            item->created->resolved = true;
        }
        qCInfo(lcCoreEngine).noquote()
            << "row" << item->row << ": its answer was lost and the org shows nothing"
            << "of its" << writeKindName(kind) << "; sending it again (attempt" << item->attempts + 1 << "of"
            << m_maxAttempts << ")";
        retryLater(item);
        break;
    case Kind::Ambiguous:
        item->uncertain = false;
        item->matches = verdict.ids;
        finishItem(item, RowOutcome::Ambiguous, 300, QString(), verdict.message);
        break;
    case Kind::Duplicated:
        item->uncertain = false;
        item->matches = verdict.ids;
        finishItem(item, RowOutcome::Failed, 500, QString(), verdict.message);
        break;
    case Kind::Unknown:
        // Stays uncertain (the journal keeps it "sending", so a resume reads it back again).
        finishItem(item, RowOutcome::Uncertain, 0, QString(), verdict.message);
        break;
    }
    scheduleDispatch();
    Q_EMIT changed();
    if (isIdle())
        Q_EMIT idle();
}

void Executor::requeue(WorkItem *item)
{
    // Back into its place in source order (the order lists still hold it).
    int at = 0;
    while (at < m_queue.size() && m_queue.at(at)->seq < item->seq)
        ++at;
    m_queue.insert(at, item);
    item->queued = true;
    scheduleDispatch();
}

void Executor::creatorFailed(WorkItem *item, const QList<WorkItem *> &waiting)
{
    if (item->uncertain) {
        // Whether the record exists is unknown: neither create it again nor update something unknown.
        m_order.takeLine(item);
        for (WorkItem *w : waiting) {
            w->uncertain = false;
            finishItem(w, RowOutcome::Failed, 500, QString(), dependencyFailed(item->row));
        }
        return;
    }
    // The record was not created: the next row in line creates it instead, as if the failed row were absent.
    WorkItem *next = waiting.first();
    next->plan = RowPlan::Create;
    next->creator = true;
    next->created->creatorRow = next->row;
    next->created->failed = false;
}

QString Executor::dependencyFailed(qint64 creatorRow)
{
    return QStringLiteral("DEPENDENCY_FAILED: ")
        + tr("row %1 may or may not have created the record this row updates").arg(creatorRow);
}

void Executor::finishItem(WorkItem *item, RowOutcome outcome, int status, const QString &id,
                          const QString &error)
{
    if (item->queued) {
        m_queue.removeOne(item);
        item->queued = false;
    }
    if (item->creator && item->created && outcome != RowOutcome::Created) {
        // Rows planned later must know: an uncertain record is neither created again nor updated, a failed
        // one is created by the next row that matches it (creatorFailed() hands it to a waiting row).
        if (item->uncertain) {
            item->created->uncertain = true;
            item->created->creatorRow = item->row;
        } else {
            item->created->failed = true;
        }
    }
    if (WriteOrder::isOrdered(item)) {
        const QList<WorkItem *> waiting = m_order.leave(item);
        if (item->creator && outcome != RowOutcome::Created && !waiting.isEmpty())
            creatorFailed(item, waiting);
    }
    item->result.outcome = outcome;
    item->result.status = status;
    item->result.id = id;
    item->result.error = error;
    item->finished = true;
    Q_EMIT itemFinished(item);
}

} // namespace sfsync
