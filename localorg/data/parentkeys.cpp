#include "localorg/data/parentkeys.h"

#include "localorg/data/catalogue.h"
#include "localorg/data/objectschema.h"
#include "localorg/data/recordtables.h"

namespace sfsync::localorg {

ParentKeys::ParentKeys(const Catalogue &catalogue, const RecordTables &tables)
    : m_catalogue(catalogue)
    , m_tables(tables)
{ }

QList<RecordError> ParentKeys::resolve(const ObjectSchema &object, QJsonObject *fields) const
{
    QList<RecordError> errors;
    const QStringList keys = fields->keys();
    for (const QString &name : keys) {
        const QJsonValue value = fields->value(name);
        if (!value.isObject())
            continue; // anything else is the field validator's to judge
        const FieldSchema *reference = object.referenceFieldForRelationship(name);
        if (!reference)
            continue; // not a relationship: the validator reports the unknown field
        QJsonObject parentKey = value.toObject();
        const QString type =
            parentKey.value(QLatin1String("attributes")).toObject().value(QLatin1String("type")).toString();
        parentKey.remove(QLatin1String("attributes"));
        QString target = reference->referenceTo.value(0);
        if (!type.isEmpty()) {
            target.clear();
            for (const QString &t : reference->referenceTo) {
                if (t.compare(type, Qt::CaseInsensitive) == 0)
                    target = t;
            }
        }
        const ObjectSchema *parent = target.isEmpty() ? nullptr : m_catalogue.object(target);
        if (!parent) {
            errors.append({QStringLiteral("INVALID_FIELD"),
                           QStringLiteral("Invalid type for relationship %1: %2").arg(name, type),
                           {reference->name}});
            continue;
        }
        if (parentKey.size() != 1) {
            errors.append(
                {QStringLiteral("INVALID_FIELD"),
                 QStringLiteral("The relationship %1 needs exactly one external ID field").arg(name),
                 {reference->name}});
            continue;
        }
        const QString keyName = parentKey.constBegin().key();
        const QJsonValue keyValue = parentKey.constBegin().value();
        const FieldSchema *key = parent->field(keyName);
        if (!key || !(key->externalId || key->idLookup)) {
            errors.append({QStringLiteral("INVALID_FIELD"),
                           QStringLiteral("Foreign key external ID field %1 is not an external ID or indexed "
                                          "field of %2")
                               .arg(keyName, parent->name()),
                           {reference->name}});
            continue;
        }
        const QString text = keyValue.isString() ? keyValue.toString() : keyValue.toVariant().toString();
        const QStringList matches = m_tables.findByField(*parent, *key, keyValue, false);
        if (matches.isEmpty()) {
            errors.append({QStringLiteral("INVALID_FIELD"),
                           QStringLiteral("Foreign key external ID: %1 not found for field %2 in entity %3")
                               .arg(text, key->name, parent->name()),
                           {}});
            continue;
        }
        if (matches.size() > 1) {
            errors.append(
                {QStringLiteral("INVALID_FIELD"),
                 QStringLiteral("Foreign key external ID: %1 matched more than one record for field "
                                "%2 in entity %3")
                     .arg(text, key->name, parent->name()),
                 {}});
            continue;
        }
        fields->remove(name);
        fields->insert(reference->name, matches.first());
    }
    return errors;
}

} // namespace sfsync::localorg
