#include "bulkrecordwriter.h"

#include "faultinjector.h"
#include "localorg/data/idformat.h"
#include "localorg/data/recordstore.h"
#include "resterrors.h"

namespace sfsync::localorg {

BulkRecordWriter::BulkRecordWriter(RecordStore &store, FaultInjector &faults)
    : m_store(store)
    , m_faults(faults)
{ }

QString BulkRecordWriter::errorText(const RecordError &e)
{
    return e.statusCode + QLatin1Char(':') + e.message + QLatin1Char(':')
        + (e.fields.isEmpty() ? QStringLiteral("--")
                              : e.fields.join(QLatin1Char(',')) + QStringLiteral(" --"));
}

BulkRecordWriter::Outcome BulkRecordWriter::write(const QString &object, const QString &operation,
                                                  const QString &externalIdField, const QStringList &header,
                                                  const QStringList &row)
{
    const ObjectSchema *info = m_store.catalogue().object(object);
    QJsonObject fields;
    QString id;
    QList<RecordError> errors;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString &column = header.at(i);
        const QString &value = row.at(i);
        if (column.compare(QLatin1String("Id"), Qt::CaseInsensitive) == 0) {
            id = value.trimmed();
            continue;
        }
        if (value.isEmpty())
            continue; // an empty value leaves the field as it is; #N/A clears it
        const QJsonValue json =
            value == QLatin1String("#N/A") ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
        if (column.contains(QLatin1Char('.'))) {
            // A parent by its key: Account.Legacy_Id__c, or for a polymorphic reference User:Owner.Email.
            // It goes to the store in the REST form ("Account": {"Legacy_Id__c": ...}), which finds it.
            const QString path = column.section(QLatin1Char(':'), -1);
            const QString type =
                column.contains(QLatin1Char(':')) ? column.section(QLatin1Char(':'), 0, 0) : QString();
            const QString relationship = path.section(QLatin1Char('.'), 0, 0);
            const QString keyField = path.section(QLatin1Char('.'), 1);
            const FieldSchema *reference = info->referenceFieldForRelationship(relationship);
            if (!reference) {
                errors.append({QStringLiteral("INVALID_FIELD"),
                               QStringLiteral("Field name not found : %1").arg(column),
                               {}});
                continue;
            }
            if (json.isNull()) {
                fields.insert(reference->name, QJsonValue::Null);
                continue;
            }
            QJsonObject parentKey {{keyField, json}};
            if (!type.isEmpty())
                parentKey.insert(QStringLiteral("attributes"), QJsonObject {{QStringLiteral("type"), type}});
            fields.insert(reference->relationshipName, parentKey);
            continue;
        }
        fields.insert(column, json);
    }

    WriteResult result;
    bool created = false;
    const QString &op = operation;
    if (!errors.isEmpty()) {
        result.errors = errors;
    } else if (op == QLatin1String("insert")) {
        if (!id.isEmpty()) {
            result.errors = {
                {QStringLiteral("INVALID_FIELD"), QStringLiteral("cannot specify Id in an insert call"), {}}};
        } else if (m_faults.lockFault()) {
            result.errors = {RestErrors::lockError({})};
        } else {
            result = m_store.create(object, fields);
            created = result.ok();
        }
    } else if (op == QLatin1String("update") || op == QLatin1String("delete")
               || op == QLatin1String("hardDelete")
               || (op == QLatin1String("upsert") && externalIdField == QLatin1String("Id"))) {
        if (id.isEmpty() && op == QLatin1String("upsert")) {
            if (m_faults.lockFault()) {
                result.errors = {RestErrors::lockError({})};
            } else {
                result = m_store.create(object, fields);
                created = result.ok();
            }
        } else if (id.isEmpty()) {
            result.errors = {{QStringLiteral("MISSING_ARGUMENT"),
                              op == QLatin1String("update")
                                  ? QStringLiteral("Id not specified in an update call")
                                  : QStringLiteral("Id not specified in a delete call"),
                              {}}};
        } else if (!IdFormat::isValid(id)) {
            result.errors = {{QStringLiteral("MALFORMED_ID"), QStringLiteral("malformed id %1").arg(id), {}}};
        } else if (m_faults.lockFault()) {
            result.id = IdFormat::to18(id);
            result.errors = {RestErrors::lockError(result.id)};
        } else if (op == QLatin1String("update") || op == QLatin1String("upsert")) {
            result = m_store.update(object, id, fields);
        } else if (op == QLatin1String("hardDelete")) {
            result = m_store.purge(object, id);
        } else {
            result = m_store.remove(object, id);
        }
    } else { // upsert by external ID
        const QString &key = externalIdField;
        QJsonValue keyValue;
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (it.key().compare(key, Qt::CaseInsensitive) == 0)
                keyValue = it.value();
        }
        const QStringList matches =
            keyValue.isString() ? m_store.findByField(object, key, keyValue) : QStringList();
        if (!keyValue.isString()) {
            result.errors = {
                {QStringLiteral("MISSING_ARGUMENT"), QStringLiteral("%1 not specified").arg(key), {}}};
        } else if (matches.size() > 1) {
            result.errors = {{QStringLiteral("DUPLICATE_EXTERNAL_ID"),
                              QStringLiteral("Duplicate external id specified: %1").arg(keyValue.toString()),
                              {key}}};
        } else if (m_faults.lockFault()) {
            result.id = matches.value(0);
            result.errors = {RestErrors::lockError(matches.value(0))};
        } else if (matches.isEmpty()) {
            result = m_store.create(object, fields);
            created = result.ok();
        } else {
            QJsonObject changes = fields;
            for (const QString &k : changes.keys()) {
                if (k.compare(key, Qt::CaseInsensitive) == 0)
                    changes.remove(k);
            }
            result = m_store.update(object, matches.first(), changes);
        }
    }

    return Outcome {result, created};
}

} // namespace sfsync::localorg
