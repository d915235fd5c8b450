#include "runview.h"

#include "core/salesforce/orgsession.h"
#include "filedialogs.h"
#include "messageboxes.h"
#include "rowresultmodel.h"
#include "rowtablesetup.h"
#include "uilogging.h"
#include "urlopener.h"

#include "core/engine/syncjob.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sfsync {

namespace {
const QStringList &outcomeKeys()
{
    static const QStringList keys = {QStringLiteral("created"),   QStringLiteral("updated"),
                                     QStringLiteral("unchanged"), QStringLiteral("deleted"),
                                     QStringLiteral("ambiguous"), QStringLiteral("not_found"),
                                     QStringLiteral("invalid"),   QStringLiteral("failed"),
                                     QStringLiteral("skipped"),   QStringLiteral("uncertain")};
    return keys;
}

QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

QByteArray csvLine(const QStringList &cells)
{
    QByteArray line;
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += ',';
        line += csvField(cells.at(i));
    }
    return line + "\r\n";
}

QString durationText(qint64 seconds)
{
    if (seconds < 60)
        return RunView::tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return RunView::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return RunView::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}
} // namespace

RunView::RunView(OrgSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new RowResultModel(RowResultModel::Kind::Run, this))
    , m_filter(new OutcomeFilterProxyModel(this))
{
    setObjectName(QStringLiteral("runView"));
    m_filter->setSourceModel(m_model);

    m_title =
        new QLabel(tr("Run a job to write its changes to Salesforce. Preview it first to see them."), this);
    m_title->setObjectName(QStringLiteral("runTitle"));
    m_title->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setFormat(QString());
    m_stats = new QLabel(this);
    m_stats->setObjectName(QStringLiteral("runStats"));
    m_cancel = new QPushButton(tr("&Cancel run"), this);
    m_cancel->setObjectName(QStringLiteral("cancelRun"));
    m_cancel->setEnabled(false);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("runSummary"));
    m_summaryLabel->setWordWrap(true);

    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("resultFilter"));
    m_outcome->addItem(tr("All rows"), QString());
    for (const QString &key : outcomeKeys())
        m_outcome->addItem(RowResultModel::keyLabel(key), key);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("resultSearch"));
    m_search->setPlaceholderText(tr("Search results (Id, error, …)"));
    m_search->setClearButtonEnabled(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("resultTable"));
    m_table->setModel(m_filter);
    setUpRowTable(m_table);
    m_table->setColumnWidth(RowResultModel::RRow, 60);
    m_table->setColumnWidth(RowResultModel::RAction, 150);
    m_table->setColumnWidth(RowResultModel::ROutcome, 90);
    m_table->setColumnWidth(RowResultModel::RStatus, 60);
    m_table->setColumnWidth(RowResultModel::RId, 170);

    m_saveResults = new QPushButton(tr("Save results.csv…"), this);
    m_saveResults->setObjectName(QStringLiteral("saveResults"));
    m_saveErrors = new QPushButton(tr("Save errors.csv…"), this);
    m_saveErrors->setObjectName(QStringLiteral("saveErrors"));
    m_openRecord = new QPushButton(tr("Open record in Salesforce"), this);
    m_openRecord->setObjectName(QStringLiteral("openRecord"));
    m_rerun = new QPushButton(tr("Re-run failed rows"), this);
    m_rerun->setObjectName(QStringLiteral("rerunFailed"));
    m_rerun->setToolTip(tr("Run again, for each action, only the rows that did not succeed"));

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto *tools = new QHBoxLayout;
    tools->addWidget(new QLabel(tr("Show:"), this));
    tools->addWidget(m_outcome);
    tools->addWidget(m_search, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveResults);
    buttons->addWidget(m_saveErrors);
    buttons->addStretch();
    buttons->addWidget(m_openRecord);
    buttons->addWidget(m_rerun);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(progressRow);
    layout->addWidget(m_stats);
    layout->addWidget(m_summaryLabel);
    layout->addLayout(tools);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_outcome, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setOutcome(m_outcome->currentData().toString()); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_cancel, &QPushButton::clicked, this, &RunView::cancel);
    connect(m_saveResults, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::saveFile(this, tr("Save results"),
                                                   QDir::home().filePath(QStringLiteral("results.csv")),
                                                   tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            saveResults(path);
    });
    connect(m_saveErrors, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::saveFile(this, tr("Save errors"),
                                                   QDir::home().filePath(QStringLiteral("errors.csv")),
                                                   tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            saveErrors(path);
    });
    connect(m_openRecord, &QPushButton::clicked, this, &RunView::openSelectedRecord);
    connect(m_table, &QTableView::doubleClicked, this, &RunView::openSelectedRecord);
    connect(m_rerun, &QPushButton::clicked, this, &RunView::rerunFailed);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RunView::updateButtons);
    updateButtons();
}

RunView::~RunView()
{
    delete m_job;
}

int RunView::failedRowCount() const
{
    int failed = 0;
    for (const RowResult &result : m_model->results())
        failed += result.succeeded() ? 0 : 1;
    return failed;
}

