#include "localorg/data/soqlaggregation.h"

#include "localorg/data/recordstore.h"
#include "localorg/data/soqlcolumnmetadata.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace sfsync::localorg {

namespace {

using Kind = SoqlQuery::Condition::Kind;
using Op = SoqlQuery::Operator;
using ValueKind = SoqlQuery::Value::Kind;

bool flag(const FieldSchema &field, const char *key)
{
    return field.json.value(QLatin1String(key)).toBool(true);
}

} // namespace

SoqlAggregation::SoqlAggregation(const SoqlQuery &query, const SoqlFieldResolver &resolver)
    : m_query(query)
    , m_resolver(resolver)
{ }

QString SoqlAggregation::functionName(Function function)
{
    switch (function) {
    case Function::Count:
        return QStringLiteral("COUNT");
    case Function::CountDistinct:
        return QStringLiteral("COUNT_DISTINCT");
    case Function::Sum:
        return QStringLiteral("SUM");
    case Function::Min:
        return QStringLiteral("MIN");
    case Function::Max:
        return QStringLiteral("MAX");
    case Function::Avg:
        return QStringLiteral("AVG");
    }
    return {};
}

bool SoqlAggregation::prepare(std::optional<SoqlError> *error)
{
    for (const SoqlQuery::FieldRef &ref : m_query.groupBy) {
        SoqlFieldPath path;
        if (!m_resolver.resolve(ref, &path, error))
            return false;
        if (!flag(*path.field, "groupable")) {
            *error = m_resolver.fail(
                ref.position, QStringLiteral("INVALID_FIELD"),
                QStringLiteral("field '%1' can not be grouped in a query call").arg(path.field->name));
            return false;
        }
        m_groups.append(path);
    }
    int unaliased = 0;
    QSet<QString> keys;
    for (const SoqlQuery::SelectItem &item : m_query.select) {
        Output output;
        if (item.kind == SoqlQuery::SelectItem::Kind::Subquery) {
            *error = m_resolver.fail(item.position, QStringLiteral("MALFORMED_QUERY"),
                                     QStringLiteral("Nested queries are not supported in aggregate queries"));
            return false;
        }
        if (item.kind == SoqlQuery::SelectItem::Kind::Field) {
            if (!groupIndex(item.field, &output.group,
                            QStringLiteral("Field must be grouped or aggregated: %1"), error))
                return false;
            output.key = item.alias.isEmpty() ? m_groups.at(output.group).field->name : item.alias;
            output.displayName = item.alias.isEmpty() ? m_groups.at(output.group).canonical : item.alias;
        } else {
            if (!aggregateIndex(item.aggregate, &output.aggregate, error))
                return false;
            output.key = item.alias.isEmpty() ? QStringLiteral("expr%1").arg(unaliased++) : item.alias;
            output.displayName = item.alias.isEmpty() ? item.aggregate.text : item.alias;
        }
        if (keys.contains(output.key.toLower())) {
            *error = m_resolver.fail(item.alias.isEmpty() ? item.position : item.aliasPosition,
                                     QStringLiteral("MALFORMED_QUERY"),
                                     QStringLiteral("duplicate alias: %1").arg(output.key));
            return false;
        }
        keys.insert(output.key.toLower());
        m_outputs.append(output);
    }
    if (m_query.having) {
        Having having;
        if (!compileHaving(*m_query.having, &having, error))
            return false;
        m_having = std::move(having);
    }
    for (const SoqlQuery::OrderItem &item : m_query.orderBy) {
        OrderKey key;
        key.descending = item.descending;
        key.nullsLast = item.nullsLast;
        if (item.aggregate) {
            if (!aggregateIndex(*item.aggregate, &key.aggregate, error))
                return false;
        } else if (!groupIndex(item.field, &key.group,
                               QStringLiteral("Ordered field must be grouped or aggregated: %1"), error)) {
            return false;
        }
        m_order.append(key);
    }
    if (m_order.isEmpty()) {
        for (int i = 0; i < m_groups.size(); ++i)
            m_order.append(OrderKey {i, -1, false, false});
    }
    return true;
}

