#include "core/salesforce/soql/lookupquerybuilder.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrl>

namespace sfsync {

namespace {

// Free functions' strings, under the context the runtime looks them up in (lupdate reads the
// macro's argument; a free tr() helper would file them under the namespace).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sfsync::LookupQueryBuilder)
};

int encodedSize(const QString &text)
{
    return int(QUrl::toPercentEncoding(text).size());
}

bool isEmptyValue(const QVariant &value)
{
    return value.isNull() || !value.isValid()
        || (value.typeId() == QMetaType::QString && value.toString().isEmpty());
}

// The literal for a matcher value, or why there is none.
std::optional<QString> literalOf(const FieldInfo &field, const QVariant &value, QString *error)
{
    if (isEmptyValue(value)) {
        *error = Text::tr("An empty value cannot identify a record");
        return std::nullopt;
    }
    return Soql::literal(field, value, error);
}

// Accumulates WHERE terms joined by a separator while tracking the exact encoded URI size and SOQL length.
struct Budget
{
    int baseBytes = 0;
    int baseChars = 0;
    int maxBytes = 0;
    int maxChars = 0;
    int bytes = 0;
    int chars = 0;

    void reset()
    {
        bytes = baseBytes;
        chars = baseChars;
    }
    [[nodiscard]] bool fits(int addBytes, int addChars) const
    {
        return bytes + addBytes <= maxBytes && chars + addChars <= maxChars;
    }
    void add(int addBytes, int addChars)
    {
        bytes += addBytes;
        chars += addChars;
    }
};

} // namespace

LookupQueryBuilder::LookupQueryBuilder(const QString &objectName, const QStringList &selectFields,
                                       const QString &uriPrefix)
    : m_objectName(objectName)
    , m_selectFields(selectFields)
    , m_uriPrefix(uriPrefix)
{ }

