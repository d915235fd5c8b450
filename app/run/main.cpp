#include "runner.h"

#include "app/embeddedorg/localorgembedding.h"

#include "core/allocatortuning.h"
#include "core/salesforce/systemproxyfactory.h"
#include "core/translator.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QTimer>

int main(int argc, char *argv[])
{
    sfsync::AllocatorTuning::apply();
    QCoreApplication app(argc, argv);
    sfsync::AppInfo::applyTo(QStringLiteral("sfsync-run"));
    sfsync::Translator::install();
    sfsync::SystemProxyFactory::install();
    sfsync::installLocalOrgEmbedding();

    sfsync::Runner runner;
    if (const auto exitCode = runner.prepare(QCoreApplication::arguments())) {
        return sfsync::toInt(*exitCode);
    }
    QTimer::singleShot(0, &runner, &sfsync::Runner::start);
    return app.exec();
}
