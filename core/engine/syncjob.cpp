#include "core/engine/syncjob_p.h"

#include "core/engine/executor.h"
#include "core/engine/harddeletepermission.h"
#include "core/engine/planner.h"
#include "core/engine/resultwriter.h"
#include "core/engine/runjournal.h"
#include "core/salesforce/salesforcelimits.h"

namespace sfsync {

using namespace syncjobdetail;

SyncJob::Private::Private(SyncJob *job)
    : q(job)
    , journalPath(RunJournal::defaultPath())
{ }

SyncJob::Private::~Private()
{
    for (auto &b : batches) {
        for (WorkItem *i : std::as_const(b->items))
            delete i;
    }
    for (auto &[seq, item] : done)
        delete item;
    qDeleteAll(executorOwned);
}

SyncJob::SyncJob(const JobConfig &config, RestClient *rest, MetadataService *metadata, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    qRegisterMetaType<sfsync::RowResult>();
    qRegisterMetaType<sfsync::SyncProgress>();
    qRegisterMetaType<sfsync::SyncSummary>();
    qRegisterMetaType<sfsync::SyncDecision>();
    d->config = config;
    d->rest = rest;
    d->metadata = metadata;
}

SyncJob::~SyncJob()
{
    // Destroyed mid-run (a crash, for the journal's purposes): whatever is in flight stays "sending".
    if (d->executor) {
        disconnect(d->executor, nullptr, this, nullptr);
        delete d->executor;
        d->executor = nullptr;
    }
    for (Planner *p : std::as_const(d->planners))
        p->cancel();
}

void SyncJob::setMode(Mode mode)
{
    d->mode = mode;
}

SyncJob::Mode SyncJob::mode() const
{
    return d->mode;
}

void SyncJob::setSourceOverride(const QString &path)
{
    d->sourceOverride = path;
}

void SyncJob::setOutputDirectory(const QString &dir)
{
    d->outputDir = dir;
}

void SyncJob::setResume(bool resume)
{
    d->resume = resume;
}

void SyncJob::setJournalPath(const QString &path)
{
    d->journalPath = path;
}

void SyncJob::setConcurrency(int calls)
{
    d->concurrency = calls;
}

void SyncJob::setAmbiguityPolicy(AmbiguityPolicy policy)
{
    d->policy = policy;
    d->policySet = true;
}

void SyncJob::setBulkMode(Action::BulkMode mode)
{
    d->bulkMode = mode;
}

void SyncJob::setBulkOptions(const Bulk2Options &options)
{
    d->bulkOptions = options;
}

void SyncJob::setBulkRowsPerJob(int rows)
{
    d->bulkRowsPerJob = qMax(1, rows);
}

void SyncJob::setLostAnswerSettleMs(int ms)
{
    d->lostAnswerSettleMs = ms;
}

void SyncJob::setRequestTimeoutMs(int ms)
{
    d->requestTimeoutOverrideMs = ms;
}

bool SyncJob::isRunning() const
{
    return d->running;
}

SyncProgress SyncJob::currentProgress() const
{
    return d->progress;
}

SyncSummary SyncJob::summary() const
{
    return d->summary;
}

const JobConfig &SyncJob::config() const
{
    return d->config;
}

void SyncJob::start()
{
    if (d->running || d->finished)
        return;
    d->running = true;
    d->clock.start();
    d->lastProgress.start();
    d->apiCallsAtStart = d->rest ? d->rest->apiCalls() : 0;
    d->summary.preview = d->mode == Mode::Preview;
    if (!d->policySet)
        d->policy = d->config.options.abortOnAmbiguous ? AmbiguityPolicy::Abort : AmbiguityPolicy::Continue;
    QTimer::singleShot(0, this, [this] { d->validate(); });
}

void SyncJob::cancel()
{
    if (!d->running || d->stopping)
        return;
    d->summary.cancelled = true;
    if (d->decisionPending) {
        d->decisionPending = false;
        d->beginPass(Private::Pass::AbortAll);
        return;
    }
    if (d->pass == Private::Pass::None)
        return; // still validating: finish() comes from there
    d->stopAll(SfError {}, SyncSummary::Category::RowsFailed);
}

void SyncJob::resolveDecision(bool proceed)
{
    if (!d->decisionPending)
        return;
    d->decisionPending = false;
    d->beginPass(proceed ? Private::Pass::Write : Private::Pass::AbortAll);
}

// ---------------------------------------------------------------------------------------------------------------

void SyncJob::Private::emitProgress(bool force)
{
    if (!force && lastProgress.elapsed() < 100)
        return;
    lastProgress.restart();
    progress.elapsedMs = clock.elapsed();
    progress.apiCalls = rest ? rest->apiCalls() - apiCallsAtStart : 0;
    if (rest) {
        const LimitInfo limit = rest->limitInfo();
        progress.limitUsed = limit.used;
        progress.limitMax = limit.max;
    }
    if (source) {
        progress.bytesRead = source->bytesRead();
        progress.bytesTotal = source->bytesTotal();
    }
    progress.rowsSent = executor ? executor->rowsSent() : 0;
    progress.rowsPerSecond = progress.elapsedMs > 0 ? progress.rowsDone * 1000.0 / progress.elapsedMs : 0;
    Q_EMIT q->progress(progress);
}

void SyncJob::Private::finishConfig(const ConfigIssues &issues)
{
    summary.configIssues = issues;
    summary.category = SyncSummary::Category::Config;
    for (const ConfigIssue &issue : issues)
        qCInfo(lcCoreEngine).noquote() << "config:" << issue.toString();
    finish();
}

bool SyncJob::Private::openSource(QString *error)
{
    const QString path = config.resolvedSourcePath(sourceOverride);
    source = Source::create(config.source, path);
    sourceEnded = false;
    if (!source || !source->open(error))
        return false;
    header = source->header();
    return true;
}

void SyncJob::Private::validate()
{
    progress.phase = SyncProgress::Phase::Validating;
    emitProgress(true);
    ConfigIssues issues = config.validateShape();
    if (!issues.isEmpty()) {
        finishConfig(issues);
        return;
    }
    QString error;
    if (!openSource(&error)) {
        finishConfig({{QStringLiteral("source.path"), error}});
        return;
    }
    issues = ConfigValidator::validateColumns(config, header);
    if (!issues.isEmpty()) {
        finishConfig(issues);
        return;
    }
    if (!rest || !metadata) {
        finishConfig({{QString(), tr("no org connection")}});
        return;
    }
    describeObjects();
}

void SyncJob::Private::describeObjects()
{
    QStringList names;
    for (const Action &a : std::as_const(config.actions)) {
        if (!names.contains(a.object, Qt::CaseInsensitive))
            names.append(a.object);
    }
    describeNames(names);
}

void SyncJob::Private::describeNames(const QStringList &names)
{
    auto remaining = std::make_shared<int>(int(names.size()));
    auto failure = std::make_shared<SfError>();
    for (const QString &name : std::as_const(names)) {
        metadata->describe(
            name, q, [this, name, remaining, failure](const ObjectDescribe &object, const SfError &error) {
                if (!error.isNull()) {
                    // An unknown object is a config problem reported by the validator; anything else stops
                    // the job.
                    if (error.httpStatus != 404 && error.errorCode != QLatin1String("NOT_FOUND")
                        && failure->isNull())
                        *failure = error;
                } else {
                    objects.insert(name, object);
                }
                if (--*remaining == 0)
                    afterDescribe(*failure);
            });
    }
}

void SyncJob::Private::afterDescribe(const SfError &error)
{
    if (!error.isNull()) {
        fatal = error;
        summary.fatalError = error;
        summary.category = SyncSummary::categoryFor(error) == SyncSummary::Category::RowsFailed
            ? SyncSummary::Category::Unreachable
            : SyncSummary::categoryFor(error);
        finish();
        return;
    }
    // Parents set by their key ("Account.Legacy_Id__c") are known from the actions' describes: theirs
    // come second.
    if (!parentsDescribed) {
        parentsDescribed = true;
        const QStringList parents = ConfigValidator::missingParentObjects(config, objects);
        if (!parents.isEmpty()) {
            describeNames(parents);
            return;
        }
    }
    const ConfigIssues issues = ConfigValidator::validate(config, objects);
    if (!issues.isEmpty()) {
        finishConfig(issues);
        return;
    }
    if (summary.cancelled) {
        finish();
        return;
    }
    if (mode == Mode::Run) {
        for (int i = 0; i < config.actions.size(); ++i) {
            if (config.actions.at(i).operation == Action::Operation::HardDelete) {
                checkHardDeletePermission(i);
                return;
            }
        }
    }
    beginRun();
}

void SyncJob::Private::checkHardDeletePermission(int action)
{
    HardDeletePermission::check(
        rest, q, [this, action](HardDeletePermission::Answer answer, const SfError &error) {
            const QString path = QStringLiteral("actions[%1].operation").arg(action);
            switch (answer) {
            case HardDeletePermission::Answer::Granted:
                if (summary.cancelled)
                    finish();
                else
                    beginRun();
                return;
            case HardDeletePermission::Answer::Denied:
                finishConfig({{path,
                               tr("hardDelete needs the 'Bulk API Hard Delete' permission, which the "
                                  "signed-in user does not have; nothing was sent. Ask an administrator "
                                  "to grant it (a permission set), or use \"delete\" (the records "
                                  "then go to the recycle bin)")}});
                return;
            case HardDeletePermission::Answer::Failed:
                if (error.stopsJob()) {
                    fatal = error;
                    summary.fatalError = error;
                    summary.category = SyncSummary::categoryFor(error);
                    finish();
                } else {
                    finishConfig({{path,
                                   tr("cannot check the 'Bulk API Hard Delete' permission that "
                                      "hardDelete needs (%1); nothing was sent")
                                       .arg(error.toString())}});
                }
                return;
            }
        });
}

void SyncJob::Private::beginRun()
{
    // Composite batching applies to every call the run makes through this client.
    if (rest)
        rest->setCompositeBatching(config.options.composite);
    const int calls = concurrency > 0 ? concurrency : config.options.concurrency;
    const int perCall = SalesforceLimits::CollectionsRecords * (rest ? rest->subrequestsPerCall() : 1);
    window = qMax<qint64>(2400, qint64(calls) * perCall * 3) * config.actions.size();
    planWindow = window;

    if (mode == Mode::Run && !journalPath.isEmpty()) {
        journal = std::make_unique<RunJournal>();
        QString jerror;
        if (!journal->open(journalPath, &jerror)) {
            finishConfig({{QString(), jerror}});
            return;
        }
        const QString hash = config.hash();
        if (resume) {
            runId = journal->resumableRun(hash);
            if (!runId.isEmpty()) {
                resumed = true;
                journal->reopenRun(runId);
                qCInfo(lcCoreJournal) << "resuming run" << runId;
            } else {
                qCInfo(lcCoreJournal) << "nothing to resume for this config; starting a new run";
            }
        }
        if (runId.isEmpty())
            runId = journal->beginRun(hash, config.name, config.resolvedSourcePath(sourceOverride));
        summary.runId = runId;
    }
    if (!outputDir.isEmpty()) {
        writer = std::make_unique<ResultWriter>(
            outputDir, mode == Mode::Preview ? ResultWriter::Kind::Preview : ResultWriter::Kind::Run, header);
        QString werror;
        if (!writer->open(&werror)) {
            finishConfig({{QString(), werror}});
            return;
        }
    }
    if (mode == Mode::Preview)
        beginPass(Pass::Preview);
    else if (policy == AmbiguityPolicy::Continue)
        beginPass(Pass::Write);
    else
        beginPass(Pass::PlanOnly);
}

void SyncJob::Private::beginPass(Pass next)
{
    const bool first = pass == Pass::None;
    pass = next;
    if (!first) {
        QString error;
        if (!openSource(&error)) {
            stopAll(SfError {0, QStringLiteral("SOURCE_ERROR"), error, {}}, SyncSummary::Category::Config);
            return;
        }
    }
    nextSeq = 0;
    emitSeq = 0;
    openItems = 0;
    planningItems = 0;
    indexConsidered.clear();
    unchanged.clear();
    // This often runs inside a planner's lookup callback: delete the old planners only once control has
    // left them, or the callback would return into freed memory.
    for (Planner *p : std::as_const(planners))
        p->deleteLater();
    planners.clear();
    if (pass != Pass::AbortAll) {
        for (int i = 0; i < config.actions.size(); ++i) {
            const Action &a = config.actions.at(i);
            ObjectDescribe object;
            for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
                if (it.key().compare(a.object, Qt::CaseInsensitive) == 0)
                    object = it.value();
            }
            auto *planner = new Planner(rest, object, a, i, pass == Pass::Preview, q);
            planner->setRequestTimeoutMs(requestTimeoutMs());
            planner->setParentLinks(objects);
            planner->setHeader(header);
            // Ambiguity is only known after such a write, so a job that decides on ambiguous rows before
            // writing looks records up instead.
            // A preview plans as such a run would (it still looks records up, to show their values).
            planner->setNativeUpsertAllowed((pass == Pass::Write || pass == Pass::Preview)
                                            && policy == AmbiguityPolicy::Continue);
            planners.append(planner);
        }
    }
    if (pass == Pass::Write) {
        QList<ObjectDescribe> objects;
        for (Planner *p : std::as_const(planners))
            objects.append(p->object());
        executor = new Executor(rest, config.actions, objects, q);
        executor->setRequestTimeoutMs(requestTimeoutMs());
        executor->setLostAnswerSettleMs(
            lostAnswerSettleMs >= 0 ? lostAnswerSettleMs : config.options.lostAnswerSettleSeconds * 1000);
        executor->setConcurrency(concurrency > 0 ? concurrency : config.options.concurrency);
        if (journal)
            executor->setJournal(journal.get(), runId);
        Bulk2Options bulk = bulkOptions;
        if (bulk.requestTimeoutMs <= 0)
            bulk.requestTimeoutMs = requestTimeoutMs();
        bulk.uploadTimeoutMs = qMax(bulk.uploadTimeoutMs, requestTimeoutMs());
        executor->setBulkOptions(bulk);
        executor->setBulkRowsPerJob(bulkRowsPerJob);
        executor->setParkedRowStore(&parkedRows);
        for (int i = 0; i < planners.size(); ++i) {
            if (planners.at(i)->usesNativeUpsert())
                executor->setUpsertField(i, planners.at(i)->keyField());
            switch (bulkModeOf(i)) {
            case Action::BulkMode::Off:
                executor->setRoute(i, Executor::Route::Rest);
                break;
            case Action::BulkMode::On:
                executor->setRoute(i, Executor::Route::On);
                break;
            case Action::BulkMode::Auto:
                // Decided once bulkThreshold rows were read, or the source ended before.
                executor->setRoute(i, Executor::Route::Undecided);
                break;
            }
            if (bulkModeOf(i) != Action::BulkMode::Off) {
                // Rows wait (parked) for their job and until it has finished: read far enough ahead to fill
                // one job, and to reach the threshold before anything is sent. One job at a time rather than
                // one filling while another runs, and only a Composite call's worth of rows planned ahead
                // while it runs: the memory of one job's rows, and with lookups answered by the org index
                // (OrgIndex) filling the next job costs little time.
                const qint64 actions = config.actions.size();
                const qint64 perCall =
                    SalesforceLimits::CollectionsRecords * (rest ? rest->subrequestsPerCall() : 1);
                const qint64 ahead = qMin<qint64>(planWindow, perCall * actions);
                window = qMax(window, qint64(bulkRowsPerJob) * actions + ahead);
                window = qMax(window, qint64(config.actions.at(i).bulkThreshold + RowsPerBatch) * actions);
            }
        }
        QObject::connect(executor, &Executor::itemFinished, q, [this](WorkItem *item) {
            executorOwned.removeOne(item);
            itemDone(item);
            schedulePump();
        });
        QObject::connect(executor, &Executor::fatalError, q, [this](const SfError &error) {
            if (!stopping)
                stopAll(error, SyncSummary::categoryFor(error));
        });
        QObject::connect(executor, &Executor::idle, q, [this] { schedulePump(); });
        QObject::connect(executor, &Executor::changed, q, [this] { schedulePump(); });
        QObject::connect(executor, &Executor::readBackShowsNothing, q, [this](WorkItem *item) {
            executorOwned.removeOne(item);
            route(item);
            schedulePump();
        });
    }
    progress.phase = pass == Pass::PlanOnly ? SyncProgress::Phase::Planning : SyncProgress::Phase::Running;
    progress.rowsRead = 0;
    progress.rowsPlanned = 0;
    progress.rowsDone = 0;
    emitProgress(true);
    schedulePump();
}

