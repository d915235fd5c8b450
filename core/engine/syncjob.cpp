#include "core/engine/syncjob.h"

#include "core/config/configvalidator.h"
#include "core/corelogging.h"
#include "core/engine/executor.h"
#include "core/engine/planner.h"
#include "core/engine/resultwriter.h"
#include "core/engine/runjournal.h"
#include "core/engine/valueconverter.h"
#include "core/engine/workitem.h"
#include "core/salesforce/metadataservice.h"
#include "core/salesforce/restclient.h"
#include "core/source/source.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMetaMethod>
#include <QPointer>
#include <QTimer>
#include <deque>
#include <map>
#include <optional>

namespace sfsync {

namespace {

constexpr int RowsPerBatch = 200;
constexpr int DrainRowsPerTurn = 2000;

bool isAuthError(const SfError &e)
{
    return e.httpStatus == 401 || e.errorCode == QLatin1String("INVALID_SESSION_ID")
        || e.errorCode == QLatin1String("invalid_grant");
}

bool isFatalError(const SfError &e)
{
    return isAuthError(e) || e.httpStatus == 0 || e.errorCode == QLatin1String("REQUEST_LIMIT_EXCEEDED");
}

SyncSummary::Category categoryOf(const SfError &e)
{
    if (isAuthError(e))
        return SyncSummary::Category::Auth;
    if (e.httpStatus == 0 || e.errorCode == QLatin1String("REQUEST_LIMIT_EXCEEDED") || e.httpStatus >= 500)
        return SyncSummary::Category::Unreachable;
    return SyncSummary::Category::RowsFailed;
}

quint64 fingerprintOf(const QStringList &cells)
{
    return quint64(qHash(cells.join(QChar(0x1f)), 0));
}

} // namespace

class SyncJob::Private
{
public:
    enum class Pass { None, PlanOnly, Write, Preview, AbortAll };

    struct Batch
    {
        QList<WorkItem *> items;
        QList<QList<WorkItem *>> perAction;
        QList<QJsonArray> records;
        int pending = 0;
    };

    explicit Private(SyncJob *job)
        : q(job)
    { }

    ~Private()
    {
        for (auto &b : batches) {
            for (WorkItem *i : std::as_const(b->items))
                delete i;
        }
        for (auto &[seq, item] : done)
            delete item;
        qDeleteAll(executorOwned);
    }

    SyncJob *q;
    JobConfig config;
    QPointer<RestClient> rest;
    QPointer<MetadataService> metadata;
    Mode mode = Mode::Run;
    QString sourceOverride;
    QString outputDir;
    bool resume = false;
    QString journalPath = RunJournal::defaultPath();
    int concurrency = -1;
    AmbiguityPolicy policy = AmbiguityPolicy::Continue;
    bool policySet = false;
    std::optional<Action::BulkMode> bulkMode;
    Bulk2Options bulkOptions;
    int bulkRowsPerJob = 50000;

    Pass pass = Pass::None;
    bool running = false;
    bool finished = false;
    bool stopping = false;
    bool draining = false;
    bool pumpScheduled = false;
    bool decisionPending = false;
    SyncSummary summary;
    SyncProgress progress;
    QElapsedTimer clock;
    QElapsedTimer lastProgress;
    int apiCallsAtStart = 0;
    QHash<QString, ObjectDescribe> objects;
    std::unique_ptr<Source> source;
    QStringList header;
    bool sourceEnded = false;
    QList<Planner *> planners;
    Executor *executor = nullptr;
    QList<WorkItem *> executorOwned; // items the executor holds (deleted with the job if never finished)
    std::unique_ptr<RunJournal> journal;
    QString runId;
    bool resumed = false;
    std::unique_ptr<ResultWriter> writer;
    quint64 nextSeq = 0;
    quint64 emitSeq = 0;
    std::map<quint64, WorkItem *> done;
    qint64 openItems = 0;
    // Rows read and not yet finished: enough for full calls (with Bulk API 2.0: a full job, see beginPass()).
    qint64 window = 2400;
    // Rows read and not yet planned: enough to keep the lookup queries flowing. Planned rows on their way to
    // a bulk job are parked (WorkItem::park()); rows being planned are not, so their number is kept small.
    qint64 planWindow = 2400;
    qint64 planningItems = 0;
    std::deque<std::unique_ptr<Batch>> batches;
    QHash<int, bool> indexConsidered; // per action, in this pass
    qint64 plannedAmbiguous = 0;
    qint64 plannedTotal = 0;
    QHash<quint64, RowResult> heldResults;
    SfError fatal;
    SyncSummary::Category fatalCategory = SyncSummary::Category::Ok;
    QString actionNames(int i) const { return config.actions.at(i).displayName(); }

