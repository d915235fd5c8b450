#include "restapi.h"

#include "apicounters.h"
#include "faultinjector.h"
#include "localorg/data/idformat.h"
#include "localorg/data/recordstore.h"
#include "localorg/localorglogging.h"
#include "resterrors.h"
#include "tokenregistry.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace sfsync::localorg {

RestApi::RestApi(RecordStore &store, TokenRegistry &tokens, ApiCounters &counters, FaultInjector &faults)
    : m_store(store)
    , m_tokens(tokens)
    , m_counters(counters)
    , m_faults(faults)
    , m_sobjects(store, faults)
    , m_query(store)
    , m_collections(store, faults)
    , m_composite(store, [this](const HttpRequest &request) { return dispatch(request); })
    , m_bulk(store, faults)
    , m_bulkQuery(store)
    , m_tree(store)
    , m_search(store)
    , m_replication(store)
    , m_limits(counters, store)
{ }

QString RestApi::releaseLabel(int major)
{
    // Three releases a year: v31.0 was Summer '14, v32.0 Winter '15, v33.0 Spring '15, ...
    static const char *const seasons[] = {"Summer", "Winter", "Spring"};
    const int offset = major - 31;
    const int season = ((offset % 3) + 3) % 3;
    const int shifted = offset + 2;
    const int year = 14 + (shifted >= 0 ? shifted / 3 : -((-shifted + 2) / 3));
    return QStringLiteral("%1 '%2").arg(QLatin1String(seasons[season])).arg(year, 2, 10, QLatin1Char('0'));
}

HttpResponse RestApi::versions() const
{
    QJsonArray list;
    const int newest = int(m_newest.toDouble());
    for (int v = OldestVersion; v <= newest; ++v) {
        const QString version = QString::number(v) + QStringLiteral(".0");
        list.append(
            QJsonObject {{QStringLiteral("label"), releaseLabel(v)},
                         {QStringLiteral("url"), QString(QStringLiteral("/services/data/v") + version)},
                         {QStringLiteral("version"), version}});
    }
    return HttpResponse::json(200, list);
}

bool RestApi::versionSupported(const QString &segment, QString *version) const
{
    static const QRegularExpression pattern(QStringLiteral("^v(\\d+)\\.0$"));
    const auto m = pattern.match(segment);
    if (!m.hasMatch())
        return false;
    const int major = m.captured(1).toInt();
    if (major < OldestVersion || major > int(m_newest.toDouble()))
        return false;
    *version = m.captured(1) + QStringLiteral(".0");
    return true;
}

HttpResponse RestApi::resources(const QString &version) const
{
    const QString base = QStringLiteral("/services/data/v") + version + QLatin1Char('/');
    QJsonObject out;
    for (const char *name :
         {"sobjects", "query", "queryAll", "limits", "composite", "jobs", "search", "recent", "tooling",
          "connect", "analytics", "process", "quickActions", "tabs", "theme"})
        out.insert(QLatin1String(name), QString(base + QLatin1String(name)));
    // jsforce's identity() and the sf CLI find the identity URL here.
    if (!m_identityUrl.isEmpty())
        out.insert(QStringLiteral("identity"), m_identityUrl);
    return HttpResponse::json(200, out);
}

QString RestApi::endpointKey(const QByteArray &method, const QStringList &rest)
{
    QStringList parts;
    for (int i = 0; i < rest.size(); ++i) {
        const QString &s = rest.at(i);
        if (i == 1 && (rest.at(0) == QLatin1String("query") || rest.at(0) == QLatin1String("queryAll")))
            parts << QStringLiteral("{locator}");
        else if (i == 3 && rest.at(0) == QLatin1String("sobjects"))
            parts << QStringLiteral("{value}");
        else if ((s.size() == 15 || s.size() == 18) && IdFormat::isValid(s)
                 && s.contains(QRegularExpression(QStringLiteral("\\d"))))
            parts << QStringLiteral("{id}");
        else
            parts << s;
    }
    return QString::fromLatin1(method) + QLatin1Char(' ') + parts.join(QLatin1Char('/'));
}

