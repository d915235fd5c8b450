#include "screenshottour.h"

#include "core/salesforce/orgsession.h"
#include "jobeditor.h"
#include "mainwindow.h"
#include "messageboxes.h"
#include "metadatabrowser.h"
#include "previewview.h"
#include "rowresultmodel.h"
#include "runview.h"
#include "uilogging.h"

#include <QDir>
#include <QPixmap>
#include <QTableView>
#include <QTimer>

namespace sfsync {

ScreenshotTour::ScreenshotTour(MainWindow *window, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(directory)
{ }

void ScreenshotTour::start()
{
    QDir().mkpath(m_directory);
    m_window->resize(1280, 860);
    QTimer::singleShot(500, this, &ScreenshotTour::step);
}

void ScreenshotTour::capture(const QString &name)
{
    const QString path = QDir(m_directory).filePath(name + QStringLiteral(".png"));
    if (!m_window->grab().save(path))
        qCWarning(lcUi) << "could not save" << path;
    else
        qCInfo(lcUi) << "saved" << path;
}

void ScreenshotTour::fail(const QString &why)
{
    qCWarning(lcUi) << "screenshot tour failed:" << why;
    Q_EMIT finished(false);
}

void ScreenshotTour::step()
{
    // Each step waits for what the previous one started, then lets the window paint before capturing.
    auto next = [this](int delayMs = 400) {
        QTimer::singleShot(delayMs, this, &ScreenshotTour::step);
    };
    switch (m_step++) {
    case 0:
        if (!m_window->session()->isConnected())
            m_window->openLocalOrg();
        m_window->showPage(MainWindow::ConnectionsTab);
        next();
        break;
    case 1:
        capture(QStringLiteral("01-org"));
        m_window->showPage(MainWindow::ObjectsTab);
        m_window->metadataBrowser()->selectObject(QStringLiteral("Contact"));
        connect(
            m_window->metadataBrowser(), &MetadataBrowser::fieldsLoaded, this, [next] { next(); },
            Qt::SingleShotConnection);
        break;
    case 2:
        capture(QStringLiteral("02-objects"));
        m_window->showPage(MainWindow::JobTab);
        next(1500);
        break;
    case 3:
        capture(QStringLiteral("03-job"));
        connect(
            m_window->previewView(), &PreviewView::finished, this, [next] { next(); },
            Qt::SingleShotConnection);
        m_window->startPreview();
        break;
    case 4: {
        // Show an ambiguous row's matches in the detail pane, the preview's most telling case.
        auto *table = m_window->previewView()->findChild<QTableView *>(QStringLiteral("previewTable"));
        const QAbstractItemModel *model = table->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(RowResultModel::OutcomeKeyRole).toString()
                == QLatin1String("ambiguous")) {
                table->selectRow(row);
                break;
            }
        }
        next();
        break;
    }
    case 5:
        capture(QStringLiteral("04-preview"));
        connect(
            m_window->runView(), &RunView::finished, this, [next] { next(); }, Qt::SingleShotConnection);
        // The sample has an ambiguous row: answer "write the others" without a modal box.
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        m_window->startRun();
        break;
    case 6:
        capture(QStringLiteral("05-run"));
        Q_EMIT finished(true);
        break;
    default:
        break;
    }
}

} // namespace sfsync
