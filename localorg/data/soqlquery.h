#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace sfsync::localorg {

// The syntax tree of one SOQL statement, as SoqlParser produces it. Names are as written (not yet checked
// against the catalogue); positions are 0-based offsets into `text`, for Salesforce's "ERROR at Row:Column".
struct SoqlQuery
{
    // A field path: {"Email"} or {"Account", "Name"} (parent relationship, one level).
    struct FieldRef
    {
        QStringList path;
        qsizetype position = 0;
        [[nodiscard]] QString text() const { return path.join(QLatin1Char('.')); }
    };

    // An aggregate function over a field: COUNT(Id), COUNT_DISTINCT(f), SUM, MIN, MAX, AVG.
    struct Aggregate
    {
        enum class Function { Count, CountDistinct, Sum, Min, Max, Avg };
        Function function = Function::Count;
        FieldRef field;
        QString text; // as written, "COUNT(Id)": the column's displayName
        qsizetype position = 0;
    };

    // One element of the SELECT list.
    struct SelectItem
    {
        enum class Kind { Field, Aggregate, Subquery };
        Kind kind = Kind::Field;
        FieldRef field; // Field
        Aggregate aggregate; // Aggregate
        // Subquery: the inner statement, whose `object` is a child relationship name ("Contacts").
        std::shared_ptr<const SoqlQuery> subquery;
        QString alias; // empty when none
        qsizetype aliasPosition = 0;
        qsizetype position = 0;
    };

    struct Value
    {
        // DateLiteral: a relative date (TODAY, LAST_N_DAYS:30, ...), resolved when the query runs.
        enum class Kind { Null, Boolean, Number, String, Date, DateTime, DateLiteral };
        Kind kind = Kind::Null;
        QString text; // String: the decoded value; Number/Date/DateTime: the literal as written
        // String operand of LIKE: a QRegularExpression pattern (anchored, % and _ as wildcards; \% and \_
        // literal). Empty otherwise.
        QString likePattern;
        bool boolean = false;
        double number = 0;
        QString dateLiteral; // DateLiteral: the name in upper case, without ":n" ("LAST_N_DAYS")
        int dateLiteralN = 0; // DateLiteral: the n of the _N_ forms
        qsizetype position = 0;
    };

    enum class Operator { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual, Like, In, NotIn };

    struct Condition
    {
        enum class Kind { And, Or, Not, Compare };
        Kind kind = Kind::Compare;
        std::vector<Condition> children; // And/Or: two or more; Not: one
        FieldRef field; // Compare
        std::optional<Aggregate> aggregate; // Compare in HAVING: the aggregate compared instead of a field
        Operator op = Operator::Equal; // Compare
        QList<Value> values; // Compare: one value, or the set for IN / NOT IN
        qsizetype position = 0;
    };

    struct OrderItem
    {
        FieldRef field;
        std::optional<Aggregate> aggregate; // aggregate queries may order by an aggregate
        bool descending = false;
        bool nullsLast = false; // default: NULLS FIRST for ASC, NULLS LAST for DESC
    };

    QString text; // the statement as given
    bool countOnly = false; // SELECT COUNT()
    qsizetype selectPosition = 0; // where the SELECT list starts
    QList<SelectItem> select; // empty for COUNT()
    QString object;
    qsizetype objectPosition = 0;
    std::optional<Condition> where;
    QList<FieldRef> groupBy;
    std::optional<Condition> having;
    QList<OrderItem> orderBy;
    std::optional<qint64> limit;
    std::optional<qint64> offset;
    qsizetype offsetPosition = 0;

    // GROUP BY, or an aggregate function in the SELECT list: the rows are AggregateResults.
    [[nodiscard]] bool isAggregate() const
    {
        if (!groupBy.isEmpty())
            return true;
        for (const SelectItem &item : select) {
            if (item.kind == SelectItem::Kind::Aggregate)
                return true;
        }
        return false;
    }
};

} // namespace sfsync::localorg
