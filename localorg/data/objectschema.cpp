#include "localorg/data/objectschema.h"

#include <QJsonArray>

namespace sfsync::localorg {

namespace {

// Every property of a describe field (v48+), with the values of a plain custom text field. addField() fills
// what a configuration leaves out, so clients that read any property find it.
QJsonObject customFieldTemplate()
{
    return QJsonObject {
        {QStringLiteral("aggregatable"), true},
        {QStringLiteral("aiPredictionField"), false},
        {QStringLiteral("autoNumber"), false},
        {QStringLiteral("byteLength"), 0},
        {QStringLiteral("calculated"), false},
        {QStringLiteral("calculatedFormula"), QJsonValue::Null},
        {QStringLiteral("cascadeDelete"), false},
        {QStringLiteral("caseSensitive"), false},
        {QStringLiteral("compoundFieldName"), QJsonValue::Null},
        {QStringLiteral("controllerName"), QJsonValue::Null},
        {QStringLiteral("createable"), true},
        {QStringLiteral("custom"), true},
        {QStringLiteral("defaultValue"), QJsonValue::Null},
        {QStringLiteral("defaultValueFormula"), QJsonValue::Null},
        {QStringLiteral("defaultedOnCreate"), false},
        {QStringLiteral("dependentPicklist"), false},
        {QStringLiteral("deprecatedAndHidden"), false},
        {QStringLiteral("digits"), 0},
        {QStringLiteral("displayLocationInDecimal"), false},
        {QStringLiteral("encrypted"), false},
        {QStringLiteral("externalId"), false},
        {QStringLiteral("extraTypeInfo"), QJsonValue::Null},
        {QStringLiteral("filterable"), true},
        {QStringLiteral("filteredLookupInfo"), QJsonValue::Null},
        {QStringLiteral("formulaTreatNullNumberAsZero"), false},
        {QStringLiteral("groupable"), true},
        {QStringLiteral("highScaleNumber"), false},
        {QStringLiteral("htmlFormatted"), false},
        {QStringLiteral("idLookup"), false},
        {QStringLiteral("inlineHelpText"), QJsonValue::Null},
        {QStringLiteral("label"), QString()},
        {QStringLiteral("length"), 255},
        {QStringLiteral("mask"), QJsonValue::Null},
        {QStringLiteral("maskType"), QJsonValue::Null},
        {QStringLiteral("name"), QString()},
        {QStringLiteral("nameField"), false},
        {QStringLiteral("namePointing"), false},
        {QStringLiteral("nillable"), true},
        {QStringLiteral("permissionable"), true},
        {QStringLiteral("picklistValues"), QJsonArray()},
        {QStringLiteral("polymorphicForeignKey"), false},
        {QStringLiteral("precision"), 0},
        {QStringLiteral("queryByDistance"), false},
        {QStringLiteral("referenceTargetField"), QJsonValue::Null},
        {QStringLiteral("referenceTo"), QJsonArray()},
        {QStringLiteral("relationshipName"), QJsonValue::Null},
        {QStringLiteral("relationshipOrder"), QJsonValue::Null},
        {QStringLiteral("restrictedDelete"), false},
        {QStringLiteral("restrictedPicklist"), false},
        {QStringLiteral("scale"), 0},
        {QStringLiteral("searchPrefilterable"), false},
        {QStringLiteral("soapType"), QStringLiteral("xsd:string")},
        {QStringLiteral("sortable"), true},
        {QStringLiteral("type"), QStringLiteral("string")},
        {QStringLiteral("unique"), false},
        {QStringLiteral("updateable"), true},
        {QStringLiteral("writeRequiresMasterRead"), false},
    };
}

QString soapTypeFor(const QString &type)
{
    if (type == QLatin1String("id") || type == QLatin1String("reference"))
        return QStringLiteral("tns:ID");
    if (type == QLatin1String("boolean"))
        return QStringLiteral("xsd:boolean");
    if (type == QLatin1String("int"))
        return QStringLiteral("xsd:int");
    if (type == QLatin1String("double") || type == QLatin1String("currency")
        || type == QLatin1String("percent"))
        return QStringLiteral("xsd:double");
    if (type == QLatin1String("date"))
        return QStringLiteral("xsd:date");
    if (type == QLatin1String("datetime"))
        return QStringLiteral("xsd:dateTime");
    return QStringLiteral("xsd:string");
}

const char *const kGlobalKeys[] = {"activateable",
                                   "associateEntityType",
                                   "associateParentEntity",
                                   "createable",
                                   "custom",
                                   "customSetting",
                                   "deepCloneable",
                                   "deletable",
                                   "deprecatedAndHidden",
                                   "feedEnabled",
                                   "hasSubtypes",
                                   "isInterface",
                                   "isSubtype",
                                   "keyPrefix",
                                   "label",
                                   "labelPlural",
                                   "layoutable",
                                   "mergeable",
                                   "mruEnabled",
                                   "name",
                                   "queryable",
                                   "replicateable",
                                   "retrieveable",
                                   "searchable",
                                   "triggerable",
                                   "undeletable",
                                   "updateable"};

const char *const kGlobalUrlKeys[] = {"compactLayouts", "rowTemplate",  "approvalLayouts", "listviews",
                                      "describe",       "quickActions", "layouts",         "sobject"};

} // namespace

ObjectSchema ObjectSchema::fromDescribe(const QJsonObject &describe, QString *error)
{
    ObjectSchema info;
    const QString name = describe.value(QLatin1String("name")).toString();
    if (name.isEmpty() || !describe.value(QLatin1String("fields")).isArray()) {
        if (error)
            *error = QStringLiteral("describe without name or fields");
        return info;
    }
    info.m_name = name;
    info.m_label = describe.value(QLatin1String("label")).toString(name);
    info.m_keyPrefix = describe.value(QLatin1String("keyPrefix")).toString();
    info.m_describe = describe;
    info.m_describe.remove(QLatin1String("fields"));
    const QJsonArray fields = describe.value(QLatin1String("fields")).toArray();
    info.m_fields.reserve(fields.size());
    for (const QJsonValue &f : fields)
        info.m_fields.append(FieldSchema::fromJson(f.toObject()));
    for (const QJsonValue &v : describe.value(QLatin1String("childRelationships")).toArray()) {
        const QJsonObject r = v.toObject();
        const QString relationship = r.value(QLatin1String("relationshipName")).toString();
        if (relationship.isEmpty())
            continue;
        info.m_childRelationships.insert(relationship.toLower(),
                                         ChildRelationship {relationship,
                                                            r.value(QLatin1String("childSObject")).toString(),
                                                            r.value(QLatin1String("field")).toString()});
    }
    info.reindex();
    return info;
}

const ObjectSchema::ChildRelationship *ObjectSchema::childRelationship(const QString &relationshipName) const
{
    const auto it = m_childRelationships.constFind(relationshipName.toLower());
    return it == m_childRelationships.cend() ? nullptr : &it.value();
}

void ObjectSchema::reindex()
{
    m_byLowerName.clear();
    m_byLowerRelationship.clear();
    for (int i = 0; i < m_fields.size(); ++i) {
        const FieldSchema &f = m_fields.at(i);
        m_byLowerName.insert(f.name.toLower(), i);
        if (f.isIdType() && !f.relationshipName.isEmpty())
            m_byLowerRelationship.insert(f.relationshipName.toLower(), i);
    }
}

const FieldSchema *ObjectSchema::field(const QString &name) const
{
    const auto it = m_byLowerName.constFind(name.toLower());
    return it == m_byLowerName.cend() ? nullptr : &m_fields.at(it.value());
}

const FieldSchema *ObjectSchema::referenceFieldForRelationship(const QString &relationshipName) const
{
    const auto it = m_byLowerRelationship.constFind(relationshipName.toLower());
    return it == m_byLowerRelationship.cend() ? nullptr : &m_fields.at(it.value());
}

bool ObjectSchema::addField(const QJsonObject &fieldJson, QString *error)
{
    const QString name = fieldJson.value(QLatin1String("name")).toString();
    if (name.isEmpty()) {
        if (error)
            *error = QStringLiteral("field without name");
        return false;
    }
    QJsonObject json = customFieldTemplate();
    json.insert(QStringLiteral("label"), name.endsWith(QLatin1String("__c")) ? name.chopped(3) : name);
    const QString type = fieldJson.value(QLatin1String("type")).toString(QStringLiteral("string"));
    json.insert(QStringLiteral("soapType"), soapTypeFor(type));
    if (type != QLatin1String("string") && type != QLatin1String("textarea") && type != QLatin1String("email")
        && type != QLatin1String("phone") && type != QLatin1String("url")
        && type != QLatin1String("picklist")) {
        json.insert(QStringLiteral("length"), type == QLatin1String("reference") ? 18 : 0);
    }
    for (auto it = fieldJson.begin(); it != fieldJson.end(); ++it)
        json.insert(it.key(), it.value());
    if (!fieldJson.contains(QLatin1String("byteLength")))
        json.insert(QStringLiteral("byteLength"), json.value(QLatin1String("length")).toInt() * 3);

    const FieldSchema info = FieldSchema::fromJson(json);
    const auto existing = m_byLowerName.constFind(name.toLower());
    if (existing != m_byLowerName.cend())
        m_fields[existing.value()] = info;
    else
        m_fields.append(info);
    reindex();
    m_lastModified = QDateTime::currentDateTimeUtc();
    m_lastModified.setTime(
        QTime(m_lastModified.time().hour(), m_lastModified.time().minute(), m_lastModified.time().second()));
    return true;
}

QJsonObject ObjectSchema::describeJson() const
{
    QJsonObject out = m_describe;
    QJsonArray fields;
    for (const FieldSchema &f : m_fields)
        fields.append(f.json);
    out.insert(QStringLiteral("fields"), fields);
    return out;
}

QJsonObject ObjectSchema::globalEntry() const
{
    QJsonObject entry;
    for (const char *key : kGlobalKeys) {
        const QString k = QString::fromLatin1(key);
        entry.insert(k,
                     m_describe.value(k).isUndefined() ? QJsonValue(QJsonValue::Null) : m_describe.value(k));
    }
    const QJsonObject urls = m_describe.value(QLatin1String("urls")).toObject();
    QJsonObject globalUrls;
    for (const char *key : kGlobalUrlKeys) {
        const QString k = QString::fromLatin1(key);
        if (urls.contains(k))
            globalUrls.insert(k, urls.value(k));
    }
    // Some fixtures (Custom__c) carry no urls; clients expect at least these three.
    const QString base = QStringLiteral("/services/data/vxx.0/sobjects/") + m_name;
    if (!globalUrls.contains(QLatin1String("sobject")))
        globalUrls.insert(QStringLiteral("sobject"), base);
    if (!globalUrls.contains(QLatin1String("describe")))
        globalUrls.insert(QStringLiteral("describe"), QString(base + QStringLiteral("/describe")));
    if (!globalUrls.contains(QLatin1String("rowTemplate")))
        globalUrls.insert(QStringLiteral("rowTemplate"), QString(base + QStringLiteral("/{ID}")));
    entry.insert(QStringLiteral("urls"), globalUrls);
    return entry;
}

} // namespace sfsync::localorg
