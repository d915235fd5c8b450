#pragma once

#include "core/salesforce/metadata/fieldinfo.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sfsync {

// One entry of describe global (GET /sobjects).
struct ObjectSummary
{
    QString name;
    QString label;
    QString labelPlural;
    QString keyPrefix;
    bool custom = false;
    bool createable = false;
    bool updateable = false;
    bool deletable = false;
    bool queryable = false;

    static ObjectSummary fromJson(const QJsonObject &json);
};

// An sObject describe (GET /sobjects/{Obj}/describe): the summary plus its fields.
class ObjectDescribe
{
public:
    ObjectDescribe() = default;
    static ObjectDescribe fromJson(const QJsonObject &json);

    [[nodiscard]] const ObjectSummary &summary() const { return m_summary; }
    [[nodiscard]] QString name() const { return m_summary.name; }
    [[nodiscard]] const QList<FieldInfo> &fields() const { return m_fields; }
    // Field by API name, case-insensitive as Salesforce treats names; nullptr when unknown.
    [[nodiscard]] const FieldInfo *field(const QString &name) const;
    [[nodiscard]] bool isValid() const { return !m_summary.name.isEmpty(); }

    // Questions the UI and the engine ask.
    [[nodiscard]] QList<const FieldInfo *> matcherCandidates() const; // filterable fields
    [[nodiscard]] QList<const FieldInfo *> requiredOnCreate() const;
    // Fields a given operation may write ("create": createable, "update": updateable, "upsert": both).
    [[nodiscard]] bool canWrite(const FieldInfo &field, const QString &operation) const;

    QDateTime fetchedAt; // when this describe was fetched (for If-Modified-Since)

private:
    ObjectSummary m_summary;
    QList<FieldInfo> m_fields;
    QHash<QString, int> m_index; // lower-case name -> position in m_fields
};

} // namespace sfsync