RowResult SyncJob::Private::makeResult(const WorkItem *item) const
{
    RowResult r;
    r.outcome = item->result.outcome;
    r.status = item->result.status;
    r.id = item->result.id;
    r.error = item->result.error;
    r.row = item->row;
    r.actionIndex = item->action;
    r.actionName = actionNames(item->action);
    r.cells = item->sourceCells();
    r.plan = item->plan;
    r.matches = item->matches;
    r.preview = pass == Pass::Preview;
    if (item->plan == RowPlan::Invalid || item->plan == RowPlan::NotFound
        || item->plan == RowPlan::Ambiguous) {
        if (r.error.isEmpty())
            r.error = item->error;
        if (r.status == 0 && !r.preview && r.outcome != RowOutcome::Skipped)
            r.status = RowResult::statusFor(r.outcome);
    }
    if (r.preview
        && (item->plan == RowPlan::Create || item->plan == RowPlan::Update
            || item->plan == RowPlan::Unchanged)) {
        const Planner *planner = planners.value(item->action);
        for (auto it = item->fields.constBegin(); it != item->fields.constEnd(); ++it) {
            FieldChange change;
            change.field = it.key();
            change.newValue = ValueConverter::displayText(it.value());
            // A reference set by the parent's key shows which parent it found.
            if (planner && planner->parents() && it.value().isString())
                change.newValue = planner->parents()->describe(it.key(), it.value().toString());
            if (item->plan != RowPlan::Create && !item->matchedRecord.isEmpty()) {
                const QJsonValue old = item->matchedRecord.value(it.key());
                change.oldValue = ValueConverter::displayText(old);
                const FieldInfo *field = planner ? planner->object().field(it.key()) : nullptr;
                change.unchanged = field && ValueConverter::sameValue(*field, old, it.value());
            }
            r.changes.append(change);
        }
    }
    if (r.outcome == RowOutcome::Ambiguous && r.id.isEmpty())
        r.matches = item->matches;
    return r;
}

