#include "previewview.h"

#include "core/salesforce/orgsession.h"
#include "rowresultmodel.h"
#include "rowtablesetup.h"
#include "urlopener.h"

#include "core/engine/syncjob.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sfsync {

namespace {
const QStringList &planKeys()
{
    static const QStringList keys = {QStringLiteral("create"),    QStringLiteral("update"),
                                     QStringLiteral("unchanged"), QStringLiteral("delete"),
                                     QStringLiteral("ambiguous"), QStringLiteral("not_found"),
                                     QStringLiteral("invalid")};
    return keys;
}
} // namespace

PreviewView::PreviewView(OrgSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new RowResultModel(RowResultModel::Kind::Preview, this))
    , m_filter(new OutcomeFilterProxyModel(this))
{
    setObjectName(QStringLiteral("previewView"));
    m_filter->setSourceModel(m_model);

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("previewCounts"));
    m_counts->setTextFormat(Qt::RichText);
    m_status = new QLabel(tr("Preview a job to see what it would change. Nothing is written."), this);
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setWordWrap(true);
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("previewFilter"));
    m_outcome->addItem(tr("All rows"), QString());
    for (const QString &key : planKeys())
        m_outcome->addItem(RowResultModel::keyLabel(key), key);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("previewSearch"));
    m_search->setPlaceholderText(tr("Search rows"));
    m_search->setClearButtonEnabled(true);
    m_cancel = new QPushButton(tr("Stop"), this);
    m_cancel->setObjectName(QStringLiteral("cancelPreview"));
    m_cancel->setEnabled(false);
    m_run = new QPushButton(tr("Run this job…"), this);
    m_run->setObjectName(QStringLiteral("runFromPreview"));
    m_run->setEnabled(false);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setModel(m_filter);
    setUpRowTable(m_table);
    m_table->setColumnWidth(RowResultModel::PRow, 60);
    m_table->setColumnWidth(RowResultModel::PAction, 150);
    m_table->setColumnWidth(RowResultModel::PPlanned, 90);
    m_table->setColumnWidth(RowResultModel::PMatches, 200);

    auto *details = new QWidget(this);
    m_matches = new QLabel(details);
    m_matches->setObjectName(QStringLiteral("previewMatches"));
    m_matches->setTextFormat(Qt::RichText);
    m_matches->setWordWrap(true);
    m_matches->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_changes = new QTableWidget(0, 3, details);
    m_changes->setObjectName(QStringLiteral("previewChanges"));
    m_changes->setHorizontalHeaderLabels({tr("Field"), tr("Current value"), tr("New value")});
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->verticalHeader()->hide();
    m_changes->horizontalHeader()->setStretchLastSection(true);
    m_changes->setColumnWidth(0, 180);
    m_changes->setColumnWidth(1, 320);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_matches);
    detailsLayout->addWidget(m_changes, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("previewSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *tools = new QHBoxLayout;
    tools->addWidget(new QLabel(tr("Show:"), this));
    tools->addWidget(m_outcome);
    tools->addWidget(m_search, 1);
    tools->addWidget(m_cancel);
    tools->addWidget(m_run);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addWidget(m_status);
    layout->addLayout(tools);
    layout->addWidget(splitter, 1);

    connect(m_outcome, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setOutcome(m_outcome->currentData().toString()); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_cancel, &QPushButton::clicked, this, &PreviewView::cancel);
    connect(m_run, &QPushButton::clicked, this, &PreviewView::runRequested);
    connect(m_model, &RowResultModel::countsChanged, this, &PreviewView::updateCounts);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PreviewView::showDetails);
    connect(m_matches, &QLabel::linkActivated, this,
            [this](const QString &id) { UrlOpener::open(m_session->recordUrl(id)); });
    updateCounts();
}

PreviewView::~PreviewView()
{
    delete m_job;
}

void PreviewView::start(const JobConfig &config)
{
    if (m_job || !m_session->isConnected())
        return;
    m_model->clear();
    m_summary = {};
    m_config = config;
    m_changes->setRowCount(0);
    m_matches->clear();
    auto *job = new SyncJob(config, m_session->rest(), m_session->metadata(), this);
    job->setMode(SyncJob::Mode::Preview);
    // The run asks about ambiguous rows (RunView), so it looks every upsert up and compares it with the
    // record: the preview plans the same way (unchanged rows included).
    job->setAmbiguityPolicy(SyncJob::AmbiguityPolicy::Ask);
    job->setJournalPath(QString());
    m_job = job;
    connect(job, &SyncJob::rowFinished, m_model, &RowResultModel::append);
    connect(job, &SyncJob::progress, this, [this](const SyncProgress &progress) {
        m_status->setText(tr("Planning… %n row(s) read", nullptr, int(progress.rowsRead)));
    });
    connect(job, &SyncJob::finished, this, &PreviewView::onFinished);
    m_cancel->setEnabled(true);
    m_run->setEnabled(false);
    m_status->setText(tr("Reading the source and looking up records…"));
    Q_EMIT started();
    job->start();
}

