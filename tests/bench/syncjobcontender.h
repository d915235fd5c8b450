#pragma once

#include "core/config/action.h"
#include "core/engine/syncsummary.h"

#include <QObject>
#include <memory>

namespace sfsync {
class MetadataService;
class RestClient;
class SyncJob;
} // namespace sfsync

namespace sfsync::bench {

// sfsync itself, as sfsync-run runs a job: the bench's upsert (Email OR Legacy_Id__c) through SyncJob, with
// a journal and results.csv / errors.csv in `workDir`: "rest" (bulk off, Composite batching on, the default),
// "rest-plain" (bulk and Composite off: one call per lookup query and per Collections write) or "bulk".
class SyncJobContender : public QObject
{
    Q_OBJECT
public:
    SyncJobContender(RestClient *rest, const QString &csvPath, const QString &workDir, const QString &name,
                     int concurrency, QObject *parent = nullptr);
    [[nodiscard]] static bool isOneOf(const QString &name);
    ~SyncJobContender() override;

    void start();
    [[nodiscard]] const SyncSummary &summary() const { return m_summary; }

    // The bench's action: upsert Contact matched by Email OR Legacy_Id__c, writing four fields.
    [[nodiscard]] static Action benchAction(bool bulk);

Q_SIGNALS:
    void finished();

private:
    std::unique_ptr<MetadataService> m_metadata;
    std::unique_ptr<SyncJob> m_job;
    SyncSummary m_summary;
};

} // namespace sfsync::bench
