#include "app/embeddedorg/localorgembedding.h"
#include "core/allocatortuning.h"
#include "core/installpaths.h"
#include "core/salesforce/systemproxyfactory.h"
#include "core/translator.h"
#include "core/version.h"
#include "ui/mainwindow.h"
#include "ui/screenshottour.h"
#include "ui/uiicons.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

namespace {
// The bundled sample job, for `sfsync --local-org` without a job: beside the working folder (scripts/run.sh
// runs from the repository), where it was installed (share/sfsync/samples), or in the source tree this
// binary was built from.
QString sampleJob()
{
    const QStringList candidates = {
        QDir::current().filePath(QStringLiteral("resources/samples/contacts-job.json")),
        sfsync::InstallPaths::samplesDir() + QStringLiteral("/contacts-job.json"),
        QStringLiteral(SFSYNC_SAMPLES_DIR "/contacts-job.json"),
    };
    for (const QString &path : candidates) {
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}
} // namespace

int main(int argc, char *argv[])
{
    sfsync::AllocatorTuning::apply();
    QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    sfsync::AppInfo::applyTo(QStringLiteral("sfsync"));
    // The .desktop file's name: Wayland compositors and docks match the window to it (and to its icon).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.sfsync.sfsync"));
    QApplication::setWindowIcon(sfsync::UiIcons::appIcon());
    sfsync::Translator::install();
    sfsync::SystemProxyFactory::install();
    sfsync::installLocalOrgEmbedding();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "sfsync: push data into Salesforce, with a preview of every change."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption localOrg(
        QStringLiteral("local-org"),
        QCoreApplication::translate("main",
                                    "Open the local org (offline demo) and the sample job at start."));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QCoreApplication::translate("main", "Save a screenshot of each main screen into DIR, then quit."),
        QStringLiteral("DIR"));
    parser.addOption(localOrg);
    parser.addOption(screenshots);
    parser.addPositionalArgument(QStringLiteral("job"),
                                 QCoreApplication::translate("main", "A job config (JSON) to open."),
                                 QStringLiteral("[job]"));
    parser.process(app);

    sfsync::MainWindow window;
    window.show();

    QString job = parser.positionalArguments().value(0);
    const bool demo = parser.isSet(localOrg) || parser.isSet(screenshots);
    if (job.isEmpty() && demo)
        job = sampleJob();
    if (demo)
        window.openLocalOrg();
    if (!job.isEmpty())
        window.openConfig(QFileInfo(job).absoluteFilePath());

    if (parser.isSet(screenshots)) {
        auto *tour = new sfsync::ScreenshotTour(&window, parser.value(screenshots), &window);
        QObject::connect(tour, &sfsync::ScreenshotTour::finished, &app,
                         [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
        tour->start();
    }
    return app.exec();
}
