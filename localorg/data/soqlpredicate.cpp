#include "localorg/data/soqlpredicate.h"

#include "localorg/data/idformat.h"
#include "localorg/data/recordstore.h"
#include "localorg/data/soqldateliteral.h"

#include <QTimeZone>

namespace sfsync::localorg {

namespace {

using ValueKind = SoqlQuery::Value::Kind;

QString utcKey(const QDate &day, const QTimeZone &zone)
{
    return QDateTime(day, QTime(0, 0), zone).toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))
        + QStringLiteral("+0000");
}

} // namespace

bool SoqlPredicate::compile(const SoqlQuery::Condition &condition, const SoqlFieldResolver &resolver,
                            SoqlPredicate *out, std::optional<SoqlError> *error)
{
    out->m_kind = condition.kind;
    if (condition.kind == Kind::Compare)
        return out->compileCompare(condition, resolver, error);
    for (const SoqlQuery::Condition &child : condition.children) {
        SoqlPredicate p;
        if (!compile(child, resolver, &p, error))
            return false;
        out->m_children.push_back(std::move(p));
    }
    return true;
}

bool SoqlPredicate::compileCompare(const SoqlQuery::Condition &condition, const SoqlFieldResolver &resolver,
                                   std::optional<SoqlError> *error)
{
    if (!resolver.resolve(condition.field, &m_path, error))
        return false;
    const FieldSchema &field = *m_path.field;
    if (!field.filterable) {
        *error =
            resolver.fail(condition.field.position, QStringLiteral("INVALID_FIELD"),
                          QStringLiteral("field '%1' can not be filtered in query call").arg(field.name));
        return false;
    }
    m_op = condition.op;
    m_compare = SoqlCompare::kindOf(field);
    for (const SoqlQuery::Value &value : condition.values) {
        if (!checkLiteral(field, condition.op, value, resolver, error))
            return false;
    }
    const SoqlQuery::Value &first = condition.values.first();
    switch (condition.op) {
    case Op::Equal:
    case Op::NotEqual:
    case Op::In:
    case Op::NotIn:
        for (const SoqlQuery::Value &value : condition.values) {
            if (value.kind == ValueKind::Null)
                m_matchesNull = true;
            else if (value.kind == ValueKind::DateLiteral)
                m_ranges.push_back(rangeOf(field, value, resolver.store()));
            else
                m_keys.insert(equalityKey(field, value));
        }
        return true;
    case Op::Like:
        m_like = QRegularExpression(first.likePattern,
                                    QRegularExpression::CaseInsensitiveOption
                                        | QRegularExpression::DotMatchesEverythingOption);
        return true;
    default:
        break;
    }
    m_matchesNull = first.kind == ValueKind::Null;
    m_numberOperand = first.number;
    m_boolOperand = first.boolean;
    if (first.kind == ValueKind::DateLiteral) {
        // Before the first day, up to the end of the last, after the last, from the first on.
        const Range range = rangeOf(field, first, resolver.store());
        const bool below = m_op == Op::Less || m_op == Op::GreaterOrEqual;
        m_textOperand = below ? range.low : range.high;
        m_op = m_op == Op::Less || m_op == Op::LessOrEqual ? Op::Less : Op::GreaterOrEqual;
    } else if (field.isDateTime()) {
        m_textOperand = SoqlCompare::dateTimeKey(first.text);
    } else if (field.isIdType()) {
        m_textOperand = IdFormat::to18(first.text);
    } else if (m_compare == SoqlCompare::Kind::Text) {
        m_textOperand = first.text.toCaseFolded();
    } else {
        m_textOperand = first.text;
    }
    return true;
}

SoqlPredicate::Range SoqlPredicate::rangeOf(const FieldSchema &field, const SoqlQuery::Value &value,
                                            const RecordStore &store)
{
    const QTimeZone zone = store.timeZone();
    const QDate today = store.now().toTimeZone(zone).date();
    const SoqlDateLiteral::Range days = SoqlDateLiteral::range(value.dateLiteral, value.dateLiteralN, today);
    const QDate after = days.last.addDays(1);
    if (field.isDateTime())
        return {utcKey(days.first, zone), utcKey(after, zone)};
    return {days.first.toString(Qt::ISODate), after.toString(Qt::ISODate)};
}

bool SoqlPredicate::inRanges(const QString &key) const
{
    for (const Range &range : m_ranges) {
        if (key >= range.low && key < range.high)
            return true;
    }
    return false;
}

QString SoqlPredicate::equalityKey(const FieldSchema &field, const SoqlQuery::Value &value)
{
    switch (value.kind) {
    case ValueKind::Number:
        return RecordStore::indexKey(field, value.number);
    case ValueKind::Boolean:
        return RecordStore::indexKey(field, value.boolean);
    case ValueKind::DateTime:
        return SoqlCompare::dateTimeKey(value.text);
    default:
        return RecordStore::indexKey(field, value.text);
    }
}