void RunView::start(const JobConfig &config, const QStringList &sourceHeader)
{
    if (m_job || !m_session->isConnected())
        return;
    m_config = config;
    m_header = sourceHeader;
    m_steps = {Step {config, {}}};
    m_model->clear();
    m_summary = {};
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    m_outputDir =
        QDir(base).filePath(QStringLiteral("runs/")
                            + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
    QDir().mkpath(m_outputDir);
    m_title->setText(tr("Running %1…").arg(config.name.isEmpty() ? tr("the job") : config.name));
    Q_EMIT started();
    startNext();
}

void RunView::startNext()
{
    const Step step = m_steps.takeFirst();
    m_model->flush();
    m_model->setRowNumberMap(step.rowMap);
    auto *job = new SyncJob(step.config, m_session->rest(), m_session->metadata(), this);
    job->setMode(SyncJob::Mode::Run);
    job->setOutputDirectory(m_outputDir);
    job->setAmbiguityPolicy(step.config.options.abortOnAmbiguous ? SyncJob::AmbiguityPolicy::Abort
                                                                 : SyncJob::AmbiguityPolicy::Ask);
    m_job = job;
    connect(job, &SyncJob::rowFinished, m_model, &RowResultModel::append);
    connect(job, &SyncJob::progress, this, &RunView::onProgress);
    connect(job, &SyncJob::decisionNeeded, this, &RunView::onDecision);
    connect(job, &SyncJob::finished, this, &RunView::onFinished);
    m_progress->setRange(0, 0); // busy until the first progress with a size
    m_progress->setFormat(QString());
    m_stats->setText(tr("Starting…"));
    m_summaryLabel->clear();
    updateButtons();
    job->start();
}

void RunView::cancel()
{
    if (!m_job)
        return;
    m_steps.clear();
    m_stats->setText(tr("Cancelling: waiting for the calls in flight…"));
    m_job->cancel();
}

void RunView::onProgress(const SyncProgress &progress)
{
    if (progress.bytesTotal > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000 * qMin(progress.bytesRead, progress.bytesTotal) / progress.bytesTotal));
        m_progress->setFormat(QStringLiteral("%p%"));
    }
    QStringList parts;
    parts.append(tr("%n row(s) done", nullptr, int(progress.rowsDone)));
    parts.append(tr("%1 rows/s").arg(progress.rowsPerSecond, 0, 'f', 0));
    parts.append(tr("%n API call(s)", nullptr, progress.apiCalls));
    if (progress.limitMax > 0)
        parts.append(tr("org API usage %1 / %2").arg(progress.limitUsed).arg(progress.limitMax));
    if (progress.bytesTotal > 0 && progress.bytesRead > 0 && progress.elapsedMs > 1000
        && progress.phase == SyncProgress::Phase::Running) {
        const double perByteMs = double(progress.elapsedMs) / double(progress.bytesRead);
        const qint64 leftSeconds =
            qint64(perByteMs * double(progress.bytesTotal - progress.bytesRead) / 1000.0);
        parts.append(tr("about %1 left").arg(durationText(leftSeconds)));
    }
    if (progress.phase == SyncProgress::Phase::Planning)
        parts.prepend(tr("Planning every row first"));
    else if (progress.phase == SyncProgress::Phase::Finishing)
        parts.prepend(tr("Finishing"));
    m_stats->setText(parts.join(QStringLiteral(" \u00b7 ")));
}

