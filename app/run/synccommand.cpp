#include "synccommand.h"

#include "connectionopener.h"
#include "console.h"
#include "exitcode.h"
#include "runlogging.h"

#include "core/engine/syncjob.h"
#include "core/salesforce/restclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <memory>

namespace sfsync {

namespace {

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1);
}

} // namespace

SyncCommand::SyncCommand(Mode mode, QObject *parent)
    : ConnectedCommand(parent)
    , m_mode(mode)
{ }

SyncCommand::~SyncCommand() = default;

QString SyncCommand::name() const
{
    return m_mode == Mode::Run ? QStringLiteral("run") : QStringLiteral("preview");
}

QString SyncCommand::synopsis() const
{
    return tr("CONFIG [options]");
}

QString SyncCommand::description() const
{
    return m_mode == Mode::Run
        ? tr("Run a job: write every source row to the org and report a result per row.")
        : tr("Preview a job: plan every source row (create, update, delete, ambiguous, not found) and write "
             "nothing.");
}

void SyncCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("CONFIG"), tr("The job config file (JSON)."));
    parser.addOption(QCommandLineOption(QStringLiteral("source"),
                                        tr("Read the rows from FILE instead of the config's source.path."),
                                        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("out"),
        m_mode == Mode::Run ? tr("Write results.csv and errors.csv into DIR (created when missing).")
                            : tr("Write preview.csv into DIR (created when missing)."),
        QStringLiteral("DIR")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("json"), tr("Print the summary as one JSON object on stdout.")));
    if (m_mode == Mode::Run) {
        parser.addOption(QCommandLineOption(QStringLiteral("resume"),
                                            tr("Continue the last interrupted run of this config.")));
        parser.addOption(QCommandLineOption(QStringLiteral("abort-on-ambiguous"),
                                            tr("Plan every row first and write nothing if any row is "
                                               "ambiguous (exit code 1).")));
        parser.addOption(QCommandLineOption(QStringLiteral("bulk"),
                                            tr("Write with Bulk API 2.0, whatever the config says.")));
        parser.addOption(QCommandLineOption(QStringLiteral("no-bulk"),
                                            tr("Write with sObject Collections, whatever the config says.")));
        parser.addOption(QCommandLineOption(QStringLiteral("yes"),
                                            tr("Confirm the job's hardDelete actions: their records are "
                                               "erased for good, without the recycle bin.")));
    }
    parser.addOption(QCommandLineOption(QStringLiteral("concurrency"),
                                        tr("Calls in flight at once (1-25), instead of the config's value."),
                                        QStringLiteral("N")));
    addConnectionOptions(parser);
}

