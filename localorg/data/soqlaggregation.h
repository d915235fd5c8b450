#pragma once

#include "localorg/data/soqlfieldresolver.h"
#include "localorg/data/soqlpredicate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>
#include <vector>

namespace sfsync::localorg {

// The aggregate side of SOQL (GROUP BY, COUNT(field), COUNT_DISTINCT, SUM, MIN, MAX, AVG, HAVING, aliases),
// with Salesforce's result shape: one AggregateResult row per group ({"attributes": {"type":
// "AggregateResult"}, ...}), grouped fields under their field name (Account.Name as "Name"), aggregates
// under their alias or expr0, expr1, ... in SELECT order (only unaliased ones are numbered). Without GROUP
// BY there is exactly one row, even over no records (COUNT 0, SUM / AVG / MIN / MAX null).
//
// Rules checked as Salesforce checks them: every plain field of the SELECT list, HAVING and ORDER BY must be
// grouped (MALFORMED_QUERY "Field must be grouped or aggregated: Name"); grouped fields must be groupable,
// aggregated ones aggregatable, SUM and AVG numeric, MIN and MAX not boolean (INVALID_FIELD); no subqueries;
// no two columns with one name. Groups come sorted by their grouped values (nulls first) unless ORDER BY
// says otherwise; ORDER BY takes grouped fields and aggregate functions.
class SoqlAggregation
{
public:
    SoqlAggregation(const SoqlQuery &query, const SoqlFieldResolver &resolver);

    // False with *error for a statement that breaks the rules above.
    bool prepare(std::optional<SoqlError> *error);
    // The keys of a result row in SELECT order ("Industry", "expr0", "total").
    [[nodiscard]] QStringList columns() const;
    [[nodiscard]] QJsonArray columnMetadata() const;
    // The AggregateResult rows for the matching records, HAVING applied, ordered. OFFSET and LIMIT are the
    // caller's.
    [[nodiscard]] QList<QJsonObject> run(const QList<const QJsonObject *> &records) const;

private:
    using Function = SoqlQuery::Aggregate::Function;
    struct Aggregate
    {
        Function function = Function::Count;
        SoqlFieldPath path;
    };
    struct Output
    {
        QString key;
        QString displayName;
        int group = -1; // index into m_groups, or
        int aggregate = -1; // index into m_aggregates
    };
    struct OrderKey
    {
        int group = -1;
        int aggregate = -1;
        bool descending = false;
        bool nullsLast = false;
    };
    // HAVING, compiled: grouped-field comparisons run as WHERE predicates on a group's first record (all
    // its records share the value); aggregate comparisons against the group's computed value.
    struct Having
    {
        SoqlQuery::Condition::Kind kind = SoqlQuery::Condition::Kind::Compare;
        std::vector<Having> children;
        int aggregate = -1;
        SoqlQuery::Operator op = SoqlQuery::Operator::Equal;
        QList<QJsonValue> values; // aggregate comparisons; null included
        std::optional<SoqlPredicate> predicate; // grouped-field comparisons
    };
    struct Group
    {
        const QJsonObject *first = nullptr;
        QList<QJsonValue> keys; // grouped values
        QList<QJsonValue> results; // one per m_aggregates
    };

    bool groupIndex(const SoqlQuery::FieldRef &ref, int *index, const QString &rule,
                    std::optional<SoqlError> *error) const;
    bool aggregateIndex(const SoqlQuery::Aggregate &aggregate, int *index, std::optional<SoqlError> *error);
    bool compileHaving(const SoqlQuery::Condition &condition, Having *out, std::optional<SoqlError> *error);
    [[nodiscard]] bool matches(const Having &having, const Group &group) const;
    [[nodiscard]] QJsonValue compute(const Aggregate &aggregate,
                                     const QList<const QJsonObject *> &rows) const;
    [[nodiscard]] static QString functionName(Function function);
    [[nodiscard]] QString apexTypeOf(const Aggregate &aggregate) const;

    const SoqlQuery &m_query;
    const SoqlFieldResolver &m_resolver;
    QList<SoqlFieldPath> m_groups; // GROUP BY, in order
    QList<Aggregate> m_aggregates; // every aggregate the statement uses, once each
    QList<Output> m_outputs; // the SELECT list
    QList<OrderKey> m_order;
    std::optional<Having> m_having;
};

} // namespace sfsync::localorg
