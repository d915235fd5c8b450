#pragma once

#include <QDateTime>
#include <QString>

namespace sfsync::localorg {

// The form datetimes are stored and served in, as Salesforce returns them: UTC with milliseconds,
// "2024-01-31T09:00:00.000+0000". One fixed form, so stored values order as text like the instants.
inline QString storedDateTime(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("+0000");
}

} // namespace sfsync::localorg
