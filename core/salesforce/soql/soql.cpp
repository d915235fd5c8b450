#include "core/salesforce/soql/soql.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>
#include <cmath>

namespace sfsync::Soql {

namespace {

// Free functions' strings, under the context the runtime looks them up in (lupdate reads the
// macro's argument; a free tr() helper would file them under the namespace).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sfsync::Soql)
};

std::optional<QString> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

void appendEscaped(QString &out, QChar c)
{
    switch (c.unicode()) {
    case '\\':
        out += QLatin1String("\\\\");
        break;
    case '\'':
        out += QLatin1String("\\'");
        break;
    case '"':
        out += QLatin1String("\\\"");
        break;
    case '\n':
        out += QLatin1String("\\n");
        break;
    case '\r':
        out += QLatin1String("\\r");
        break;
    case '\t':
        out += QLatin1String("\\t");
        break;
    case '\b':
        out += QLatin1String("\\b");
        break;
    case '\f':
        out += QLatin1String("\\f");
        break;
    default:
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            // Other control characters have no short escape; \uXXXX keeps the literal on one line.
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
}

bool isDateTimeType(const QString &type)
{
    return type == QLatin1String("datetime");
}

std::optional<QString> numberLiteral(const FieldInfo &field, const QVariant &value, QString *error)
{
    const bool integral = field.type == QLatin1String("int") || field.type == QLatin1String("long");
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return value.toString();
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        if (!std::isfinite(d))
            return fail(error, Text::tr("%1 is not a number").arg(value.toString()));
        if (integral && d != std::trunc(d))
            return fail(error, Text::tr("%1 is not a whole number").arg(value.toString()));
        // Shortest exact decimal form, never an exponent (SOQL numbers are plain decimals).
        return QString::number(d, 'f', integral ? 0 : QLocale::FloatingPointShortest);
    }
    default:
        break;
    }
    const QString text = value.toString().trimmed();
    static const QRegularExpression integer(QStringLiteral("^[+-]?[0-9]+$"));
    static const QRegularExpression decimal(QStringLiteral("^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)$"));
    const bool ok = integral ? integer.match(text).hasMatch() : decimal.match(text).hasMatch();
    if (!ok) {
        return fail(error,
                    integral ? Text::tr("'%1' is not a whole number").arg(text)
                             : Text::tr("'%1' is not a number").arg(text));
    }
    QString normalized = text.startsWith(QLatin1Char('+')) ? text.mid(1) : text;
    if (normalized.endsWith(QLatin1Char('.')))
        normalized.chop(1);
    if (normalized.startsWith(QLatin1Char('.')))
        normalized.prepend(QLatin1Char('0'));
    else if (normalized.startsWith(QLatin1String("-.")))
        normalized.insert(1, QLatin1Char('0'));
    return normalized;
}

std::optional<QString> booleanLiteral(const QVariant &value, QString *error)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    const QString text = value.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1"))
        return QStringLiteral("TRUE");
    if (text == QLatin1String("false") || text == QLatin1String("0"))
        return QStringLiteral("FALSE");
    return fail(error, Text::tr("'%1' is not true or false").arg(value.toString()));
}

