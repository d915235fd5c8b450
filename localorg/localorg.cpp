#include "localorg.h"

#include "localorg/data/catalogue.h"
#include "localorg/data/recordstore.h"
#include "localorg/data/sampleseed.h"
#include "localorg/localorglogging.h"
#include "localorg/server/apicounters.h"
#include "localorg/server/bulkv1jobs.h"
#include "localorg/server/faultinjector.h"
#include "localorg/server/httpserver.h"
#include "localorg/server/oauthserver.h"
#include "localorg/server/restapi.h"
#include "localorg/server/resterrors.h"
#include "localorg/server/tokenregistry.h"

namespace sfsync::localorg {

namespace {

constexpr auto kNewestApiVersion = "62.0";
constexpr auto kUsername = "admin@localorg.sfsync";

HttpResponse homePage(const QUrl &base, const QString &version)
{
    const QString b = base.toString(QUrl::StripTrailingSlash).toHtmlEscaped();
    const QString html =
        QStringLiteral(
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>sfsync local org</title></head>"
            "<body><h1>sfsync local org</h1><p>A Salesforce emulator on loopback, for trying sfsync "
            "and testing job configs without a Salesforce account.</p><ul>"
            "<li>REST: <code>%1/services/data/v%2/</code></li>"
            "<li>OAuth: <code>%1/services/oauth2/authorize</code>, <code>/token</code></li>"
            "<li>Bulk API 2.0: <code>%1/services/data/v%2/jobs/ingest</code></li>"
            "<li>Bulk API 1.0: <code>%1/services/async/%2/job</code></li></ul>"
            "<p>See docs/local-org.md.</p></body></html>")
            .arg(b, version);
    return HttpResponse::text(200, html.toUtf8(), "text/html; charset=UTF-8");
}

} // namespace

class LocalOrgPrivate
{
public:
    explicit LocalOrgPrivate(const LocalOrgOptions &o)
        : options(o)
        , faults(o.randomSeed)
        , oauth(tokens)
        , rest(store, tokens, counters, faults)
        , bulkV1(store, tokens, counters, faults)
    { }

    HttpResponse handle(const HttpRequest &request)
    {
        const QString &path = request.path;
        if (path.startsWith(QLatin1String("/services/data")))
            return rest.handle(request);
        if (BulkV1Jobs::handles(path))
            return bulkV1.handle(request);
        if (OAuthServer::handles(path))
            return oauth.handle(request);
        if (path == QLatin1String("/") || path == QLatin1String("/index.html"))
            return homePage(baseUrl(), rest.newestVersion());
        return RestErrors::notFound();
    }

    QUrl baseUrl() const
    {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(server.port());
        return url;
    }

