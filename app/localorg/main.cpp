#include "core/version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    sfsync::AppInfo::applyTo(QStringLiteral("sfsync-localorg"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "sfsync-localorg: a Salesforce emulator on loopback."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
