#include "core/translator.h"
#include "core/version.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    sfsync::AppInfo::applyTo(QStringLiteral("sfsync"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sfsync.svg")));
    sfsync::Translator::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "sfsync: push data into Salesforce, with a preview of every change."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    sfsync::MainWindow window;
    window.show();
    return app.exec();
}