std::optional<ExitCode> SyncCommand::configure(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        Console::error(positional.isEmpty() ? tr("%1 needs a job config file.").arg(name())
                                            : tr("%1 takes one job config file.").arg(name()),
                       tr("Usage: sfsync-run %1 CONFIG [options]; see 'sfsync-run %1 --help'.").arg(name()));
        return ExitCode::Usage;
    }
    m_configPath = positional.first();
    m_sourceOverride = parser.value(QStringLiteral("source"));
    m_outDir = parser.value(QStringLiteral("out"));
    m_json = parser.isSet(QStringLiteral("json"));
    if (m_mode == Mode::Run) {
        m_resume = parser.isSet(QStringLiteral("resume"));
        m_abortOnAmbiguous = parser.isSet(QStringLiteral("abort-on-ambiguous"));
        m_yes = parser.isSet(QStringLiteral("yes"));
    }
    if (parser.isSet(QStringLiteral("concurrency"))) {
        bool ok = false;
        m_concurrency = parser.value(QStringLiteral("concurrency")).toInt(&ok);
        if (!ok || m_concurrency < 1 || m_concurrency > 25) {
            Console::error(tr("--concurrency expects a number from 1 to 25."),
                           tr("Leave it out to use the config's value."));
            return ExitCode::Usage;
        }
    }

    if (!QFileInfo::exists(m_configPath)) {
        Console::error(
            tr("the job config %1 does not exist.").arg(m_configPath),
            tr("Give the path of a job config (JSON); the desktop app saves them, and docs/cli.md shows "
               "one."));
        return ExitCode::Usage;
    }
    ConfigIssues issues;
    m_config = JobConfig::load(m_configPath, &issues);
    if (!issues.isEmpty()) {
        for (const ConfigIssue &issue : std::as_const(issues)) {
            Console::err(QStringLiteral("%1: %2\n").arg(m_configPath, issue.toString()));
        }
        Console::error(
            tr("the job config %1 has %n problem(s); nothing was sent.", nullptr, int(issues.size()))
                .arg(m_configPath),
            tr("Fix the places named above; 'sfsync-run validate %1' checks it again.").arg(m_configPath));
        return ExitCode::Usage;
    }
    if (m_mode == Mode::Run && !m_yes) {
        // Records erased for good are never a default: the config or the command line says so.
        for (int i = 0; i < m_config.actions.size(); ++i) {
            const Action &action = m_config.actions.at(i);
            if (action.operation != Action::Operation::HardDelete || action.confirmHardDelete)
                continue;
            Console::error(
                tr("actions[%1] (%2) hard deletes %3 records: they are erased for good, without the recycle "
                   "bin; nothing was sent.")
                    .arg(i)
                    .arg(action.displayName(), action.object),
                tr("Confirm with --yes, or put \"confirmHardDelete\": true into that action of %1; "
                   "'sfsync-run preview %1' shows which records match.")
                    .arg(m_configPath));
            return ExitCode::Usage;
        }
    }
    if (m_mode == Mode::Run && parser.isSet(QStringLiteral("bulk"))
        && parser.isSet(QStringLiteral("no-bulk"))) {
        Console::error(tr("--bulk and --no-bulk exclude each other."),
                       tr("Leave both out to let the job choose by its size."));
        return ExitCode::Usage;
    }
    if (m_mode == Mode::Run
        && (parser.isSet(QStringLiteral("bulk")) || parser.isSet(QStringLiteral("no-bulk")))) {
        // Given to the job, not written into the config: the config's hash names the run to resume, and
        // `run --resume` must find it whichever flag the interrupted run had.
        m_bulkOverride = parser.isSet(QStringLiteral("bulk")) ? Action::BulkMode::On : Action::BulkMode::Off;
    }
    const QString sourcePath = m_config.resolvedSourcePath(m_sourceOverride);
    if (!QFileInfo::exists(sourcePath)) {
        Console::error(
            tr("the source file %1 does not exist.").arg(sourcePath),
            m_sourceOverride.isEmpty()
                ? tr("Fix source.path in %1 (relative paths start at the config's folder), or give "
                     "the file with --source FILE.")
                      .arg(m_configPath)
                : tr("Check the path given to --source."));
        return ExitCode::Usage;
    }
    return readConnection(parser, true);
}

void SyncCommand::start()
{
    m_progress = std::make_unique<ProgressPrinter>();
    openSession([this] { startJob(); });
}

