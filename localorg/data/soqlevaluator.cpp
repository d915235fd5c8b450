#include "localorg/data/soqlevaluator.h"

#include "localorg/data/recordid.h"
#include "localorg/data/recordstore.h"
#include "localorg/data/soqlparser.h"
#include "localorg/localorglogging.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <memory>

namespace sfsync::localorg {

namespace {

using Condition = SoqlQuery::Condition;
using Op = SoqlQuery::Operator;
using ValueKind = SoqlQuery::Value::Kind;

const QString kIsDeleted = QStringLiteral("IsDeleted");

// A field path resolved against the catalogue: an own field, or reference field + field of the parent.
struct Path
{
    const FieldInfo *field = nullptr; // the field whose value is read
    const FieldInfo *reference = nullptr; // set for parent paths (Contact.AccountId for Account.Name)
    const ObjectInfo *parent = nullptr;
    QString canonical; // "Email", "Account.Name"
};

enum class Compare { Text, CaseSensitiveText, Id, Number, Boolean, Date };

Compare compareKind(const FieldInfo &field)
{
    if (field.isIdType())
        return Compare::Id;
    if (field.isNumeric())
        return Compare::Number;
    if (field.isBoolean())
        return Compare::Boolean;
    if (field.isDate() || field.isDateTime())
        return Compare::Date;
    return field.caseSensitive ? Compare::CaseSensitiveText : Compare::Text;
}

// A literal normalised for comparison with stored values (see RecordStore::indexKey for equality keys).
QString dateTimeKey(const QString &literal)
{
    // Stored datetimes are UTC "yyyy-MM-ddThh:mm:ss.zzz+0000"; bring the literal into the same form so the
    // strings order like the instants.
    QDateTime dt = QDateTime::fromString(literal, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(literal, Qt::ISODate);
    return dt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("+0000");
}

struct Predicate
{
    Condition::Kind kind = Condition::Kind::Compare;
    std::vector<Predicate> children;
    Path path;
    Op op = Op::Equal;
    Compare compare = Compare::Text;
    QSet<QString> keys; // =, !=, IN, NOT IN
    bool matchesNull = false; // the literal list contains null
    QString textOperand; // range operators on text / dates / ids
    double numberOperand = 0;
    bool boolOperand = false;
    QRegularExpression like;
};

class Evaluation
{
public:
    Evaluation(const RecordStore &store, const SoqlQuery &query, const QString &apiVersion,
               bool includeDeleted)
        : m_store(store)
        , m_catalogue(store.catalogue())
        , m_query(query)
        , m_apiVersion(apiVersion)
        , m_includeDeleted(includeDeleted)
    { }

    SoqlResult run()
    {
        SoqlResult result;
        m_object = m_catalogue.object(m_query.object);
        if (!m_object) {
            result.error =
                fail(m_query.objectPosition, QStringLiteral("INVALID_TYPE"),
                     QStringLiteral("sObject type '%1' is not supported. If you are attempting to use a "
                                    "custom object, be sure to append the '__c' after the entity name. "
                                    "Please reference your WSDL or the describe call for the "
                                    "appropriate names.")
                         .arg(m_query.object));
            return result;
        }
        QList<Path> columns;
        for (const SoqlQuery::FieldRef &ref : m_query.fields) {
            Path path;
            if (!resolve(ref, &path, &result.error))
                return result;
            columns.append(path);
            result.columns.append(path.canonical);
        }
        Predicate where;
        if (m_query.where && !prepare(*m_query.where, &where, &result.error))
            return result;
        QList<std::pair<Path, SoqlQuery::OrderItem>> order;
        for (const SoqlQuery::OrderItem &item : m_query.orderBy) {
            Path path;
            if (!resolve(item.field, &path, &result.error))
                return result;
            if (!path.field->sortable) {
                result.error = fail(
                    item.field.position, QStringLiteral("INVALID_FIELD"),
                    QStringLiteral("field '%1' can not be sorted in a query call").arg(path.field->name));
                return result;
            }
            order.append({path, item});
        }
        if (m_query.offset && *m_query.offset > 2000) {
            result.error = fail(m_query.offsetPosition, QStringLiteral("NUMBER_OUTSIDE_VALID_RANGE"),
                                QStringLiteral("Maximum SOQL offset allowed is 2000"));
            return result;
        }

        QList<const QJsonObject *> rows = select(m_query.where ? &where : nullptr);
        if (!order.isEmpty()) {
            std::stable_sort(rows.begin(), rows.end(), [&](const QJsonObject *a, const QJsonObject *b) {
                for (const auto &[path, item] : order) {
                    const int c = compareForOrder(path, item, *a, *b);
                    if (c != 0)
                        return c < 0;
                }
                return false;
            });
        }
        const qsizetype offset = qMin(qsizetype(m_query.offset.value_or(0)), rows.size());
        qsizetype count = rows.size() - offset;
        if (m_query.limit)
            count = qMin(count, qsizetype(*m_query.limit));
        result.totalSize = count;
        if (m_query.countOnly)
            return result;
        for (qsizetype i = offset; i < offset + count; ++i)
            result.records.append(shape(*rows.at(i), columns));
        return result;
    }

private:
    SoqlError fail(qsizetype position, const QString &code, const QString &text) const
    {
        return SoqlError::at(m_query.text, position, code, text);
    }

    bool resolve(const SoqlQuery::FieldRef &ref, Path *path, std::optional<SoqlError> *error) const
    {
        QStringList parts = ref.path;
        // "Contact.Email" FROM Contact names the queried object itself.
        if (parts.size() == 2 && parts.first().compare(m_object->name(), Qt::CaseInsensitive) == 0
            && !m_object->referenceFieldForRelationship(parts.first())) {
            parts.removeFirst();
        }
        const QString noSuchColumn = QStringLiteral(
            "No such column '%1' on entity '%2'. If you are attempting to use a custom field, be sure to "
            "append "
            "the '__c' after the custom field name. Please reference your WSDL or the describe call for the "
            "appropriate names.");
        if (parts.size() == 1) {
            path->field = m_object->field(parts.first());
            if (!path->field) {
                *error = fail(ref.position, QStringLiteral("INVALID_FIELD"),
                              noSuchColumn.arg(parts.first(), m_object->name()));
                return false;
            }
            path->canonical = path->field->name;
            return true;
        }
        const FieldInfo *reference =
            parts.size() == 2 ? m_object->referenceFieldForRelationship(parts.first()) : nullptr;
        const ObjectInfo *parent = nullptr;
        if (reference) {
            for (const QString &target : reference->referenceTo) {
                parent = m_catalogue.object(target);
                if (parent)
                    break;
            }
        }
        if (!parent) {
            *error = fail(
                ref.position, QStringLiteral("INVALID_FIELD"),
                QStringLiteral("Didn't understand relationship '%1' in field path. If you are attempting "
                               "to use a custom relationship, be sure to append the '__r' after the "
                               "custom relationship name. Please reference your WSDL or the describe "
                               "call for the appropriate names.")
                    .arg(parts.first()));
            return false;
        }
        path->reference = reference;
        path->parent = parent;
        path->field = parent->field(parts.at(1));
        if (!path->field) {
            *error = fail(ref.position + parts.first().size() + 1, QStringLiteral("INVALID_FIELD"),
                          noSuchColumn.arg(parts.at(1), parent->name()));
            return false;
        }
        path->canonical = reference->relationshipName + QLatin1Char('.') + path->field->name;
        return true;
    }

    bool prepare(const Condition &condition, Predicate *out, std::optional<SoqlError> *error) const
    {
        out->kind = condition.kind;
        if (condition.kind != Condition::Kind::Compare) {
            for (const Condition &child : condition.children) {
                Predicate p;
                if (!prepare(child, &p, error))
                    return false;
                out->children.push_back(std::move(p));
            }
            return true;
        }
        if (!resolve(condition.field, &out->path, error))
            return false;
        const FieldInfo &field = *out->path.field;
        if (!field.filterable) {
            *error = fail(condition.field.position, QStringLiteral("INVALID_FIELD"),
                          QStringLiteral("field '%1' can not be filtered in query call").arg(field.name));
            return false;
        }
        out->op = condition.op;
        out->compare = compareKind(field);
        for (const SoqlQuery::Value &value : condition.values) {
            if (!checkLiteral(field, condition.op, value, error))
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
                    out->matchesNull = true;
                else
                    out->keys.insert(equalityKey(field, value));
            }
            break;
        case Op::Like:
            out->like = QRegularExpression(first.likePattern,
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::DotMatchesEverythingOption);
            break;
        default:
            out->matchesNull = first.kind == ValueKind::Null;
            out->numberOperand = first.number;
            out->boolOperand = first.boolean;
            if (field.isDateTime())
                out->textOperand = dateTimeKey(first.text);
            else if (field.isIdType())
                out->textOperand = RecordId::to18(first.text);
            else if (out->compare == Compare::Text)
                out->textOperand = first.text.toCaseFolded();
            else
                out->textOperand = first.text;
            break;
        }
        return true;
    }

    static QString equalityKey(const FieldInfo &field, const SoqlQuery::Value &value)
    {
        switch (value.kind) {
        case ValueKind::Number:
            return RecordStore::indexKey(field, value.number);
        case ValueKind::Boolean:
            return RecordStore::indexKey(field, value.boolean);
        case ValueKind::DateTime:
            return dateTimeKey(value.text);
        default:
            return RecordStore::indexKey(field, value.text);
        }
    }

    // Salesforce types every literal by the field it is compared with (salesforce-api.md §2.5).
    bool checkLiteral(const FieldInfo &field, Op op, const SoqlQuery::Value &value,
                      std::optional<SoqlError> *error) const
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
            expected =
                field.type == QLatin1String("int") ? QStringLiteral("integer") : QStringLiteral("double");
            ok = value.kind == ValueKind::Number;
        } else if (field.isBoolean()) {
            expected = QStringLiteral("boolean");
            ok = value.kind == ValueKind::Boolean;
        } else if (field.isDate()) {
            expected = QStringLiteral("date");
            ok = value.kind == ValueKind::Date;
        } else if (field.isDateTime()) {
            expected = QStringLiteral("dateTime");
            ok = value.kind == ValueKind::DateTime;
        } else {
            *error = fail(value.position, QStringLiteral("INVALID_FIELD"),
                          QStringLiteral("field '%1' can not be filtered in query call").arg(field.name));
            return false;
        }
        if (!ok) {
            *error =
                fail(value.position, QStringLiteral("INVALID_FIELD"),
                     QStringLiteral("value of filter criterion for field '%1' must be of type %2 and should "
                                    "%3be enclosed in quotes")
                         .arg(field.name, expected, quoted ? QString() : QStringLiteral("not ")));
            return false;
        }
        if (op == Op::Like && !(field.isText() || field.isIdType())) {
            *error = fail(value.position, QStringLiteral("INVALID_QUERY_FILTER_OPERATOR"),
                          QStringLiteral("invalid operator on field '%1'").arg(field.name));
            return false;
        }
        if (field.isIdType() && op != Op::Like && !RecordId::isValid(value.text)) {
            *error = fail(value.position, QStringLiteral("INVALID_QUERY_FILTER_OPERATOR"),
                          QStringLiteral("invalid ID field: %1").arg(value.text));
            return false;
        }
        return true;
    }

