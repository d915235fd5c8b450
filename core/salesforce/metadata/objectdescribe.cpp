#include "core/salesforce/metadata/objectdescribe.h"

#include <QJsonArray>

namespace sfsync {

ObjectSummary ObjectSummary::fromJson(const QJsonObject &json)
{
    ObjectSummary s;
    s.name = json.value(QLatin1String("name")).toString();
    s.label = json.value(QLatin1String("label")).toString();
    s.labelPlural = json.value(QLatin1String("labelPlural")).toString();
    s.keyPrefix = json.value(QLatin1String("keyPrefix")).toString();
    s.custom = json.value(QLatin1String("custom")).toBool();
    s.createable = json.value(QLatin1String("createable")).toBool();
    s.updateable = json.value(QLatin1String("updateable")).toBool();
    s.deletable = json.value(QLatin1String("deletable")).toBool();
    s.queryable = json.value(QLatin1String("queryable")).toBool();
    return s;
}

ObjectDescribe ObjectDescribe::fromJson(const QJsonObject &json)
{
    ObjectDescribe d;
    d.m_summary = ObjectSummary::fromJson(json);
    const QJsonArray fields = json.value(QLatin1String("fields")).toArray();
    d.m_fields.reserve(fields.size());
    for (const QJsonValue &v : fields) {
        FieldInfo field = FieldInfo::fromJson(v.toObject());
        if (field.name.isEmpty())
            continue;
        d.m_index.insert(field.name.toLower(), int(d.m_fields.size()));
        d.m_fields.append(std::move(field));
    }
    return d;
}

const FieldInfo *ObjectDescribe::field(const QString &name) const
{
    const auto it = m_index.constFind(name.toLower());
    return it == m_index.constEnd() ? nullptr : &m_fields.at(*it);
}

QList<const FieldInfo *> ObjectDescribe::matcherCandidates() const
{
    QList<const FieldInfo *> out;
    for (const FieldInfo &f : m_fields) {
        if (f.canBeMatcher())
            out.append(&f);
    }
    return out;
}

QList<const FieldInfo *> ObjectDescribe::requiredOnCreate() const
{
    QList<const FieldInfo *> out;
    for (const FieldInfo &f : m_fields) {
        if (f.isRequiredOnCreate())
            out.append(&f);
    }
    return out;
}

bool ObjectDescribe::canWrite(const FieldInfo &field, const QString &operation) const
{
    if (operation == QLatin1String("create"))
        return field.createable;
    if (operation == QLatin1String("update"))
        return field.updateable;
    if (operation == QLatin1String("upsert"))
        return field.createable && field.updateable;
    return false;
}

} // namespace sfsync
