#pragma once

#include "benchoptions.h"
#include "core/salesforce/metadata/objectdescribe.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTemporaryDir>
#include <memory>

namespace sfsync {
class Connection;
class MetadataService;
class RestClient;
} // namespace sfsync

namespace sfsync::localorg {
class LocalOrg;
}

namespace sfsync::bench {

// --cpu-only: the engine's CPU path on one core, no network in the timed part. After one describe of Contact
// from an in-process org, it times on the bench's CSV: (1) reading the CSV, (2) reading plus mapping and
// typing every row (Planner::prepare), (3) all of that plus building the batched lookup queries (200 rows per
// batch, as SyncJob batches them). Rows per CPU second of this process (user + system), so other load on the
// machine does not count.
class CpuPath : public QObject
{
    Q_OBJECT
public:
    explicit CpuPath(const BenchOptions &options, QObject *parent = nullptr);
    ~CpuPath() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void measure(const ObjectDescribe &contact);

    BenchOptions m_options;
    QTemporaryDir m_dir;
    std::unique_ptr<localorg::LocalOrg> m_org;
    QNetworkAccessManager m_network;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<RestClient> m_rest;
    std::unique_ptr<MetadataService> m_metadata;
};

} // namespace sfsync::bench
