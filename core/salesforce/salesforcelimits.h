#pragma once

#include <QtGlobal>

// The limits of Salesforce's APIs that sfsync plans by, each named once (docs/salesforce-api.md).
namespace sfsync::SalesforceLimits {

// sObject Collections: records per create, update, upsert or delete call.
inline constexpr int CollectionsRecords = 200;
// Composite: subrequests per call, and of those the ones that may be sObject Collections or queries.
inline constexpr int CompositeSubrequests = 25;
inline constexpr int CompositeCollectionsOrQueries = 5;
// Bulk API 2.0: the largest upload of one ingest job sfsync makes, in bytes (Salesforce takes 150 MB of
// base64, about 100 MB of data).
inline constexpr qint64 BulkUploadBytes = 100LL * 1024 * 1024;

} // namespace sfsync::SalesforceLimits
