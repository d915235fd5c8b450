#include "core/translator.h"
#include "core/version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    sfsync::AppInfo::applyTo(QStringLiteral("sfsync-run"));
    sfsync::Translator::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "sfsync-run: run sfsync jobs from the command line."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    parser.showHelp(0);
}
