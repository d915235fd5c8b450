#include "localorg/data/recordstore.h"

#include "localorg/data/idformat.h"
#include "localorg/data/parentkeys.h"
#include "localorg/data/recorddatabase.h"
#include "localorg/data/storeddatetime.h"
#include "localorg/localorglogging.h"

#include <QTimeZone>

namespace sfsync::localorg {

namespace {

const QString kId = QStringLiteral("Id");
const QString kIsDeleted = QStringLiteral("IsDeleted");

RecordError error(const QString &code, const QString &message, const QStringList &fields = {})
{
    return RecordError {code, message, fields};
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
    , m_tables(m_catalogue)
    , m_validator(m_catalogue, m_tables)
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
    m_tables.clear();
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
            m_tables.put(*info, id, record);
        },
        &counter, errorText);
    if (!loaded)
        return false;
    m_counter = counter;
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
    m_tables.reindex(*m_catalogue.object(object));
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

void RecordStore::putRecord(const ObjectSchema &info, const QString &id, const QJsonObject &record)
{
    std::optional<QJsonObject> before = m_tables.put(info, id, record);
    if (!m_savepoints.isEmpty())
        m_undo.append(UndoEntry {info.name(), id, std::move(before)});
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
    return storedDateTime(now);
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
    result.errors = ParentKeys(m_catalogue, m_tables).resolve(*info, &input);
    if (!result.ok())
        return result;
    QJsonObject record;
    result.errors = m_validator.apply(*info, input, true, &record);
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

    result.errors = m_validator.checkRequired(*info, record, true, input);
    if (result.ok())
        result.errors = m_validator.checkUnique(*info, QString(), record, input);
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
    result.errors = ParentKeys(m_catalogue, m_tables).resolve(*info, &input);
    if (!result.ok())
        return result;
    result.errors = m_validator.apply(*info, input, false, &record);
    if (!result.ok())
        return result;
    if (const FieldSchema *name = info->field(QStringLiteral("Name"));
        name && !name->createable && info->field(QStringLiteral("LastName"))) {
        record.insert(QStringLiteral("Name"), personName(record));
    }
    result.errors = m_validator.checkRequired(*info, record, false, input);
    if (result.ok())
        result.errors = m_validator.checkUnique(*info, id18, record, input);
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

WriteResult RecordStore::purge(const QString &object, const QString &id)
{
    WriteResult result;
    QString id18;
    const ObjectSchema *info = resolve(object, id, &id18, &result);
    if (!info)
        return result;
    if (!info->flag(QStringLiteral("deletable"))) {
        result.errors.append(error(QStringLiteral("INVALID_TYPE_FOR_OPERATION"),
                                   QStringLiteral("entity type cannot be deleted: %1").arg(info->name())));
        return result;
    }
    const QJsonObject record = *find(id18);
    m_tables.restore(info->name(), id18, std::nullopt);
    if (!m_savepoints.isEmpty())
        m_undo.append(UndoEntry {info->name(), id18, record});
    markDirty(id18);
    flush();
    result.record = record;
    result.record.insert(kIsDeleted, true);
    return result;
}

void RecordStore::setUserPermission(const QString &permission, bool granted)
{
    if (granted)
        m_revokedPermissions.remove(permission.toLower());
    else
        m_revokedPermissions.insert(permission.toLower());
    setReportedUserPermission(permission, granted);
}

void RecordStore::setReportedUserPermission(const QString &permission, bool granted)
{
    const QJsonObject *stored = find(userPermissionAccessId());
    const ObjectSchema *info = m_catalogue.object(QStringLiteral("UserPermissionAccess"));
    if (!stored || !info || !info->field(permission))
        return;
    QJsonObject record = *stored;
    record.insert(info->field(permission)->name, granted);
    putRecord(*info, userPermissionAccessId(), record);
    flush();
}

bool RecordStore::hasUserPermission(const QString &permission) const
{
    return !m_revokedPermissions.contains(permission.toLower());
}

QString RecordStore::userPermissionAccessId()
{
    return IdFormat::make(u"0up", 0);
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
    result.errors = m_validator.checkUnique(*info, id18, record, uniqueFields);
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
    const FieldSchema *field = info ? info->field(fieldName) : nullptr;
    return field ? m_tables.findByField(*info, *field, value, includeDeleted) : QStringList();
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
        m_tables.restore(entry.object, entry.id, entry.before);
        markDirty(entry.id);
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

std::optional<QJsonObject> RecordStore::record(const QString &id) const
{
    const QJsonObject *found = find(IdFormat::to18(id));
    return found ? std::optional<QJsonObject>(*found) : std::nullopt;
}

void RecordStore::clear()
{
    m_tables.clear();
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
    const QString when = storedDateTime(systemRecordsDate());
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
    // The user's permissions: every field of UserPermissionAccess is a "Permissions..." boolean.
    if (const ObjectSchema *access = m_catalogue.object(QStringLiteral("UserPermissionAccess"));
        access && !find(userPermissionAccessId())) {
        QJsonObject record = system;
        record.insert(kId, userPermissionAccessId());
        for (const FieldSchema &field : access->fields()) {
            if (field.name.startsWith(QLatin1String("Permissions")))
                record.insert(field.name, !m_revokedPermissions.contains(field.name.toLower()));
        }
        putRecord(*access, userPermissionAccessId(), record);
    }
    flush();
}

} // namespace sfsync::localorg
