#pragma once

#include "localorg/data/fieldschema.h"

#include <QJsonValue>
#include <QString>

namespace sfsync::localorg {

// How SOQL compares the values of one field: text case-insensitively unless the field is caseSensitive, Ids
// by their 18-character form, numbers numerically, booleans false before true, dates and datetimes
// chronologically (their stored forms order like the instants).
class SoqlCompare
{
public:
    enum class Kind { Text, CaseSensitiveText, Id, Number, Boolean, Date };

    [[nodiscard]] static Kind kindOf(const FieldSchema &field);
    // <0, 0, >0 for two non-null values of a field of this kind.
    [[nodiscard]] static int compare(Kind kind, const QJsonValue &a, const QJsonValue &b);
    // Orders nulls too: they go first unless `nullsLast` (whatever the direction).
    [[nodiscard]] static int compareForOrder(Kind kind, const QJsonValue &a, const QJsonValue &b,
                                             bool descending, bool nullsLast);
    // A datetime literal ("2024-01-31T10:00:00+01:00") in the stored form "yyyy-MM-ddThh:mm:ss.zzz+0000".
    [[nodiscard]] static QString dateTimeKey(const QString &literal);
    [[nodiscard]] static bool isNull(const QJsonValue &value)
    {
        return value.isNull() || value.isUndefined();
    }
};

} // namespace sfsync::localorg