HttpResponse RestApi::handle(const HttpRequest &request)
{
    const QStringList segments = request.pathSegments(); // services, data, vXX.X, ...
    if (segments.value(1) != QLatin1String("data"))
        return RestErrors::notFound();
    if (segments.size() <= 2)
        return request.method == "GET" || request.method == "HEAD"
            ? versions()
            : RestErrors::methodNotAllowed(request.method);
    QString version;
    if (!versionSupported(segments.at(2), &version))
        return RestErrors::notFound();

    HttpResponse response;
    const auto finish = [this](HttpResponse r) {
        r.setHeader("Sforce-Limit-Info", m_counters.limitInfoHeader());
        return r;
    };
    const QString token = [&] {
        const QByteArray auth = request.header("Authorization");
        const qsizetype space = auth.indexOf(' ');
        const QByteArray scheme = space < 0 ? QByteArray() : auth.left(space).toLower();
        return scheme == "bearer" || scheme == "oauth" ? QString::fromLatin1(auth.mid(space + 1).trimmed())
                                                       : QString();
    }();
    if (!m_tokens.isValidAccessToken(token)) {
        m_counters.recordRefused(QStringLiteral("INVALID_SESSION_ID"));
        return finish(HttpResponse::restError(401, QStringLiteral("INVALID_SESSION_ID"),
                                              QStringLiteral("Session expired or invalid")));
    }
    if (m_counters.exhausted()) {
        m_counters.recordRefused(QStringLiteral("REQUEST_LIMIT_EXCEEDED"));
        return finish(HttpResponse::restError(403, QStringLiteral("REQUEST_LIMIT_EXCEEDED"),
                                              QStringLiteral("TotalRequests Limit exceeded.")));
    }
    const QStringList rest = segments.mid(3);
    const QString endpoint = endpointKey(request.method, rest);
    m_counters.record(endpoint);
    if (const auto fault = m_faults.callFault(endpoint)) {
        if (fault->delivery == HttpResponse::Delivery::Whole)
            return finish(fault->answer);
        HttpResponse response = fault->carryOut ? route(request, version, rest) : HttpResponse {};
        response.delivery = fault->delivery;
        return finish(response);
    }
    return finish(route(request, version, rest));
}

HttpResponse RestApi::dispatch(const HttpRequest &request)
{
    const QStringList segments = request.pathSegments();
    QString version;
    if (segments.size() < 3 || segments.at(0) != QLatin1String("services")
        || segments.at(1) != QLatin1String("data") || !versionSupported(segments.at(2), &version))
        return RestErrors::notFound();
    const QString endpoint = endpointKey(request.method, segments.mid(3));
    m_counters.recordSubrequest(endpoint);
    if (auto fault = m_faults.subrequestFault(endpoint))
        return *fault;
    return route(request, version, segments.mid(3));
}

HttpResponse RestApi::route(const HttpRequest &request, const QString &version, const QStringList &rest)
{
    const ApiRequest call {request, version, rest};
    const QString first = rest.value(0);
    if (rest.isEmpty())
        return resources(version);
    if (first == QLatin1String("sobjects") && rest.size() == 3
        && (rest.at(2) == QLatin1String("updated") || rest.at(2) == QLatin1String("deleted"))) {
        const ObjectSchema *info = m_store.catalogue().object(rest.at(1));
        if (!info)
            return RestErrors::notFound();
        return m_replication.handle(call, info->name(), rest.at(2) == QLatin1String("deleted"));
    }
    if (first == QLatin1String("sobjects"))
        return m_sobjects.handle(call);
    if (first == QLatin1String("query") || first == QLatin1String("queryAll"))
        return m_query.handle(call);
    if (first == QLatin1String("limits"))
        return m_limits.limits();
    if (first == QLatin1String("search"))
        return m_search.handle(call);
    if (first == QLatin1String("composite")) {
        if (rest.size() == 1)
            return m_composite.handle(call);
        if (rest.value(1) == QLatin1String("sobjects"))
            return m_collections.handle(call);
        if (rest.value(1) == QLatin1String("tree"))
            return m_tree.handle(call);
        return RestErrors::notFound();
    }
    if (first == QLatin1String("jobs") && rest.value(1) == QLatin1String("query"))
        return m_bulkQuery.handle(call);
    if (first == QLatin1String("jobs"))
        return m_bulk.handle(call);
    return RestErrors::notFound();
}

} // namespace sfsync::localorg
