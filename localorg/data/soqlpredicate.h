#pragma once

#include "localorg/data/soqlcompare.h"
#include "localorg/data/soqlfieldresolver.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace sfsync::localorg {

class ObjectSchema;
class RecordStore;

// A WHERE condition compiled for one object, with Salesforce's semantics:
// - fields must be filterable (INVALID_FIELD "field 'X' can not be filtered in query call");
// - literals are typed by the field: quoted strings only for text / id / reference / picklist fields; bare
//   numbers for numeric fields, TRUE/FALSE for booleans, unquoted dates / datetimes / date literals for date
//   and datetime fields; anything else INVALID_FIELD "value of filter criterion for field 'F' must be of
//   type T and should (not) be enclosed in quotes"; a malformed Id literal INVALID_QUERY_FILTER_OPERATOR;
// - text compares case-insensitively unless the field is caseSensitive; LIKE always case-insensitively;
//   `!=` and NOT IN also match null (as SOQL does);
// - a date literal (TODAY, LAST_N_DAYS:7) stands for its days in the org's time zone: on a date field those
//   calendar days, on a datetime field the instants from midnight of the first to midnight after the last
//   in that zone. `=` / IN match within, `<` before the first day, `>` after the last.
class SoqlPredicate
{
public:
    // False with *error set when the condition does not fit the object. Date literals are resolved here,
    // from the store's clock and time zone.
    static bool compile(const SoqlQuery::Condition &condition, const SoqlFieldResolver &resolver,
                        SoqlPredicate *out, std::optional<SoqlError> *error);

    [[nodiscard]] bool matches(const QJsonObject &record, const SoqlFieldResolver &resolver) const;
    // Ids that can match, from the store's hash indexes (Id, unique, external ID, Email), or nullopt when
    // every record must be looked at.
    [[nodiscard]] std::optional<QSet<QString>> candidates(const RecordStore &store,
                                                          const ObjectSchema &object) const;

private:
    using Kind = SoqlQuery::Condition::Kind;
    using Op = SoqlQuery::Operator;
    // Keys from `low` up to, not including, `high` (a date literal's days).
    struct Range
    {
        QString low;
        QString high;
    };

    bool compileCompare(const SoqlQuery::Condition &condition, const SoqlFieldResolver &resolver,
                        std::optional<SoqlError> *error);
    static bool checkLiteral(const FieldSchema &field, Op op, const SoqlQuery::Value &value,
                             const SoqlFieldResolver &resolver, std::optional<SoqlError> *error);
    static QString equalityKey(const FieldSchema &field, const SoqlQuery::Value &value);
    static Range rangeOf(const FieldSchema &field, const SoqlQuery::Value &value, const RecordStore &store);
    [[nodiscard]] bool inRanges(const QString &key) const;

    Kind m_kind = Kind::Compare;
    std::vector<SoqlPredicate> m_children;
    SoqlFieldPath m_path;
    Op m_op = Op::Equal;
    SoqlCompare::Kind m_compare = SoqlCompare::Kind::Text;
    QSet<QString> m_keys; // =, !=, IN, NOT IN
    std::vector<Range> m_ranges; // =, !=, IN, NOT IN with date literals
    bool m_matchesNull = false; // the literal list contains null
    QString m_textOperand; // range operators on text / dates / ids
    double m_numberOperand = 0;
    bool m_boolOperand = false;
    QRegularExpression m_like;
};

} // namespace sfsync::localorg
