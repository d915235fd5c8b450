// sfsync-bench: API calls, wall time, throughput and peak memory of sfsync against the reference strategy and
// jsforce on the same data, against a local org with injected latency (docs/performance.md).
#include "benchdata.h"
#include "benchoptions.h"
#include "benchrunner.h"
#include "contenderprocess.h"
#include "cpupath.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUrl>
#include <cstdio>

using namespace sfsync::bench;

namespace {

bool parse(const QCoreApplication &app, BenchOptions *options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Syncs the same generated data with every contender against a local org with injected "
                       "latency and prints API calls, wall time, rows/s and peak RSS per contender."));
    parser.addHelpOption();
    const QCommandLineOption rows(QStringLiteral("rows"),
                                  QStringLiteral("Source rows (default 5000; 200000 with --cpu-only)."),
                                  QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
                                     QStringLiteral("Latency the org adds to every call (default 10)."),
                                     QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                         QStringLiteral("Calls in flight, for every contender (default 4)."),
                                         QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Also write the figures to FILE."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption cpuOnly(QStringLiteral("cpu-only"),
                                     QStringLiteral("Only the engine's CPU path (read CSV, map, type, build "
                                                    "queries), in rows per CPU second."));
    const QCommandLineOption only(
        QStringLiteral("only"),
        QStringLiteral("Run only these contenders: reference,rest,rest-plain,bulk,jsforce,rest-rerun,"
                       "rest-rerun10,bulk-rerun,bulk-rerun10."),
        QStringLiteral("LIST"));
    const QCommandLineOption writeCsv(QStringLiteral("write-csv"),
                                      QStringLiteral("Only write the generated source rows to FILE (columns "
                                                     "email,legacy_id,first_name,last_name) and exit."),
                                      QStringLiteral("FILE"));
    // Internal: the child processes.
    QCommandLineOption contender(QStringLiteral("contender"), QString(), QStringLiteral("NAME"));
    QCommandLineOption url(QStringLiteral("instance-url"), QString(), QStringLiteral("URL"));
    QCommandLineOption csv(QStringLiteral("csv"), QString(), QStringLiteral("FILE"));
    QCommandLineOption workDir(QStringLiteral("work-dir"), QString(), QStringLiteral("DIR"));
    for (QCommandLineOption *hidden : {&contender, &url, &csv, &workDir})
        hidden->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions(
        {rows, latency, concurrency, json, cpuOnly, only, writeCsv, contender, url, csv, workDir});
    parser.process(app);

    bool ok = true;
    auto number = [&](const QCommandLineOption &o, int min) {
        bool good = false;
        const int v = parser.value(o).toInt(&good);
        if (!good || v < min) {
            std::fprintf(stderr, "--%s must be a number >= %d\n", qPrintable(o.names().first()), min);
            ok = false;
        }
        return v;
    };
    options->rows = number(rows, 1);
    // The CPU path needs more rows than the API contenders for a stable figure.
    if (parser.isSet(cpuOnly) && !parser.isSet(rows))
        options->rows = 200000;
    options->latencyMs = number(latency, 0);
    options->concurrency = number(concurrency, 1);
    options->jsonPath = parser.value(json);
    options->cpuOnly = parser.isSet(cpuOnly);
    options->only = parser.value(only);
    options->writeCsv = parser.value(writeCsv);
    options->contender = parser.value(contender);
    options->instanceUrl = QUrl(parser.value(url));
    options->csvPath = parser.value(csv);
    options->workDir = parser.value(workDir);
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sfsync-bench"));
    BenchOptions options;
    if (!parse(app, &options))
        return 2;

    if (!options.writeCsv.isEmpty()) {
        QString error;
        if (!BenchData(options.rows).writeCsv(options.writeCsv, &error)) {
            std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(options.writeCsv), qPrintable(error));
            return 1;
        }
        return 0;
    }

    std::unique_ptr<QObject> task;
    auto connectFinished = [&app](auto *object) {
        QObject::connect(object, &std::remove_pointer_t<decltype(object)>::finished, &app,
                         [](int code) { QCoreApplication::exit(code); });
        object->start();
    };
    if (!options.contender.isEmpty()) {
        auto *child = new ContenderProcess(options);
        task.reset(child);
        connectFinished(child);
    } else if (options.cpuOnly) {
        auto *cpu = new CpuPath(options);
        task.reset(cpu);
        connectFinished(cpu);
    } else {
        auto *runner = new BenchRunner(options);
        task.reset(runner);
        connectFinished(runner);
    }
    const int code = app.exec();
    task.reset();
    return code;
}