bool SoqlAggregation::groupIndex(const SoqlQuery::FieldRef &ref, int *index, const QString &rule,
                                 std::optional<SoqlError> *error) const
{
    SoqlFieldPath path;
    if (!m_resolver.resolve(ref, &path, error))
        return false;
    for (int i = 0; i < m_groups.size(); ++i) {
        if (m_groups.at(i).canonical.compare(path.canonical, Qt::CaseInsensitive) == 0) {
            *index = i;
            return true;
        }
    }
    *error = m_resolver.fail(ref.position, QStringLiteral("MALFORMED_QUERY"), rule.arg(ref.text()));
    return false;
}

bool SoqlAggregation::aggregateIndex(const SoqlQuery::Aggregate &aggregate, int *index,
                                     std::optional<SoqlError> *error)
{
    SoqlFieldPath path;
    if (!m_resolver.resolve(aggregate.field, &path, error))
        return false;
    const FieldSchema &field = *path.field;
    const Function f = aggregate.function;
    const bool supported = flag(field, "aggregatable")
        && ((f != Function::Sum && f != Function::Avg) || field.isNumeric())
        && ((f != Function::Min && f != Function::Max) || !field.isBoolean());
    if (!supported) {
        *error = m_resolver.fail(aggregate.field.position, QStringLiteral("INVALID_FIELD"),
                                 QStringLiteral("field %1 does not support aggregate operator %2")
                                     .arg(field.name, functionName(f)));
        return false;
    }
    for (int i = 0; i < m_aggregates.size(); ++i) {
        if (m_aggregates.at(i).function == f && m_aggregates.at(i).path.canonical == path.canonical) {
            *index = i;
            return true;
        }
    }
    m_aggregates.append(Aggregate {f, path});
    *index = int(m_aggregates.size()) - 1;
    return true;
}

bool SoqlAggregation::compileHaving(const SoqlQuery::Condition &condition, Having *out,
                                    std::optional<SoqlError> *error)
{
    out->kind = condition.kind;
    if (condition.kind != Kind::Compare) {
        for (const SoqlQuery::Condition &child : condition.children) {
            Having h;
            if (!compileHaving(child, &h, error))
                return false;
            out->children.push_back(std::move(h));
        }
        return true;
    }
    if (!condition.aggregate) {
        int group = -1;
        if (!groupIndex(condition.field, &group, QStringLiteral("Field must be grouped or aggregated: %1"),
                        error))
            return false;
        SoqlPredicate predicate;
        if (!SoqlPredicate::compile(condition, m_resolver, &predicate, error))
            return false;
        out->predicate = std::move(predicate);
        return true;
    }
    if (!aggregateIndex(*condition.aggregate, &out->aggregate, error))
        return false;
    const Aggregate &aggregate = m_aggregates.at(out->aggregate);
    const FieldSchema &field = *aggregate.path.field;
    const bool byField = aggregate.function == Function::Min || aggregate.function == Function::Max;
    out->op = condition.op;
    for (const SoqlQuery::Value &value : condition.values) {
        if (condition.op == Op::Like) {
            *error = m_resolver.fail(
                value.position, QStringLiteral("INVALID_QUERY_FILTER_OPERATOR"),
                QStringLiteral("invalid operator on field '%1'").arg(condition.aggregate->text));
            return false;
        }
        ValueKind expected = ValueKind::Number;
        QString type = aggregate.function == Function::Avg || (byField && !field.isNumeric())
            ? QStringLiteral("double")
            : QStringLiteral("integer");
        if (byField && field.isDate()) {
            expected = ValueKind::Date;
            type = QStringLiteral("date");
        } else if (byField && field.isDateTime()) {
            expected = ValueKind::DateTime;
            type = QStringLiteral("dateTime");
        } else if (byField && (field.isText() || field.isIdType())) {
            expected = ValueKind::String;
            type = QStringLiteral("string");
        }
        if (value.kind == ValueKind::Null) {
            out->values.append(QJsonValue(QJsonValue::Null));
            continue;
        }
        if (value.kind != expected) {
            *error = m_resolver.fail(
                value.position, QStringLiteral("INVALID_FIELD"),
                QStringLiteral("value of filter criterion for field '%1' must be of type %2 and should %3be "
                               "enclosed in quotes")
                    .arg(condition.aggregate->text, type,
                         expected == ValueKind::String ? QString() : QStringLiteral("not ")));
            return false;
        }
        if (expected == ValueKind::Number)
            out->values.append(value.number);
        else if (expected == ValueKind::DateTime)
            out->values.append(SoqlCompare::dateTimeKey(value.text));
        else
            out->values.append(value.text);
    }
    return true;
}

