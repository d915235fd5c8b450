#include "core/engine/matchrule.h"

#include "core/config/valueconverter.h"
#include "core/salesforce/soql/lookupquerybuilder.h"

namespace sfsync {

MatchRule::MatchRule(const QList<FieldInfo> &fields, Action::MatcherOperator op)
    : m_fields(fields)
    , m_operator(op)
{ }

MatchRule MatchRule::of(const ObjectDescribe &object, const Action &action)
{
    QList<FieldInfo> fields;
    for (const Matcher &m : action.matchers) {
        const FieldInfo *f = object.field(m.field);
        fields.append(f ? *f : FieldInfo {});
    }
    return MatchRule(fields, action.matcherOperator);
}

MatchRule::Lookup MatchRule::buildLookup(const QString &objectName, const QList<Values> &rows,
                                         const QStringList &select, const QString &uriPrefix,
                                         const QString &condition) const
{
    LookupQueryBuilder builder(objectName, select, uriPrefix);
    builder.setCondition(condition);
    Lookup lookup;
    LookupQueryBuilder::Result built;
    if (!isAnd()) {
        // One IN list per matcher over the rows that have a value for it; any of them finds a record.
        QList<LookupQueryBuilder::Matcher> matchers;
        QList<QList<int>> owners; // per matcher: the row of each value
        for (int m = 0; m < m_fields.size(); ++m) {
            LookupQueryBuilder::Matcher matcher {m_fields.at(m), {}};
            QList<int> owner;
            for (int r = 0; r < rows.size(); ++r) {
                const QJsonValue &v = rows.at(r).value(m);
                if (v.isUndefined())
                    continue;
                matcher.values.append(ValueConverter::soqlValue(m_fields.at(m), v));
                owner.append(r);
            }
            matchers.append(matcher);
            owners.append(owner);
        }
        built = builder.buildOr(matchers);
        for (const LookupInvalidValue &bad : std::as_const(built.invalid)) {
            const int row = owners.value(bad.matcher).value(bad.index, -1);
            if (row >= 0 && !lookup.invalid.contains(row))
                lookup.invalid.insert(row, m_fields.at(bad.matcher).name + QStringLiteral(": ") + bad.error);
        }
    } else {
        // One conjunction per row; every matcher must find the same record.
        QList<QVariantList> values;
        for (const Values &row : rows) {
            QVariantList typed;
            for (int m = 0; m < m_fields.size(); ++m)
                typed.append(ValueConverter::soqlValue(m_fields.at(m), row.value(m)));
            values.append(typed);
        }
        built = builder.buildAnd(m_fields, values);
        for (const LookupInvalidValue &bad : std::as_const(built.invalid)) {
            if (!lookup.invalid.contains(bad.index))
                lookup.invalid.insert(bad.index, bad.error);
        }
    }
    lookup.queries = built.queries;
    lookup.error = built.error;
    return lookup;
}

QString MatchRule::invalidValues(const Values &values) const
{
    for (int m = 0; m < m_fields.size(); ++m) {
        const QJsonValue &v = values.value(m);
        if (!takesPart(v))
            continue;
        const QString invalid =
            LookupQueryBuilder::invalidValue(m_fields.at(m), ValueConverter::soqlValue(m_fields.at(m), v));
        if (!invalid.isEmpty())
            return isAnd() ? invalid : m_fields.at(m).name + QStringLiteral(": ") + invalid;
    }
    return {};
}

bool MatchRule::matches(const QJsonObject &record, const Values &values) const
{
    bool any = false;
    bool all = true;
    for (int m = 0; m < m_fields.size(); ++m) {
        const QJsonValue &v = values.value(m);
        if (v.isUndefined()) {
            all = all && !isAnd();
            continue;
        }
        const FieldInfo &f = m_fields.at(m);
        const QJsonValue held = record.value(f.name);
        const bool same = !held.isNull() && !held.isUndefined()
            && ValueConverter::matchKey(f, held) == ValueConverter::matchKey(f, v);
        any = any || same;
        all = all && same;
    }
    return isAnd() ? all && any : any;
}

QStringList MatchRule::keys(const Values &values) const
{
    QStringList out;
    out.reserve(m_fields.size());
    for (int m = 0; m < m_fields.size(); ++m) {
        const QJsonValue &v = values.value(m);
        out.append(v.isUndefined() ? QString() : ValueConverter::matchKey(m_fields.at(m), v));
    }
    return out;
}

QString MatchRule::presentClause() const
{
    QStringList terms;
    for (const FieldInfo &f : m_fields)
        terms.append(f.name + QLatin1String(" != null"));
    return terms.join(isAnd() ? QLatin1String(" AND ") : QLatin1String(" OR "));
}

} // namespace sfsync
