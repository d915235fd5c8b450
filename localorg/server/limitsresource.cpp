#include "limitsresource.h"

#include "apicounters.h"
#include "localorg/data/recordstore.h"

#include <QJsonObject>

#include <algorithm>

namespace sfsync::localorg {

namespace {

QJsonObject limit(qint64 max, qint64 remaining)
{
    return QJsonObject {{QStringLiteral("Max"), double(max)},
                        {QStringLiteral("Remaining"), double(std::clamp<qint64>(remaining, 0, max))}};
}

// The limits that the local org does not track, at a Developer Edition org's values.
struct Fixed
{
    const char *name;
    qint64 max;
};
const Fixed kFixed[] = {
    {"ActiveScratchOrgs", 3},
    {"AnalyticsExternalDataSizeMB", 40960},
    {"ConcurrentAsyncGetReportInstances", 200},
    {"ConcurrentEinsteinDataInsightsStoryCreation", 5},
    {"ConcurrentEinsteinDiscoveryStoryCreation", 2},
    {"ConcurrentSyncReportRuns", 20},
    {"DailyAnalyticsDataflowJobExecutions", 60},
    {"DailyAnalyticsUploadedFilesSizeMB", 51200},
    {"DailyAsyncApexExecutions", 250000},
    {"DailyAsyncApexTests", 500},
    {"DailyDeliveredPlatformEvents", 10000},
    {"DailyDurableGenericStreamingApiEvents", 10000},
    {"DailyDurableStreamingApiEvents", 10000},
    {"DailyEinsteinDataInsightsStoryCreation", 1000},
    {"DailyEinsteinDiscoveryPredictAPICalls", 50000},
    {"DailyEinsteinDiscoveryPredictionsByCDC", 500000},
    {"DailyEinsteinDiscoveryStoryCreation", 100},
    {"DailyFunctionsApiCallLimit", 235000},
    {"DailyGenericStreamingApiEvents", 10000},
    {"DailyScratchOrgs", 6},
    {"DailyStandardVolumePlatformEvents", 10000},
    {"DailyStreamingApiEvents", 10000},
    {"DailyWorkflowEmails", 390},
    {"DurableStreamingApiConcurrentClients", 20},
    {"FileStorageMB", 20},
    {"HourlyAsyncReportRuns", 1200},
    {"HourlyDashboardRefreshes", 200},
    {"HourlyDashboardResults", 5000},
    {"HourlyDashboardStatuses", 999999999},
    {"HourlyLongTermIdMapping", 100000},
    {"HourlyManagedContentPublicRequests", 50000},
    {"HourlyODataCallout", 10000},
    {"HourlyPublishedPlatformEvents", 50000},
    {"HourlyPublishedStandardVolumePlatformEvents", 1000},
    {"HourlyShortTermIdMapping", 100000},
    {"HourlySyncReportRuns", 500},
    {"HourlyTimeBasedWorkflow", 50},
    {"MassEmail", 10},
    {"MonthlyEinsteinDiscoveryStoryCreation", 500},
    {"MonthlyPlatformEventsUsageEntitlement", 0},
    {"Package2VersionCreates", 6},
    {"Package2VersionCreatesWithoutValidation", 500},
    {"PrivateConnectOutboundCalloutHourlyLimitMB", 0},
    {"PublishCallbackUsageInApex", 5000000},
    {"SingleEmail", 15},
    {"StreamingApiConcurrentClients", 20},
};

constexpr qint64 kDataStorageMB = 5;
constexpr qint64 kBytesPerRecord = 2048;

} // namespace

LimitsResource::LimitsResource(const ApiCounters &counters, const RecordStore &store)
    : m_counters(counters)
    , m_store(store)
{ }

HttpResponse LimitsResource::limits() const
{
    QJsonObject out;
    for (const Fixed &fixed : kFixed)
        out.insert(QLatin1String(fixed.name), limit(fixed.max, fixed.max));
    const qint64 max = m_counters.dailyLimit();
    out.insert(QStringLiteral("DailyApiRequests"), limit(max, max - m_counters.usage()));
    const QHash<QString, int> &calls = m_counters.byEndpoint();
    const qint64 batches = calls.value(QStringLiteral("POST async/job/{id}/batch"))
        + calls.value(QStringLiteral("POST jobs/ingest"));
    out.insert(QStringLiteral("DailyBulkApiBatches"), limit(15000, 15000 - batches));
    out.insert(QStringLiteral("DailyBulkV2QueryJobs"),
               limit(10000, 10000 - calls.value(QStringLiteral("POST jobs/query"))));
    out.insert(QStringLiteral("DailyBulkV2QueryFileStorageMB"), limit(976562, 976562));
    qint64 records = 0;
    for (const QString &object : m_store.catalogue().objectNames()) {
        if (object != QLatin1String("User") && object != QLatin1String("Organization")
            && object != QLatin1String("UserPermissionAccess"))
            records += m_store.count(object);
    }
    const qint64 usedMB = (records * kBytesPerRecord + 1024 * 1024 - 1) / (1024 * 1024);
    out.insert(QStringLiteral("DataStorageMB"), limit(kDataStorageMB, kDataStorageMB - usedMB));
    QJsonObject permissionSets = limit(1500, 1498);
    permissionSets.insert(QStringLiteral("CreateCustom"), limit(1000, 998));
    out.insert(QStringLiteral("PermissionSets"), permissionSets);
    return HttpResponse::json(200, out);
}

} // namespace sfsync::localorg
