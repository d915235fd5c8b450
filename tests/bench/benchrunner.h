#pragma once

#include "benchdata.h"
#include "benchoptions.h"
#include "contenderresult.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <memory>

namespace sfsync::localorg {
class LocalOrg;
}

namespace sfsync::bench {

// The parent side of sfsync-bench: generates the data once, then for each contender starts a fresh local
// org (same seed, same injected latency), runs the contender in its own process against it, and reads the
// API calls the org counted. Prints the table and writes --json at the end.
class BenchRunner : public QObject
{
    Q_OBJECT
public:
    explicit BenchRunner(const BenchOptions &options, QObject *parent = nullptr);
    ~BenchRunner() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    struct Contender
    {
        QString name;
        QString label;
        QString child; // the contender the child process runs (a second run runs "rest" or "bulk" twice)
        int rerunChangeEvery = -1; // a second run: 0 the same data, N every Nth row changed
    };

    void runNext();
    void startChild(const Contender &contender, const QString &csvPath);
    void childFinished(int exitCode, QProcess::ExitStatus status);
    bool startOrg(QString *error);
    void report();

    BenchOptions m_options;
    BenchData m_data;
    QTemporaryDir m_workDir;
    QString m_csvPath;
    QString m_token;
    QList<Contender> m_queue;
    Contender m_current;
    std::unique_ptr<localorg::LocalOrg> m_org;
    std::unique_ptr<QProcess> m_child;
    QElapsedTimer m_childClock;
    bool m_firstOfTwo = false; // the child now running is the first run of a second-run contender
    QList<ContenderResult> m_results;
    int m_seeded = 0;
};

} // namespace sfsync::bench
