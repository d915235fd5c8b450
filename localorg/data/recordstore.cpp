#include "localorg/data/recordstore.h"

#include "localorg/data/idformat.h"
#include "localorg/data/recorddatabase.h"
#include "localorg/localorglogging.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace sfsync::localorg {

namespace {

const QString kId = QStringLiteral("Id");
const QString kIsDeleted = QStringLiteral("IsDeleted");

RecordError error(const QString &code, const QString &message, const QStringList &fields = {})
{
    return RecordError {code, message, fields};
}

QString formatDateTime(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("+0000");
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

// Salesforce rejects a JSON value of the wrong type for the whole request with JSON_PARSER_ERROR (Jackson's
// wording). We leave out the "at [line:1, column:N]" tail, because the store no longer has the request text.
RecordError parserError(const QString &javaType, const QJsonValue &value)
{
    return error(
        QStringLiteral("JSON_PARSER_ERROR"),
        QStringLiteral("Cannot deserialize instance of %1 from %2 value %3 or request may be missing a "
                       "required field")
            .arg(javaType, jsonTokenName(value), jsonValueText(value)));
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

qsizetype characterCount(const QString &s)
{
    qsizetype n = 0;
    for (auto it = s.cbegin(); it != s.cend(); ++it) {
        if (!it->isLowSurrogate())
            ++n;
    }
    return n;
}

QString personName(const QJsonObject &record)
{
    QStringList parts;
    for (const QString &key : {QStringLiteral("FirstName"), QStringLiteral("LastName")}) {
        const QString part = record.value(key).toString();
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QLatin1Char(' '));
}

QDateTime systemRecordsDate()
{
    return QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
}

} // namespace

RecordStore::RecordStore(Catalogue catalogue)
    : m_catalogue(std::move(catalogue))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    insertSystemRecords();
}

RecordStore::~RecordStore() = default;

QString RecordStore::userId()
{
    return IdFormat::make(u"005", 0);
}

QString RecordStore::organizationId()
{
    return IdFormat::make(u"00D", 0);
}

bool RecordStore::open(const QString &dataDirectory, QString *errorText)
{
    m_data.clear();
    m_undo.clear();
    m_savepoints.clear();
    m_dirty.clear();
    m_counter = 0;
    m_database.reset();
    if (dataDirectory.isEmpty() || dataDirectory == QLatin1String(":memory:")) {
        insertSystemRecords();
        return true;
    }
    auto database = std::make_unique<RecordDatabase>();
    if (!database->open(dataDirectory, errorText))
        return false;
    quint64 counter = 0;
    const bool loaded = database->load(
        [this](const QString &objectName, const QJsonObject &record) {
            const ObjectSchema *info = m_catalogue.object(objectName);
            const QString id = record.value(kId).toString();
            if (!info || id.isEmpty()) {
                qCWarning(lcLocalOrgStore) << "skipping a stored record of unknown object" << objectName;
                return;
            }
            ObjectData &data = m_data[info->name()];
            data.records.insert(id, record);
            if (record.value(kIsDeleted).toBool())
                ++data.deleted;
        },
        &counter, errorText);
    if (!loaded)
        return false;
    m_counter = counter;
    for (auto it = m_data.begin(); it != m_data.end(); ++it)
        buildIndexes(*m_catalogue.object(it.key()), it.value());
    m_database = std::move(database);
    insertSystemRecords();
    qCInfo(lcLocalOrgStore) << "opened" << dataDirectory;
    return true;
}

bool RecordStore::isPersistent() const
{
    return m_database != nullptr;
}

bool RecordStore::addField(const QString &object, const QJsonObject &fieldJson, QString *errorText)
{
    if (!m_catalogue.addField(object, fieldJson, errorText))
        return false;
    const ObjectSchema *info = m_catalogue.object(object);
    if (ObjectData *data = dataFor(info->name()))
        buildIndexes(*info, *data);
    return true;
}

void RecordStore::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

bool RecordStore::setTimeZone(const QString &sidKey)
{
    // GMT and UTC need no time zone database.
    const QTimeZone zone = sidKey == QLatin1String("GMT") || sidKey == QLatin1String("UTC")
        ? QTimeZone::utc()
        : QTimeZone(sidKey.toUtf8());
    if (!zone.isValid())
        return false;
    m_timeZone = zone;
    m_timeZoneSidKey = sidKey;
    for (const QString &id : {userId(), organizationId()}) {
        const QJsonObject *stored = find(id);
        if (!stored)
            continue;
        QJsonObject record = *stored;
        record.insert(QStringLiteral("TimeZoneSidKey"), sidKey);
        putRecord(*m_catalogue.objectForId(id), id, record);
    }
    flush();
    return true;
}

RecordStore::ObjectData *RecordStore::dataFor(const QString &objectName)
{
    const auto it = m_data.find(objectName);
    return it == m_data.end() ? nullptr : &it.value();
}

const RecordStore::ObjectData *RecordStore::dataFor(const QString &objectName) const
{
    const auto it = m_data.constFind(objectName);
    return it == m_data.cend() ? nullptr : &it.value();
}

QString RecordStore::indexKey(const FieldSchema &field, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: {
        const QString s = value.toString();
        if (field.isIdType())
            return IdFormat::to18(s);
        return field.caseSensitive ? s : s.toCaseFolded();
    }
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

void RecordStore::buildIndexes(const ObjectSchema &info, ObjectData &data)
{
    data.indexes.clear();
    for (const FieldSchema &field : info.fields()) {
        if (field.isIndexed())
            data.indexes.insert(field.name.toLower(), {});
    }
    for (auto it = data.records.cbegin(); it != data.records.cend(); ++it)
        indexRecord(info, data, it.key(), it.value(), true);
}

void RecordStore::indexRecord(const ObjectSchema &info, ObjectData &data, const QString &id,
                              const QJsonObject &record, bool add)
{
    for (auto index = data.indexes.begin(); index != data.indexes.end(); ++index) {
        const FieldSchema *field = info.field(index.key());
        if (!field)
            continue;
        const QString key = indexKey(*field, record.value(field->name));
        if (key.isEmpty())
            continue;
        if (add) {
            index.value()[key].append(id);
        } else {
            auto bucket = index.value().find(key);
            if (bucket != index.value().end()) {
                bucket.value().removeOne(id);
                if (bucket.value().isEmpty())
                    index.value().erase(bucket);
            }
        }
    }
}

void RecordStore::putRecord(const ObjectSchema &info, const QString &id, const QJsonObject &record)
{
    auto found = m_data.find(info.name());
    if (found == m_data.end()) {
        found = m_data.insert(info.name(), ObjectData {});
        buildIndexes(info, found.value());
    }
    ObjectData &data = found.value();
    const auto existing = data.records.constFind(id);
    std::optional<QJsonObject> before;
    if (existing != data.records.cend())
        before = existing.value();
    if (!m_savepoints.isEmpty())
        m_undo.append(UndoEntry {info.name(), id, before});
    if (before) {
        indexRecord(info, data, id, *before, false);
        if (before->value(kIsDeleted).toBool())
            --data.deleted;
    }
    data.records.insert(id, record);
    indexRecord(info, data, id, record, true);
    if (record.value(kIsDeleted).toBool())
        ++data.deleted;
    markDirty(id);
}

void RecordStore::restoreRecord(const QString &object, const QString &id,
                                const std::optional<QJsonObject> &before)
{
    const ObjectSchema *info = m_catalogue.object(object);
    ObjectData *data = dataFor(object);
    if (!info || !data)
        return;
    const auto current = data->records.constFind(id);
    if (current != data->records.cend()) {
        indexRecord(*info, *data, id, current.value(), false);
        if (current.value().value(kIsDeleted).toBool())
            --data->deleted;
        data->records.remove(id);
    }
    if (before) {
        data->records.insert(id, *before);
        indexRecord(*info, *data, id, *before, true);
        if (before->value(kIsDeleted).toBool())
            ++data->deleted;
    }
    markDirty(id);
}

void RecordStore::markDirty(const QString &id)
{
    if (m_database)
        m_dirty.insert(id);
}

void RecordStore::flush()
{
    if (!m_database || m_dirty.isEmpty() || !m_savepoints.isEmpty())
        return;
    QList<RecordDatabase::Change> changes;
    changes.reserve(m_dirty.size());
    for (const QString &id : std::as_const(m_dirty)) {
        const ObjectSchema *info = m_catalogue.objectForId(id);
        const QJsonObject *record = find(id);
        changes.append(RecordDatabase::Change {id, info ? info->name() : QString(),
                                               record ? std::optional<QJsonObject>(*record) : std::nullopt});
    }
    m_dirty.clear();
    QString errorText;
    if (!m_database->write(changes, m_counter, &errorText))
        qCWarning(lcLocalOrgStore) << "cannot write the data folder:" << errorText;
}

QString RecordStore::nowString() const
{
    QDateTime now = m_clock().toUTC();
    // Salesforce's system timestamps have second precision (".000").
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    return formatDateTime(now);
}

QString RecordStore::nextId(const ObjectSchema &info)
{
    return IdFormat::make(info.keyPrefix(), ++m_counter);
}

QJsonValue RecordStore::fieldValue(const ObjectSchema &object, const FieldSchema &field,
                                   const QJsonObject &record)
{
    if (field.type != QLatin1String("address"))
        return record.value(field.name).isUndefined() ? QJsonValue(QJsonValue::Null)
                                                      : record.value(field.name);
    // BillingAddress <- BillingStreet, BillingCity, ...; Lead.Address <- Street, City, ...
    const QString prefix = field.name.chopped(int(QStringLiteral("Address").size()));
    QJsonObject address;
    bool any = false;
    for (const FieldSchema &component : object.fields()) {
        if (component.compoundFieldName != field.name || !component.name.startsWith(prefix))
            continue;
        QString key = component.name.mid(prefix.size());
        key[0] = key.at(0).toLower();
        const QJsonValue v = record.value(component.name);
        any = any || (!v.isUndefined() && !v.isNull());
        address.insert(key, v.isUndefined() ? QJsonValue(QJsonValue::Null) : v);
    }
    return any ? QJsonValue(address) : QJsonValue(QJsonValue::Null);
}

QList<RecordError> RecordStore::applyFields(const ObjectSchema &info, const QJsonObject &fields,
                                            bool creating, const QString &selfId, QJsonObject *record) const
{
    Q_UNUSED(selfId)
    // Stage 1: names. Salesforce reports the first unknown field.
    QList<const FieldSchema *> targets;
    QStringList readOnly;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key() == QLatin1String("attributes"))
            continue;
        const FieldSchema *field = info.field(it.key());
        if (!field) {
            return {error(
                QStringLiteral("INVALID_FIELD"),
                QStringLiteral("No such column '%1' on sobject of type %2").arg(it.key(), info.name()))};
        }
        if (!(creating ? field->createable : field->updateable))
            readOnly.append(field->name);
        targets.append(field);
    }
    // Stage 2: permissions, all offending fields in one error (in describe order).
    if (!readOnly.isEmpty()) {
        QStringList ordered;
        for (const FieldSchema &field : info.fields()) {
            if (readOnly.contains(field.name))
                ordered.append(field.name);
        }
        readOnly = ordered;
        return {
            error(QStringLiteral("INVALID_FIELD_FOR_INSERT_UPDATE"),
                  QStringLiteral("Unable to create/update fields: %1. Please check the security settings of "
                                 "this field and verify that it is read/write for your profile or permission "
                                 "set.")
                      .arg(readOnly.join(QStringLiteral(", "))),
                  readOnly)};
    }
    // Stage 3: JSON types (request-level in Salesforce, so the first one ends it), then values.
    QList<RecordError> errors;
    for (const FieldSchema *field : std::as_const(targets)) {
        QJsonValue value = fields.value(field->name);
        if (value.isUndefined()) {
            // The key was written in another case; find it.
            for (auto it = fields.begin(); it != fields.end(); ++it) {
                if (it.key().compare(field->name, Qt::CaseInsensitive) == 0) {
                    value = it.value();
                    break;
                }
            }
        }
        const QString &type = field->type;
        if (value.isNull()) {
            record->insert(field->name,
                           field->isBoolean() ? QJsonValue(false) : QJsonValue(QJsonValue::Null));
            continue;
        }
        if (value.isObject() || value.isArray())
            return {parserError(javaTypeFor(*field), value)};

        if (field->isBoolean()) {
            if (value.isBool()) {
                record->insert(field->name, value);
            } else if (value.isString()
                       && (value.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
                           || value.toString().compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)) {
                record->insert(field->name,
                               value.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0);
            } else {
                return {parserError(javaTypeFor(*field), value)};
            }
            continue;
        }
        if (field->isNumeric()) {
            double number = 0;
            if (value.isDouble()) {
                number = value.toDouble();
            } else if (value.isString()) {
                bool ok = false;
                number = value.toString().trimmed().toDouble(&ok);
                if (!ok)
                    return {parserError(javaTypeFor(*field), value)};
            } else {
                return {parserError(javaTypeFor(*field), value)};
            }
            if (type == QLatin1String("int") && number != std::floor(number))
                return {parserError(javaTypeFor(*field), value)};
            const int integerDigits =
                type == QLatin1String("int") ? field->digits : field->precision - field->scale;
            if (integerDigits > 0 && std::fabs(number) >= std::pow(10.0, integerDigits)) {
                errors.append(error(QStringLiteral("NUMBER_OUTSIDE_VALID_RANGE"),
                                    QStringLiteral("%1: value outside of valid range on numeric field: %2")
                                        .arg(field->label, QString::number(number, 'g', 17)),
                                    {field->name}));
                continue;
            }
            record->insert(field->name, number);
            continue;
        }
        if (field->isDate() || field->isDateTime()) {
            const std::optional<QDateTime> parsed =
                value.isString() ? parseDateTime(value.toString()) : std::optional<QDateTime>();
            if (!parsed)
                return {parserError(javaTypeFor(*field), value)};
            if (field->isDate()) {
                // A date field keeps the calendar date as written (no time-zone shift).
                record->insert(field->name, value.toString().left(10));
            } else {
                record->insert(field->name, formatDateTime(*parsed));
            }
            continue;
        }

        // Text, picklist, Id and reference fields. Salesforce turns numbers and booleans into text.
        QString text = value.isString() ? value.toString() : jsonValueText(value);
        if (text.isEmpty()) {
            // An empty string is stored as null.
            record->insert(field->name, QJsonValue::Null);
            continue;
        }
        if (field->isIdType()) {
            const QString id18 = IdFormat::to18(text);
            bool prefixOk = !id18.isEmpty();
            if (prefixOk && !field->referenceTo.isEmpty()) {
                bool allKnown = true;
                bool matches = false;
                for (const QString &target : field->referenceTo) {
                    const ObjectSchema *targetInfo = m_catalogue.object(target);
                    if (!targetInfo) {
                        allKnown = false;
                        continue;
                    }
                    matches = matches || targetInfo->keyPrefix() == IdFormat::keyPrefix(id18);
                }
                prefixOk = matches || !allKnown;
            }
            if (!prefixOk) {
                errors.append(
                    error(QStringLiteral("MALFORMED_ID"),
                          QStringLiteral("%1: id value of incorrect type: %2").arg(field->label, text),
                          {field->name}));
                continue;
            }
            // A reference to an object the org holds must name an existing, undeleted record.
            if (const ObjectSchema *target = m_catalogue.objectForId(id18);
                target && dataFor(target->name())) {
                const QJsonObject *referenced = find(id18);
                if (!referenced) {
                    errors.append(error(QStringLiteral("INVALID_CROSS_REFERENCE_KEY"),
                                        QStringLiteral("invalid cross reference id"), {field->name}));
                    continue;
                }
                if (referenced->value(kIsDeleted).toBool()) {
                    errors.append(error(QStringLiteral("ENTITY_IS_DELETED"),
                                        QStringLiteral("entity is deleted"), {field->name}));
                    continue;
                }
            }
            record->insert(field->name, id18);
            continue;
        }
        if (field->length > 0 && characterCount(text) > field->length) {
            errors.append(error(QStringLiteral("STRING_TOO_LONG"),
                                QStringLiteral("%1: data value too large: %2 (max length=%3)")
                                    .arg(field->label, text, QString::number(field->length)),
                                {field->name}));
            continue;
        }
        if (type == QLatin1String("email") && !isValidEmail(text)) {
            errors.append(error(QStringLiteral("INVALID_EMAIL_ADDRESS"),
                                QStringLiteral("%1: invalid email address: %2").arg(field->label, text),
                                {field->name}));
            continue;
        }
        if (field->restrictedPicklist) {
            const QStringList values = type == QLatin1String("multipicklist")
                ? text.split(QLatin1Char(';'), Qt::SkipEmptyParts)
                : QStringList {text};
            bool ok = true;
            for (const QString &v : values)
                ok = ok && field->picklistValues.contains(v);
            if (!ok) {
                errors.append(error(
                    QStringLiteral("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"),
                    QStringLiteral("%1: bad value for restricted picklist field: %2").arg(field->label, text),
                    {field->name}));
                continue;
            }
        }
        record->insert(field->name, text);
    }
    return errors;
}