    // --- phases
    void validate();
    void describeObjects();
    void afterDescribe(const SfError &error);
    bool openSource(QString *error);
    void beginPass(Pass next);
    void endPass();

    // --- pipeline
    void schedulePump();
    void pump();
    bool readBatch();
    void startLookups(Batch *batch);
    void resolveReady();
    void route(WorkItem *item);
    void itemDone(WorkItem *item);
    void flushDone();
    void updateMoreComing();
    void decideRoutes();
    void considerOrgIndexes();
    [[nodiscard]] Action::BulkMode bulkModeOf(int action) const;
    void maybeEndPass();
    void stopAll(const SfError &error, SyncSummary::Category category);
    void drain();
    void finishConfig(const ConfigIssues &issues);
    void finish();
    void emitProgress(bool force);
    RowResult makeResult(const WorkItem *item) const;
    void count(const RowResult &r);
};

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
        summary.category = categoryOf(error) == SyncSummary::Category::RowsFailed
            ? SyncSummary::Category::Unreachable
            : categoryOf(error);
        finish();
        return;
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
    const int calls = concurrency > 0 ? concurrency : config.options.concurrency;
    window = qMax<qint64>(2400, qint64(calls) * 200 * 3) * config.actions.size();
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
            planner->setHeader(header);
            // Ambiguity is only known after such a write, so a job that decides on ambiguous rows before
            // writing looks records up instead.
            planner->setNativeUpsertAllowed(pass == Pass::Write && policy == AmbiguityPolicy::Continue);
            planners.append(planner);
        }
    }
    if (pass == Pass::Write) {
        QStringList objectNames;
        for (Planner *p : std::as_const(planners))
            objectNames.append(p->object().name());
        executor = new Executor(rest, config.actions, objectNames, q);
        executor->setConcurrency(concurrency > 0 ? concurrency : config.options.concurrency);
        if (journal)
            executor->setJournal(journal.get(), runId);
        executor->setBulkOptions(bulkOptions);
        executor->setBulkRowsPerJob(bulkRowsPerJob);
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
                // Rows wait in memory (parked) for their job and until it has finished: read far enough ahead
                // to fill one job, and to reach the threshold before anything is sent. One job at a time
                // rather than one filling while another runs: half the memory, and with lookups answered by
                // the org index (OrgIndex) filling the next job costs little time.
                const qint64 actions = config.actions.size();
                window = qMax(window, qint64(bulkRowsPerJob) * actions + planWindow);
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
                stopAll(error, categoryOf(error));
        });
        QObject::connect(executor, &Executor::idle, q, [this] { schedulePump(); });
        executor->setCheckUncertainCreates(true);
        QObject::connect(executor, &Executor::createsUncertain, q, [this](const QList<WorkItem *> &items) {
            QPointer<Executor> exec(executor);
            planners.at(items.first()->action)->findCreated(items, [exec, items] {
                if (exec)
                    exec->settleCreates(items);
            });
        });
    }
    progress.phase = pass == Pass::PlanOnly ? SyncProgress::Phase::Planning : SyncProgress::Phase::Running;
    progress.rowsRead = 0;
    progress.rowsPlanned = 0;
    progress.rowsDone = 0;
    emitProgress(true);
    schedulePump();
}

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
            item->journal = std::make_unique<RunJournal::Entry>(*it);
            if (it->state == RunJournal::RowState::Done) {
                item->result.outcome = it->outcome;
                item->result.status = it->status;
                item->result.id = it->recordId;
                item->result.error = it->error;
                item->fromJournal = true;
                item->finished = true;
                item->needsLookup = false;
            } else if (it->state == RunJournal::RowState::Sending
                       && config.actions.at(item->action).operation == Action::Operation::Create
                       && item->plan == RowPlan::Create) {
                item->resumeCheck = true;
                item->needsLookup = true;
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
        QList<WorkItem *> wanted;
        for (WorkItem *item : std::as_const(batch->perAction[a])) {
            if (!item->finished && item->needsLookup)
                wanted.append(item);
        }
        if (wanted.isEmpty())
            continue;
        ++batch->pending;
        planners.at(a)->lookup(wanted, [this, batch, a](const Planner::LookupResult &result) {
            // The batch may be gone (stopped); find it before touching it.
            bool alive = false;
            for (const auto &b : batches) {
                if (b.get() == batch)
                    alive = true;
            }
            if (!alive)
                return;
            --batch->pending;
            if (!result.error.isNull()) {
                if (isFatalError(result.error)) {
                    if (!stopping)
                        stopAll(result.error, categoryOf(result.error));
                    return;
                }
                for (WorkItem *item : std::as_const(batch->perAction[a])) {
                    if (item->needsLookup) {
                        item->needsLookup = false;
                        item->plan = RowPlan::Invalid;
                        item->result.outcome = RowOutcome::Failed;
                        item->result.status = result.error.httpStatus ? result.error.httpStatus : 500;
                        item->result.error = result.error.toString();
                        item->finished = true;
                    }
                }
            }
            batch->records[a] = result.records;
            schedulePump();
        });
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
    ++progress.rowsPlanned;
    const Action &action = config.actions.at(item->action);

    // Resume adjustments for rows the interrupted run was sending.
    if (pass == Pass::Write && item->journal && item->journal->state == RunJournal::RowState::Sending) {
        if (item->resumeCheck) {
            if (item->uncertain) {
                item->result.outcome = RowOutcome::Failed;
                item->result.status = 500;
                item->result.error = QStringLiteral("UNCERTAIN_CREATE: ")
                    + tr("the interrupted run may have created this record; check before loading it again");
                item->finished = true;
            } else if (item->matches.size() == 1) {
                item->result.outcome = RowOutcome::Created;
                item->result.status = 201;
                item->result.id = item->matches.first();
                item->finished = true;
            }
        } else if (action.operation == Action::Operation::Upsert
                   && item->journal->kind == QLatin1String("create") && item->plan == RowPlan::Update
                   && !item->created) {
            item->result.outcome = RowOutcome::Created;
            item->result.status = 201;
            item->result.id = item->targetId;
            item->finished = true;
        } else if (action.operation == Action::Operation::Delete && item->plan == RowPlan::NotFound
                   && !item->journal->recordId.isEmpty()) {
            item->result.outcome = RowOutcome::Deleted;
            item->result.status = 204;
            item->result.id = item->journal->recordId;
            item->finished = true;
        }
        if (item->finished) {
            itemDone(item);
            return;
        }
    }

    switch (item->plan) {
    case RowPlan::Invalid:
        item->result.outcome = RowOutcome::Invalid;
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
    r.cells = item->cells.unpack();
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
    if (r.preview && (item->plan == RowPlan::Create || item->plan == RowPlan::Update)) {
        const Planner *planner = planners.value(item->action);
        for (auto it = item->fields.constBegin(); it != item->fields.constEnd(); ++it) {
            FieldChange change;
            change.field = it.key();
            change.newValue = ValueConverter::displayText(it.value());
            if (item->plan == RowPlan::Update && !item->matchedRecord.isEmpty()) {
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
    }
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
    // move.
    const bool windowStuck = openItems >= window && executor->inFlightCalls() == 0;
    const bool plannerIdle = batches.empty() && (sourceEnded || stopping || windowStuck);
    executor->setMoreComing(!plannerIdle);
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
