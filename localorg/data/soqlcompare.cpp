#include "localorg/data/soqlcompare.h"

#include <QDateTime>

namespace sfsync::localorg {

SoqlCompare::Kind SoqlCompare::kindOf(const FieldSchema &field)
{
    if (field.isIdType())
        return Kind::Id;
    if (field.isNumeric())
        return Kind::Number;
    if (field.isBoolean())
        return Kind::Boolean;
    if (field.isDate() || field.isDateTime())
        return Kind::Date;
    return field.caseSensitive ? Kind::CaseSensitiveText : Kind::Text;
}

int SoqlCompare::compare(Kind kind, const QJsonValue &a, const QJsonValue &b)
{
    switch (kind) {
    case Kind::Number:
        return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
    case Kind::Boolean:
        return int(a.toBool()) - int(b.toBool());
    case Kind::Text:
        return a.toString().compare(b.toString(), Qt::CaseInsensitive);
    default:
        return a.toString().compare(b.toString());
    }
}

int SoqlCompare::compareForOrder(Kind kind, const QJsonValue &a, const QJsonValue &b, bool descending,
                                 bool nullsLast)
{
    const bool na = isNull(a);
    const bool nb = isNull(b);
    if (na || nb) {
        if (na && nb)
            return 0;
        // Nulls go to the chosen end whatever the direction.
        return (na ? -1 : 1) * (nullsLast ? -1 : 1);
    }
    const int c = compare(kind, a, b);
    return descending ? -c : c;
}

QString SoqlCompare::dateTimeKey(const QString &literal)
{
    // Stored datetimes are UTC "yyyy-MM-ddThh:mm:ss.zzz+0000"; bring the literal into the same form so the
    // strings order like the instants.
    QDateTime dt = QDateTime::fromString(literal, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(literal, Qt::ISODate);
    return dt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("+0000");
}

} // namespace sfsync::localorg