QString LookupQueryBuilder::selectPrefix(const QList<FieldInfo> &fields, QString *error) const
{
    const auto object = Soql::identifier(m_objectName);
    if (!object || m_objectName.contains(QLatin1Char('.'))) {
        *error = Text::tr("'%1' is not a valid object name").arg(m_objectName);
        return {};
    }
    QStringList select = {QStringLiteral("Id")};
    auto addField = [&](const QString &name) {
        for (const QString &existing : std::as_const(select)) {
            if (existing.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        if (!Soql::identifier(name)) {
            *error = Text::tr("'%1' is not a valid field name").arg(name);
            return false;
        }
        select.append(name);
        return true;
    };
    for (const QString &name : m_selectFields) {
        if (!addField(name))
            return {};
    }
    for (const FieldInfo &field : fields) {
        if (!addField(field.name))
            return {};
    }
    const QString where = m_condition.isEmpty()
        ? QStringLiteral(" WHERE ")
        : QStringLiteral(" WHERE (") + m_condition + QStringLiteral(") AND (");
    return QStringLiteral("SELECT ") + select.join(QLatin1String(", ")) + QLatin1String(" FROM ") + *object
        + where;
}

LookupQuery LookupQueryBuilder::finish(const QString &soql) const
{
    LookupQuery q;
    q.soql = soql + whereSuffix();
    q.path = Soql::queryPath(soql);
    q.uriBytes = int(m_uriPrefix.toUtf8().size() + q.path.size());
    return q;
}

LookupQueryBuilder::Result LookupQueryBuilder::buildOr(const QList<Matcher> &matchers) const
{
    Result result;
    QList<FieldInfo> fields;
    for (const Matcher &m : matchers)
        fields.append(m.field);
    const QString prefix = selectPrefix(fields, &result.error);
    if (!result.error.isEmpty())
        return result;

    Budget budget;
    budget.baseBytes = int(m_uriPrefix.toUtf8().size()) + int(Soql::queryPath(QString()).size())
        + encodedSize(prefix) + encodedSize(whereSuffix());
    budget.baseChars = int(prefix.size() + whereSuffix().size());
    budget.maxBytes = m_maxUriBytes;
    budget.maxChars = m_maxQueryLength;
    budget.reset();

    const int separatorBytes = encodedSize(QStringLiteral(", "));
    const int orBytes = encodedSize(QStringLiteral(" OR "));

    // Per matcher: its group in the query being filled (literals and the value indexes they stand for).
    struct Group
    {
        QStringList literals;
        QList<int> indexes;
    };
    QList<Group> groups(matchers.size());
    int nonEmptyGroups = 0;

    auto flush = [&] {
        if (nonEmptyGroups == 0)
            return;
        QStringList terms;
        LookupQuery pending;
        for (int m = 0; m < matchers.size(); ++m) {
            pending.values.append(groups[m].indexes);
            if (!groups[m].literals.isEmpty()) {
                terms.append(matchers[m].field.name + QLatin1String(" IN (")
                             + groups[m].literals.join(QLatin1String(", ")) + QLatin1Char(')'));
            }
        }
        LookupQuery q = finish(prefix + terms.join(QLatin1String(" OR ")));
        q.values = pending.values;
        result.queries.append(q);
        groups = QList<Group>(matchers.size());
        nonEmptyGroups = 0;
        budget.reset();
    };

    for (int m = 0; m < matchers.size(); ++m) {
        const Matcher &matcher = matchers[m];
        if (!Soql::identifier(matcher.field.name))
            continue; // rejected by selectPrefix already
        const QString open = matcher.field.name + QLatin1String(" IN (");
        const int groupBytes = encodedSize(open) + encodedSize(QStringLiteral(")"));
        const int groupChars = int(open.size()) + 1;
        // Literal text -> (query number, position in that query's group) for deduplication.
        QHash<QString, QPair<int, int>> seen;
        for (int i = 0; i < matcher.values.size(); ++i) {
            const QVariant &value = matcher.values.at(i);
            QString error;
            const auto literal = literalOf(matcher.field, value, &error);
            if (!literal) {
                result.invalid.append({m, i, error});
                continue;
            }
            const auto dup = seen.constFind(*literal);
            if (dup != seen.constEnd()) {
                // The same value again: covered by the query that already holds it.
                if (dup->first == result.queries.size())
                    groups[m].indexes.append(i);
                else
                    result.queries[dup->first].values[m].append(i);
                continue;
            }
            const int litBytes = encodedSize(*literal);
            const int litChars = int(literal->size());
            auto cost = [&](bool groupOpen) {
                if (groupOpen)
                    return qMakePair(separatorBytes + litBytes, 2 + litChars);
                return qMakePair(groupBytes + (nonEmptyGroups > 0 ? orBytes : 0) + litBytes,
                                 groupChars + (nonEmptyGroups > 0 ? 4 : 0) + litChars);
            };
            auto [addBytes, addChars] = cost(!groups[m].literals.isEmpty());
            if (!budget.fits(addBytes, addChars)) {
                flush();
                std::tie(addBytes, addChars) = cost(false);
                if (!budget.fits(addBytes, addChars)) {
                    result.invalid.append({m, i, Text::tr("The value is too long to look up")});
                    continue;
                }
            }
            if (groups[m].literals.isEmpty())
                ++nonEmptyGroups;
            groups[m].literals.append(*literal);
            groups[m].indexes.append(i);
            budget.add(addBytes, addChars);
            seen.insert(*literal, qMakePair(int(result.queries.size()), int(groups[m].literals.size() - 1)));
        }
    }
    flush();
    return result;
}

LookupQueryBuilder::Result LookupQueryBuilder::buildAnd(const QList<FieldInfo> &fields,
                                                        const QList<QVariantList> &rows) const
{
    if (fields.size() == 1) {
        // One field: an IN list is the same query, only shorter.
        Matcher matcher {fields.first(), {}};
        for (const QVariantList &row : rows)
            matcher.values.append(row.value(0));
        return buildOr({matcher});
    }

    Result result;
    const QString prefix = selectPrefix(fields, &result.error);
    if (!result.error.isEmpty())
        return result;

    Budget budget;
    budget.baseBytes = int(m_uriPrefix.toUtf8().size()) + int(Soql::queryPath(QString()).size())
        + encodedSize(prefix) + encodedSize(whereSuffix());
    budget.baseChars = int(prefix.size() + whereSuffix().size());
    budget.maxBytes = m_maxUriBytes;
    budget.maxChars = m_maxQueryLength;
    budget.reset();
    const int orBytes = encodedSize(QStringLiteral(" OR "));

    QStringList terms;
    QList<int> indexes;
    QHash<QString, int> seen; // conjunction -> query number
    auto flush = [&] {
        if (terms.isEmpty())
            return;
        LookupQuery q = finish(prefix + terms.join(QLatin1String(" OR ")));
        q.values = {indexes};
        result.queries.append(q);
        terms.clear();
        indexes.clear();
        budget.reset();
    };

    for (int r = 0; r < rows.size(); ++r) {
        const QVariantList &row = rows.at(r);
        QStringList parts;
        QString error;
        int badField = -1;
        for (int f = 0; f < fields.size(); ++f) {
            const auto literal = literalOf(fields[f], row.value(f), &error);
            if (!literal) {
                badField = f;
                break;
            }
            parts.append(fields[f].name + QLatin1String(" = ") + *literal);
        }
        if (badField >= 0) {
            result.invalid.append({badField, r, error});
            continue;
        }
        const QString term = QLatin1Char('(') + parts.join(QLatin1String(" AND ")) + QLatin1Char(')');
        const auto dup = seen.constFind(term);
        if (dup != seen.constEnd()) {
            if (*dup == result.queries.size())
                indexes.append(r);
            else
                result.queries[*dup].values[0].append(r);
            continue;
        }
        const int termBytes = encodedSize(term);
        const int termChars = int(term.size());
        auto cost = [&] {
            return qMakePair(termBytes + (terms.isEmpty() ? 0 : orBytes),
                             termChars + (terms.isEmpty() ? 0 : 4));
        };
        auto [addBytes, addChars] = cost();
        if (!budget.fits(addBytes, addChars)) {
            flush();
            std::tie(addBytes, addChars) = cost();
            if (!budget.fits(addBytes, addChars)) {
                result.invalid.append({-1, r, Text::tr("The values are too long to look up")});
                continue;
            }
        }
        terms.append(term);
        indexes.append(r);
        budget.add(addBytes, addChars);
        seen.insert(term, int(result.queries.size()));
    }
    flush();
    return result;
}

QString LookupQueryBuilder::invalidValue(const FieldInfo &field, const QVariant &value)
{
    QString error;
    return literalOf(field, value, &error) ? QString() : error;
}

} // namespace sfsync
