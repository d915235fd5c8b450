#pragma once

#include <QMainWindow>
#include <QStringList>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;

namespace sfsync {

class ConnectionsPage;
class JobDocument;
class JobEditor;
class MetadataBrowser;
class PreviewView;
class RunView;
class OrgSession;
class SignInController;
struct LimitInfo;

// The desktop app's main window: one tab per step (org, objects, job, preview, run), the job's file
// commands, and the current org with its API usage always in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { ConnectionsTab, ObjectsTab, JobTab, PreviewTab, RunTab };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] OrgSession *session() const { return m_session; }
    [[nodiscard]] JobDocument *document() const { return m_document; }
    [[nodiscard]] SignInController *signInController() const { return m_signIn; }
    [[nodiscard]] ConnectionsPage *connectionsPage() const { return m_connections; }
    [[nodiscard]] MetadataBrowser *metadataBrowser() const { return m_browser; }
    [[nodiscard]] JobEditor *jobEditor() const { return m_jobEditor; }
    [[nodiscard]] PreviewView *previewView() const { return m_preview; }
    [[nodiscard]] RunView *runView() const { return m_run; }

    void showPage(Page page);
    [[nodiscard]] Page currentPage() const;

    // The `sfsync-run` command line that runs the saved job against the current org (no secret in it).
    [[nodiscard]] QString runCommand() const;
    [[nodiscard]] QStringList recentConfigs() const;

public Q_SLOTS:
    void newConfig();
    bool openConfig(const QString &path = QString());
    // A Data Loader .sdl mapping file (asks for object and operation) or process-conf.xml (asks which process
    // when it holds several) as a new, unsaved job; the settings not carried over are shown.
    bool openDataLoader(const QString &path);
    bool saveConfig();
    bool saveConfigAs();
    bool importConfig(const QString &path = QString());
    bool exportConfig(const QString &path = QString());
    void copyRunCommand();
    void startPreview();
    void startRun();
    void openLocalOrg();
    // True when it is fine to drop the current job (saved, discarded, or nothing to lose).
    bool maybeSave();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updateTitle();
    void updateSessionStatus();
    void updateActions();
    void addRecent(const QString &path);
    void rebuildRecentMenu();
    void restoreLayout();
    void saveLayout();
    void showAbout();

    OrgSession *m_session = nullptr;
    SignInController *m_signIn = nullptr;
    JobDocument *m_document = nullptr;
    QTabWidget *m_tabs = nullptr;
    ConnectionsPage *m_connections = nullptr;
    MetadataBrowser *m_browser = nullptr;
    JobEditor *m_jobEditor = nullptr;
    PreviewView *m_preview = nullptr;
    RunView *m_run = nullptr;

    QLabel *m_orgLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_apiLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_previewAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_refreshAction = nullptr;
};

} // namespace sfsync
