#include "core/config/valueconverter.h"

#include "core/salesforce/recordid.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QStringList>
#include <charconv>
#include <cmath>

namespace sfsync {

namespace {

// Free functions' strings, under the context the runtime looks them up in (lupdate reads the
// macro's argument; a free tr() helper would file them under the namespace).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sfsync::ValueConverter)
};

enum class Kind {
    Text,
    Email,
    Picklist,
    MultiPicklist,
    Id,
    Boolean,
    Integer,
    Decimal,
    Date,
    DateTime,
    Time,
    Other
};

Kind kindOf(const QString &type)
{
    // Ordered by how often each type appears in real mappings.
    if (type == QLatin1String("string") || type == QLatin1String("textarea") || type == QLatin1String("phone")
        || type == QLatin1String("url") || type == QLatin1String("combobox")
        || type == QLatin1String("encryptedstring"))
        return Kind::Text;
    if (type == QLatin1String("email"))
        return Kind::Email;
    if (type == QLatin1String("picklist"))
        return Kind::Picklist;
    if (type == QLatin1String("reference") || type == QLatin1String("id"))
        return Kind::Id;
    if (type == QLatin1String("double") || type == QLatin1String("currency")
        || type == QLatin1String("percent"))
        return Kind::Decimal;
    if (type == QLatin1String("int") || type == QLatin1String("long"))
        return Kind::Integer;
    if (type == QLatin1String("boolean"))
        return Kind::Boolean;
    if (type == QLatin1String("date"))
        return Kind::Date;
    if (type == QLatin1String("datetime"))
        return Kind::DateTime;
    if (type == QLatin1String("time"))
        return Kind::Time;
    if (type == QLatin1String("multipicklist"))
        return Kind::MultiPicklist;
    return Kind::Other;
}

qsizetype codePoints(QStringView text)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++n;
    }
    return n;
}

ConvertedValue checkLength(const FieldInfo &field, QStringView text, const QString *whole)
{
    // Salesforce counts characters; UTF-16 length is an upper bound, so count only when it might matter.
    if (field.length > 0 && text.size() > field.length && codePoints(text) > field.length) {
        return ConvertedValue::failure(Text::tr("%1 characters, more than the %2 that %3 holds")
                                           .arg(codePoints(text))
                                           .arg(field.length)
                                           .arg(field.name));
    }
    // The caller's QString when there is one: shared, not copied.
    return {true, QJsonValue(whole ? *whole : text.toString()), {}};
}

bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

// The value of a run of ASCII digits, or -1 when any character is not one.
int fixedDigits(QStringView text)
{
    int n = 0;
    for (const QChar c : text) {
        if (!isDigit(c))
            return -1;
        n = n * 10 + (c.unicode() - '0');
    }
    return n;
}

// Plain decimal: [+-]digits[.digits] (at least one digit). No exponent, no grouping, no comma.
bool parseDecimal(QStringView text, bool integral, int *intDigits, bool *negative)
{
    qsizetype i = 0;
    *negative = false;
    if (i < text.size() && (text.at(i) == QLatin1Char('+') || text.at(i) == QLatin1Char('-'))) {
        *negative = text.at(i) == QLatin1Char('-');
        ++i;
    }
    int before = 0;
    bool leading = true;
    int significant = 0;
    while (i < text.size() && isDigit(text.at(i))) {
        if (!(leading && text.at(i) == QLatin1Char('0'))) {
            leading = false;
            ++significant;
        }
        ++before;
        ++i;
    }
    int after = 0;
    if (i < text.size() && text.at(i) == QLatin1Char('.')) {
        ++i;
        while (i < text.size() && isDigit(text.at(i))) {
            if (integral && text.at(i) != QLatin1Char('0'))
                return false;
            ++after;
            ++i;
        }
    }
    *intDigits = significant;
    return i == text.size() && before + after > 0;
}

QString numberText(double d)
{
    if (d == std::trunc(d) && std::abs(d) < 1e15)
        return QString::number(qint64(d));
    return QString::number(d, 'f', QLocale::FloatingPointShortest);
}