void SyncCommand::startJob()
{
    if (m_cancelled) {
        Console::info(tr("Cancelled before anything was sent."));
        Q_EMIT finished(toInt(ExitCode::RowsFailed));
        return;
    }
    Console::info(tr("%1 '%2' against %3")
                      .arg(m_mode == Mode::Run ? tr("Running") : tr("Previewing"),
                           m_config.name.isEmpty() ? QFileInfo(m_configPath).fileName() : m_config.name,
                           session()->describeTarget()));

    m_job = new SyncJob(m_config, session()->rest(), session()->metadata(), this);
    m_job->setMode(m_mode == Mode::Run ? SyncJob::Mode::Run : SyncJob::Mode::Preview);
    if (!m_sourceOverride.isEmpty()) {
        m_job->setSourceOverride(QFileInfo(m_sourceOverride).absoluteFilePath());
    }
    if (!m_outDir.isEmpty()) {
        m_job->setOutputDirectory(QFileInfo(m_outDir).absoluteFilePath());
    }
    m_job->setResume(m_resume);
    if (m_bulkOverride) {
        m_job->setBulkMode(*m_bulkOverride);
    }
    if (m_concurrency > 0) {
        m_job->setConcurrency(m_concurrency);
    }
    // Never prompt: without the flag the config decides (Abort when options.abortOnAmbiguous, else Continue).
    if (m_abortOnAmbiguous) {
        m_job->setAmbiguityPolicy(SyncJob::AmbiguityPolicy::Abort);
    }
    connect(m_job, &SyncJob::decisionNeeded, this, [this](const SyncDecision &decision) {
        // Only a policy of Ask emits this; a runner cannot ask, so it takes the cautious answer.
        qCWarning(lcRun) << "unexpected decision request:" << decision.message;
        m_job->resolveDecision(false);
    });
    connect(m_job, &SyncJob::progress, this, &SyncCommand::onProgress);
    connect(m_job, &SyncJob::finished, this, &SyncCommand::onFinished);
    if (m_mode == Mode::Run) {
        // A nearly spent daily API allowance is worth knowing before the job writes: the job's first answers
        // (describes) carry Sforce-Limit-Info, and the run stops with exit code 4 once the allowance is gone.
        auto warned = std::make_shared<bool>(false);
        connect(session()->rest(), &RestClient::limitInfoChanged, m_job,
                [this, warned](const LimitInfo &limit) {
                    if (*warned || !limit.isKnown() || limit.used * 10 < limit.max * 9)
                        return;
                    *warned = true;
                    Console::warning(
                        tr("the org has used %1 of its %2 daily API requests; when they run out the run "
                           "stops (exit code 4) and 'sfsync-run run %3 --resume' continues it later.")
                            .arg(limit.used)
                            .arg(limit.max)
                            .arg(m_configPath));
                });
    }
    m_job->start();
}

void SyncCommand::cancel()
{
    m_cancelled = true;
    if (m_job) {
        m_job->cancel();
    }
}

void SyncCommand::onProgress(const SyncProgress &progress)
{
    if (progress.phase == SyncProgress::Phase::Validating) {
        return;
    }
    if (int(progress.phase) != m_lastPhase && progress.phase != SyncProgress::Phase::Done) {
        m_lastPhase = int(progress.phase);
        switch (progress.phase) {
        case SyncProgress::Phase::Planning:
            m_progress->setPhase(tr("Planning"));
            break;
        case SyncProgress::Phase::Running:
            m_progress->setPhase(m_mode == Mode::Run ? tr("Writing") : tr("Planning"));
            break;
        case SyncProgress::Phase::Finishing:
            m_progress->setPhase(tr("Finishing"));
            break;
        case SyncProgress::Phase::Validating:
        case SyncProgress::Phase::Done:
            break;
        }
    }
    // Rows x actions are what gets done; the total is estimated from how far into the source file we are.
    const qint64 perRow = std::max<qint64>(1, m_config.actions.size());
    const bool planning = progress.phase == SyncProgress::Phase::Planning
        || (m_mode == Mode::Preview && progress.phase != SyncProgress::Phase::Finishing);
    const qint64 done = planning ? std::max(progress.rowsPlanned, progress.rowsDone) : progress.rowsDone;
    qint64 total = -1;
    if (progress.bytesTotal > 0 && progress.bytesRead > 0 && progress.rowsRead > 0) {
        total = progress.bytesRead >= progress.bytesTotal
            ? progress.rowsRead * perRow
            : qint64(double(progress.rowsRead * perRow) * double(progress.bytesTotal)
                     / double(progress.bytesRead));
    }
    m_progress->update(done, std::max(total, done));
    if (progress.phase == SyncProgress::Phase::Done) {
        m_progress->finish();
    }
}

void SyncCommand::onFinished(const SyncSummary &summary)
{
    m_progress->finish();
    Console::setStatusLine({});
    if (m_json) {
        Console::out(QString::fromUtf8(QJsonDocument(summary.toJson()).toJson(QJsonDocument::Compact))
                     + QLatin1Char('\n'));
    }
    printSummary(summary);
    Q_EMIT finished(toInt(exitCodeFor(summary.category)));
}