QStringList SoqlAggregation::columns() const
{
    QStringList out;
    for (const Output &output : m_outputs)
        out.append(output.key);
    return out;
}

QString SoqlAggregation::apexTypeOf(const Aggregate &aggregate) const
{
    switch (aggregate.function) {
    case Function::Count:
    case Function::CountDistinct:
        return QStringLiteral("Integer");
    case Function::Avg:
        return QStringLiteral("Decimal");
    default:
        return SoqlColumnMetadata::apexType(*aggregate.path.field);
    }
}

QJsonArray SoqlAggregation::columnMetadata() const
{
    QJsonArray out;
    for (const Output &output : m_outputs) {
        if (output.group >= 0)
            out.append(
                SoqlColumnMetadata::field(*m_groups.at(output.group).field, output.key, output.displayName));
        else
            out.append(SoqlColumnMetadata::aggregate(output.key, output.displayName,
                                                     apexTypeOf(m_aggregates.at(output.aggregate))));
    }
    return out;
}

QJsonValue SoqlAggregation::compute(const Aggregate &aggregate, const QList<const QJsonObject *> &rows) const
{
    const FieldSchema &field = *aggregate.path.field;
    const SoqlCompare::Kind kind = SoqlCompare::kindOf(field);
    qint64 count = 0;
    double sum = 0;
    std::optional<QJsonValue> best;
    QSet<QString> distinct;
    for (const QJsonObject *row : rows) {
        const QJsonValue value = m_resolver.value(aggregate.path, *row);
        if (SoqlCompare::isNull(value))
            continue;
        ++count;
        sum += value.toDouble();
        if (aggregate.function == Function::CountDistinct)
            distinct.insert(RecordStore::indexKey(field, value));
        if (!best || (aggregate.function == Function::Min && SoqlCompare::compare(kind, value, *best) < 0)
            || (aggregate.function == Function::Max && SoqlCompare::compare(kind, value, *best) > 0))
            best = value;
    }
    switch (aggregate.function) {
    case Function::Count:
        return double(count);
    case Function::CountDistinct:
        return double(distinct.size());
    case Function::Sum:
        return count ? QJsonValue(sum) : QJsonValue(QJsonValue::Null);
    case Function::Avg:
        return count ? QJsonValue(sum / double(count)) : QJsonValue(QJsonValue::Null);
    default:
        return best.value_or(QJsonValue(QJsonValue::Null));
    }
}

