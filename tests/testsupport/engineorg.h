#pragma once

#include "core/engine/syncjob.h"
#include "core/salesforce/metadata/metadataservice.h"
#include "localorg/data/recordstore.h"
#include "tests/testsupport/testorg.h"

#include <QList>
#include <QStringList>
#include <memory>

namespace sfsync::test {

// What every end-to-end engine suite starts from: the in-process local org and its RestClient (through the
// recording FakeNetworkAccessManager, see TestOrg) plus a MetadataService, with retries that back off in
// milliseconds so suites that provoke transient failures do not wait for production backoffs.
struct EngineOrg
{
    TestOrg org;
    std::unique_ptr<MetadataService> metadata;

    bool start();
    localorg::RecordStore &records() { return org.org().records(); }
    RestClient *rest() { return &org.rest(); }
};

// Starts `job`, waits for finished() and returns its summary (an empty one on a timeout); every row's
// result is appended to *results as it arrives.
SyncSummary runJob(SyncJob &job, QList<RowResult> *results = nullptr);

// "outcome status" per result, for compact comparisons.
QStringList outcomes(const QList<RowResult> &results);

} // namespace sfsync::test