void SyncJob::Private::count(const RowResult &r)
{
    if (r.preview) {
        switch (r.plan) {
        case RowPlan::Create:
            ++summary.plannedCreate;
            break;
        case RowPlan::Update:
            ++summary.plannedUpdate;
            break;
        case RowPlan::Delete:
            ++summary.plannedDelete;
            break;
        case RowPlan::Ambiguous:
            ++summary.ambiguous;
            break;
        case RowPlan::NotFound:
            ++summary.notFound;
            break;
        case RowPlan::Invalid:
            ++summary.invalid;
            break;
        case RowPlan::Unchanged:
            ++summary.unchanged;
            break;
        }
        return;
    }
    switch (r.outcome) {
    case RowOutcome::Created:
        ++summary.created;
        break;
    case RowOutcome::Updated:
        ++summary.updated;
        break;
    case RowOutcome::Deleted:
        ++summary.deleted;
        break;
    case RowOutcome::Ambiguous:
        ++summary.ambiguous;
        break;
    case RowOutcome::NotFound:
        ++summary.notFound;
        break;
    case RowOutcome::Invalid:
        ++summary.invalid;
        break;
    case RowOutcome::Failed:
        ++summary.failed;
        break;
    case RowOutcome::Skipped:
        ++summary.skipped;
        break;
    case RowOutcome::Uncertain:
        ++summary.uncertain;
        break;
    case RowOutcome::Unchanged:
        ++summary.unchanged;
        break;
    }
}

