#include "replicationresource.h"

#include "localorg/data/recordstore.h"
#include "resterrors.h"

#include <QJsonArray>

namespace sfsync::localorg {

namespace {

QDateTime toMinute(const QDateTime &when)
{
    QDateTime utc = when.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute()));
    return utc;
}

QString stamp(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("+0000");
}

HttpResponse dateError(const QString &message)
{
    return HttpResponse::restError(400, QStringLiteral("INVALID_REPLICATION_DATE"), message);
}

} // namespace

ReplicationResource::ReplicationResource(const RecordStore &store)
    : m_store(store)
{ }

HttpResponse ReplicationResource::handle(const ApiRequest &call, const QString &object, bool deleted) const
{
    if (call.method() != "GET" && call.method() != "HEAD")
        return RestErrors::methodNotAllowed(call.method());
    const QString startText = call.http.queryValue(QStringLiteral("start"));
    const QString endText = call.http.queryValue(QStringLiteral("end"));
    if (startText.isEmpty() || endText.isEmpty())
        return HttpResponse::restError(
            400, QStringLiteral("MISSING_ARGUMENT"),
            QStringLiteral("Missing required parameter: %1")
                .arg(startText.isEmpty() ? QStringLiteral("start") : QStringLiteral("end")));
    const QDateTime start = QDateTime::fromString(startText, Qt::ISODateWithMs);
    const QDateTime end = QDateTime::fromString(endText, Qt::ISODateWithMs);
    if (!start.isValid() || !end.isValid())
        return dateError(QStringLiteral("Invalid date: %1").arg(start.isValid() ? endText : startText));
    const QDateTime now = m_store.now().toUTC();
    const QDateTime from = toMinute(start);
    QDateTime to = toMinute(end);
    if (from > to)
        return dateError(QStringLiteral("startDate must chronologically precede endDate"));
    if (from < now.addDays(-MaxDaysBack))
        return dateError(QStringLiteral("startDate cannot be more than %1 days ago").arg(MaxDaysBack));
    // An end that lies ahead covers up to now, this second's changes included.
    const bool capped = to > now;
    if (capped)
        to = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second()),
                       Qt::UTC);
    const QString low = stamp(from);
    const QString high = stamp(to);

    QJsonArray list;
    m_store.forEach(object, deleted, [&](const QJsonObject &record) {
        if (record.value(QLatin1String("IsDeleted")).toBool() != deleted)
            return true;
        const QString modified = record.value(QLatin1String("SystemModstamp")).toString();
        if (modified < low || modified > high || (modified == high && !capped))
            return true;
        const QString id = record.value(QLatin1String("Id")).toString();
        if (deleted)
            list.append(QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("deletedDate"), modified}});
        else
            list.append(id);
        return true;
    });
    if (!deleted)
        return HttpResponse::json(
            200, QJsonObject {{QStringLiteral("ids"), list}, {QStringLiteral("latestDateCovered"), high}});
    // Deleted records stay until the org is cleared: the earliest date is the oldest the org can answer.
    return HttpResponse::json(
        200,
        QJsonObject {{QStringLiteral("deletedRecords"), list},
                     {QStringLiteral("earliestDateAvailable"), stamp(now.addDays(-MaxDaysBack))},
                     {QStringLiteral("latestDateCovered"), high}});
}

} // namespace sfsync::localorg
