#pragma once

#include "core/config/jobconfig.h"
#include "core/engine/syncjob.h"
#include "core/engine/syncsummary.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace sfsync {

class OutcomeFilterProxyModel;
class RowResultModel;
class OrgSession;

// The engine's preview of a job: every row's planned outcome, the records it matched, and field-by-field
// changes (current value -> new value). Nothing is written.
class PreviewView : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewView(OrgSession *session, QWidget *parent = nullptr);
    ~PreviewView() override;

    void start(const JobConfig &config);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_job != nullptr; }
    [[nodiscard]] RowResultModel *model() const { return m_model; }
    [[nodiscard]] SyncSummary lastSummary() const { return m_summary; }
    // Rows of hardDelete actions the last preview planned as deletes, when that preview ran to its end with
    // exactly `config` (nullopt otherwise: the count would not be this job's).
    [[nodiscard]] std::optional<qint64> plannedHardDeletes(const JobConfig &config) const;

Q_SIGNALS:
    void started();
    void finished(const sfsync::SyncSummary &summary);
    // "Run it" from the preview.
    void runRequested();

private:
    void updateCounts();
    void showDetails();
    void onFinished(const SyncSummary &summary);

    OrgSession *m_session;
    QPointer<SyncJob> m_job;
    SyncSummary m_summary;
    JobConfig m_config; // of the last preview
    RowResultModel *m_model;
    OutcomeFilterProxyModel *m_filter;

    QLabel *m_counts = nullptr;
    QLabel *m_status = nullptr;
    QComboBox *m_outcome = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_run = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_matches = nullptr;
    QTableWidget *m_changes = nullptr;
};

} // namespace sfsync
