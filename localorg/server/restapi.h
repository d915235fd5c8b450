#pragma once

#include "bulkingest.h"
#include "bulkquery.h"
#include "collectionsresource.h"
#include "compositeresource.h"
#include "httprequest.h"
#include "httpresponse.h"
#include "limitsresource.h"
#include "queryresource.h"
#include "replicationresource.h"
#include "searchresource.h"
#include "sobjectresource.h"
#include "sobjecttreeresource.h"

#include <QObject>

namespace sfsync::localorg {

class ApiCounters;
class FaultInjector;
class RecordStore;
class TokenRegistry;

// Everything under /services/data: the versions list (no auth), then for /vXX.X/**: authentication (Bearer or
// OAuth scheme), the daily limit (403 REQUEST_LIMIT_EXCEEDED), injected call faults, counting, routing to the
// resources, and Sforce-Limit-Info on every response.
class RestApi
{
public:
    static constexpr int OldestVersion = 20;

    RestApi(RecordStore &store, TokenRegistry &tokens, ApiCounters &counters, FaultInjector &faults);

    void setNewestVersion(const QString &version) { m_newest = version; }
    // The user's identity URL ({base}/id/{org}/{user}), listed as "identity" in the version resources.
    void setIdentityUrl(const QString &url) { m_identityUrl = url; }
    [[nodiscard]] QString newestVersion() const { return m_newest; }
    QueryResource &query() { return m_query; }
    BulkIngest &bulk() { return m_bulk; }
    BulkQuery &bulkQuery() { return m_bulkQuery; }

    HttpResponse handle(const HttpRequest &request);
    // Routes one /services/data/vXX.X/... request without authentication, limits, faults or counting
    // (Composite subrequests).
    HttpResponse dispatch(const HttpRequest &request);

    // "Summer '14" for 31.0.
    [[nodiscard]] static QString releaseLabel(int major);

private:
    HttpResponse versions() const;
    HttpResponse resources(const QString &version) const;
    HttpResponse route(const HttpRequest &request, const QString &version, const QStringList &rest);
    [[nodiscard]] bool versionSupported(const QString &segment, QString *version) const;
    [[nodiscard]] static QString endpointKey(const QByteArray &method, const QStringList &rest);

    RecordStore &m_store;
    TokenRegistry &m_tokens;
    ApiCounters &m_counters;
    FaultInjector &m_faults;
    QString m_newest = QStringLiteral("62.0");
    QString m_identityUrl;
    SObjectResource m_sobjects;
    QueryResource m_query;
    CollectionsResource m_collections;
    CompositeResource m_composite;
    BulkIngest m_bulk;
    BulkQuery m_bulkQuery;
    SObjectTreeResource m_tree;
    SearchResource m_search;
    ReplicationResource m_replication;
    LimitsResource m_limits;
};

} // namespace sfsync::localorg
