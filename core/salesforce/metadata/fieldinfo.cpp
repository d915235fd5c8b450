#include "core/salesforce/metadata/fieldinfo.h"

#include <QJsonArray>

namespace sfsync {

FieldInfo FieldInfo::fromJson(const QJsonObject &json)
{
    FieldInfo f;
    f.name = json.value(QLatin1String("name")).toString();
    f.label = json.value(QLatin1String("label")).toString();
    f.type = json.value(QLatin1String("type")).toString();
    f.soapType = json.value(QLatin1String("soapType")).toString();
    f.length = json.value(QLatin1String("length")).toInt();
    f.precision = json.value(QLatin1String("precision")).toInt();
    f.scale = json.value(QLatin1String("scale")).toInt();
    f.digits = json.value(QLatin1String("digits")).toInt();
    f.createable = json.value(QLatin1String("createable")).toBool();
    f.updateable = json.value(QLatin1String("updateable")).toBool();
    f.nillable = json.value(QLatin1String("nillable")).toBool();
    f.defaultedOnCreate = json.value(QLatin1String("defaultedOnCreate")).toBool();
    f.externalId = json.value(QLatin1String("externalId")).toBool();
    f.idLookup = json.value(QLatin1String("idLookup")).toBool();
    f.unique = json.value(QLatin1String("unique")).toBool();
    f.caseSensitive = json.value(QLatin1String("caseSensitive")).toBool();
    f.filterable = json.value(QLatin1String("filterable")).toBool();
    f.calculated = json.value(QLatin1String("calculated")).toBool();
    f.autoNumber = json.value(QLatin1String("autoNumber")).toBool();
    f.custom = json.value(QLatin1String("custom")).toBool();
    f.restrictedPicklist = json.value(QLatin1String("restrictedPicklist")).toBool();
    f.relationshipName = json.value(QLatin1String("relationshipName")).toString();

    const QJsonArray picklist = json.value(QLatin1String("picklistValues")).toArray();
    f.picklistValues.reserve(picklist.size());
    for (const QJsonValue &v : picklist) {
        const QJsonObject o = v.toObject();
        PicklistEntry entry;
        entry.value = o.value(QLatin1String("value")).toString();
        entry.label = o.value(QLatin1String("label")).toString();
        entry.active = o.value(QLatin1String("active")).toBool(true);
        entry.defaultValue = o.value(QLatin1String("defaultValue")).toBool();
        f.picklistValues.append(entry);
    }
    const QJsonArray references = json.value(QLatin1String("referenceTo")).toArray();
    for (const QJsonValue &v : references)
        f.referenceTo.append(v.toString());
    return f;
}

bool FieldInfo::isRequiredOnCreate() const
{
    return createable && !nillable && !defaultedOnCreate && type != QLatin1String("boolean");
}

bool FieldInfo::isTextLike() const
{
    static const QStringList textTypes = {
        QStringLiteral("string"),   QStringLiteral("textarea"),      QStringLiteral("email"),
        QStringLiteral("phone"),    QStringLiteral("url"),           QStringLiteral("picklist"),
        QStringLiteral("combobox"), QStringLiteral("multipicklist"), QStringLiteral("encryptedstring"),
        QStringLiteral("id"),       QStringLiteral("reference")};
    return textTypes.contains(type);
}

bool FieldInfo::isNumeric() const
{
    return type == QLatin1String("int") || type == QLatin1String("double")
        || type == QLatin1String("currency") || type == QLatin1String("percent")
        || type == QLatin1String("long");
}

bool FieldInfo::isIdLike() const
{
    return type == QLatin1String("id") || type == QLatin1String("reference");
}

bool FieldInfo::canBeMatcher() const
{
    return filterable && type != QLatin1String("address") && type != QLatin1String("location");
}

} // namespace sfsync
