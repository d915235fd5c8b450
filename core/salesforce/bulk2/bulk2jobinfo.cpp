#include "core/salesforce/bulk2/bulk2jobinfo.h"

#include <QRegularExpression>

namespace sfsync {

bool Bulk2JobInfo::isTerminal() const
{
    return state == QLatin1String("JobComplete") || state == QLatin1String("Failed")
        || state == QLatin1String("Aborted");
}

Bulk2JobInfo Bulk2JobInfo::fromJson(const QJsonObject &json)
{
    Bulk2JobInfo info;
    info.id = json.value(QLatin1String("id")).toString();
    info.state = json.value(QLatin1String("state")).toString();
    const QJsonValue processed = json.value(QLatin1String("numberRecordsProcessed"));
    const QJsonValue failed = json.value(QLatin1String("numberRecordsFailed"));
    if (processed.isDouble())
        info.numberRecordsProcessed = qint64(processed.toDouble());
    if (failed.isDouble())
        info.numberRecordsFailed = qint64(failed.toDouble());
    info.errorMessage = json.value(QLatin1String("errorMessage")).toString();
    info.object = json.value(QLatin1String("object")).toString();
    info.operation = json.value(QLatin1String("operation")).toString();
    info.createdById = json.value(QLatin1String("createdById")).toString();
    // Salesforce writes the offset without a colon ("2026-12-03T06:12:16.000+0000"); Qt wants one.
    static const QRegularExpression offset(QStringLiteral("([+-]\\d\\d)(\\d\\d)$"));
    QString created = json.value(QLatin1String("createdDate")).toString();
    created.replace(offset, QStringLiteral("\\1:\\2"));
    info.createdDate = QDateTime::fromString(created, Qt::ISODateWithMs);
    return info;
}

} // namespace sfsync