bool SoqlAggregation::matches(const Having &having, const Group &group) const
{
    switch (having.kind) {
    case Kind::And:
        return std::all_of(having.children.cbegin(), having.children.cend(),
                           [&](const Having &child) { return matches(child, group); });
    case Kind::Or:
        return std::any_of(having.children.cbegin(), having.children.cend(),
                           [&](const Having &child) { return matches(child, group); });
    case Kind::Not:
        return !matches(having.children.front(), group);
    case Kind::Compare:
        break;
    }
    if (having.predicate)
        return group.first && having.predicate->matches(*group.first, m_resolver);
    const Aggregate &aggregate = m_aggregates.at(having.aggregate);
    const bool byField = aggregate.function == Function::Min || aggregate.function == Function::Max;
    const SoqlCompare::Kind kind =
        byField ? SoqlCompare::kindOf(*aggregate.path.field) : SoqlCompare::Kind::Number;
    const QJsonValue value = group.results.at(having.aggregate);
    const auto equal = [&](const QJsonValue &literal) {
        if (SoqlCompare::isNull(literal) || SoqlCompare::isNull(value))
            return SoqlCompare::isNull(literal) && SoqlCompare::isNull(value);
        return SoqlCompare::compare(kind, value, literal) == 0;
    };
    const bool any = std::any_of(having.values.cbegin(), having.values.cend(), equal);
    switch (having.op) {
    case Op::Equal:
    case Op::In:
        return any;
    case Op::NotEqual:
    case Op::NotIn:
        return !any;
    default:
        break;
    }
    const QJsonValue &literal = having.values.first();
    if (SoqlCompare::isNull(value) || SoqlCompare::isNull(literal))
        return false;
    const int c = SoqlCompare::compare(kind, value, literal);
    switch (having.op) {
    case Op::Less:
        return c < 0;
    case Op::LessOrEqual:
        return c <= 0;
    case Op::Greater:
        return c > 0;
    case Op::GreaterOrEqual:
        return c >= 0;
    default:
        return false;
    }
}

QList<QJsonObject> SoqlAggregation::run(const QList<const QJsonObject *> &records) const
{
    QList<Group> groups;
    QList<QList<const QJsonObject *>> members;
    QHash<QString, int> byKey;
    if (m_groups.isEmpty()) {
        groups.append(Group {});
        members.append(records);
        if (!records.isEmpty())
            groups.first().first = records.first();
    } else {
        for (const QJsonObject *record : records) {
            QString key;
            QList<QJsonValue> values;
            for (const SoqlFieldPath &path : m_groups) {
                const QJsonValue value = m_resolver.value(path, *record);
                values.append(SoqlCompare::isNull(value) ? QJsonValue(QJsonValue::Null) : value);
                key += SoqlCompare::isNull(value)
                    ? QStringLiteral("n")
                    : QLatin1Char('v') + RecordStore::indexKey(*path.field, value);
                key += QChar(0x1f);
            }
            const auto it = byKey.constFind(key);
            if (it != byKey.cend()) {
                members[it.value()].append(record);
                continue;
            }
            byKey.insert(key, int(groups.size()));
            groups.append(Group {record, values, {}});
            members.append({record});
        }
    }
    QList<Group> kept;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        Group &group = groups[g];
        for (const Aggregate &aggregate : m_aggregates)
            group.results.append(compute(aggregate, members.at(g)));
        if (!m_having || matches(*m_having, group))
            kept.append(group);
    }
    std::stable_sort(kept.begin(), kept.end(), [&](const Group &a, const Group &b) {
        for (const OrderKey &key : m_order) {
            SoqlCompare::Kind kind = SoqlCompare::Kind::Number;
            QJsonValue va;
            QJsonValue vb;
            if (key.group >= 0) {
                kind = SoqlCompare::kindOf(*m_groups.at(key.group).field);
                va = a.keys.at(key.group);
                vb = b.keys.at(key.group);
            } else {
                const Aggregate &aggregate = m_aggregates.at(key.aggregate);
                if (aggregate.function == Function::Min || aggregate.function == Function::Max)
                    kind = SoqlCompare::kindOf(*aggregate.path.field);
                va = a.results.at(key.aggregate);
                vb = b.results.at(key.aggregate);
            }
            const int c = SoqlCompare::compareForOrder(kind, va, vb, key.descending, key.nullsLast);
            if (c != 0)
                return c < 0;
        }
        return false;
    });
    QList<QJsonObject> rows;
    rows.reserve(kept.size());
    for (const Group &group : std::as_const(kept)) {
        QJsonObject row {{QStringLiteral("attributes"),
                          QJsonObject {{QStringLiteral("type"), QStringLiteral("AggregateResult")}}}};
        for (const Output &output : m_outputs)
            row.insert(output.key,
                       output.group >= 0 ? group.keys.at(output.group) : group.results.at(output.aggregate));
        rows.append(row);
    }
    return rows;
}

} // namespace sfsync::localorg
