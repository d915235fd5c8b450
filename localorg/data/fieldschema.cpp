#include "localorg/data/fieldschema.h"

#include <QJsonArray>

namespace sfsync::localorg {

FieldSchema FieldSchema::fromJson(const QJsonObject &json)
{
    FieldSchema f;
    f.json = json;
    f.name = json.value(QLatin1String("name")).toString();
    f.label = json.value(QLatin1String("label")).toString(f.name);
    f.type = json.value(QLatin1String("type")).toString();
    f.length = json.value(QLatin1String("length")).toInt();
    f.precision = json.value(QLatin1String("precision")).toInt();
    f.scale = json.value(QLatin1String("scale")).toInt();
    f.digits = json.value(QLatin1String("digits")).toInt();
    f.createable = json.value(QLatin1String("createable")).toBool();
    f.updateable = json.value(QLatin1String("updateable")).toBool();
    f.nillable = json.value(QLatin1String("nillable")).toBool(true);
    f.defaultedOnCreate = json.value(QLatin1String("defaultedOnCreate")).toBool();
    f.filterable = json.value(QLatin1String("filterable")).toBool();
    f.sortable = json.value(QLatin1String("sortable")).toBool();
    f.unique = json.value(QLatin1String("unique")).toBool();
    f.externalId = json.value(QLatin1String("externalId")).toBool();
    f.caseSensitive = json.value(QLatin1String("caseSensitive")).toBool();
    f.idLookup = json.value(QLatin1String("idLookup")).toBool();
    f.calculated = json.value(QLatin1String("calculated")).toBool();
    f.autoNumber = json.value(QLatin1String("autoNumber")).toBool();
    f.custom = json.value(QLatin1String("custom")).toBool();
    f.restrictedPicklist = json.value(QLatin1String("restrictedPicklist")).toBool();
    f.defaultValue = json.value(QLatin1String("defaultValue"));
    if (f.defaultValue.isUndefined())
        f.defaultValue = QJsonValue::Null;
    const QJsonArray picklist = json.value(QLatin1String("picklistValues")).toArray();
    for (const QJsonValue &v : picklist) {
        const QJsonObject entry = v.toObject();
        if (!entry.value(QLatin1String("active")).toBool(true))
            continue;
        const QString value = entry.value(QLatin1String("value")).toString();
        f.picklistValues.append(value);
        if (entry.value(QLatin1String("defaultValue")).toBool() && f.defaultPicklistValue.isEmpty())
            f.defaultPicklistValue = value;
    }
    const QJsonArray refs = json.value(QLatin1String("referenceTo")).toArray();
    for (const QJsonValue &v : refs)
        f.referenceTo.append(v.toString());
    f.relationshipName = json.value(QLatin1String("relationshipName")).toString();
    f.compoundFieldName = json.value(QLatin1String("compoundFieldName")).toString();
    return f;
}

bool FieldSchema::isRequiredOnCreate() const
{
    return createable && !nillable && !defaultedOnCreate && !isBoolean();
}

bool FieldSchema::isText() const
{
    static const QStringList textTypes = {
        QStringLiteral("string"),        QStringLiteral("textarea"), QStringLiteral("email"),
        QStringLiteral("phone"),         QStringLiteral("url"),      QStringLiteral("picklist"),
        QStringLiteral("multipicklist"), QStringLiteral("combobox"), QStringLiteral("encryptedstring"),
        QStringLiteral("base64"),        QStringLiteral("anyType"),  QStringLiteral("time")};
    return textTypes.contains(type);
}

bool FieldSchema::isIdType() const
{
    return type == QLatin1String("id") || type == QLatin1String("reference");
}

bool FieldSchema::isNumeric() const
{
    return type == QLatin1String("int") || type == QLatin1String("double")
        || type == QLatin1String("currency") || type == QLatin1String("percent")
        || type == QLatin1String("long");
}

bool FieldSchema::isIndexed() const
{
    return type != QLatin1String("id") && (unique || externalId || idLookup);
}

} // namespace sfsync::localorg
