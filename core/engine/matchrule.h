#pragma once

#include "core/config/action.h"
#include "core/salesforce/metadata/fieldinfo.h"
#include "core/salesforce/metadata/objectdescribe.h"
#include "core/salesforce/soql/lookupquery.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace sfsync {

// An action's record matchers and how they join (OR / AND): which queries find the records a row's matcher
// values point at, whether a record is one of them, and the keys the in-run indexes file a row under. The
// one place the matcher operator is decided; the planner, the org index and the read-back after a lost
// answer all ask it.
class MatchRule
{
public:
    // One value per matcher, in the action's order; Undefined where the row's cell is empty.
    using Values = QList<QJsonValue>;

    MatchRule() = default;
    MatchRule(const QList<FieldInfo> &fields, Action::MatcherOperator op);
    // The rule of `action` on `object` (fields from its describe; an unknown field stays an empty FieldInfo).
    static MatchRule of(const ObjectDescribe &object, const Action &action);

    [[nodiscard]] const QList<FieldInfo> &fields() const { return m_fields; }
    [[nodiscard]] int size() const { return int(m_fields.size()); }
    [[nodiscard]] bool isEmpty() const { return m_fields.isEmpty(); }
    [[nodiscard]] bool isAnd() const { return m_operator == Action::MatcherOperator::And; }

    // With AND every matcher needs a value; with OR an empty one takes no part.
    [[nodiscard]] bool takesPart(const QJsonValue &value) const { return isAnd() || !value.isUndefined(); }

    struct Lookup
    {
        QList<LookupQuery> queries;
        QHash<int, QString> invalid; // row -> why its values cannot look anything up (no error code)
        QString error; // nothing can be looked up (a bad object or field name)
    };
    // The queries that find every record the rows' values match, reading Id, the matcher fields and
    // `select`. `condition` (SOQL built from Soql's literals) is required of every record as well.
    [[nodiscard]] Lookup buildLookup(const QString &objectName, const QList<Values> &rows,
                                     const QStringList &select, const QString &uriPrefix,
                                     const QString &condition = {}) const;
    // Why `values` cannot look a record up by query; empty when they can. The check buildLookup() makes,
    // for lookups answered without a query (the org index).
    [[nodiscard]] QString invalidValues(const Values &values) const;

    // Whether `record` (as a query returns it) is one of the records `values` match.
    [[nodiscard]] bool matches(const QJsonObject &record, const Values &values) const;
    // The match key of each value (empty for an empty value).
    [[nodiscard]] QStringList keys(const Values &values) const;
    // SOQL for "a record any (OR) or every (AND) matcher can find": "Email != null OR Legacy_Id__c != null".
    [[nodiscard]] QString presentClause() const;

private:
    QList<FieldInfo> m_fields;
    Action::MatcherOperator m_operator = Action::MatcherOperator::Or;
};

} // namespace sfsync
