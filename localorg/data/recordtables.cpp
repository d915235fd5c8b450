#include "localorg/data/recordtables.h"

#include "localorg/data/idformat.h"

#include <algorithm>

namespace sfsync::localorg {

namespace {

const QString kIsDeleted = QStringLiteral("IsDeleted");

} // namespace

RecordTables::RecordTables(const Catalogue &catalogue)
    : m_catalogue(catalogue)
{ }

std::optional<QJsonObject> RecordTables::put(const ObjectSchema &object, const QString &id,
                                             const QJsonObject &record)
{
    auto found = m_tables.find(object.name());
    if (found == m_tables.end()) {
        found = m_tables.insert(object.name(), Table {});
        buildIndexes(object, found.value());
    }
    std::optional<QJsonObject> before = erase(object, found.value(), id);
    insert(object, found.value(), id, record);
    return before;
}

void RecordTables::restore(const QString &object, const QString &id, const std::optional<QJsonObject> &before)
{
    const ObjectSchema *schema = m_catalogue.object(object);
    const auto found = schema ? m_tables.find(schema->name()) : m_tables.end();
    if (found == m_tables.end())
        return;
    erase(*schema, found.value(), id);
    if (before)
        insert(*schema, found.value(), id, *before);
}

void RecordTables::reindex(const ObjectSchema &object)
{
    const auto found = m_tables.find(object.name());
    if (found != m_tables.end())
        buildIndexes(object, found.value());
}

void RecordTables::clear()
{
    m_tables.clear();
}

bool RecordTables::hasTable(const QString &object) const
{
    return table(object) != nullptr;
}

const QJsonObject *RecordTables::find(const QString &id18) const
{
    const ObjectSchema *object = m_catalogue.objectForId(id18);
    const Table *data = object ? table(object->name()) : nullptr;
    if (!data)
        return nullptr;
    const auto it = data->records.constFind(id18);
    return it == data->records.cend() ? nullptr : &it.value();
}

int RecordTables::count(const QString &object, bool includeDeleted) const
{
    const Table *data = table(object);
    if (!data)
        return 0;
    return int(data->records.size()) - (includeDeleted ? 0 : data->deleted);
}

void RecordTables::forEach(const QString &object, bool includeDeleted,
                           const std::function<bool(const QJsonObject &)> &visit) const
{
    const Table *data = table(object);
    if (!data)
        return;
    for (auto it = data->records.cbegin(); it != data->records.cend(); ++it) {
        if (!includeDeleted && it.value().value(kIsDeleted).toBool())
            continue;
        if (!visit(it.value()))
            return;
    }
}

QStringList RecordTables::findByField(const ObjectSchema &object, const FieldSchema &field,
                                      const QJsonValue &value, bool includeDeleted) const
{
    const Table *data = table(object.name());
    if (!data)
        return {};
    const QString key = indexKey(field, value);
    if (key.isEmpty())
        return {};
    QStringList ids;
    if (field.type == QLatin1String("id")) {
        if (const QJsonObject *record = find(key); record && IdFormat::keyPrefix(key) == object.keyPrefix()
            && (includeDeleted || !record->value(kIsDeleted).toBool())) {
            ids.append(key);
        }
        return ids;
    }
    const auto index = data->indexes.constFind(field.name.toLower());
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
        if (indexKey(field, it.value().value(field.name)) == key)
            ids.append(it.key());
    }
    return ids;
}

bool RecordTables::hasIndex(const QString &object, const QString &field) const
{
    const Table *data = table(object);
    return data && data->indexes.contains(field.toLower());
}

QList<QString> RecordTables::indexLookup(const QString &object, const QString &field,
                                         const QString &key) const
{
    const Table *data = table(object);
    if (!data)
        return {};
    const auto index = data->indexes.constFind(field.toLower());
    return index == data->indexes.cend() ? QList<QString>() : index.value().value(key);
}

QString RecordTables::indexKey(const FieldSchema &field, const QJsonValue &value)
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

const RecordTables::Table *RecordTables::table(const QString &object) const
{
    const ObjectSchema *schema = m_catalogue.object(object);
    const auto it = schema ? m_tables.constFind(schema->name()) : m_tables.cend();
    return it == m_tables.cend() ? nullptr : &it.value();
}

void RecordTables::buildIndexes(const ObjectSchema &object, Table &table)
{
    table.indexes.clear();
    for (const FieldSchema &field : object.fields()) {
        if (field.isIndexed())
            table.indexes.insert(field.name.toLower(), {});
    }
    for (auto it = table.records.cbegin(); it != table.records.cend(); ++it)
        updateIndexes(object, table, it.key(), it.value(), true);
}

void RecordTables::insert(const ObjectSchema &object, Table &table, const QString &id,
                          const QJsonObject &record)
{
    table.records.insert(id, record);
    updateIndexes(object, table, id, record, true);
    if (record.value(kIsDeleted).toBool())
        ++table.deleted;
}

std::optional<QJsonObject> RecordTables::erase(const ObjectSchema &object, Table &table, const QString &id)
{
    const auto found = table.records.find(id);
    if (found == table.records.end())
        return std::nullopt;
    const QJsonObject record = found.value();
    table.records.erase(found);
    updateIndexes(object, table, id, record, false);
    if (record.value(kIsDeleted).toBool())
        --table.deleted;
    return record;
}

void RecordTables::updateIndexes(const ObjectSchema &object, Table &table, const QString &id,
                                 const QJsonObject &record, bool add)
{
    for (auto index = table.indexes.begin(); index != table.indexes.end(); ++index) {
        const FieldSchema *field = object.field(index.key());
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

} // namespace sfsync::localorg
