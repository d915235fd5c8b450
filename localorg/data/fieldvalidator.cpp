#include "localorg/data/fieldvalidator.h"

#include "localorg/data/idformat.h"
#include "localorg/data/recordtables.h"
#include "localorg/data/storeddatetime.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>
#include <optional>

namespace sfsync::localorg {

namespace {

const QString kIsDeleted = QStringLiteral("IsDeleted");

RecordError error(const QString &code, const QString &message, const QStringList &fields = {})
{
    return RecordError {code, message, fields};
}

// ISO 8601 as Salesforce accepts it in JSON: date-only (midnight UTC), or date and time with optional
// fraction and an optional Z / +hh:mm / +hhmm offset (none = UTC).
std::optional<QDateTime> parseDateTime(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:[T "
                       "](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?(Z|[+-]\\d{2}:?\\d{2})?)?$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    int ms = 0;
    if (m.hasCaptured(7))
        ms = m.captured(7).left(3).leftJustified(3, QLatin1Char('0')).toInt();
    const QTime time = m.hasCaptured(4) ? QTime(m.captured(4).toInt(), m.captured(5).toInt(),
                                                m.hasCaptured(6) ? m.captured(6).toInt() : 0, ms)
                                        : QTime(0, 0);
    if (!time.isValid())
        return std::nullopt;
    int offsetSeconds = 0;
    const QString zone = m.captured(8);
    if (!zone.isEmpty() && zone != QLatin1String("Z")) {
        const QString digits = QString(zone.mid(1)).remove(QLatin1Char(':'));
        offsetSeconds = (digits.left(2).toInt() * 3600 + digits.mid(2).toInt() * 60)
            * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds).toUTC();
}

bool isValidEmail(const QString &value)
{
    // Salesforce's check is stricter than "contains @" but looser than RFC 5322: one @, a local part and a
    // dotted domain, no spaces.
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$"));
    return re.match(value).hasMatch();
}

QString jsonTokenName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QStringLiteral("VALUE_STRING");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == std::floor(d) ? QStringLiteral("VALUE_NUMBER_INT") : QStringLiteral("VALUE_NUMBER_FLOAT");
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("VALUE_TRUE") : QStringLiteral("VALUE_FALSE");
    case QJsonValue::Array:
        return QStringLiteral("START_ARRAY");
    case QJsonValue::Object:
        return QStringLiteral("START_OBJECT");
    default:
        return QStringLiteral("VALUE_NULL");
    }
}

QString jsonValueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QStringLiteral("[");
    case QJsonValue::Object:
        return QStringLiteral("{");
    default:
        return QStringLiteral("null");
    }
}

QString javaTypeFor(const FieldSchema &field)
{
    if (field.type == QLatin1String("int"))
        return QStringLiteral("int");
    if (field.isNumeric())
        return QStringLiteral("double");
    if (field.isBoolean())
        return QStringLiteral("boolean");
    if (field.isDate())
        return QStringLiteral("date");
    if (field.isDateTime())
        return QStringLiteral("datetime");
    return QStringLiteral("string");
}

// Salesforce rejects a JSON value of the wrong type for the whole request with JSON_PARSER_ERROR (Jackson's
// wording). We leave out the "at [line:1, column:N]" tail, because the store no longer has the request text.
RecordError parserError(const FieldSchema &field, const QJsonValue &value)
{
    return error(
        QStringLiteral("JSON_PARSER_ERROR"),
        QStringLiteral("Cannot deserialize instance of %1 from %2 value %3 or request may be missing a "
                       "required field")
            .arg(javaTypeFor(field), jsonTokenName(value), jsonValueText(value)));
}

// Field lengths count characters, and a character outside the BMP is one though QString holds two units.
qsizetype characterCount(const QString &s)
{
    qsizetype n = 0;
    for (auto it = s.cbegin(); it != s.cend(); ++it) {
        if (!it->isLowSurrogate())
            ++n;
    }
    return n;
}

bool touches(const QJsonObject &fields, const QString &name)
{
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// A request may write a field name in any case.
QJsonValue valueOf(const QJsonObject &fields, const QString &name)
{
    const QJsonValue value = fields.value(name);
    if (!value.isUndefined())
        return value;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return value;
}

// The first two stages of apply(): every name must be a field (Salesforce reports the first unknown one),
// then writable (all read-only ones in one error, in describe order).
std::optional<RecordError> checkNames(const ObjectSchema &object, const QJsonObject &fields, bool creating,
                                      QList<const FieldSchema *> *targets)
{
    QStringList readOnly;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key() == QLatin1String("attributes"))
            continue;
        const FieldSchema *field = object.field(it.key());
        if (!field) {
            return error(
                QStringLiteral("INVALID_FIELD"),
                QStringLiteral("No such column '%1' on sobject of type %2").arg(it.key(), object.name()));
        }
        if (!(creating ? field->createable : field->updateable))
            readOnly.append(field->name);
        targets->append(field);
    }
    if (readOnly.isEmpty())
        return std::nullopt;
    QStringList ordered;
    for (const FieldSchema &field : object.fields()) {
        if (readOnly.contains(field.name))
            ordered.append(field.name);
    }
    return error(QStringLiteral("INVALID_FIELD_FOR_INSERT_UPDATE"),
                 QStringLiteral("Unable to create/update fields: %1. Please check the security settings of "
                                "this field and verify that it is read/write for your profile or permission "
                                "set.")
                     .arg(ordered.join(QStringLiteral(", "))),
                 ordered);
}

} // namespace