void RunView::onDecision(const SyncDecision &decision)
{
    const QString text = decision.message.isEmpty()
        ? tr("%n row(s) match several records and will not be written. Write the other rows?", nullptr,
             int(decision.ambiguousRows))
        : decision.message;
    const auto answer = MessageBoxes::question(this, tr("Ambiguous rows"), text,
                                               QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    // Answered from the event loop, not from inside the job's own signal emission.
    QPointer<SyncJob> job = m_job;
    QTimer::singleShot(0, this, [job, answer] {
        if (job)
            job->resolveDecision(answer == QMessageBox::Yes);
    });
}

void RunView::onFinished(const SyncSummary &summary)
{
    m_model->flush();
    m_summary = summary;
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    if (!m_steps.isEmpty() && !summary.cancelled && summary.category != SyncSummary::Category::Auth
        && summary.category != SyncSummary::Category::Unreachable) {
        startNext();
        return;
    }
    m_steps.clear();
    m_progress->setRange(0, 1000);
    m_progress->setValue(1000);
    m_progress->setFormat(summary.cancelled ? tr("Cancelled") : tr("Done"));
    const QHash<QString, qint64> counts = m_model->counts();
    QStringList parts;
    for (const QString &key : outcomeKeys()) {
        if (counts.value(key) > 0)
            parts.append(QStringLiteral("%1 %2").arg(counts.value(key)).arg(RowResultModel::keyLabel(key)));
    }
    QString text = parts.isEmpty() ? tr("No rows.") : parts.join(QStringLiteral(" \u00b7 "));
    switch (summary.category) {
    case SyncSummary::Category::Config: {
        QStringList lines;
        for (const ConfigIssue &issue : summary.configIssues)
            lines.append(issue.toString());
        text = tr("Nothing was sent. The job cannot run:\n%1").arg(lines.join(QLatin1Char('\n')));
        break;
    }
    case SyncSummary::Category::Auth:
    case SyncSummary::Category::Unreachable:
        text += QLatin1Char('\n') + tr("The run stopped: %1").arg(summary.fatalError.toString());
        break;
    default:
        break;
    }
    if (summary.cancelled)
        text += QLatin1Char('\n') + tr("Cancelled: rows not sent are marked skipped.");
    m_summaryLabel->setText(text);
    m_title->setText(tr("Finished %1.").arg(m_config.name.isEmpty() ? tr("the job") : m_config.name));
    m_stats->setText(tr("%n API call(s)", nullptr, summary.apiCalls) + QStringLiteral(" \u00b7 ")
                     + tr("%1 elapsed").arg(durationText(summary.elapsedMs / 1000)));
    updateButtons();
    Q_EMIT finished(summary);
}

void RunView::updateButtons()
{
    const bool running = m_job != nullptr;
    m_cancel->setEnabled(running);
    const bool haveFiles = !running && !m_outputDir.isEmpty()
        && QFile::exists(QDir(m_outputDir).filePath(QStringLiteral("results.csv")));
    m_saveResults->setEnabled(haveFiles);
    m_saveErrors->setEnabled(haveFiles
                             && QFile::exists(QDir(m_outputDir).filePath(QStringLiteral("errors.csv"))));
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    const bool haveId = current.isValid() && !m_model->resultAt(current.row()).id.isEmpty();
    m_openRecord->setEnabled(haveId && m_session->isConnected());
    m_rerun->setEnabled(!running && failedRowCount() > 0 && !m_header.isEmpty() && m_session->isConnected());
}

void RunView::openSelectedRecord()
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    if (!current.isValid())
        return;
    const QString id = m_model->resultAt(current.row()).id;
    if (!id.isEmpty())
        UrlOpener::open(m_session->recordUrl(id));
}

bool RunView::copyOutput(const QString &fileName, const QString &target)
{
    const QString source = QDir(m_outputDir).filePath(fileName);
    if (QFile::exists(target))
        QFile::remove(target);
    if (!QFile::copy(source, target)) {
        MessageBoxes::warning(this, tr("Save"), tr("Could not write %1.").arg(target));
        return false;
    }
    return true;
}

bool RunView::saveResults(const QString &path)
{
    return copyOutput(QStringLiteral("results.csv"), path);
}

bool RunView::saveErrors(const QString &path)
{
    return copyOutput(QStringLiteral("errors.csv"), path);
}

void RunView::rerunFailed()
{
    if (m_job || m_header.isEmpty())
        return;
    // One step per action with failures, each reading only that action's failed rows: re-running a row
    // through an action it already passed could create a second record.
    QList<Step> steps;
    for (int actionIndex = 0; actionIndex < m_config.actions.size(); ++actionIndex) {
        QList<const RowResult *> failed;
        for (const RowResult &result : m_model->results()) {
            if (result.actionIndex == actionIndex && !result.succeeded())
                failed.append(&result);
        }
        if (failed.isEmpty())
            continue;
        std::sort(failed.begin(), failed.end(),
                  [](const RowResult *a, const RowResult *b) { return a->row < b->row; });
        const QString path =
            QDir(m_outputDir).filePath(QStringLiteral("rerun-action%1.csv").arg(actionIndex + 1));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            MessageBoxes::warning(this, tr("Re-run"), tr("Could not write %1.").arg(path));
            return;
        }
        file.write(csvLine(m_header));
        Step step;
        for (const RowResult *result : std::as_const(failed)) {
            QStringList cells = result->cells;
            while (cells.size() < m_header.size())
                cells.append(QString());
            file.write(csvLine(cells.mid(0, m_header.size())));
            step.rowMap.append(result->row);
        }
        if (!file.commit()) {
            MessageBoxes::warning(this, tr("Re-run"), tr("Could not write %1.").arg(path));
            return;
        }
        step.config = m_config;
        step.config.actions = {m_config.actions.at(actionIndex)};
        step.config.source = SourceConfig {};
        step.config.source.type = SourceConfig::Type::Csv;
        step.config.source.path = path;
        steps.append(step);
    }
    if (steps.isEmpty())
        return;
    const JobConfig original = m_config;
    const QStringList header = m_header;
    m_model->clear();
    m_summary = {};
    m_steps = steps;
    m_config = original;
    m_header = header;
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    m_outputDir = QDir(base).filePath(
        QStringLiteral("runs/") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))
        + QStringLiteral("-rerun"));
    QDir().mkpath(m_outputDir);
    m_title->setText(
        tr("Re-running the failed rows of %1…").arg(m_config.name.isEmpty() ? tr("the job") : m_config.name));
    Q_EMIT started();
    startNext();
}

} // namespace sfsync