std::optional<QString> dateLiteral(const QVariant &value, QString *error)
{
    QDate date;
    if (value.typeId() == QMetaType::QDate)
        date = value.toDate();
    else if (value.typeId() == QMetaType::QDateTime)
        date = value.toDateTime().date();
    else {
        // Qt's ISO parser ignores trailing text; only an exact YYYY-MM-DD may become a literal.
        static const QRegularExpression exact(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
        const QString text = value.toString().trimmed();
        if (exact.match(text).hasMatch())
            date = QDate::fromString(text, Qt::ISODate);
    }
    if (!date.isValid() || date.year() < 1 || date.year() > 9999)
        return fail(error, Text::tr("'%1' is not a date (YYYY-MM-DD)").arg(value.toString()));
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}

QDateTime parseDateTime(const QString &input)
{
    QString text = input.trimmed();
    static const QRegularExpression exact(
        QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,3})?)?(Z|[+-][0-9]"
                       "{2}:?[0-9]{2})?$"));
    if (!exact.match(text).hasMatch())
        return {};
    // Salesforce writes offsets as +0000; Qt's ISO parser wants +00:00.
    static const QRegularExpression compactOffset(QStringLiteral("([+-][0-9]{2})([0-9]{2})$"));
    if (text.size() > 10 && text.contains(QLatin1Char('T')))
        text.replace(compactOffset, QStringLiteral("\\1:\\2"));
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        return {};
    // A value without an offset is taken as UTC: a deterministic reading, whatever the machine's zone.
    static const QRegularExpression hasZone(QStringLiteral("(Z|[+-][0-9]{2}:[0-9]{2})$"));
    if (!hasZone.match(text).hasMatch())
        dt.setTimeZone(QTimeZone::utc());
    return dt;
}

std::optional<QString> dateTimeLiteral(const QVariant &value, QString *error)
{
    QDateTime dt;
    if (value.typeId() == QMetaType::QDateTime)
        dt = value.toDateTime();
    else if (value.typeId() != QMetaType::QDate)
        dt = parseDateTime(value.toString());
    if (!dt.isValid())
        return fail(error,
                    Text::tr("'%1' is not a date and time (YYYY-MM-DDThh:mm:ssZ)").arg(value.toString()));
    return dt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

std::optional<QString> timeLiteral(const QVariant &value, QString *error)
{
    QTime time = value.typeId() == QMetaType::QTime
        ? value.toTime()
        : QTime::fromString(value.toString().trimmed().remove(QLatin1Char('Z')), Qt::ISODateWithMs);
    if (!time.isValid())
        return fail(error, Text::tr("'%1' is not a time (hh:mm:ss)").arg(value.toString()));
    return time.toString(QStringLiteral("HH:mm:ss.zzz")) + QLatin1Char('Z');
}

} // namespace

QString escapeString(QStringView text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text)
        appendEscaped(out, c);
    return out;
}

QString escapeLike(QStringView text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_'))
            out += QLatin1Char('\\');
        appendEscaped(out, c);
    }
    return out;
}

std::optional<QString> literal(const FieldInfo &field, const QVariant &value, QString *error)
{
    if (value.isNull() || !value.isValid())
        return QStringLiteral("null");
    if (field.isTextLike()) {
        const QString text = value.toString();
        if (field.isIdLike()) {
            // Salesforce rejects the whole query for a malformed Id; catching it here keeps it a per-row
            // error.
            static const QRegularExpression id(QStringLiteral("^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$"));
            if (!id.match(text).hasMatch())
                return fail(error, Text::tr("'%1' is not a Salesforce record Id").arg(text));
        }
        return QLatin1Char('\'') + escapeString(text) + QLatin1Char('\'');
    }
    if (field.isNumeric())
        return numberLiteral(field, value, error);
    if (field.type == QLatin1String("boolean"))
        return booleanLiteral(value, error);
    if (field.type == QLatin1String("date"))
        return dateLiteral(value, error);
    if (isDateTimeType(field.type))
        return dateTimeLiteral(value, error);
    if (field.type == QLatin1String("time"))
        return timeLiteral(value, error);
    return fail(error,
                Text::tr("Field %1 of type %2 cannot be compared in a query").arg(field.name, field.type));
}

std::optional<QString> identifier(QStringView name)
{
    static const QRegularExpression valid(
        QStringLiteral("^[A-Za-z][A-Za-z0-9_]{0,79}(\\.[A-Za-z][A-Za-z0-9_]{0,79})?$"));
    if (!valid.match(name).hasMatch())
        return std::nullopt;
    return name.toString();
}

QString queryPath(QStringView soql, bool includeDeleted)
{
    return (includeDeleted ? QLatin1String("queryAll?q=") : QLatin1String("query?q="))
        + QString::fromLatin1(QUrl::toPercentEncoding(soql.toString()));
}

} // namespace sfsync::Soql
