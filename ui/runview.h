#pragma once

#include "core/config/jobconfig.h"
#include "core/engine/syncjob.h"
#include "core/engine/syncprogress.h"
#include "core/engine/syncsummary.h"

#include <QList>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace sfsync {

class OutcomeFilterProxyModel;
class RowResultModel;
class OrgSession;
struct SyncDecision;

// Runs a job: live progress (rows done, rows/s, API calls, time left), cancel, then a result per row with
// readable errors, the result files, record links, and a re-run of only the rows that did not succeed.
class RunView : public QWidget
{
    Q_OBJECT

public:
    explicit RunView(OrgSession *session, QWidget *parent = nullptr);
    ~RunView() override;

    // `sourceHeader` is the source's column names (for writing a re-run file).
    void start(const JobConfig &config, const QStringList &sourceHeader);
    void cancel();
    void rerunFailed();
    bool saveResults(const QString &path);
    bool saveErrors(const QString &path);

    [[nodiscard]] bool isRunning() const { return m_job != nullptr; }
    [[nodiscard]] RowResultModel *model() const { return m_model; }
    [[nodiscard]] SyncSummary lastSummary() const { return m_summary; }
    [[nodiscard]] QString outputDirectory() const { return m_outputDir; }
    [[nodiscard]] int failedRowCount() const;

Q_SIGNALS:
    void started();
    void finished(const sfsync::SyncSummary &summary);

private:
    struct Step
    {
        JobConfig config;
        QList<qint64> rowMap; // re-run row -> original row
    };
    void startNext();
    void onProgress(const SyncProgress &progress);
    void onDecision(const SyncDecision &decision);
    void onFinished(const SyncSummary &summary);
    void updateButtons();
    void openSelectedRecord();
    bool copyOutput(const QString &fileName, const QString &target);

    OrgSession *m_session;
    QPointer<SyncJob> m_job;
    QList<Step> m_steps;
    JobConfig m_config;
    QStringList m_header;
    SyncSummary m_summary;
    QString m_outputDir;
    RowResultModel *m_model;
    OutcomeFilterProxyModel *m_filter;

    QLabel *m_title = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_stats = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QPushButton *m_cancel = nullptr;
    QComboBox *m_outcome = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_saveResults = nullptr;
    QPushButton *m_saveErrors = nullptr;
    QPushButton *m_openRecord = nullptr;
    QPushButton *m_rerun = nullptr;
};

} // namespace sfsync