std::optional<qint64> PreviewView::plannedHardDeletes(const JobConfig &config) const
{
    if (m_job || m_summary.cancelled || !m_summary.preview || m_config.hash() != config.hash()
        || (m_summary.category != SyncSummary::Category::Ok
            && m_summary.category != SyncSummary::Category::RowsFailed))
        return std::nullopt;
    qint64 count = 0;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const RowResult &result = m_model->resultAt(i);
        if (result.plan == RowPlan::Delete
            && config.actions.value(result.actionIndex).operation == Action::Operation::HardDelete)
            ++count;
    }
    return count;
}

void PreviewView::cancel()
{
    if (m_job)
        m_job->cancel();
}

void PreviewView::onFinished(const SyncSummary &summary)
{
    m_model->flush();
    m_summary = summary;
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    m_cancel->setEnabled(false);
    QString text;
    switch (summary.category) {
    case SyncSummary::Category::Config: {
        QStringList lines;
        for (const ConfigIssue &issue : summary.configIssues)
            lines.append(issue.toString());
        text = tr("The job cannot run:\n%1").arg(lines.join(QLatin1Char('\n')));
        break;
    }
    case SyncSummary::Category::Auth:
    case SyncSummary::Category::Unreachable:
        text = tr("The preview stopped: %1").arg(summary.fatalError.toString());
        break;
    default:
        text = summary.cancelled
            ? tr("Preview stopped after %n row(s).", nullptr, int(summary.rows))
            : tr("Preview of %n row(s); nothing was written. %1 API call(s).", nullptr, int(summary.rows))
                  .arg(summary.apiCalls);
        break;
    }
    m_status->setText(text);
    m_run->setEnabled(summary.category == SyncSummary::Category::Ok
                      || summary.category == SyncSummary::Category::RowsFailed);
    updateCounts();
    Q_EMIT finished(summary);
}

void PreviewView::updateCounts()
{
    const QHash<QString, qint64> counts = m_model->counts();
    QStringList parts;
    for (const QString &key : planKeys()) {
        const qint64 count = counts.value(key);
        const bool bad = key == QLatin1String("ambiguous") || key == QLatin1String("not_found")
            || key == QLatin1String("invalid");
        const QString number = bad && count > 0
            ? QStringLiteral("<b style=\"color:#c62828\">%1</b>").arg(count)
            : QStringLiteral("<b>%1</b>").arg(count);
        parts.append(number + QLatin1Char(' ') + RowResultModel::keyLabel(key).toHtmlEscaped());
    }
    m_counts->setText(parts.join(QStringLiteral(" &nbsp;\u00b7&nbsp; ")));
}

void PreviewView::showDetails()
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    m_changes->setRowCount(0);
    if (!current.isValid()) {
        m_matches->clear();
        return;
    }
    const RowResult &result = m_model->resultAt(current.row());
    QStringList links;
    for (const QString &id : result.matches)
        links.append(QStringLiteral("<a href=\"%1\">%1</a>").arg(id.toHtmlEscaped()));
    if (result.plan == RowPlan::Ambiguous)
        m_matches->setText(tr("Row %1 matches %n records: %2", nullptr, int(result.matches.size()))
                               .arg(result.row)
                               .arg(links.join(QLatin1String(", "))));
    else if (!links.isEmpty() && result.plan == RowPlan::Delete
             && m_config.actions.value(result.actionIndex).operation == Action::Operation::HardDelete)
        m_matches->setText(tr("Row %1 matches %2: hard delete, it will be erased for good (no recycle bin)")
                               .arg(result.row)
                               .arg(links.join(QLatin1String(", "))));
    else if (!links.isEmpty())
        m_matches->setText(tr("Row %1 matches %2").arg(result.row).arg(links.join(QLatin1String(", "))));
    else if (!result.error.isEmpty())
        m_matches->setText(tr("Row %1: %2").arg(result.row).arg(result.error.toHtmlEscaped()));
    else
        m_matches->setText(tr("Row %1 matches no record.").arg(result.row));
    m_changes->setRowCount(int(result.changes.size()));
    for (int i = 0; i < result.changes.size(); ++i) {
        const FieldChange &change = result.changes.at(i);
        m_changes->setItem(i, 0, new QTableWidgetItem(change.field));
        m_changes->setItem(i, 1, new QTableWidgetItem(change.oldValue));
        auto *value = new QTableWidgetItem(change.unchanged ? tr("%1 (unchanged)").arg(change.newValue)
                                                            : change.newValue);
        if (!change.unchanged) {
            QFont font = value->font();
            font.setBold(true);
            value->setFont(font);
        }
        m_changes->setItem(i, 2, value);
    }
}

} // namespace sfsync
