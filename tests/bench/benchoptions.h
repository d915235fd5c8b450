#pragma once

#include <QString>
#include <QUrl>

namespace sfsync::bench {

// Command line of sfsync-bench (see docs/performance.md).
struct BenchOptions
{
    int rows = 5000;
    int latencyMs = 10;
    int concurrency = 4; // HTTP calls in flight, the same for every contender
    quint32 seed = 7; // the generated data
    QString jsonPath; // --json FILE
    bool cpuOnly = false;
    QString only; // --only NAME,...: run a subset of the contenders
    QString writeCsv; // --write-csv FILE: only write the generated source rows (for sfsync-run measurements)

    // Child mode (internal): run one contender against a running org and print its result as JSON.
    QString contender;
    QUrl instanceUrl;
    QString csvPath;
    QString workDir;
};

} // namespace sfsync::bench
