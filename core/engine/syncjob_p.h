#pragma once

// SyncJob's private part, shared by syncjob.cpp (configuration, passes, results) and syncjobpipeline.cpp
// (reading, planning and routing rows). Engine-internal.

#include "core/engine/syncjob.h"

#include "core/config/configvalidator.h"
#include "core/config/valueconverter.h"
#include "core/corelogging.h"
#include "core/engine/parkedrowstore.h"
#include "core/engine/unchangedrows.h"
#include "core/engine/workitem.h"
#include "core/salesforce/metadata/metadataservice.h"
#include "core/salesforce/restclient.h"
#include "core/salesforce/salesforcelimits.h"
#include "core/source/source.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMetaMethod>
#include <QPointer>
#include <QTimer>
#include <deque>
#include <functional>
#include <map>
#include <optional>

namespace sfsync {

class Executor;
class Planner;
class ResultWriter;
class RunJournal;

namespace syncjobdetail {

// The rows planned (looked up) together: one full sObject Collections call's worth.
inline constexpr int RowsPerBatch = SalesforceLimits::CollectionsRecords;
inline constexpr int DrainRowsPerTurn = 2000;

inline quint64 fingerprintOf(const QStringList &cells)
{
    return quint64(qHash(cells.join(QChar(0x1f)), 0));
}

} // namespace syncjobdetail

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

    explicit Private(SyncJob *job);
    ~Private();

    SyncJob *q;
    JobConfig config;
    QPointer<RestClient> rest;
    QPointer<MetadataService> metadata;
    Mode mode = Mode::Run;
    QString sourceOverride;
    QString outputDir;
    bool resume = false;
    QString journalPath; // RunJournal::defaultPath() unless set
    int concurrency = -1;
    AmbiguityPolicy policy = AmbiguityPolicy::Continue;
    bool policySet = false;
    std::optional<Action::BulkMode> bulkMode;
    Bulk2Options bulkOptions;
    int bulkRowsPerJob = 50000;
    int lostAnswerSettleMs = -1; // -1: options.lostAnswerSettleSeconds
    int requestTimeoutOverrideMs = 0;
    [[nodiscard]] int requestTimeoutMs() const
    {
        return requestTimeoutOverrideMs > 0 ? requestTimeoutOverrideMs
                                            : config.options.requestTimeoutSeconds * 1000;
    }

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
    bool parentsDescribed = false;
    std::unique_ptr<Source> source;
    QStringList header;
    bool sourceEnded = false;
    QList<Planner *> planners;
    Executor *executor = nullptr;
    QList<WorkItem *> executorOwned; // items the executor holds (deleted with the job if never finished)
    // Where rows waiting for a Bulk API 2.0 job keep their cells and values; outlives every item.
    ParkedRowStore parkedRows;
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
    UnchangedRows unchanged; // in this pass
    qint64 plannedAmbiguous = 0;
    qint64 plannedTotal = 0;
    QHash<quint64, RowResult> heldResults;
    SfError fatal;
    SyncSummary::Category fatalCategory = SyncSummary::Category::Ok;
    QString actionNames(int i) const { return config.actions.at(i).displayName(); }

    // --- phases
    void validate();
    void describeObjects();
    void describeNames(const QStringList &names);
    void afterDescribe(const SfError &error);
    // A job with a hardDelete action: the user's permission, asked once before anything is read or sent.
    void checkHardDeletePermission(int action);
    void beginRun();
    bool openSource(QString *error);
    void beginPass(Pass next);
    void endPass();

    // --- pipeline
    void schedulePump();
    void pump();
    bool readBatch();
    void startLookups(Batch *batch);
    [[nodiscard]] bool batchAlive(const Batch *batch) const;
    // A lookup failed as a whole: stop the job, or fail the rows it was for (`affected`).
    void failLookup(Batch *batch, int action, const SfError &error,
                    const std::function<bool(const WorkItem *)> &affected);
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

} // namespace sfsync