    LocalOrgOptions options;
    RecordStore store;
    TokenRegistry tokens;
    ApiCounters counters;
    FaultInjector faults;
    OAuthServer oauth;
    RestApi rest;
    BulkV1Jobs bulkV1;
    HttpServer server;
};

LocalOrg::LocalOrg(const LocalOrgOptions &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<LocalOrgPrivate>(options))
{
    d->tokens.setOrgId15(RecordStore::organizationId().left(15));
    d->tokens.setFixedToken(options.accessToken);
    d->counters.setDailyLimit(options.dailyApiLimit);
    d->faults.setFaults(options.failRate, options.failCodes);
    d->faults.setLatency(options.latencyMs, options.latencyJitterMs);
    d->rest.setNewestVersion(QString::fromLatin1(kNewestApiVersion));
    d->bulkV1.setNewestVersion(QString::fromLatin1(kNewestApiVersion));
    d->rest.query().setDefaultBatchSize(options.queryBatchSize);
    d->oauth.setAutoApprove(options.autoApprove);
    d->oauth.setRotateRefreshTokens(options.rotateRefreshTokens);
    d->oauth.setAccessTokenLifetime(options.accessTokenLifetimeSecs);
    d->oauth.setIdentity({RecordStore::organizationId(), RecordStore::userId(),
                          QString::fromLatin1(kUsername), QStringLiteral("Local Admin"),
                          QString::fromLatin1(kUsername), QString::fromLatin1(kNewestApiVersion)});
    d->server.setHandler([this](const HttpRequest &request) { return d->handle(request); });
    d->server.setDelayFunction(
        [this](const HttpRequest &, const HttpResponse &) { return d->faults.latency(); });
}

LocalOrg::~LocalOrg()
{
    stop();
}

bool LocalOrg::start(QString *error)
{
    if (d->server.isListening())
        return true;
    const QString dataDir = d->options.dataDir == QLatin1String(":memory:") ? QString() : d->options.dataDir;
    QString message;
    if (!d->store.open(dataDir, &message)) {
        if (error)
            *error = tr("Cannot open the data folder: %1").arg(message);
        return false;
    }
    if (!d->store.setTimeZone(d->options.timeZone)) {
        if (error)
            *error = tr("Unknown time zone: %1").arg(d->options.timeZone);
        return false;
    }
    for (const QString &permission : std::as_const(d->options.revokedPermissions)) {
        const ObjectSchema *access = d->store.catalogue().object(QStringLiteral("UserPermissionAccess"));
        if (!access || !access->field(permission) || !permission.startsWith(QLatin1String("Permissions"))) {
            if (error)
                *error = tr("Unknown user permission: %1").arg(permission);
            return false;
        }
        d->store.setUserPermission(permission, false);
    }
    if (d->options.seed == QLatin1String("sample") && d->store.count(QStringLiteral("Account"), true) == 0
        && d->store.count(QStringLiteral("Contact"), true) == 0
        && d->store.count(QStringLiteral("Lead"), true) == 0) {
        if (!SampleSeed::apply(d->store, &message)) {
            if (error)
                *error = tr("Cannot seed the sample data: %1").arg(message);
            return false;
        }
    }
    if (!d->server.listen(d->options.port, &message)) {
        if (error)
            *error = tr("Cannot listen on 127.0.0.1:%1: %2").arg(d->options.port).arg(message);
        return false;
    }
    d->oauth.setBaseUrl(d->baseUrl());
    d->rest.setIdentityUrl(d->oauth.identityUrl());
    qCDebug(lcLocalOrg) << "local org serving at" << d->baseUrl().toString();
    return true;
}

void LocalOrg::stop()
{
    d->server.close();
}

bool LocalOrg::isRunning() const
{
    return d->server.isListening();
}

QUrl LocalOrg::baseUrl() const
{
    return d->baseUrl();
}

quint16 LocalOrg::port() const
{
    return d->server.port();
}

QString LocalOrg::accessToken() const
{
    return d->tokens.fixedToken();
}

QString LocalOrg::newestApiVersion() const
{
    return d->rest.newestVersion();
}

QString LocalOrg::organizationId() const
{
    return RecordStore::organizationId();
}

QString LocalOrg::userId() const
{
    return RecordStore::userId();
}

QString LocalOrg::username() const
{
    return QString::fromLatin1(kUsername);
}

const LocalOrgOptions &LocalOrg::options() const
{
    return d->options;
}

RecordStore &LocalOrg::records()
{
    return d->store;
}

const Catalogue &LocalOrg::catalogue() const
{
    return d->store.catalogue();
}

bool LocalOrg::addField(const QString &object, const QJsonObject &fieldJson, QString *error)
{
    return d->store.addField(object, fieldJson, error);
}

void LocalOrg::registerClient(const QString &clientId, const QString &clientSecret,
                              const QString &certificatePem)
{
    d->oauth.registerClient({clientId, clientSecret, certificatePem.toUtf8()});
}

void LocalOrg::setAutoApprove(bool autoApprove)
{
    d->options.autoApprove = autoApprove;
    d->oauth.setAutoApprove(autoApprove);
}

void LocalOrg::setRotateRefreshTokens(bool rotate)
{
    d->options.rotateRefreshTokens = rotate;
    d->oauth.setRotateRefreshTokens(rotate);
}

void LocalOrg::setAccessTokenLifetime(int seconds)
{
    d->options.accessTokenLifetimeSecs = seconds;
    d->oauth.setAccessTokenLifetime(seconds);
}

void LocalOrg::expireAccessTokens()
{
    d->tokens.expireAccessTokens();
}

QStringList LocalOrg::issuedTokens() const
{
    return d->tokens.issuedTokens();
}

void LocalOrg::setLatency(int ms, int jitterMs)
{
    d->options.latencyMs = ms;
    d->options.latencyJitterMs = jitterMs;
    d->faults.setLatency(ms, jitterMs);
}

bool LocalOrg::setFaults(double rate, const QStringList &codes, QString *error)
{
    if (!checkFaultCodes(codes, error))
        return false;
    d->options.failRate = rate;
    d->options.failCodes = codes;
    d->faults.setFaults(rate, codes);
    return true;
}

bool LocalOrg::checkFaultCodes(const QStringList &codes, QString *error)
{
    for (const QString &code : codes) {
        if (!FaultRule::parse(code, error))
            return false;
    }
    return true;
}

QHash<QString, int> LocalOrg::injectedFaults() const
{
    return d->faults.injectedByCode();
}

void LocalOrg::setUserPermission(const QString &permission, bool granted)
{
    d->store.setUserPermission(permission, granted);
}

void LocalOrg::setReportedUserPermission(const QString &permission, bool granted)
{
    d->store.setReportedUserPermission(permission, granted);
}

void LocalOrg::setDailyApiLimit(qint64 max)
{
    d->options.dailyApiLimit = max;
    d->counters.setDailyLimit(max);
}

qint64 LocalOrg::apiUsage() const
{
    return d->counters.usage();
}

void LocalOrg::setQueryBatchSize(int size)
{
    d->options.queryBatchSize = size;
    d->rest.query().setDefaultBatchSize(size);
}

int LocalOrg::apiCalls() const
{
    return d->counters.calls();
}

QHash<QString, int> LocalOrg::apiCallsByEndpoint() const
{
    return d->counters.byEndpoint();
}

QHash<QString, int> LocalOrg::subrequestsByEndpoint() const
{
    return d->counters.subrequestsByEndpoint();
}

int LocalOrg::requestsTo(const QString &endpoint) const
{
    return d->counters.byEndpoint().value(endpoint) + d->counters.subrequestsByEndpoint().value(endpoint);
}

void LocalOrg::resetCounters()
{
    d->counters.reset();
}

QString LocalOrg::summary() const
{
    QString out = d->counters.summary();
    out += QStringLiteral("\nHTTP: %1 requests on %2 connections")
               .arg(d->server.requestsHandled())
               .arg(d->server.connectionsAccepted());
    if (d->faults.injectedCallFaults() > 0 || d->faults.injectedLockFaults() > 0)
        out += QStringLiteral("\nInjected faults: %1 calls, %2 record locks")
                   .arg(d->faults.injectedCallFaults())
                   .arg(d->faults.injectedLockFaults());
    if (d->rest.bulk().jobCount() > 0)
        out += QStringLiteral("\nBulk 2.0 jobs: %1").arg(d->rest.bulk().jobCount());
    if (d->bulkV1.jobCount() > 0)
        out += QStringLiteral("\nBulk 1.0 jobs: %1").arg(d->bulkV1.jobCount());
    return out;
}

int LocalOrg::connectionsAccepted() const
{
    return d->server.connectionsAccepted();
}

int LocalOrg::maxPendingResponses() const
{
    return d->server.maxPendingResponses();
}

} // namespace sfsync::localorg
