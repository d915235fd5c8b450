#pragma once

#include "core/config/action.h"
#include "core/config/convertedvalue.h"
#include "core/salesforce/metadata/fieldinfo.h"

#include <QJsonValue>
#include <QString>
#include <QStringView>
#include <QTimeZone>
#include <QVariant>

namespace sfsync {

// Turns source text into typed values by the field's describe type (never by how the text looks):
// numbers with '.' as decimal separator, booleans true/false/1/0/yes/no, dates and datetimes in ISO 8601 or
// the action's formats, picklists against restricted values, Ids with their checksum, e-mail shape, text
// length.
//
// Time rule: a `date` is a calendar date without a zone and is never shifted (a datetime given for a date
// field keeps its written date); a `datetime` without an offset is read in the action's time zone (UTC by
// default) and sent in UTC.
class ValueConverter
{
public:
    ValueConverter(); // ISO formats only, UTC
    explicit ValueConverter(const Action &action);

    // `text` is not empty (empty cells are the caller's business: skip, or null with emptyAs "null").
    [[nodiscard]] ConvertedValue convert(const FieldInfo &field, QStringView text) const;
    // The same; text values share `text` instead of copying it.
    [[nodiscard]] ConvertedValue convert(const FieldInfo &field, const QString &text) const;

    // A key equal for values Salesforce compares as equal on this field: case-insensitive text unless
    // caseSensitive, Ids by 18-character form, numbers, dates, datetimes and booleans by value.
    // Works on converted values and on values from query results alike. Null gives an empty key.
    [[nodiscard]] static QString matchKey(const FieldInfo &field, const QJsonValue &value);
    // The value as Soql::literal wants it for this field.
    [[nodiscard]] static QVariant soqlValue(const FieldInfo &field, const QJsonValue &value);
    // Text for people (preview, results): numbers without exponent noise, booleans true/false, null empty.
    [[nodiscard]] static QString displayText(const QJsonValue &value);
    // A key equal for values Salesforce stores identically on this field, so that a row whose values the
    // record already holds is left unwritten: numbers and booleans by value, Ids by 18-character form,
    // dates by calendar date, datetimes by the UTC second (what a datetime field keeps), multi-select
    // picklists by their set of values, anything else (text, picklists) exactly as written. Works on
    // converted values and on query results alike (REST JSON and Bulk API 2.0 CSV text). Null, Undefined and
    // the empty string (which Salesforce stores as null) give an empty key; every other value a non-empty
    // one.
    [[nodiscard]] static QString storedKey(const FieldInfo &field, const QJsonValue &value);
    // Values Salesforce would store identically: equal storedKey()s (the preview's "unchanged", and the
    // comparison that leaves an unchanged row unwritten).
    [[nodiscard]] static bool sameValue(const FieldInfo &field, const QJsonValue &a, const QJsonValue &b);

private:
    [[nodiscard]] ConvertedValue convert(const FieldInfo &field, QStringView text,
                                         const QString *whole) const;

    QString m_dateFormat;
    QString m_dateTimeFormat;
    QTimeZone m_timeZone;
};

} // namespace sfsync
