#include "mainwindow.h"

#include "connectionspage.h"
#include "core/salesforce/orgsession.h"
#include "dataloaderimportdialog.h"
#include "filedialogs.h"
#include "harddeleteconfirmation.h"
#include "jobdocument.h"
#include "jobeditor.h"
#include "messageboxes.h"
#include "metadatabrowser.h"
#include "previewview.h"
#include "runview.h"
#include "signincontroller.h"
#include "uiicons.h"
#include "uilogging.h"

#include "core/config/dataloader/dataloaderimport.h"
#include "core/salesforce/connection.h"
#include "core/salesforce/restclient.h"
#include "core/version.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>

namespace sfsync {

namespace {
constexpr int MaxRecent = 8;
const QString RecentKey = QStringLiteral("recentConfigs");

QString shellQuote(const QString &text)
{
    static const QString safe =
        QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:@");
    bool plain = !text.isEmpty();
    for (const QChar c : text)
        plain = plain && safe.contains(c);
    if (plain)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString jsonFilter()
{
    return MainWindow::tr("Job configs (*.json);;All files (*)");
}

QString openFilter()
{
    return MainWindow::tr(
        "Job configs and Data Loader files (*.json *.sdl *.xml);;Job configs (*.json);;Data Loader "
        "mapping files (*.sdl);;Data Loader process-conf.xml (*.xml);;All files (*)");
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new OrgSession(this))
    , m_signIn(new SignInController(m_session, this))
    , m_document(new JobDocument(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(UiIcons::appIcon());

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_connections = new ConnectionsPage(m_session, m_signIn, m_tabs);
    m_browser = new MetadataBrowser(m_tabs);
    m_jobEditor = new JobEditor(m_document, m_tabs);
    m_preview = new PreviewView(m_session, m_tabs);
    m_run = new RunView(m_session, m_tabs);
    m_tabs->addTab(m_connections, UiIcons::icon(UiIcons::Org), tr("&1 Org"));
    m_tabs->addTab(m_browser, UiIcons::icon(UiIcons::Objects), tr("&2 Objects"));
    m_tabs->addTab(m_jobEditor, UiIcons::icon(UiIcons::Job), tr("&3 Job"));
    m_tabs->addTab(m_preview, UiIcons::icon(UiIcons::Preview), tr("&4 Preview"));
    m_tabs->addTab(m_run, UiIcons::icon(UiIcons::Run), tr("&5 Run"));
    setCentralWidget(m_tabs);

    m_orgLabel = new QLabel(this);
    m_orgLabel->setObjectName(QStringLiteral("sessionOrg"));
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("sessionUser"));
    m_apiLabel = new QLabel(this);
    m_apiLabel->setObjectName(QStringLiteral("sessionApiUsage"));
    statusBar()->addPermanentWidget(m_orgLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_apiLabel);

    createActions();

    connect(m_session, &OrgSession::connectedChanged, this, [this](bool connected) {
        m_browser->setMetadataService(m_session->metadata());
        m_jobEditor->setMetadataService(m_session->metadata());
        if (m_session->rest())
            connect(m_session->rest(), &RestClient::limitInfoChanged, this, &MainWindow::updateSessionStatus);
        updateSessionStatus();
        updateActions();
        if (connected && currentPage() == ConnectionsTab)
            showPage(ObjectsTab);
        statusBar()->showMessage(connected ? tr("Connected to %1").arg(m_session->title()) : tr("Signed out"),
                                 5000);
    });
    connect(m_session, &OrgSession::apiCallsChanged, this, &MainWindow::updateSessionStatus);
    connect(m_browser, &MetadataBrowser::useObjectRequested, this, [this](const QString &object) {
        m_jobEditor->useObject(object);
        showPage(JobTab);
    });
    connect(m_document, &JobDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &JobDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &JobDocument::changed, this, &MainWindow::updateTitle);
    connect(m_jobEditor, &JobEditor::issuesChanged, this, &MainWindow::updateActions);
    connect(m_preview, &PreviewView::runRequested, this, &MainWindow::startRun);
    connect(m_preview, &PreviewView::started, this, &MainWindow::updateActions);
    connect(m_preview, &PreviewView::finished, this, &MainWindow::updateActions);
    connect(m_run, &RunView::started, this, &MainWindow::updateActions);
    connect(m_run, &RunView::finished, this, &MainWindow::updateActions);
    connect(m_run, &RunView::finished, this, &MainWindow::updateSessionStatus);

    updateTitle();
    updateSessionStatus();
    updateActions();
    resize(1180, 780);
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // The views may hold a job that talks through the session's client: they go before the session.
    delete m_tabs;
    m_tabs = nullptr;
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    auto add = [this](QMenu *menu, const QString &name, const QString &text, auto slot,
                      const QKeySequence &shortcut = {}, const QIcon &icon = {}) {
        QAction *action = menu->addAction(icon, text);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    QAction *newAction = add(
        fileMenu, QStringLiteral("actionNew"), tr("&New job"), [this] { newConfig(); }, QKeySequence::New,
        UiIcons::icon(UiIcons::New));
    QAction *openAction = add(
        fileMenu, QStringLiteral("actionOpen"), tr("&Open job…"), [this] { openConfig(); },
        QKeySequence::Open, UiIcons::icon(UiIcons::Open));
    m_recentMenu = fileMenu->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    QAction *saveAction = add(
        fileMenu, QStringLiteral("actionSave"), tr("&Save"), [this] { saveConfig(); }, QKeySequence::Save,
        UiIcons::icon(UiIcons::Save));
    add(
        fileMenu, QStringLiteral("actionSaveAs"), tr("Save &as…"), [this] { saveConfigAs(); },
        QKeySequence::SaveAs);
    fileMenu->addSeparator();
    add(fileMenu, QStringLiteral("actionImport"), tr("&Import job (JSON)…"), [this] { importConfig(); });
    add(fileMenu, QStringLiteral("actionExport"), tr("&Export job (JSON)…"), [this] { exportConfig(); });
    add(
        fileMenu, QStringLiteral("actionCopyCommand"), tr("&Copy the sfsync-run command"),
        [this] { copyRunCommand(); }, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    fileMenu->addSeparator();
    QAction *quit = add(
        fileMenu, QStringLiteral("actionQuit"), tr("&Quit"), [this] { close(); }, QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);

    QMenu *orgMenu = menuBar()->addMenu(tr("O&rg"));
    add(
        orgMenu, QStringLiteral("actionOpenLocalOrg"), tr("Open &local org (offline demo)"),
        [this] { openLocalOrg(); }, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
        UiIcons::icon(UiIcons::Org));
    m_refreshAction = add(
        orgMenu, QStringLiteral("actionRefreshMetadata"), tr("&Refresh objects and fields"),
        [this] { m_browser->refresh(); }, QKeySequence::Refresh, UiIcons::icon(UiIcons::Refresh));
    m_signOutAction =
        add(orgMenu, QStringLiteral("actionSignOut"), tr("Sign &out"), [this] { m_connections->signOut(); });

    QMenu *jobMenu = menuBar()->addMenu(tr("&Job"));
    m_previewAction = add(
        jobMenu, QStringLiteral("actionPreview"), tr("&Preview"), [this] { startPreview(); },
        QKeySequence(Qt::CTRL | Qt::Key_P), UiIcons::icon(UiIcons::Preview));
    m_runAction = add(
        jobMenu, QStringLiteral("actionRun"), tr("&Run"), [this] { startRun(); },
        QKeySequence(Qt::CTRL | Qt::Key_R), UiIcons::icon(UiIcons::Run));
    m_cancelAction = add(
        jobMenu, QStringLiteral("actionCancel"), tr("&Cancel"),
        [this] {
            m_preview->cancel();
            m_run->cancel();
        },
        QKeySequence(Qt::CTRL | Qt::Key_Period), UiIcons::icon(UiIcons::Cancel));

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    const QStringList pages = {tr("Org"), tr("Objects"), tr("Job"), tr("Preview"), tr("Run")};
    for (int i = 0; i < pages.size(); ++i) {
        QAction *action = viewMenu->addAction(pages.at(i));
        action->setObjectName(QStringLiteral("actionShowPage%1").arg(i + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { showPage(Page(i)); });
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    add(helpMenu, QStringLiteral("actionAbout"), tr("&About sfsync"), [this] { showAbout(); });
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("actionAboutQt"));

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(newAction);
    toolBar->addAction(openAction);
    toolBar->addAction(saveAction);
    toolBar->addSeparator();
    toolBar->addAction(undo);
    toolBar->addAction(redo);
    toolBar->addSeparator();
    toolBar->addAction(m_previewAction);
    toolBar->addAction(m_runAction);
    toolBar->addAction(m_cancelAction);
    rebuildRecentMenu();
}

void MainWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] \u2014 sfsync").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateSessionStatus()
{
    if (!m_session->isConnected()) {
        m_orgLabel->setText(tr("Not connected"));
        m_userLabel->clear();
        m_apiLabel->clear();
        return;
    }
    m_orgLabel->setText(m_session->title());
    m_orgLabel->setToolTip(m_session->instanceUrl().toString());
    m_userLabel->setText(m_session->username());
    const LimitInfo limits = m_session->limitInfo();
    if (limits.isKnown())
        m_apiLabel->setText(tr("API usage %L1 / %L2 today").arg(limits.used).arg(limits.max));
    else
        m_apiLabel->setText(tr("API usage: not known yet"));
    m_apiLabel->setToolTip(tr("Requests counted against the org's daily limit (Sforce-Limit-Info); %n sent "
                              "by this window",
                              nullptr, m_session->apiCalls()));
}

void MainWindow::updateActions()
{
    const bool connected = m_session->isConnected();
    const bool busy = m_preview->isRunning() || m_run->isRunning();
    m_previewAction->setEnabled(connected && !busy);
    m_runAction->setEnabled(connected && !busy);
    m_cancelAction->setEnabled(busy);
    m_signOutAction->setEnabled(connected && !busy);
    m_refreshAction->setEnabled(connected);
    const QString why = connected ? QString() : tr("Sign in or open the local org first");
    m_previewAction->setToolTip(why.isEmpty() ? tr("Show what the job would change, without writing") : why);
    m_runAction->setToolTip(why.isEmpty() ? tr("Write the job's changes to the org") : why);
}

void MainWindow::openLocalOrg()
{
    showPage(ConnectionsTab);
    m_connections->openLocalOrg();
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = MessageBoxes::question(
        this, tr("Unsaved changes"),
        tr("The job \"%1\" has unsaved changes. Save them?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveConfig();
    return answer == QMessageBox::Discard;
}

void MainWindow::newConfig()
{
    if (!maybeSave())
        return;
    m_document->newJob();
    showPage(JobTab);
}

bool MainWindow::openConfig(const QString &givenPath)
{
    if (!maybeSave())
        return false;
    QString path = givenPath;
    if (path.isEmpty()) {
        const QStringList recent = recentConfigs();
        const QString dir = recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.first()).absolutePath();
        path = FileDialogs::openFile(this, tr("Open job"), dir, openFilter());
        if (path.isEmpty())
            return false;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("sdl") || suffix == QLatin1String("xml"))
        return openDataLoader(path);
    ConfigIssues issues;
    if (!m_document->open(path, &issues)) {
        QStringList lines;
        for (const ConfigIssue &issue : std::as_const(issues))
            lines.append(issue.toString());
        MessageBoxes::warning(this, tr("Open job"),
                              tr("%1 cannot be opened:\n%2").arg(path, lines.join(QLatin1Char('\n'))));
        return false;
    }
    addRecent(m_document->filePath());
    showPage(JobTab);
    statusBar()->showMessage(tr("Opened %1").arg(m_document->filePath()), 5000);
    return true;
}

bool MainWindow::openDataLoader(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    const bool sdl = QFileInfo(path).suffix().compare(QLatin1String("sdl"), Qt::CaseInsensitive) == 0;
    ConfigIssues issues;
    std::optional<DataLoaderJob> job;
    if (sdl) {
        DataLoaderImportDialog dialog(fileName, {}, this);
        if (!dialog.ask())
            return false;
        job = DataLoaderImport::fromSdl(path, dialog.object(), dialog.operation(), dialog.externalIdField(),
                                        {}, &issues);
    } else {
        QString bean;
        const QStringList beans = DataLoaderImport::processNames(path);
        if (beans.size() > 1) {
            DataLoaderImportDialog dialog(fileName, beans, this);
            if (!dialog.ask())
                return false;
            bean = dialog.bean();
        }
        job = DataLoaderImport::fromProcessConf(path, bean, &issues);
    }
    if (!job) {
        QStringList lines;
        for (const ConfigIssue &issue : std::as_const(issues))
            lines.append(issue.toString());
        MessageBoxes::warning(this, tr("Import from Data Loader"),
                              tr("%1 cannot be imported:\n%2").arg(fileName, lines.join(QLatin1Char('\n'))));
        return false;
    }
    // A new, unsaved job: saving must never overwrite the Data Loader file.
    m_document->reset(JobConfig {}, QString());
    m_document->apply(job->config, tr("Import %1").arg(fileName));
    showPage(JobTab);
    QStringList lines;
    for (const DataLoaderNote &note : std::as_const(job->notes))
        lines.append(note.value.isEmpty() ? tr("%1: %2").arg(note.where, note.why)
                                          : tr("%1 = %2: %3").arg(note.where, note.value, note.why));
    lines.append(job->hints);
    if (!lines.isEmpty())
        MessageBoxes::information(this, tr("Import from Data Loader"),
                                  tr("The job was made from %1. Not carried over:\n%2")
                                      .arg(fileName, lines.join(QLatin1Char('\n'))));
    statusBar()->showMessage(tr("Imported %1: save the job to keep it").arg(fileName), 5000);
    return true;
}

bool MainWindow::saveConfig()
{
    if (m_document->filePath().isEmpty())
        return saveConfigAs();
    QString error;
    if (!m_document->saveAs(m_document->filePath(), &error)) {
        MessageBoxes::warning(this, tr("Save job"), tr("The job was not saved: %1").arg(error));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_document->filePath()), 5000);
    return true;
}

bool MainWindow::saveConfigAs()
{
    const QString suggested = m_document->filePath().isEmpty()
        ? QDir::home().filePath(QStringLiteral("job.json"))
        : m_document->filePath();
    QString path = FileDialogs::saveFile(this, tr("Save job as"), suggested, jsonFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".json");
    QString error;
    if (!m_document->saveAs(path, &error)) {
        MessageBoxes::warning(this, tr("Save job"), tr("The job was not saved: %1").arg(error));
        return false;
    }
    addRecent(m_document->filePath());
    statusBar()->showMessage(tr("Saved %1").arg(m_document->filePath()), 5000);
    return true;
}

bool MainWindow::importConfig(const QString &givenPath)
{
    if (!maybeSave())
        return false;
    QString path = givenPath;
    if (path.isEmpty())
        path = FileDialogs::openFile(this, tr("Import job"), QDir::homePath(), jsonFilter());
    if (path.isEmpty())
        return false;
    ConfigIssues issues;
    const JobConfig config = JobConfig::load(path, &issues);
    if (!issues.isEmpty()) {
        QStringList lines;
        for (const ConfigIssue &issue : std::as_const(issues))
            lines.append(issue.toString());
        MessageBoxes::warning(this, tr("Import job"),
                              tr("%1 cannot be imported:\n%2").arg(path, lines.join(QLatin1Char('\n'))));
        return false;
    }
    // An import is a new, unsaved job: saving must not overwrite the file it came from.
    JobConfig imported = config;
    if (!imported.source.path.isEmpty())
        imported.source.path = QFileInfo(config.resolvedSourcePath()).absoluteFilePath();
    m_document->reset(JobConfig {}, QString());
    m_document->apply(imported, tr("Import %1").arg(QFileInfo(path).fileName()));
    showPage(JobTab);
    return true;
}

bool MainWindow::exportConfig(const QString &givenPath)
{
    QString path = givenPath;
    if (path.isEmpty())
        path = FileDialogs::saveFile(this, tr("Export job"),
                                     QDir::home().filePath(QStringLiteral("job-export.json")), jsonFilter());
    if (path.isEmpty())
        return false;
    QString error;
    if (!m_document->exportTo(path, &error)) {
        MessageBoxes::warning(this, tr("Export job"), tr("The job was not exported: %1").arg(error));
        return false;
    }
    statusBar()->showMessage(tr("Exported to %1 (no tokens or passwords are ever in a job file)").arg(path),
                             5000);
    return true;
}

QString MainWindow::runCommand() const
{
    QStringList args = {QStringLiteral("sfsync-run"), QStringLiteral("run")};
    args.append(
        shellQuote(m_document->filePath().isEmpty() ? QStringLiteral("JOB.json") : m_document->filePath()));
    switch (m_session->kind()) {
    case OrgSession::Kind::LocalOrg:
        args.append(QStringLiteral("--local-org"));
        break;
    case OrgSession::Kind::Profile:
        args.append(QStringLiteral("--profile"));
        args.append(shellQuote(m_session->profileName()));
        break;
    case OrgSession::Kind::None:
    case OrgSession::Kind::Direct: // a connection without a saved profile: the user names one
        args.append(QStringLiteral("--profile"));
        args.append(QStringLiteral("NAME"));
        break;
    }
    args.append(QStringLiteral("--out"));
    args.append(QStringLiteral("results"));
    return args.join(QLatin1Char(' '));
}

void MainWindow::copyRunCommand()
{
    if (m_document->filePath().isEmpty() || m_document->isModified()) {
        const auto answer = MessageBoxes::question(
            this, tr("Copy command"), tr("sfsync-run reads the saved job file. Save the job now?"),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
        if (answer != QMessageBox::Save || !saveConfig())
            return;
    }
    const QString command = runCommand();
    QGuiApplication::clipboard()->setText(command);
    statusBar()->showMessage(tr("Copied: %1").arg(command), 8000);
}

void MainWindow::startPreview()
{
    if (!m_session->isConnected()) {
        showPage(ConnectionsTab);
        return;
    }
    showPage(PreviewTab);
    m_preview->start(m_document->config());
}

void MainWindow::startRun()
{
    if (!m_session->isConnected()) {
        showPage(ConnectionsTab);
        return;
    }
    const ConfigIssues issues = m_jobEditor->issues();
    if (!issues.isEmpty()) {
        QStringList lines;
        for (const ConfigIssue &issue : issues.mid(0, 8))
            lines.append(issue.toString());
        MessageBoxes::warning(this, tr("Run"),
                              tr("Fix these problems first:\n%1").arg(lines.join(QLatin1Char('\n'))));
        showPage(JobTab);
        return;
    }
    const JobConfig config = m_document->config();
    if (HardDeleteConfirmation::needed(config)) {
        // Records erased for good: asked whatever the org, with the count at stake.
        if (!HardDeleteConfirmation::ask(this, config, m_preview->plannedHardDeletes(config)))
            return;
    } else if (m_session->kind() != OrgSession::Kind::LocalOrg) {
        const auto answer = MessageBoxes::question(
            this, tr("Run"),
            tr("Write the changes of \"%1\" to %2?").arg(m_document->config().name, m_session->title()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    showPage(RunTab);
    m_run->start(m_document->config(), m_jobEditor->sourcePreview().header);
}

QStringList MainWindow::recentConfigs() const
{
    return QSettings().value(RecentKey).toStringList();
}

void MainWindow::addRecent(const QString &path)
{
    QStringList recent = recentConfigs();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    QSettings().setValue(RecentKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentConfigs();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *action =
            m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(path);
        action->setObjectName(QStringLiteral("actionRecent%1").arg(i + 1));
        connect(action, &QAction::triggered, this, [this, path] { openConfig(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    const QList<QSplitter *> splitters = findChildren<QSplitter *>();
    for (QSplitter *splitter : splitters) {
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(
                settings.value(QStringLiteral("splitter/") + splitter->objectName()).toByteArray());
    }
    settings.endGroup();
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    const QList<QSplitter *> splitters = findChildren<QSplitter *>();
    for (QSplitter *splitter : splitters) {
        if (!splitter->objectName().isEmpty())
            settings.setValue(QStringLiteral("splitter/") + splitter->objectName(), splitter->saveState());
    }
    settings.endGroup();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_run->isRunning()) {
        const auto answer =
            MessageBoxes::question(this, tr("Quit"), tr("A run is in progress. Cancel it and quit?"),
                                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_run->cancel();
    }
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

void MainWindow::showAbout()
{
    const QString text = tr("<h3>sfsync %1</h3><p>Push data into Salesforce: create, update, upsert and "
                            "delete records from CSV, "
                            "NDJSON or SQLite, with a preview of every change and a result for every row.</p>"
                            "<p>Built with Qt %2.</p>")
                             .arg(AppInfo::version(), QString::fromLatin1(qVersion()));
    if (MessageBoxes::testMode()) {
        MessageBoxes::information(this, tr("About sfsync"), text);
        return;
    }
    QMessageBox::about(this, tr("About sfsync"), text);
}

} // namespace sfsync
