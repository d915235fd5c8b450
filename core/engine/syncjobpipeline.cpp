#include "core/engine/syncjob_p.h"

#include "core/engine/createdrecord.h"
#include "core/engine/executor.h"
#include "core/engine/planner.h"
#include "core/engine/resultwriter.h"
#include "core/engine/runjournal.h"

// The row pipeline of SyncJob: rows are read in batches within two windows (rows open, rows being planned),
// looked up and planned per action, routed to the executor, and their results leave in source order.
namespace sfsync {

using namespace syncjobdetail;

void SyncJob::Private::schedulePump()
{
    if (pumpScheduled || finished)
        return;
    pumpScheduled = true;
    QTimer::singleShot(0, q, [this] {
        pumpScheduled = false;
        pump();
    });
}

void SyncJob::Private::pump()
{
    if (finished || decisionPending)
        return;
    if (draining)
        drain();
    const auto canRead = [this] {
        return !stopping && !draining && !sourceEnded && openItems < window && planningItems < planWindow;
    };
    while (canRead()) {
        if (!readBatch())
            break;
    }
    decideRoutes();
    resolveReady();
    // Rows planned without a lookup make room at once: read on in the next turn (a turn per plan window
    // keeps the event loop, and so the GUI, responsive).
    if (canRead())
        schedulePump();
    updateMoreComing();
    emitProgress(false);
    maybeEndPass();
}

Action::BulkMode SyncJob::Private::bulkModeOf(int action) const
{
    // Hard delete exists only in the Bulk APIs, whatever the config or the command line say.
    if (config.actions.at(action).operation == Action::Operation::HardDelete)
        return Action::BulkMode::On;
    return bulkMode.value_or(config.actions.at(action).bulk);
}

void SyncJob::Private::considerOrgIndexes()
{
    // Once per action whose writes go through Bulk API 2.0, when the first rows give an idea of the job's
    // size. Another action writing the same object would change it behind the index's back: not then.
    const qint64 bytesRead = source ? source->bytesRead() : 0;
    const qint64 bytesTotal = source ? source->bytesTotal() : 0;
    if (sourceEnded || bytesRead <= 0 || bytesTotal <= bytesRead || progress.rowsRead <= 0)
        return;
    const auto rowsToCome =
        qint64(double(progress.rowsRead) * double(bytesTotal - bytesRead) / double(bytesRead));
    for (int i = 0; i < config.actions.size(); ++i) {
        const Executor::Route route = executor->route(i);
        // An undecided action goes bulk once it has read bulkThreshold rows; the file's size tells already.
        const bool bulk = route == Executor::Route::On || route == Executor::Route::Auto
            || (route == Executor::Route::Undecided
                && progress.rowsRead + rowsToCome >= config.actions.at(i).bulkThreshold);
        if (indexConsidered.value(i) || !bulk)
            continue;
        indexConsidered.insert(i, true);
        int sameObject = 0;
        for (const Action &a : std::as_const(config.actions))
            sameObject += a.object.compare(config.actions.at(i).object, Qt::CaseInsensitive) == 0 ? 1 : 0;
        if (sameObject == 1)
            planners.at(i)->considerOrgIndex(rowsToCome, bulkOptions);
    }
}

void SyncJob::Private::decideRoutes()
{
    if (!executor)
        return;
    considerOrgIndexes();
    for (int i = 0; i < config.actions.size(); ++i) {
        if (executor->route(i) != Executor::Route::Undecided)
            continue;
        const int threshold = config.actions.at(i).bulkThreshold;
        if (progress.rowsRead >= threshold) {
            qCInfo(lcCoreEngine).noquote()
                << actionNames(i) << ": at least" << threshold << "rows, writing through Bulk API 2.0";
            executor->setRoute(i, Executor::Route::Auto);
        } else if (sourceEnded || stopping || draining) {
            executor->setRoute(i, Executor::Route::Rest);
        }
    }
}

bool SyncJob::Private::readBatch()
{
    auto batch = std::make_unique<Batch>();
    batch->perAction.resize(config.actions.size());
    batch->records.resize(config.actions.size());
    SourceRow row;
    const int actions = int(config.actions.size());
    qint64 firstRow = -1;
    qint64 lastRow = -1;
    bool malformedStop = false;
    while (batch->items.size() < qsizetype(RowsPerBatch) * actions) {
        if (!source->next(&row)) {
            sourceEnded = true;
            if (!source->errorString().isEmpty())
                malformedStop = true,
                fatal = SfError {0, QStringLiteral("SOURCE_ERROR"), source->errorString(), {}};
            break;
        }
        ++progress.rowsRead;
        ++summary.rows;
        if (firstRow < 0)
            firstRow = row.number;
        lastRow = row.number;
        const quint64 fingerprint = journal ? fingerprintOf(row.cells) : 0;
        for (int a = 0; a < actions; ++a) {
            auto *item = new WorkItem;
            item->seq = nextSeq++;
            item->row = row.number;
            item->action = a;
            item->cells = PackedCells(row.cells);
            item->fingerprint = fingerprint;
            if (pass == Pass::AbortAll) {
                const auto held = heldResults.constFind(item->seq);
                if (held != heldResults.constEnd()) {
                    item->result = {held->outcome, held->status, held->id, held->error};
                    item->plan = held->plan;
                    item->matches = held->matches;
                } else {
                    item->result.outcome = RowOutcome::Skipped;
                    item->result.error = QStringLiteral("NOT_SENT: ")
                        + tr("nothing was written because %n row(s) are ambiguous", nullptr,
                             int(plannedAmbiguous));
                }
                item->fromJournal = true;
                item->finished = true;
            } else if (row.isError()) {
                item->plan = RowPlan::Invalid;
                item->error = QStringLiteral("MALFORMED_ROW: ") + row.error;
                if (config.options.stopOnMalformedRow)
                    malformedStop = true;
            } else {
                planners.at(a)->prepare(item, row);
            }
            ++openItems;
            batch->items.append(item);
            batch->perAction[a].append(item);
        }
        if (malformedStop)
            break;
    }
    if (batch->items.isEmpty())
        return false;

    // Resume: rows the interrupted run finished keep their result; rows it was sending are re-checked.
    if (pass == Pass::Write && resumed && firstRow >= 0) {
        const auto entries = journal->entries(runId, firstRow, lastRow);
        for (WorkItem *item : std::as_const(batch->items)) {
            const auto it = entries.constFind(qMakePair(item->action, item->row));
            if (it == entries.constEnd())
                continue;
            if (!it->fingerprint.isEmpty()
                && it->fingerprint != RunJournal::fingerprintText(item->fingerprint)) {
                stopAll(
                    SfError {
                        0,
                        QStringLiteral("SOURCE_CHANGED"),
                        tr("row %1 differs from the interrupted run; the source changed, so it cannot be "
                           "resumed")
                            .arg(item->row),
                        {}},
                    SyncSummary::Category::Config);
                break;
            }
            item->journal = std::make_shared<const JournalEntry>(*it);
            if (it->state == RunJournal::RowState::Done) {
                item->result.outcome = it->outcome;
                item->result.status = it->status;
                item->result.id = it->recordId;
                item->result.error = it->error;
                item->fromJournal = true;
                item->finished = true;
                item->needsLookup = false;
            }
        }
    }

    Batch *raw = batch.get();
    planningItems += raw->items.size();
    batches.push_back(std::move(batch));
    // Before the first lookups go out: a large job may answer them all from an org index instead.
    if (executor && pass == Pass::Write)
        considerOrgIndexes();
    if (pass != Pass::AbortAll && !stopping)
        startLookups(raw);
    if (malformedStop && !stopping) {
        if (fatal.isNull()) {
            fatal = SfError {400,
                             QStringLiteral("MALFORMED_ROW"),
                             tr("stopped at the malformed row %1 (stopOnMalformedRow)").arg(lastRow),
                             {}};
        }
        summary.fatalError = fatal;
        fatalCategory = fatal.errorCode == QLatin1String("SOURCE_ERROR") ? SyncSummary::Category::Config
                                                                         : SyncSummary::Category::RowsFailed;
        // The rows read so far go on as usual; the rest of the source is only read to report it skipped.
        // The planning pass leaves that to the write pass, which stops at the same row.
        if (pass == Pass::PlanOnly)
            sourceEnded = true;
        else
            draining = !sourceEnded;
        schedulePump();
        return false;
    }
    return true;
}

void SyncJob::Private::startLookups(Batch *batch)
{
    for (int a = 0; a < config.actions.size(); ++a) {
        if (!planners.at(a)->parents())
            continue;
        // The parents set by their key, looked up alongside the records (both are reads).
        ++batch->pending;
        planners.at(a)->lookupParents(batch->perAction[a], [this, batch, a](const SfError &error) {
            if (!batchAlive(batch))
                return;
            --batch->pending;
            if (!error.isNull())
                failLookup(batch, a, error, [](const WorkItem *item) { return !item->parentKeys.isEmpty(); });
            schedulePump();
        });
    }
    for (int a = 0; a < config.actions.size(); ++a) {
        QList<WorkItem *> wanted;
        for (WorkItem *item : std::as_const(batch->perAction[a])) {
            if (!item->finished && item->needsLookup)
                wanted.append(item);
        }
        if (wanted.isEmpty())
            continue;
        ++batch->pending;
        planners.at(a)->lookup(wanted, [this, batch, a](const Planner::LookupResult &result) {
            if (!batchAlive(batch))
                return;
            --batch->pending;
            if (!result.error.isNull())
                failLookup(batch, a, result.error, [](const WorkItem *item) { return item->needsLookup; });
            batch->records[a] = result.records;
            schedulePump();
        });
    }
}

bool SyncJob::Private::batchAlive(const Batch *batch) const
{
    // The batch may be gone (stopped); find it before touching it.
    for (const auto &b : batches) {
        if (b.get() == batch)
            return true;
    }
    return false;
}

void SyncJob::Private::failLookup(Batch *batch, int action, const SfError &error,
                                  const std::function<bool(const WorkItem *)> &affected)
{
    if (error.stopsJob()) {
        if (!stopping)
            stopAll(error, SyncSummary::categoryFor(error));
        return;
    }
    for (WorkItem *item : std::as_const(batch->perAction[action])) {
        if (!item->finished && affected(item)) {
            item->needsLookup = false;
            item->plan = RowPlan::Invalid;
            item->result.outcome = RowOutcome::Failed;
            item->result.status = error.httpStatus ? error.httpStatus : 500;
            item->result.error = error.toString();
            item->finished = true;
        }
    }
}

void SyncJob::Private::resolveReady()
{
    while (!batches.empty() && batches.front()->pending == 0) {
        std::unique_ptr<Batch> batch = std::move(batches.front());
        batches.pop_front();
        planningItems -= batch->items.size();
        if (pass != Pass::AbortAll) {
            for (int a = 0; a < config.actions.size(); ++a)
                planners.at(a)->resolve(batch->perAction[a], batch->records[a]);
            // In source order across the actions: whether an earlier row writes a row's record decides.
            for (WorkItem *item : std::as_const(batch->items))
                unchanged.decide(item);
        }
        for (WorkItem *item : std::as_const(batch->items))
            route(item);
    }
}

void SyncJob::Private::route(WorkItem *item)
{
    if (item->finished || stopping) {
        if (!item->finished) {
            item->result.outcome = RowOutcome::Skipped;
            item->finished = true;
        }
        itemDone(item);
        return;
    }
    // Resume: a row the interrupted run was sending may or may not have been written. The org is read back
    // first, as after a lost answer; the row goes on as planned only when nothing of it shows.
    // (A row the org already matches needs no read-back: whatever the interrupted run did, nothing is sent.)
    if (pass == Pass::Write && item->journal && item->journal->state == RunJournal::RowState::Sending
        && !item->resumeChecked && item->plan != RowPlan::Unchanged) {
        item->resumeChecked = true;
        executorOwned.append(item);
        executor->readBackFirst(item);
        return;
    }
    ++progress.rowsPlanned;

    switch (item->plan) {
    case RowPlan::Invalid:
        // A parent that its key does not find is the org's answer, not bad input: the row fails (no write).
        item->result.outcome = item->parentFailed ? RowOutcome::Failed : RowOutcome::Invalid;
        item->result.status = 400;
        item->result.error = item->error;
        break;
    case RowPlan::NotFound:
        item->result.outcome = RowOutcome::NotFound;
        item->result.status = 404;
        item->result.error = item->error;
        break;
    case RowPlan::Ambiguous:
        item->result.outcome = RowOutcome::Ambiguous;
        item->result.status = 300;
        item->result.error = item->error;
        break;
    case RowPlan::Unchanged:
        item->result.outcome = RowOutcome::Unchanged;
        item->result.status = RowResult::statusFor(RowOutcome::Unchanged);
        item->result.id = item->targetId;
        break;
    default:
        if (pass == Pass::Write) {
            executorOwned.append(item);
            executor->enqueue(item);
            return;
        }
        break;
    }
    if (pass == Pass::PlanOnly) {
        ++plannedTotal;
        if (item->plan == RowPlan::Ambiguous || item->plan == RowPlan::Invalid
            || item->plan == RowPlan::NotFound) {
            if (item->plan == RowPlan::Ambiguous)
                ++plannedAmbiguous;
            RowResult r = makeResult(item);
            heldResults.insert(item->seq, r);
        }
        --openItems;
        delete item;
        return;
    }
    item->finished = true;
    itemDone(item);
}

void SyncJob::Private::itemDone(WorkItem *item)
{
    item->finished = true;
    done.emplace(item->seq, item);
    flushDone();
}

void SyncJob::Private::flushDone()
{
    // Results leave in source order (row, then action), whatever order the calls finished in.
    for (auto it = done.begin(); it != done.end() && it->first == emitSeq; it = done.begin()) {
        WorkItem *item = it->second;
        done.erase(it);
        ++emitSeq;
        --openItems;
        const RowResult r = makeResult(item);
        if (journal && pass == Pass::Write && !item->fromJournal && !item->uncertain
            && r.outcome != RowOutcome::Skipped)
            journal->recordResult(runId, r, RunJournal::fingerprintText(item->fingerprint));
        if (writer)
            writer->write(r);
        count(r);
        ++progress.rowsDone;
        Q_EMIT q->rowFinished(r);
        delete item;
    }
}

void SyncJob::Private::updateMoreComing()
{
    if (!executor)
        return;
    // A full window with calls (or a bulk job) in flight fills up again when they finish: keep the executor
    // waiting for full calls and jobs. With nothing in flight it must send what it has, or nothing would
    // move; unless it holds a full job it is about to send (the window just filled behind it), after
    // which the rows read ahead must wait for the next full job, not go as a small one of their own.
    const bool windowStuck =
        openItems >= window && executor->inFlightCalls() == 0 && executor->queued() < bulkRowsPerJob;
    const bool plannerIdle = batches.empty() && (sourceEnded || stopping || windowStuck);
    executor->setMoreComing(!plannerIdle);
}

void SyncJob::Private::stopAll(const SfError &error, SyncSummary::Category category)
{
    if (stopping)
        return;
    stopping = true;
    if (!error.isNull()) {
        fatal = error;
        summary.fatalError = error;
        fatalCategory = category;
    }
    progress.phase = SyncProgress::Phase::Finishing;
    emitProgress(true);
    for (Planner *p : std::as_const(planners))
        p->cancel();
    // Rows still being planned were not sent.
    while (!batches.empty()) {
        std::unique_ptr<Batch> batch = std::move(batches.front());
        batches.pop_front();
        planningItems -= batch->items.size();
        for (WorkItem *item : std::as_const(batch->items)) {
            if (!item->finished)
                item->result.outcome = RowOutcome::Skipped;
            itemDone(item);
        }
    }
    if (executor)
        executor->stop();
    draining = !sourceEnded && pass != Pass::PlanOnly;
    if (pass == Pass::PlanOnly) {
        // Nothing was written yet: report every row as skipped.
        stopping = false;
        heldResults.clear();
        plannedAmbiguous = 0;
        const SfError keep = fatal;
        beginPass(Pass::AbortAll);
        stopping = true;
        fatal = keep;
        draining = true;
    }
    schedulePump();
}

void SyncJob::Private::drain()
{
    // After a stop every remaining row still gets its (skipped) result, so result files stay complete.
    SourceRow row;
    int n = 0;
    while (n < DrainRowsPerTurn && source && source->next(&row)) {
        ++n;
        ++summary.rows;
        ++progress.rowsRead;
        for (int a = 0; a < config.actions.size(); ++a) {
            auto *item = new WorkItem;
            item->seq = nextSeq++;
            item->row = row.number;
            item->action = a;
            item->cells = PackedCells(row.cells);
            item->result.outcome = RowOutcome::Skipped;
            item->fromJournal = true;
            ++openItems;
            itemDone(item);
        }
    }
    if (n == DrainRowsPerTurn) {
        schedulePump();
        return;
    }
    draining = false;
    sourceEnded = true;
    maybeEndPass();
}

} // namespace sfsync
