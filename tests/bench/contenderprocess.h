#pragma once

#include "benchoptions.h"
#include "contenderresult.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <memory>

namespace sfsync {
class Connection;
class RestClient;
} // namespace sfsync

namespace sfsync::bench {

class ReferenceStrategy;
class SyncJobContender;

// The child side of sfsync-bench: runs one C++ contender against the org the parent serves
// (--instance-url; the token comes in SFSYNC_ACCESS_TOKEN, never on the command line) and prints its
// ContenderResult as one JSON line on stdout, so its memory is measured apart from the org and the others.
class ContenderProcess : public QObject
{
    Q_OBJECT
public:
    explicit ContenderProcess(const BenchOptions &options, QObject *parent = nullptr);
    ~ContenderProcess() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void done();
    void fail(const QString &message);

    BenchOptions m_options;
    QNetworkAccessManager m_network;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<RestClient> m_rest;
    std::unique_ptr<ReferenceStrategy> m_reference;
    std::unique_ptr<SyncJobContender> m_syncJob;
    QElapsedTimer m_clock;
    ContenderResult m_result;
};

} // namespace sfsync::bench