void SyncCommand::printSummary(const SyncSummary &summary) const
{
    for (const ConfigIssue &issue : summary.configIssues) {
        Console::err(QStringLiteral("%1: %2\n").arg(m_configPath, issue.toString()));
    }
    switch (summary.category) {
    case SyncSummary::Category::Config:
        Console::error(tr("the job does not fit the org or the source; nothing was sent."),
                       tr("Fix the places named above; 'sfsync-run validate %1 --profile ...' checks them.")
                           .arg(m_configPath));
        break;
    case SyncSummary::Category::Auth:
    case SyncSummary::Category::Unreachable: {
        QString next = session()->adviceFor(summary.fatalError);
        if (summary.resumable && m_mode == Mode::Run) {
            next +=
                QLatin1Char(' ') + tr("Then continue with 'sfsync-run run %1 --resume'.").arg(m_configPath);
        }
        Console::error(summary.fatalError.toString(), next.trimmed());
        break;
    }
    case SyncSummary::Category::Ok:
    case SyncSummary::Category::RowsFailed:
        if (!summary.fatalError.isNull()) {
            Console::error(summary.fatalError.toString());
        }
        break;
    }

    if (Console::isQuiet() || m_json) {
        return;
    }
    QString text;
    if (summary.preview) {
        text +=
            tr("Preview of %n row(s) in %1 s, %2 API calls: nothing was written.", nullptr, int(summary.rows))
                .arg(seconds(summary.elapsedMs))
                .arg(summary.apiCalls)
            + QLatin1Char('\n');
        text += tr("  create %1, update %2, delete %3, ambiguous %4, not found %5, invalid %6")
                    .arg(summary.plannedCreate)
                    .arg(summary.plannedUpdate)
                    .arg(summary.plannedDelete)
                    .arg(summary.ambiguous)
                    .arg(summary.notFound)
                    .arg(summary.invalid)
            + QLatin1Char('\n');
        if (summary.unchanged > 0)
            text += tr("  unchanged %1: the org already holds their values; they would not be sent")
                        .arg(summary.unchanged)
                + QLatin1Char('\n');
        if (!m_outDir.isEmpty()) {
            text += tr("  details: %1").arg(QDir(m_outDir).filePath(QStringLiteral("preview.csv")))
                + QLatin1Char('\n');
        }
    } else {
        text += (summary.cancelled
                     ? tr("Run stopped after %n row(s) in %1 s, %2 API calls.", nullptr, int(summary.rows))
                     : tr("Run of %n row(s) finished in %1 s, %2 API calls.", nullptr, int(summary.rows)))
                    .arg(seconds(summary.elapsedMs))
                    .arg(summary.apiCalls)
            + QLatin1Char('\n');
        text += tr("  created %1, updated %2, deleted %3, ambiguous %4, not found %5, invalid %6, failed %7, "
                   "skipped %8")
                    .arg(summary.created)
                    .arg(summary.updated)
                    .arg(summary.deleted)
                    .arg(summary.ambiguous)
                    .arg(summary.notFound)
                    .arg(summary.invalid)
                    .arg(summary.failed)
                    .arg(summary.skipped)
            + QLatin1Char('\n');
        if (summary.unchanged > 0)
            text += tr("  unchanged %1: the org already held their values; nothing was sent for them")
                        .arg(summary.unchanged)
                + QLatin1Char('\n');
        if (summary.uncertain > 0)
            text +=
                tr("  uncertain %1: their answers were lost and the org could not tell whether they were "
                   "written; look them up before loading them again (the error column says what to check)")
                    .arg(summary.uncertain)
                + QLatin1Char('\n');
        if (!m_outDir.isEmpty()) {
            text += tr("  results: %1, rows to fix: %2")
                        .arg(QDir(m_outDir).filePath(QStringLiteral("results.csv")),
                             QDir(m_outDir).filePath(QStringLiteral("errors.csv")))
                + QLatin1Char('\n');
        } else if (exitCodeFor(summary.category) == ExitCode::RowsFailed) {
            text += tr("  add --out DIR to get errors.csv with the rows that did not succeed")
                + QLatin1Char('\n');
        }
        if (m_abortOnAmbiguous && summary.ambiguous > 0) {
            text += tr("  nothing was written because rows are ambiguous (--abort-on-ambiguous); 'sfsync-run "
                       "preview %1 --out DIR' lists their matches")
                        .arg(m_configPath)
                + QLatin1Char('\n');
        }
        if (summary.cancelled && summary.resumable) {
            text += tr("  continue with 'sfsync-run run %1 --resume'").arg(m_configPath) + QLatin1Char('\n');
        }
    }
    Console::out(text);
}

} // namespace sfsync