struct FieldValidator::Converted
{
    QJsonValue value;
    std::optional<RecordError> error;
    // A wrong JSON type: Salesforce answers the whole request with this error, so no other field counts.
    bool endsRequest = false;

    static Converted stored(const QJsonValue &value) { return {value, std::nullopt, false}; }
    static Converted refused(const RecordError &error) { return {QJsonValue(), error, false}; }
    static Converted unparsable(const FieldSchema &field, const QJsonValue &value)
    {
        return {QJsonValue(), parserError(field, value), true};
    }
};

FieldValidator::FieldValidator(const Catalogue &catalogue, const RecordTables &records)
    : m_catalogue(catalogue)
    , m_records(records)
{ }

QList<RecordError> FieldValidator::apply(const ObjectSchema &object, const QJsonObject &fields, bool creating,
                                         QJsonObject *record) const
{
    QList<const FieldSchema *> targets;
    if (std::optional<RecordError> refused = checkNames(object, fields, creating, &targets))
        return {*refused};
    QList<RecordError> errors;
    for (const FieldSchema *field : std::as_const(targets)) {
        const Converted converted = convert(*field, valueOf(fields, field->name));
        if (converted.endsRequest)
            return {*converted.error};
        if (converted.error)
            errors.append(*converted.error);
        else
            record->insert(field->name, converted.value);
    }
    return errors;
}

QList<RecordError> FieldValidator::checkRequired(const ObjectSchema &object, const QJsonObject &record,
                                                 bool creating, const QJsonObject &fields) const
{
    QStringList missing;
    for (const FieldSchema &field : object.fields()) {
        const QJsonValue v = record.value(field.name);
        const bool empty = v.isUndefined() || v.isNull();
        if (creating) {
            if (field.isRequiredOnCreate() && empty)
                missing.append(field.name);
        } else if (!field.nillable && !field.isBoolean() && field.updateable && empty
                   && touches(fields, field.name)) {
            // An update may not clear a field that cannot be null.
            missing.append(field.name);
        }
    }
    if (missing.isEmpty())
        return {};
    return {error(QStringLiteral("REQUIRED_FIELD_MISSING"),
                  QStringLiteral("Required fields are missing: [%1]").arg(missing.join(QStringLiteral(", "))),
                  missing)};
}

QList<RecordError> FieldValidator::checkUnique(const ObjectSchema &object, const QString &selfId,
                                               const QJsonObject &record, const QJsonObject &fields) const
{
    QList<RecordError> errors;
    for (const FieldSchema &field : object.fields()) {
        if (!field.unique || field.type == QLatin1String("id") || !touches(fields, field.name))
            continue;
        const QString key = RecordTables::indexKey(field, record.value(field.name));
        if (key.isEmpty())
            continue;
        for (const QString &other : m_records.indexLookup(object.name(), field.name, key)) {
            if (other == selfId)
                continue;
            const QJsonObject *otherRecord = m_records.find(other);
            if (!otherRecord || otherRecord->value(kIsDeleted).toBool())
                continue;
            // Salesforce names the other record by its 15-character Id.
            errors.append(
                error(QStringLiteral("DUPLICATE_VALUE"),
                      QStringLiteral("duplicate value found: %1 duplicates value on record with id: %2")
                          .arg(field.name, IdFormat::to15(other))));
            break;
        }
    }
    return errors;
}

FieldValidator::Converted FieldValidator::convert(const FieldSchema &field, const QJsonValue &value) const
{
    if (value.isNull())
        return Converted::stored(field.isBoolean() ? QJsonValue(false) : QJsonValue(QJsonValue::Null));
    if (value.isObject() || value.isArray())
        return Converted::unparsable(field, value);
    if (field.isBoolean())
        return convertBoolean(field, value);
    if (field.isNumeric())
        return convertNumber(field, value);
    if (field.isDate() || field.isDateTime())
        return convertDate(field, value);
    // Text, picklist, Id and reference fields. Salesforce turns numbers and booleans into text.
    const QString text = value.isString() ? value.toString() : jsonValueText(value);
    if (text.isEmpty()) // Salesforce stores an empty string as null.
        return Converted::stored(QJsonValue::Null);
    if (field.isIdType())
        return convertId(field, text);
    return convertText(field, text);
}

