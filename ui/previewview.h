#pragma once

#include "core/config/jobconfig.h"
#include "core/engine/syncjob.h"
#include "core/engine/syncsummary.h"

#include <QPointer>
#include <QWidget>

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