QDateTime parseIsoDateTime(QStringView input, const QTimeZone &zone, bool *hadOffset)
{
    QString text = input.toString();
    if (text.size() > 10 && text.at(10) == QLatin1Char(' '))
        text[10] = QLatin1Char('T');
    *hadOffset = false;
    if (text.endsWith(QLatin1Char('Z')) || text.endsWith(QLatin1Char('z'))) {
        *hadOffset = true;
        text.chop(1);
        text += QStringLiteral("+00:00");
    } else if (text.size() > 19) {
        // +hhmm (Salesforce's own form) -> +hh:mm, which Qt's ISO parser wants.
        const qsizetype n = text.size();
        const QChar sign = text.at(n - 5);
        if ((sign == QLatin1Char('+') || sign == QLatin1Char('-')) && isDigit(text.at(n - 1))
            && isDigit(text.at(n - 4)) && text.at(n - 3) != QLatin1Char(':')) {
            text.insert(n - 2, QLatin1Char(':'));
        }
        const qsizetype m = text.size();
        if (m > 6 && (text.at(m - 6) == QLatin1Char('+') || text.at(m - 6) == QLatin1Char('-'))
            && text.at(m - 3) == QLatin1Char(':'))
            *hadOffset = true;
    }
    if (*hadOffset) {
        QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
        return dt;
    }
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid() || !text.contains(QLatin1Char('T')))
        return {};
    // No offset written: the wall-clock time is read in the action's zone.
    return QDateTime(dt.date(), dt.time(), zone);
}

} // namespace

ValueConverter::ValueConverter()
    : m_timeZone(QTimeZone::utc())
{ }

ValueConverter::ValueConverter(const Action &action)
    : m_dateFormat(action.dateFormat)
    , m_dateTimeFormat(action.dateTimeFormat)
    , m_timeZone(action.timeZone.isEmpty() ? QTimeZone::utc() : QTimeZone(action.timeZone.toUtf8()))
{
    if (!m_timeZone.isValid())
        m_timeZone = QTimeZone::utc();
}

ConvertedValue ValueConverter::convert(const FieldInfo &field, QStringView text) const
{
    return convert(field, text, nullptr);
}

ConvertedValue ValueConverter::convert(const FieldInfo &field, const QString &text) const
{
    return convert(field, QStringView(text), &text);
}