FieldValidator::Converted FieldValidator::convertBoolean(const FieldSchema &field, const QJsonValue &value)
{
    if (value.isBool())
        return Converted::stored(value);
    if (value.isString()) {
        const QString text = value.toString();
        if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return Converted::stored(true);
        if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return Converted::stored(false);
    }
    return Converted::unparsable(field, value);
}

FieldValidator::Converted FieldValidator::convertNumber(const FieldSchema &field, const QJsonValue &value)
{
    double number = 0;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        number = value.toString().trimmed().toDouble(&ok);
        if (!ok)
            return Converted::unparsable(field, value);
    } else {
        return Converted::unparsable(field, value);
    }
    const bool isInt = field.type == QLatin1String("int");
    if (isInt && number != std::floor(number))
        return Converted::unparsable(field, value);
    const int integerDigits = isInt ? field.digits : field.precision - field.scale;
    if (integerDigits > 0 && std::fabs(number) >= std::pow(10.0, integerDigits)) {
        return Converted::refused(
            error(QStringLiteral("NUMBER_OUTSIDE_VALID_RANGE"),
                  QStringLiteral("%1: value outside of valid range on numeric field: %2")
                      .arg(field.label, QString::number(number, 'g', 17)),
                  {field.name}));
    }
    return Converted::stored(number);
}

FieldValidator::Converted FieldValidator::convertDate(const FieldSchema &field, const QJsonValue &value)
{
    const std::optional<QDateTime> parsed =
        value.isString() ? parseDateTime(value.toString()) : std::optional<QDateTime>();
    if (!parsed)
        return Converted::unparsable(field, value);
    // A date field keeps the calendar date as written (no time-zone shift).
    if (field.isDate())
        return Converted::stored(value.toString().left(10));
    return Converted::stored(storedDateTime(*parsed));
}

FieldValidator::Converted FieldValidator::convertId(const FieldSchema &field, const QString &text) const
{
    const QString id18 = IdFormat::to18(text);
    bool prefixOk = !id18.isEmpty();
    // The Id must have the key prefix of an object the field refers to, unless one of them is missing from
    // the catalogue: its prefix is unknown, so any Id may be one of its records.
    if (prefixOk && !field.referenceTo.isEmpty()) {
        bool allKnown = true;
        bool matches = false;
        for (const QString &target : field.referenceTo) {
            const ObjectSchema *targetSchema = m_catalogue.object(target);
            if (!targetSchema) {
                allKnown = false;
                continue;
            }
            matches = matches || targetSchema->keyPrefix() == IdFormat::keyPrefix(id18);
        }
        prefixOk = matches || !allKnown;
    }
    if (!prefixOk) {
        return Converted::refused(
            error(QStringLiteral("MALFORMED_ID"),
                  QStringLiteral("%1: id value of incorrect type: %2").arg(field.label, text), {field.name}));
    }
    // A reference to an object the org holds must name an existing, undeleted record.
    if (const ObjectSchema *target = m_catalogue.objectForId(id18);
        target && m_records.hasTable(target->name())) {
        const QJsonObject *referenced = m_records.find(id18);
        if (!referenced) {
            return Converted::refused(error(QStringLiteral("INVALID_CROSS_REFERENCE_KEY"),
                                            QStringLiteral("invalid cross reference id"), {field.name}));
        }
        if (referenced->value(kIsDeleted).toBool()) {
            return Converted::refused(error(QStringLiteral("ENTITY_IS_DELETED"),
                                            QStringLiteral("entity is deleted"), {field.name}));
        }
    }
    return Converted::stored(id18);
}

FieldValidator::Converted FieldValidator::convertText(const FieldSchema &field, const QString &text)
{
    if (field.length > 0 && characterCount(text) > field.length) {
        return Converted::refused(error(QStringLiteral("STRING_TOO_LONG"),
                                        QStringLiteral("%1: data value too large: %2 (max length=%3)")
                                            .arg(field.label, text, QString::number(field.length)),
                                        {field.name}));
    }
    if (field.type == QLatin1String("email") && !isValidEmail(text)) {
        return Converted::refused(
            error(QStringLiteral("INVALID_EMAIL_ADDRESS"),
                  QStringLiteral("%1: invalid email address: %2").arg(field.label, text), {field.name}));
    }
    if (field.restrictedPicklist) {
        // A multi-select picklist holds its values separated by ';'; each must be allowed.
        const QStringList values = field.type == QLatin1String("multipicklist")
            ? text.split(QLatin1Char(';'), Qt::SkipEmptyParts)
            : QStringList {text};
        for (const QString &v : values) {
            if (!field.picklistValues.contains(v)) {
                return Converted::refused(error(
                    QStringLiteral("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"),
                    QStringLiteral("%1: bad value for restricted picklist field: %2").arg(field.label, text),
                    {field.name}));
            }
        }
    }
    return Converted::stored(text);
}

} // namespace sfsync::localorg