void SyncJob::Private::maybeEndPass()
{
    if (finished || !sourceEnded || draining || !batches.empty() || openItems > 0)
        return;
    if (executor && !executor->isIdle())
        return;
    endPass();
}

void SyncJob::Private::endPass()
{
    if (pass == Pass::PlanOnly && !stopping) {
        if (plannedAmbiguous == 0) {
            heldResults.clear();
            beginPass(Pass::Write);
            return;
        }
        if (policy == AmbiguityPolicy::Ask
            && q->isSignalConnected(QMetaMethod::fromSignal(&SyncJob::decisionNeeded))) {
            decisionPending = true;
            SyncDecision decision;
            decision.ambiguousRows = plannedAmbiguous;
            decision.plannedRows = plannedTotal;
            decision.message =
                tr("%n row(s) match several records and will not be written. Write the other rows?", nullptr,
                   int(plannedAmbiguous));
            Q_EMIT q->decisionNeeded(decision);
            return;
        }
        beginPass(Pass::AbortAll);
        return;
    }
    finish();
}

void SyncJob::Private::finish()
{
    if (finished)
        return;
    finished = true;
    running = false;
    if (writer) {
        QString error;
        if (!writer->close(&error))
            qCWarning(lcCoreEngine).noquote() << error;
        writer.reset();
    }
    const bool complete = summary.category != SyncSummary::Category::Config && !stopping && fatal.isNull()
        && !summary.cancelled;
    if (journal && !runId.isEmpty()) {
        journal->endRun(runId, complete);
        summary.resumable = !complete;
    }
    if (summary.category != SyncSummary::Category::Config) {
        if (!fatal.isNull() && fatalCategory != SyncSummary::Category::Ok)
            summary.category = fatalCategory;
        else if (!summary.fatalError.isNull() && summary.category != SyncSummary::Category::Ok)
            ; // set by afterDescribe
        else if (summary.ambiguous + summary.notFound + summary.invalid + summary.failed + summary.skipped
                     + summary.uncertain
                 > 0)
            summary.category = SyncSummary::Category::RowsFailed;
        else
            summary.category = SyncSummary::Category::Ok;
    }
    summary.apiCalls = rest ? rest->apiCalls() - apiCallsAtStart : 0;
    summary.elapsedMs = clock.elapsed();
    progress.phase = SyncProgress::Phase::Done;
    emitProgress(true);
    Q_EMIT q->finished(summary);
}

} // namespace sfsync
