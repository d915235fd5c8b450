#include "mainwindow.h"

#include "core/version.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace sfsync {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("sfsync"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sfsync.svg")));

    m_emptyState = new QLabel(tr("Sign in or open the local org to start."), this);
    m_emptyState->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    setCentralWidget(m_emptyState);

    createActions();
    statusBar()->showMessage(tr("Not connected"));
    resize(1100, 720);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About sfsync"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About sfsync"),
                       tr("<h3>sfsync %1</h3><p>Push data into Salesforce: create, update, upsert and "
                          "delete records from CSV, NDJSON or SQLite, with a preview of every change.</p>")
                           .arg(AppInfo::version()));
}

} // namespace sfsync