    const QJsonObject *parentOf(const Path &path, const QJsonObject &record) const
    {
        const QString refId = record.value(path.reference->name).toString();
        if (refId.isEmpty())
            return nullptr;
        const QJsonObject *parent = m_store.find(refId);
        // A deleted parent is not visible through the relationship.
        return parent && !parent->value(kIsDeleted).toBool() ? parent : nullptr;
    }

    QJsonValue valueAt(const Path &path, const QJsonObject &record) const
    {
        if (!path.reference)
            return record.value(path.field->name);
        const QJsonObject *parent = parentOf(path, record);
        return parent ? parent->value(path.field->name) : QJsonValue();
    }

    bool matches(const Predicate &p, const QJsonObject &record) const
    {
        switch (p.kind) {
        case Condition::Kind::And:
            for (const Predicate &child : p.children) {
                if (!matches(child, record))
                    return false;
            }
            return true;
        case Condition::Kind::Or:
            for (const Predicate &child : p.children) {
                if (matches(child, record))
                    return true;
            }
            return false;
        case Condition::Kind::Not:
            return !matches(p.children.front(), record);
        case Condition::Kind::Compare:
            break;
        }
        const QJsonValue value = valueAt(p.path, record);
        const bool isNull = value.isNull() || value.isUndefined();
        switch (p.op) {
        case Op::Equal:
        case Op::In:
            return isNull ? p.matchesNull : p.keys.contains(RecordStore::indexKey(*p.path.field, value));
        case Op::NotEqual:
        case Op::NotIn:
            // SOQL (unlike SQL) lets `!=` and NOT IN match records whose field is null.
            return isNull ? !p.matchesNull : !p.keys.contains(RecordStore::indexKey(*p.path.field, value));
        case Op::Like:
            return !isNull && p.like.match(value.toString()).hasMatch();
        default:
            break;
        }
        if (isNull || p.matchesNull)
            return false;
        int c = 0;
        switch (p.compare) {
        case Compare::Number:
            c = value.toDouble() < p.numberOperand ? -1 : (value.toDouble() > p.numberOperand ? 1 : 0);
            break;
        case Compare::Boolean:
            c = int(value.toBool()) - int(p.boolOperand);
            break;
        case Compare::Text:
            c = value.toString().toCaseFolded().compare(p.textOperand);
            break;
        default:
            c = value.toString().compare(p.textOperand);
            break;
        }
        switch (p.op) {
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

    // Ids that can match, from the hash indexes, or nullopt when a scan is needed.
    std::optional<QSet<QString>> candidates(const Predicate &p) const
    {
        switch (p.kind) {
        case Condition::Kind::Or: {
            QSet<QString> all;
            for (const Predicate &child : p.children) {
                const std::optional<QSet<QString>> ids = candidates(child);
                if (!ids)
                    return std::nullopt;
                all.unite(*ids);
            }
            return all;
        }
        case Condition::Kind::And: {
            std::optional<QSet<QString>> best;
            for (const Predicate &child : p.children) {
                std::optional<QSet<QString>> ids = candidates(child);
                if (ids && (!best || ids->size() < best->size()))
                    best = std::move(ids);
            }
            return best;
        }
        case Condition::Kind::Not:
            return std::nullopt;
        case Condition::Kind::Compare:
            break;
        }
        if (p.path.reference || p.matchesNull || (p.op != Op::Equal && p.op != Op::In))
            return std::nullopt;
        QSet<QString> ids;
        if (p.path.field->type == QLatin1String("id")) {
            for (const QString &key : p.keys)
                ids.insert(key);
            return ids;
        }
        if (!m_store.hasIndex(m_object->name(), p.path.field->name))
            return std::nullopt;
        for (const QString &key : p.keys) {
            for (const QString &id : m_store.indexLookup(m_object->name(), p.path.field->name, key))
                ids.insert(id);
        }
        return ids;
    }

    QList<const QJsonObject *> select(const Predicate *where) const
    {
        QList<const QJsonObject *> rows;
        const std::optional<QSet<QString>> ids = where ? candidates(*where) : std::nullopt;
        if (ids) {
            QList<QString> sorted(ids->cbegin(), ids->cend());
            std::sort(sorted.begin(), sorted.end());
            for (const QString &id : std::as_const(sorted)) {
                if (RecordId::keyPrefix(id) != m_object->keyPrefix())
                    continue;
                const QJsonObject *record = m_store.find(id);
                if (!record || (!m_includeDeleted && record->value(kIsDeleted).toBool()))
                    continue;
                if (matches(*where, *record))
                    rows.append(record);
            }
            return rows;
        }
        // forEach hands out references into the store, which stay valid while nothing writes.
        m_store.forEach(m_object->name(), m_includeDeleted, [&](const QJsonObject &record) {
            if (!where || matches(*where, record))
                rows.append(&record);
            return true;
        });
        return rows;
    }

    int compareForOrder(const Path &path, const SoqlQuery::OrderItem &item, const QJsonObject &a,
                        const QJsonObject &b) const
    {
        const QJsonValue va = valueAt(path, a);
        const QJsonValue vb = valueAt(path, b);
        const bool na = va.isNull() || va.isUndefined();
        const bool nb = vb.isNull() || vb.isUndefined();
        if (na || nb) {
            if (na && nb)
                return 0;
            // Nulls go to the chosen end whatever the direction.
            return (na ? -1 : 1) * (item.nullsLast ? -1 : 1);
        }
        int c = 0;
        switch (compareKind(*path.field)) {
        case Compare::Number:
            c = va.toDouble() < vb.toDouble() ? -1 : (va.toDouble() > vb.toDouble() ? 1 : 0);
            break;
        case Compare::Boolean:
            c = int(va.toBool()) - int(vb.toBool());
            break;
        case Compare::Text:
            c = va.toString().compare(vb.toString(), Qt::CaseInsensitive);
            break;
        default:
            c = va.toString().compare(vb.toString());
            break;
        }
        return item.descending ? -c : c;
    }

    QJsonObject attributes(const ObjectInfo &object, const QString &id) const
    {
        return QJsonObject {
            {QStringLiteral("type"), object.name()},
            {QStringLiteral("url"),
             QStringLiteral("/services/data/v%1/sobjects/%2/%3").arg(m_apiVersion, object.name(), id)}};
    }

    QJsonObject shape(const QJsonObject &record, const QList<Path> &columns) const
    {
        QJsonObject row;
        row.insert(QStringLiteral("attributes"),
                   attributes(*m_object, record.value(QLatin1String("Id")).toString()));
        for (const Path &path : columns) {
            if (!path.reference) {
                row.insert(path.field->name, RecordStore::fieldValue(*m_object, *path.field, record));
                continue;
            }
            const QString key = path.reference->relationshipName;
            const QJsonObject *parent = parentOf(path, record);
            if (!parent) {
                row.insert(key, QJsonValue::Null);
                continue;
            }
            const ObjectInfo *parentInfo =
                m_catalogue.objectForId(parent->value(QLatin1String("Id")).toString());
            if (!parentInfo)
                parentInfo = path.parent;
            QJsonObject nested = row.value(key).toObject();
            if (nested.isEmpty())
                nested.insert(QStringLiteral("attributes"),
                              attributes(*parentInfo, parent->value(QLatin1String("Id")).toString()));
            const FieldInfo *field = parentInfo->field(path.field->name);
            nested.insert(path.field->name,
                          field ? RecordStore::fieldValue(*parentInfo, *field, *parent)
                                : QJsonValue(QJsonValue::Null));
            row.insert(key, nested);
        }
        return row;
    }

    const RecordStore &m_store;
    const Catalogue &m_catalogue;
    const SoqlQuery &m_query;
    QString m_apiVersion;
    bool m_includeDeleted = false;
    const ObjectInfo *m_object = nullptr;
};

} // namespace

SoqlEvaluator::SoqlEvaluator(const RecordStore &store)
    : m_store(store)
{ }

SoqlResult SoqlEvaluator::run(const QString &soql, const QString &apiVersion, bool includeDeleted) const
{
    std::variant<SoqlQuery, SoqlError> parsed = SoqlParser::parse(soql);
    if (const SoqlError *error = std::get_if<SoqlError>(&parsed)) {
        qCDebug(lcLocalOrgSoql) << "rejected:" << error->errorCode;
        SoqlResult result;
        result.error = *error;
        return result;
    }
    return run(std::get<SoqlQuery>(parsed), apiVersion, includeDeleted);
}

SoqlResult SoqlEvaluator::run(const SoqlQuery &query, const QString &apiVersion, bool includeDeleted) const
{
    return Evaluation(m_store, query, apiVersion, includeDeleted).run();
}

} // namespace sfsync::localorg
