#pragma once

#include <QList>
#include <QString>
#include <QStringList>

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

    struct Value
    {
        enum class Kind { Null, Boolean, Number, String, Date, DateTime };
        Kind kind = Kind::Null;
        QString text; // String: the decoded value; Number/Date/DateTime: the literal as written
        // String operand of LIKE: a QRegularExpression pattern (anchored, % and _ as wildcards; \% and \_
        // literal). Empty otherwise.
        QString likePattern;
        bool boolean = false;
        double number = 0;
        qsizetype position = 0;
    };

    enum class Operator { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual, Like, In, NotIn };

    struct Condition
    {
        enum class Kind { And, Or, Not, Compare };
        Kind kind = Kind::Compare;
        std::vector<Condition> children; // And/Or: two or more; Not: one
        FieldRef field; // Compare
        Operator op = Operator::Equal; // Compare
        QList<Value> values; // Compare: one value, or the set for IN / NOT IN
        qsizetype position = 0;
    };

    struct OrderItem
    {
        FieldRef field;
        bool descending = false;
        bool nullsLast = false; // default: NULLS FIRST for ASC, NULLS LAST for DESC
    };

    QString text; // the statement as given
    bool countOnly = false; // SELECT COUNT()
    QList<FieldRef> fields;
    QString object;
    qsizetype objectPosition = 0;
    std::optional<Condition> where;
    QList<OrderItem> orderBy;
    std::optional<qint64> limit;
    std::optional<qint64> offset;
    qsizetype offsetPosition = 0;
};

} // namespace sfsync::localorg
