#include "contenderresult.h"

namespace sfsync::bench {

int ContenderResult::totalCalls() const
{
    int n = 0;
    for (const int c : callsByEndpoint)
        n += c;
    return n;
}

QString ContenderResult::kindOf(const QString &endpoint)
{
    const QString method = endpoint.section(QLatin1Char(' '), 0, 0);
    const QString path = endpoint.section(QLatin1Char(' '), 1);
    if (path.startsWith(QLatin1String("jobs/")))
        return method == QLatin1String("GET") && path == QLatin1String("jobs/ingest/{id}")
            ? QStringLiteral("bulk-poll")
            : QStringLiteral("bulk");
    if (path.startsWith(QLatin1String("query")))
        return QStringLiteral("query");
    if (path.endsWith(QLatin1String("/describe")) || path == QLatin1String("sobjects") || path.isEmpty()
        || path == QLatin1String("limits"))
        return QStringLiteral("describe");
    // One Composite call carries several lookups or Collections writes (its subrequests are not API calls).
    if (path == QLatin1String("composite"))
        return QStringLiteral("composite");
    if (path.startsWith(QLatin1String("sobjects")) || path.startsWith(QLatin1String("composite")))
        return QStringLiteral("write");
    return QStringLiteral("other");
}

QHash<QString, int> ContenderResult::callsByKind() const
{
    QHash<QString, int> kinds;
    for (auto it = callsByEndpoint.cbegin(); it != callsByEndpoint.cend(); ++it)
        kinds[kindOf(it.key())] += it.value();
    return kinds;
}

QJsonObject ContenderResult::childJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("wallMs"), wallMs},
            {QStringLiteral("peakRssKiB"), peakRssKiB},
            {QStringLiteral("created"), created},
            {QStringLiteral("updated"), updated},
            {QStringLiteral("ambiguous"), ambiguous},
            {QStringLiteral("unchanged"), unchanged},
            {QStringLiteral("failed"), failed},
            {QStringLiteral("note"), note}};
}

ContenderResult ContenderResult::fromChildJson(const QJsonObject &json)
{
    ContenderResult r;
    r.name = json.value(QStringLiteral("name")).toString();
    r.wallMs = json.value(QStringLiteral("wallMs")).toInteger();
    r.peakRssKiB = json.value(QStringLiteral("peakRssKiB")).toInteger();
    r.created = json.value(QStringLiteral("created")).toInteger();
    r.updated = json.value(QStringLiteral("updated")).toInteger();
    r.ambiguous = json.value(QStringLiteral("ambiguous")).toInteger();
    r.unchanged = json.value(QStringLiteral("unchanged")).toInteger();
    r.failed = json.value(QStringLiteral("failed")).toInteger();
    r.note = json.value(QStringLiteral("note")).toString();
    return r;
}

} // namespace sfsync::bench
