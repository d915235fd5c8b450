#pragma once

#include "connectedcommand.h"
#include "progressprinter.h"

#include "core/config/jobconfig.h"

#include <memory>
#include <optional>

namespace sfsync {

class SyncJob;
struct SyncProgress;
struct SyncSummary;

// sfsync-run preview|run CONFIG: loads the job config, connects, and hands everything to a SyncJob; prints
// its progress on stderr and its summary (text, or --json on stdout); exits with the summary's exit code.
// `run` never prompts: ambiguous rows are recorded (300) and the others written, unless --abort-on-ambiguous.
class SyncCommand : public ConnectedCommand
{
    Q_OBJECT
public:
    enum class Mode { Preview, Run };

    explicit SyncCommand(Mode mode, QObject *parent = nullptr);
    ~SyncCommand() override;

    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    [[nodiscard]] std::optional<ExitCode> configure(const QCommandLineParser &parser) override;
    void start() override;
    void cancel() override;

private:
    void startJob();
    void onProgress(const SyncProgress &progress);
    void onFinished(const SyncSummary &summary);
    void printSummary(const SyncSummary &summary) const;

    Mode m_mode;
    QString m_configPath;
    JobConfig m_config;
    QString m_sourceOverride;
    QString m_outDir;
    bool m_json = false;
    bool m_resume = false;
    bool m_abortOnAmbiguous = false;
    bool m_yes = false; // --yes: hardDelete actions confirmed
    int m_concurrency = 0;
    std::optional<Action::BulkMode> m_bulkOverride; // --bulk / --no-bulk
    bool m_cancelled = false;
    SyncJob *m_job = nullptr;
    std::unique_ptr<ProgressPrinter> m_progress;
    int m_lastPhase = -1;
};

} // namespace sfsync
