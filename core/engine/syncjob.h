#pragma once

#include "core/config/jobconfig.h"
#include "core/engine/rowresult.h"
#include "core/engine/syncdecision.h"
#include "core/engine/syncprogress.h"
#include "core/engine/syncsummary.h"
#include "core/salesforce/bulk2/bulk2options.h"

#include <QObject>
#include <QString>
#include <memory>

namespace sfsync {

class MetadataService;
class RestClient;

// The one object the GUI and sfsync-run use to preview or run a job config against an org.
//
//   SyncJob job(config, &rest, &metadata);
//   job.setMode(SyncJob::Mode::Run);
//   job.setOutputDirectory(dir);               // results.csv + errors.csv (preview: preview.csv)
//   connect(&job, &SyncJob::finished, ...);
//   job.start();
//
// Every source row gets exactly one RowResult per action (rowFinished), then finished() comes exactly once,
// also after cancel() or a fatal error (rows not sent end `skipped`). Nothing blocks: start() returns at
// once. Preview runs the same path (validation, typing, lookups, match resolution) and stops before any
// write.
class SyncJob : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Preview, Run };
    Q_ENUM(Mode)

    // What to do when rows are ambiguous (several records match). Continue: report those rows as `ambiguous`
    // (300) and write the others. Ask: plan every row first; when any is ambiguous emit decisionNeeded() and
    // wait for resolveDecision(). Abort: plan first; write nothing when any row is ambiguous
    // (--abort-on-ambiguous).
    enum class AmbiguityPolicy { Continue, Ask, Abort };
    Q_ENUM(AmbiguityPolicy)

    SyncJob(const JobConfig &config, RestClient *rest, MetadataService *metadata, QObject *parent = nullptr);
    ~SyncJob() override;

    void setMode(Mode mode);
    [[nodiscard]] Mode mode() const;
    // Reads rows from this file instead of the config's source.path (sfsync-run --source).
    void setSourceOverride(const QString &path);
    // Writes results.csv and errors.csv (run) or preview.csv (preview) into `dir` (created if missing).
    void setOutputDirectory(const QString &dir);
    // Continue the last interrupted run of this config (same config hash) from its journal.
    void setResume(bool resume);
    // Journal file; default <AppDataLocation>/journal.sqlite. An empty path disables the journal.
    void setJournalPath(const QString &path);
    // sObject Collections calls in flight at once; overrides the config's options.concurrency.
    void setConcurrency(int calls);
    void
    setAmbiguityPolicy(AmbiguityPolicy policy); // default: Abort when options.abortOnAmbiguous, else Continue
    // Overrides every action's `bulk` setting (sfsync-run --bulk / --no-bulk). Auto writes through Bulk API
    // 2.0 from the action's bulkThreshold source rows on; On always; Off never.
    void setBulkMode(Action::BulkMode mode);
    // Bulk API 2.0 tuning (poll timing, upload limit) and the most rows one ingest job carries (default
    // 50,000: a job's rows wait in memory, packed, until it has finished).
    void setBulkOptions(const Bulk2Options &options);
    void setBulkRowsPerJob(int rows);
    // Overrides options.lostAnswerSettleSeconds (in ms): how long a write that may create a record must
    // have had to finish on the server before the org showing nothing of it (after its answer was lost)
    // lets it be sent again (see LostWrites).
    void setLostAnswerSettleMs(int ms);
    // Overrides options.requestTimeoutSeconds (in ms).
    void setRequestTimeoutMs(int ms);

    void start();
    // Stops reading and sending; waits for calls in flight; every row not written ends `skipped`.
    void cancel();
    // Answers the pending decisionNeeded(): true continues, false writes nothing (rows end `skipped`).
    void resolveDecision(bool proceed);

    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] SyncProgress currentProgress() const;
    [[nodiscard]] SyncSummary summary() const; // final once finished() was emitted
    [[nodiscard]] const JobConfig &config() const;

Q_SIGNALS:
    void progress(const sfsync::SyncProgress &progress);
    void rowFinished(const sfsync::RowResult &result);
    void decisionNeeded(const sfsync::SyncDecision &decision);
    void finished(const sfsync::SyncSummary &summary);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace sfsync