// Salesforce types every literal by the field it is compared with (docs/salesforce-api.md §2.5).
bool SoqlPredicate::checkLiteral(const FieldSchema &field, Op op, const SoqlQuery::Value &value,
                                 const SoqlFieldResolver &resolver, std::optional<SoqlError> *error)
{
    if (value.kind == ValueKind::Null)
        return true;
    QString expected;
    bool quoted = false;
    bool ok = false;
    if (field.isText() || field.isIdType()) {
        expected = field.isIdType() ? QStringLiteral("id") : QStringLiteral("string");
        quoted = true;
        ok = value.kind == ValueKind::String;
    } else if (field.isNumeric()) {
        expected = field.type == QLatin1String("int") ? QStringLiteral("integer") : QStringLiteral("double");
        ok = value.kind == ValueKind::Number;
    } else if (field.isBoolean()) {
        expected = QStringLiteral("boolean");
        ok = value.kind == ValueKind::Boolean;
    } else if (field.isDate()) {
        expected = QStringLiteral("date");
        ok = value.kind == ValueKind::Date || value.kind == ValueKind::DateLiteral;
    } else if (field.isDateTime()) {
        expected = QStringLiteral("dateTime");
        ok = value.kind == ValueKind::DateTime || value.kind == ValueKind::DateLiteral;
    } else {
        *error =
            resolver.fail(value.position, QStringLiteral("INVALID_FIELD"),
                          QStringLiteral("field '%1' can not be filtered in query call").arg(field.name));
        return false;
    }
    if (!ok) {
        *error = resolver.fail(
            value.position, QStringLiteral("INVALID_FIELD"),
            QStringLiteral("value of filter criterion for field '%1' must be of type %2 and should %3be "
                           "enclosed in quotes")
                .arg(field.name, expected, quoted ? QString() : QStringLiteral("not ")));
        return false;
    }
    if (op == Op::Like && !(field.isText() || field.isIdType())) {
        *error = resolver.fail(value.position, QStringLiteral("INVALID_QUERY_FILTER_OPERATOR"),
                               QStringLiteral("invalid operator on field '%1'").arg(field.name));
        return false;
    }
    if (field.isIdType() && op != Op::Like && !IdFormat::isValid(value.text)) {
        *error = resolver.fail(value.position, QStringLiteral("INVALID_QUERY_FILTER_OPERATOR"),
                               QStringLiteral("invalid ID field: %1").arg(value.text));
        return false;
    }
    return true;
}

bool SoqlPredicate::matches(const QJsonObject &record, const SoqlFieldResolver &resolver) const
{
    switch (m_kind) {
    case Kind::And:
        for (const SoqlPredicate &child : m_children) {
            if (!child.matches(record, resolver))
                return false;
        }
        return true;
    case Kind::Or:
        for (const SoqlPredicate &child : m_children) {
            if (child.matches(record, resolver))
                return true;
        }
        return false;
    case Kind::Not:
        return !m_children.front().matches(record, resolver);
    case Kind::Compare:
        break;
    }
    const QJsonValue value = resolver.value(m_path, record);
    const bool isNull = SoqlCompare::isNull(value);
    const auto equal = [&] {
        const QString key = RecordStore::indexKey(*m_path.field, value);
        return m_keys.contains(key) || (!m_ranges.empty() && inRanges(value.toString()));
    };
    switch (m_op) {
    case Op::Equal:
    case Op::In:
        return isNull ? m_matchesNull : equal();
    case Op::NotEqual:
    case Op::NotIn:
        // SOQL (unlike SQL) lets `!=` and NOT IN match records whose field is null.
        return isNull ? !m_matchesNull : !equal();
    case Op::Like:
        return !isNull && m_like.match(value.toString()).hasMatch();
    default:
        break;
    }
    if (isNull || m_matchesNull)
        return false;
    int c = 0;
    switch (m_compare) {
    case SoqlCompare::Kind::Number:
        c = value.toDouble() < m_numberOperand ? -1 : (value.toDouble() > m_numberOperand ? 1 : 0);
        break;
    case SoqlCompare::Kind::Boolean:
        c = int(value.toBool()) - int(m_boolOperand);
        break;
    case SoqlCompare::Kind::Text:
        c = value.toString().toCaseFolded().compare(m_textOperand);
        break;
    default:
        c = value.toString().compare(m_textOperand);
        break;
    }
    switch (m_op) {
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

std::optional<QSet<QString>> SoqlPredicate::candidates(const RecordStore &store,
                                                       const ObjectSchema &object) const
{
    switch (m_kind) {
    case Kind::Or: {
        QSet<QString> all;
        for (const SoqlPredicate &child : m_children) {
            const std::optional<QSet<QString>> ids = child.candidates(store, object);
            if (!ids)
                return std::nullopt;
            all.unite(*ids);
        }
        return all;
    }
    case Kind::And: {
        std::optional<QSet<QString>> best;
        for (const SoqlPredicate &child : m_children) {
            std::optional<QSet<QString>> ids = child.candidates(store, object);
            if (ids && (!best || ids->size() < best->size()))
                best = std::move(ids);
        }
        return best;
    }
    case Kind::Not:
        return std::nullopt;
    case Kind::Compare:
        break;
    }
    if (m_path.reference || m_matchesNull || !m_ranges.empty() || (m_op != Op::Equal && m_op != Op::In))
        return std::nullopt;
    QSet<QString> ids;
    if (m_path.field->type == QLatin1String("id")) {
        for (const QString &key : m_keys)
            ids.insert(key);
        return ids;
    }
    if (!store.hasIndex(object.name(), m_path.field->name))
        return std::nullopt;
    for (const QString &key : m_keys) {
        for (const QString &id : store.indexLookup(object.name(), m_path.field->name, key))
            ids.insert(id);
    }
    return ids;
}

} // namespace sfsync::localorg