QList<RecordError> RecordStore::checkRequired(const ObjectSchema &info, const QJsonObject &record,
                                              bool creating, const QJsonObject &fields) const
{
    QStringList missing;
    for (const FieldSchema &field : info.fields()) {
        if (creating) {
            if (!field.isRequiredOnCreate())
                continue;
            const QJsonValue v = record.value(field.name);
            if (v.isUndefined() || v.isNull())
                missing.append(field.name);
        } else {
            // An update may not clear a field that cannot be null.
            if (field.nillable || field.isBoolean() || !field.updateable)
                continue;
            const QJsonValue v = record.value(field.name);
            bool touched = false;
            for (auto it = fields.begin(); it != fields.end() && !touched; ++it)
                touched = it.key().compare(field.name, Qt::CaseInsensitive) == 0;
            if (touched && (v.isUndefined() || v.isNull()))
                missing.append(field.name);
        }
    }
    if (missing.isEmpty())
        return {};
    return {error(QStringLiteral("REQUIRED_FIELD_MISSING"),
                  QStringLiteral("Required fields are missing: [%1]").arg(missing.join(QStringLiteral(", "))),
                  missing)};
}

QList<RecordError> RecordStore::checkUnique(const ObjectSchema &info, const QString &selfId,
                                            const QJsonObject &record, const QJsonObject &fields) const
{
    const ObjectData *data = dataFor(info.name());
    if (!data)
        return {};
    QList<RecordError> errors;
    for (const FieldSchema &field : info.fields()) {
        if (!field.unique || field.type == QLatin1String("id"))
            continue;
        bool touched = false;
        for (auto it = fields.begin(); it != fields.end() && !touched; ++it)
            touched = it.key().compare(field.name, Qt::CaseInsensitive) == 0;
        if (!touched)
            continue;
        const QString key = indexKey(field, record.value(field.name));
        if (key.isEmpty())
            continue;
        const auto index = data->indexes.constFind(field.name.toLower());
        if (index == data->indexes.cend())
            continue;
        const QList<QString> ids = index.value().value(key);
        for (const QString &other : ids) {
            if (other == selfId)
                continue;
            const QJsonObject *otherRecord = find(other);
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

WriteResult RecordStore::create(const QString &object, const QJsonObject &fields)
{
    WriteResult result;
    const ObjectSchema *info = m_catalogue.object(object);
    if (!info) {
        result.errors.append(error(QStringLiteral("INVALID_TYPE"),
                                   QStringLiteral("sObject type '%1' is not supported.").arg(object)));
        return result;
    }
    result.object = info->name();
    if (!info->flag(QStringLiteral("createable"))) {
        result.errors.append(error(QStringLiteral("INVALID_TYPE_FOR_OPERATION"),
                                   QStringLiteral("entity type cannot be inserted: %1").arg(info->name())));
        return result;
    }
    QJsonObject input = fields;
    for (auto it = input.begin(); it != input.end();) {
        if (it.key().compare(kId, Qt::CaseInsensitive) == 0) {
            if (!it.value().isNull()) {
                result.errors.append(error(QStringLiteral("INVALID_FIELD_FOR_INSERT_UPDATE"),
                                           QStringLiteral("cannot specify Id in an insert call"), {kId}));
                return result;
            }
            it = input.erase(it);
        } else {
            ++it;
        }
    }
    QJsonObject record;
    result.errors = applyFields(*info, input, true, QString(), &record);
    if (!result.ok())
        return result;

    for (const FieldSchema &field : info->fields()) {
        if (record.contains(field.name) && !record.value(field.name).isNull())
            continue;
        if (field.isBoolean() && !record.contains(field.name))
            record.insert(field.name, field.defaultValue.isBool() ? field.defaultValue.toBool() : false);
        else if (!field.defaultPicklistValue.isEmpty() && field.defaultedOnCreate
                 && !record.contains(field.name))
            record.insert(field.name, field.defaultPicklistValue);
    }
    if (info->field(QStringLiteral("OwnerId")) && !record.contains(QLatin1String("OwnerId")))
        record.insert(QStringLiteral("OwnerId"), userId());
    if (const FieldSchema *name = info->field(QStringLiteral("Name"));
        name && !name->createable && info->field(QStringLiteral("LastName"))) {
        record.insert(QStringLiteral("Name"), personName(record));
    }

    result.errors = checkRequired(*info, record, true, input);
    if (result.ok())
        result.errors = checkUnique(*info, QString(), record, input);
    if (!result.ok())
        return result;

    const QString id = nextId(*info);
    const QString now = nowString();
    record.insert(kId, id);
    record.insert(kIsDeleted, false);
    for (const QString &key : {QStringLiteral("CreatedDate"), QStringLiteral("LastModifiedDate"),
                               QStringLiteral("SystemModstamp")}) {
        if (info->field(key))
            record.insert(key, now);
    }
    for (const QString &key : {QStringLiteral("CreatedById"), QStringLiteral("LastModifiedById")}) {
        if (info->field(key))
            record.insert(key, userId());
    }
    putRecord(*info, id, record);
    flush();
    result.id = id;
    result.record = record;
    return result;
}

const ObjectSchema *RecordStore::resolve(const QString &object, const QString &id, QString *id18,
                                         WriteResult *result) const
{
    const ObjectSchema *info = object.isEmpty() ? m_catalogue.objectForId(id) : m_catalogue.object(object);
    if (!object.isEmpty() && !info) {
        result->errors.append(error(QStringLiteral("INVALID_TYPE"),
                                    QStringLiteral("sObject type '%1' is not supported.").arg(object)));
        return nullptr;
    }
    *id18 = IdFormat::to18(id);
    if (id18->isEmpty() || !info || info->keyPrefix() != IdFormat::keyPrefix(*id18)) {
        const QString label = info ? info->label() : QStringLiteral("Record");
        result->errors.append(error(QStringLiteral("MALFORMED_ID"),
                                    QStringLiteral("%1 ID: id value of incorrect type: %2").arg(label, id)));
        return nullptr;
    }
    result->object = info->name();
    const QJsonObject *record = find(*id18);
    if (!record) {
        result->errors.append(
            error(QStringLiteral("NOT_FOUND"), QStringLiteral("The requested resource does not exist")));
        return nullptr;
    }
    result->id = *id18;
    return info;
}

WriteResult RecordStore::update(const QString &object, const QString &id, const QJsonObject &fields)
{
    WriteResult result;
    QString id18;
    const ObjectSchema *info = resolve(object, id, &id18, &result);
    if (!info)
        return result;
    QJsonObject record = *find(id18);
    if (record.value(kIsDeleted).toBool()) {
        result.errors.append(error(QStringLiteral("ENTITY_IS_DELETED"), QStringLiteral("entity is deleted")));
        return result;
    }
    QJsonObject input = fields;
    for (auto it = input.begin(); it != input.end();) {
        if (it.key().compare(kId, Qt::CaseInsensitive) == 0 && IdFormat::same(it.value().toString(), id18))
            it = input.erase(it);
        else
            ++it;
    }
    result.errors = applyFields(*info, input, false, id18, &record);
    if (!result.ok())
        return result;
    if (const FieldSchema *name = info->field(QStringLiteral("Name"));
        name && !name->createable && info->field(QStringLiteral("LastName"))) {
        record.insert(QStringLiteral("Name"), personName(record));
    }
    result.errors = checkRequired(*info, record, false, input);
    if (result.ok())
        result.errors = checkUnique(*info, id18, record, input);
    if (!result.ok())
        return result;
    const QString now = nowString();
    if (info->field(QStringLiteral("LastModifiedDate")))
        record.insert(QStringLiteral("LastModifiedDate"), now);
    if (info->field(QStringLiteral("SystemModstamp")))
        record.insert(QStringLiteral("SystemModstamp"), now);
    putRecord(*info, id18, record);
    flush();
    result.record = record;
    return result;
}

WriteResult RecordStore::remove(const QString &object, const QString &id)
{
    WriteResult result;
    QString id18;
    const ObjectSchema *info = resolve(object, id, &id18, &result);
    if (!info)
        return result;
    QJsonObject record = *find(id18);
    if (record.value(kIsDeleted).toBool()) {
        result.errors.append(error(QStringLiteral("ENTITY_IS_DELETED"), QStringLiteral("entity is deleted")));
        return result;
    }
    if (!info->flag(QStringLiteral("deletable"))) {
        result.errors.append(error(QStringLiteral("INVALID_TYPE_FOR_OPERATION"),
                                   QStringLiteral("entity type cannot be deleted: %1").arg(info->name())));
        return result;
    }
    record.insert(kIsDeleted, true);
    record.insert(QStringLiteral("SystemModstamp"), nowString());
    putRecord(*info, id18, record);
    flush();
    result.record = record;
    return result;
}

WriteResult RecordStore::undelete(const QString &object, const QString &id)
{
    WriteResult result;
    QString id18;
    const ObjectSchema *info = resolve(object, id, &id18, &result);
    if (!info)
        return result;
    QJsonObject record = *find(id18);
    if (!record.value(kIsDeleted).toBool()) {
        result.errors.append(
            error(QStringLiteral("UNDELETE_FAILED"), QStringLiteral("Entity is not in the recycle bin")));
        return result;
    }
    // A unique value taken by another record meanwhile blocks the undelete, as in Salesforce.
    QJsonObject uniqueFields;
    for (const FieldSchema &field : info->fields()) {
        if (field.unique)
            uniqueFields.insert(field.name, record.value(field.name));
    }
    result.errors = checkUnique(*info, id18, record, uniqueFields);
    if (!result.ok())
        return result;
    record.insert(kIsDeleted, false);
    record.insert(QStringLiteral("SystemModstamp"), nowString());
    putRecord(*info, id18, record);
    flush();
    result.record = record;
    return result;
}

WriteResult RecordStore::get(const QString &object, const QString &id, const QStringList &fields,
                             bool includeDeleted) const
{
    WriteResult result;
    QString id18;
    const ObjectSchema *info = resolve(object, id, &id18, &result);
    if (!info)
        return result;
    const QJsonObject &stored = *find(id18);
    if (stored.value(kIsDeleted).toBool() && !includeDeleted) {
        result.errors.append(error(QStringLiteral("ENTITY_IS_DELETED"), QStringLiteral("entity is deleted")));
        return result;
    }
    QJsonObject out;
    if (fields.isEmpty()) {
        for (const FieldSchema &field : info->fields())
            out.insert(field.name, fieldValue(*info, field, stored));
    } else {
        for (const QString &name : fields) {
            const FieldSchema *field = info->field(name.trimmed());
            if (!field) {
                result.errors.append(error(QStringLiteral("INVALID_FIELD"),
                                           QStringLiteral("No such column '%1' on sobject of type %2")
                                               .arg(name.trimmed(), info->name())));
                return result;
            }
            out.insert(field->name, fieldValue(*info, *field, stored));
        }
    }
    result.record = out;
    return result;
}

QStringList RecordStore::findByField(const QString &object, const QString &fieldName, const QJsonValue &value,
                                     bool includeDeleted) const
{
    const ObjectSchema *info = m_catalogue.object(object);
    const ObjectData *data = info ? dataFor(info->name()) : nullptr;
    const FieldSchema *field = info ? info->field(fieldName) : nullptr;
    if (!data || !field)
        return {};
    const QString key = indexKey(*field, value);
    if (key.isEmpty())
        return {};
    QStringList ids;
    if (field->type == QLatin1String("id")) {
        if (const QJsonObject *record = find(key); record && IdFormat::keyPrefix(key) == info->keyPrefix()
            && (includeDeleted || !record->value(kIsDeleted).toBool())) {
            ids.append(key);
        }
        return ids;
    }
    const auto index = data->indexes.constFind(field->name.toLower());
    if (index != data->indexes.cend()) {
        for (const QString &id : index.value().value(key)) {
            if (includeDeleted || !data->records.value(id).value(kIsDeleted).toBool())
                ids.append(id);
        }
        std::sort(ids.begin(), ids.end());
        return ids;
    }
    for (auto it = data->records.cbegin(); it != data->records.cend(); ++it) {
        if (!includeDeleted && it.value().value(kIsDeleted).toBool())
            continue;
        if (indexKey(*field, it.value().value(field->name)) == key)
            ids.append(it.key());
    }
    return ids;
}

int RecordStore::savepoint()
{
    m_savepoints.append(m_undo.size());
    return int(m_savepoints.size()) - 1;
}

void RecordStore::rollbackTo(int savepoint)
{
    if (savepoint < 0 || savepoint >= m_savepoints.size())
        return;
    const qsizetype mark = m_savepoints.at(savepoint);
    while (m_undo.size() > mark) {
        const UndoEntry entry = m_undo.takeLast();
        restoreRecord(entry.object, entry.id, entry.before);
    }
    m_savepoints.resize(savepoint);
    if (m_savepoints.isEmpty())
        m_undo.clear();
    flush();
}

void RecordStore::release(int savepoint)
{
    if (savepoint < 0 || savepoint >= m_savepoints.size())
        return;
    m_savepoints.resize(savepoint);
    if (m_savepoints.isEmpty())
        m_undo.clear();
    flush();
}

QList<QJsonObject> RecordStore::records(const QString &object, bool includeDeleted) const
{
    QList<QJsonObject> out;
    forEach(object, includeDeleted, [&out](const QJsonObject &record) {
        out.append(record);
        return true;
    });
    return out;
}

int RecordStore::count(const QString &object, bool includeDeleted) const
{
    const ObjectSchema *info = m_catalogue.object(object);
    const ObjectData *data = info ? dataFor(info->name()) : nullptr;
    if (!data)
        return 0;
    return int(data->records.size()) - (includeDeleted ? 0 : data->deleted);
}

std::optional<QJsonObject> RecordStore::record(const QString &id) const
{
    const QJsonObject *found = find(IdFormat::to18(id));
    return found ? std::optional<QJsonObject>(*found) : std::nullopt;
}

const QJsonObject *RecordStore::find(const QString &id18) const
{
    const ObjectSchema *info = m_catalogue.objectForId(id18);
    const ObjectData *data = info ? dataFor(info->name()) : nullptr;
    if (!data)
        return nullptr;
    const auto it = data->records.constFind(id18);
    return it == data->records.cend() ? nullptr : &it.value();
}

void RecordStore::forEach(const QString &object, bool includeDeleted,
                          const std::function<bool(const QJsonObject &)> &visit) const
{
    const ObjectSchema *info = m_catalogue.object(object);
    const ObjectData *data = info ? dataFor(info->name()) : nullptr;
    if (!data)
        return;
    for (auto it = data->records.cbegin(); it != data->records.cend(); ++it) {
        if (!includeDeleted && it.value().value(kIsDeleted).toBool())
            continue;
        if (!visit(it.value()))
            return;
    }
}

bool RecordStore::hasIndex(const QString &object, const QString &field) const
{
    const ObjectSchema *info = m_catalogue.object(object);
    const ObjectData *data = info ? dataFor(info->name()) : nullptr;
    return data && data->indexes.contains(field.toLower());
}

QList<QString> RecordStore::indexLookup(const QString &object, const QString &field, const QString &key) const
{
    const ObjectSchema *info = m_catalogue.object(object);
    const ObjectData *data = info ? dataFor(info->name()) : nullptr;
    if (!data)
        return {};
    const auto index = data->indexes.constFind(field.toLower());
    return index == data->indexes.cend() ? QList<QString>() : index.value().value(key);
}

void RecordStore::clear()
{
    m_data.clear();
    m_undo.clear();
    m_savepoints.clear();
    m_dirty.clear();
    m_counter = 0;
    if (m_database) {
        QString errorText;
        if (!m_database->clear(&errorText))
            qCWarning(lcLocalOrgStore) << "cannot clear the data folder:" << errorText;
    }
    insertSystemRecords();
}

void RecordStore::insertSystemRecords()
{
    const QString when = formatDateTime(systemRecordsDate());
    const QJsonObject system {
        {QStringLiteral("IsDeleted"), false},           {QStringLiteral("CreatedDate"), when},
        {QStringLiteral("CreatedById"), userId()},      {QStringLiteral("LastModifiedDate"), when},
        {QStringLiteral("LastModifiedById"), userId()}, {QStringLiteral("SystemModstamp"), when}};
    if (const ObjectSchema *user = m_catalogue.object(QStringLiteral("User")); user && !find(userId())) {
        QJsonObject record = system;
        record.insert(kId, userId());
        record.insert(QStringLiteral("Username"), QStringLiteral("admin@localorg.sfsync"));
        record.insert(QStringLiteral("FirstName"), QStringLiteral("Local"));
        record.insert(QStringLiteral("LastName"), QStringLiteral("Admin"));
        record.insert(QStringLiteral("Name"), QStringLiteral("Local Admin"));
        record.insert(QStringLiteral("Alias"), QStringLiteral("ladmin"));
        record.insert(QStringLiteral("Email"), QStringLiteral("admin@localorg.example.com"));
        record.insert(QStringLiteral("IsActive"), true);
        record.insert(QStringLiteral("TimeZoneSidKey"), m_timeZoneSidKey);
        record.insert(QStringLiteral("LocaleSidKey"), QStringLiteral("en_US"));
        record.insert(QStringLiteral("LanguageLocaleKey"), QStringLiteral("en_US"));
        record.insert(QStringLiteral("EmailEncodingKey"), QStringLiteral("UTF-8"));
        record.insert(QStringLiteral("UserType"), QStringLiteral("Standard"));
        putRecord(*user, userId(), record);
    }
    if (const ObjectSchema *org = m_catalogue.object(QStringLiteral("Organization"));
        org && !find(organizationId())) {
        QJsonObject record = system;
        record.insert(kId, organizationId());
        record.insert(QStringLiteral("Name"), QStringLiteral("sfsync Local Org"));
        record.insert(QStringLiteral("InstanceName"), QStringLiteral("LOCAL"));
        record.insert(QStringLiteral("IsSandbox"), false);
        record.insert(QStringLiteral("TrialExpirationDate"), QJsonValue::Null);
        record.insert(QStringLiteral("NamespacePrefix"), QJsonValue::Null);
        record.insert(QStringLiteral("OrganizationType"), QStringLiteral("Developer Edition"));
        record.insert(QStringLiteral("LanguageLocaleKey"), QStringLiteral("en_US"));
        record.insert(QStringLiteral("TimeZoneSidKey"), m_timeZoneSidKey);
        putRecord(*org, organizationId(), record);
    }
    flush();
}

} // namespace sfsync::localorg
