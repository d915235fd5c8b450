#include "core/salesforce/bulk2jobinfo.h"

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
    return info;
}

} // namespace sfsync