ConvertedValue ValueConverter::convert(const FieldInfo &field, QStringView text, const QString *whole) const
{
    switch (kindOf(field.type)) {
    case Kind::Text:
    case Kind::Other:
        return checkLength(field, text, whole);
    case Kind::Email: {
        const qsizetype at = text.indexOf(QLatin1Char('@'));
        const qsizetype dot = text.lastIndexOf(QLatin1Char('.'));
        bool ok = at > 0 && at == text.lastIndexOf(QLatin1Char('@')) && dot > at + 1 && dot < text.size() - 1;
        for (const QChar c : text) {
            if (c.isSpace())
                ok = false;
        }
        if (!ok)
            return ConvertedValue::failure(Text::tr("\"%1\" is not an e-mail address").arg(text));
        return checkLength(field, text, whole);
    }
    case Kind::Picklist: {
        if (!field.restrictedPicklist)
            return checkLength(field, text, whole);
        for (const PicklistEntry &entry : field.picklistValues) {
            // Salesforce stores the defined spelling; accept any case and send that spelling.
            if (entry.active && entry.value.compare(text, Qt::CaseInsensitive) == 0)
                return {true, QJsonValue(entry.value), {}};
        }
        return ConvertedValue::failure(
            Text::tr("\"%1\" is not a value of the restricted picklist %2").arg(text, field.name));
    }
    case Kind::MultiPicklist: {
        if (!field.restrictedPicklist)
            return checkLength(field, text, whole);
        QStringList values;
        for (QStringView part : text.split(QLatin1Char(';'))) {
            bool found = false;
            for (const PicklistEntry &entry : field.picklistValues) {
                if (entry.active && entry.value.compare(part.trimmed(), Qt::CaseInsensitive) == 0) {
                    values.append(entry.value);
                    found = true;
                    break;
                }
            }
            if (!found)
                return ConvertedValue::failure(Text::tr("\"%1\" is not a value of the restricted picklist %2")
                                                   .arg(part.trimmed(), field.name));
        }
        return {true, QJsonValue(values.join(QLatin1Char(';'))), {}};
    }
    case Kind::Id: {
        if (!RecordId::isValid(text))
            return ConvertedValue::failure(Text::tr("\"%1\" is not a Salesforce record Id").arg(text));
        return {true, QJsonValue(text.toString()), {}};
    }
    case Kind::Boolean: {
        const QStringView t = text.trimmed();
        for (const char *yes : {"true", "1", "yes"}) {
            if (t.compare(QLatin1String(yes), Qt::CaseInsensitive) == 0)
                return {true, QJsonValue(true), {}};
        }
        for (const char *no : {"false", "0", "no"}) {
            if (t.compare(QLatin1String(no), Qt::CaseInsensitive) == 0)
                return {true, QJsonValue(false), {}};
        }
        return ConvertedValue::failure(Text::tr("\"%1\" is not true or false").arg(text));
    }
    case Kind::Integer: {
        const QStringView t = text.trimmed();
        int digits = 0;
        bool negative = false;
        if (!parseDecimal(t, true, &digits, &negative))
            return ConvertedValue::failure(Text::tr("\"%1\" is not a whole number").arg(text));
        const int maxDigits = field.digits > 0 ? field.digits : 18;
        if (digits > maxDigits)
            return ConvertedValue::failure(
                Text::tr("\"%1\" has more than %2 digits").arg(text).arg(maxDigits));
        const qsizetype dot = t.indexOf(QLatin1Char('.'));
        bool ok = false;
        const qint64 n = (dot < 0 ? t : t.first(dot)).toLongLong(&ok);
        if (!ok)
            return ConvertedValue::failure(Text::tr("\"%1\" is not a whole number").arg(text));
        return {true, QJsonValue(n), {}};
    }
    case Kind::Decimal: {
        const QStringView t = text.trimmed();
        int digits = 0;
        bool negative = false;
        if (!parseDecimal(t, false, &digits, &negative))
            return ConvertedValue::failure(
                Text::tr("\"%1\" is not a number (use . as the decimal separator)").arg(text));
        if (field.precision > 0 && digits > field.precision - field.scale) {
            return ConvertedValue::failure(Text::tr("\"%1\" has more than %2 digits before the decimal point")
                                               .arg(text)
                                               .arg(field.precision - field.scale));
        }
        // parseDecimal admitted only [+-]digits[.digits]: plain ASCII for from_chars (QString's locale-aware
        // toDouble was a sixth of the engine's CPU time).
        char buffer[64];
        const QStringView digitsOnly = t.startsWith(QLatin1Char('+')) ? t.sliced(1) : t;
        double d = std::nan("");
        if (digitsOnly.size() < qsizetype(sizeof buffer)) {
            for (qsizetype i = 0; i < digitsOnly.size(); ++i)
                buffer[i] = char(digitsOnly.at(i).unicode());
            const auto [end, ec] = std::from_chars(buffer, buffer + digitsOnly.size(), d);
            if (ec != std::errc() || end != buffer + digitsOnly.size())
                d = std::nan("");
        } else {
            bool ok = false;
            d = t.toDouble(&ok);
            if (!ok)
                d = std::nan("");
        }
        if (!std::isfinite(d))
            return ConvertedValue::failure(Text::tr("\"%1\" is not a number").arg(text));
        return {true, QJsonValue(d), {}};
    }
    case Kind::Date: {
        const QStringView t = text.trimmed();
        QDate date;
        // A written date is the date: any time or offset after it is ignored, so nothing shifts by a day.
        if (t.size() >= 10 && t.at(4) == QLatin1Char('-') && t.at(7) == QLatin1Char('-')) {
            const QStringView iso = t.first(10);
            const int y = fixedDigits(iso.sliced(0, 4));
            const int m = fixedDigits(iso.sliced(5, 2));
            const int dd = fixedDigits(iso.sliced(8, 2));
            if (y >= 0 && m >= 0 && dd >= 0)
                date = QDate(y, m, dd);
            // Already in the form Salesforce wants: send the text as written, no formatting round trip.
            if (date.isValid() && date.year() >= 1700 && date.year() <= 4000)
                return {true, QJsonValue(iso.toString()), {}};
        }
        if (!date.isValid() && !m_dateFormat.isEmpty())
            date = QDate::fromString(t.toString(), m_dateFormat);
        if (!date.isValid() || date.year() < 1700 || date.year() > 4000) {
            return ConvertedValue::failure(
                m_dateFormat.isEmpty()
                    ? Text::tr("\"%1\" is not a date (YYYY-MM-DD)").arg(text)
                    : Text::tr("\"%1\" is not a date (YYYY-MM-DD or %2)").arg(text, m_dateFormat));
        }
        return {true, QJsonValue(date.toString(QStringLiteral("yyyy-MM-dd"))), {}};
    }
    case Kind::DateTime: {
        const QStringView t = text.trimmed();
        bool hadOffset = false;
        QDateTime dt;
        if (t.size() == 10) {
            const QDate d = QDate::fromString(t.toString(), Qt::ISODate);
            if (d.isValid())
                dt = QDateTime(d, QTime(0, 0), m_timeZone);
        } else {
            dt = parseIsoDateTime(t, m_timeZone, &hadOffset);
        }
        if (!dt.isValid() && !m_dateTimeFormat.isEmpty()) {
            const QDateTime local = QDateTime::fromString(t.toString(), m_dateTimeFormat);
            if (local.isValid())
                dt = QDateTime(local.date(), local.time(), m_timeZone);
        }
        if (!dt.isValid() || dt.date().year() < 1700 || dt.date().year() > 4000) {
            return ConvertedValue::failure(
                Text::tr("\"%1\" is not a date and time (YYYY-MM-DDThh:mm:ss, optionally with "
                         "Z or an offset)")
                    .arg(text));
        }
        return {true,
                QJsonValue(dt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z')),
                {}};
    }
    case Kind::Time: {
        QString t = text.trimmed().toString();
        if (t.endsWith(QLatin1Char('Z')))
            t.chop(1);
        QTime time = QTime::fromString(t, Qt::ISODateWithMs);
        if (!time.isValid())
            return ConvertedValue::failure(Text::tr("\"%1\" is not a time (hh:mm:ss)").arg(text));
        return {true, QJsonValue(time.toString(QStringLiteral("HH:mm:ss.zzz")) + QLatin1Char('Z')), {}};
    }
    }
    return checkLength(field, text, whole);
}

QString ValueConverter::matchKey(const FieldInfo &field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    switch (kindOf(field.type)) {
    case Kind::Id:
        return RecordId::key(value.toString());
    case Kind::Integer:
    case Kind::Decimal: {
        const double d = value.isDouble() ? value.toDouble() : value.toString().toDouble();
        return QString::number(d, 'g', 17);
    }
    case Kind::Boolean:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case Kind::DateTime: {
        bool hadOffset = false;
        const QDateTime dt = parseIsoDateTime(value.toString(), QTimeZone::utc(), &hadOffset);
        return dt.isValid() ? QString::number(dt.toMSecsSinceEpoch()) : value.toString();
    }
    case Kind::Date:
        return value.toString().left(10);
    default:
        break;
    }
    const QString text = value.isString() ? value.toString() : displayText(value);
    return field.caseSensitive ? text : text.toCaseFolded();
}

QVariant ValueConverter::soqlValue(const FieldInfo &field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    switch (kindOf(field.type)) {
    case Kind::Integer:
    case Kind::Decimal:
        return displayText(value);
    case Kind::Boolean:
        return value.toBool();
    case Kind::Date:
        return QDate::fromString(value.toString().left(10), Qt::ISODate);
    case Kind::DateTime: {
        bool hadOffset = false;
        return parseIsoDateTime(value.toString(), QTimeZone::utc(), &hadOffset);
    }
    default:
        return value.toString();
    }
}

QString ValueConverter::displayText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return numberText(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

QString ValueConverter::storedKey(const FieldInfo &field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return {};
    switch (kindOf(field.type)) {
    case Kind::Id:
    case Kind::Integer:
    case Kind::Decimal:
    case Kind::Boolean:
    case Kind::Date:
        // Salesforce keeps the decimals an API write sends, beyond the field's scale (docs/salesforce-api.md
        // §2.3): numbers compare by value, unrounded.
        return matchKey(field, value);
    case Kind::DateTime: {
        // A datetime field keeps whole seconds: ".678" is gone once stored.
        bool hadOffset = false;
        const QDateTime dt = parseIsoDateTime(value.toString(), QTimeZone::utc(), &hadOffset);
        if (!dt.isValid())
            return value.toString();
        const qint64 ms = dt.toMSecsSinceEpoch();
        return QString::number(ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000)); // the second it falls in
    }
    case Kind::MultiPicklist: {
        QStringList values = value.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (QString &v : values)
            v = v.trimmed();
        values.sort();
        values.removeDuplicates();
        return values.join(QLatin1Char(';'));
    }
    default:
        // Text as stored: a change of case or of spaces is a change.
        return value.isString() ? value.toString() : displayText(value);
    }
}

bool ValueConverter::sameValue(const FieldInfo &field, const QJsonValue &a, const QJsonValue &b)
{
    return storedKey(field, a) == storedKey(field, b);
}

} // namespace sfsync
