#include "localorg/data/soqlevaluator.h"

#include "localorg/data/idformat.h"
#include "localorg/data/recordstore.h"
#include "localorg/data/soqlaggregation.h"
#include "localorg/data/soqlcolumnmetadata.h"
#include "localorg/data/soqlparser.h"
#include "localorg/data/soqlpredicate.h"
#include "localorg/localorglogging.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <memory>

namespace sfsync::localorg {

namespace {

const QString kIsDeleted = QStringLiteral("IsDeleted");
const QString kId = QStringLiteral("Id");

using OrderList = QList<std::pair<SoqlFieldPath, SoqlQuery::OrderItem>>;

// A child relationship subquery, resolved against the child object.
struct ChildQuery
{
    QString relationshipName; // as the parent's describe spells it: the key in the parent's row
    QString referenceField; // the child's field pointing at the parent
    std::unique_ptr<SoqlFieldResolver> resolver;
    QList<SoqlFieldPath> columns;
    std::optional<SoqlPredicate> where;
    OrderList order;
    std::optional<qint64> limit;
    qint64 offset = 0;
};

class Evaluation
{
public:
    Evaluation(const RecordStore &store, const SoqlQuery &query, const QString &apiVersion,
               bool includeDeleted, const SoqlEvaluator::RowFilter &filter)
        : m_store(store)
        , m_catalogue(store.catalogue())
        , m_query(query)
        , m_apiVersion(apiVersion)
        , m_includeDeleted(includeDeleted)
        , m_filter(filter)
    { }

    // columnsOnly: check the statement and describe its columns (columns=true), without reading rows.
    SoqlResult run(bool columnsOnly)
    {
        SoqlResult result;
        const ObjectSchema *object = m_catalogue.object(m_query.object);
        if (!object) {
            result.error = SoqlError::at(
                m_query.text, m_query.objectPosition, QStringLiteral("INVALID_TYPE"),
                QStringLiteral("sObject type '%1' is not supported. If you are attempting to use a custom "
                               "object, be sure to append the '__c' after the entity name. Please reference "
                               "your WSDL or the describe call for the appropriate names.")
                    .arg(m_query.object));
            return result;
        }
        m_resolver = std::make_unique<SoqlFieldResolver>(m_store, *object, m_query.text);
        if (m_query.isAggregate())
            return runAggregate(columnsOnly);

        QList<SoqlFieldPath> columns;
        QList<int> childOf; // per SELECT item: index into m_children, or -1
        for (const SoqlQuery::SelectItem &item : m_query.select) {
            if (!item.alias.isEmpty()) {
                result.error =
                    m_resolver->fail(item.aliasPosition, QStringLiteral("MALFORMED_QUERY"),
                                     QStringLiteral("Only aggregate expressions use field aliasing"));
                return result;
            }
            if (item.kind == SoqlQuery::SelectItem::Kind::Subquery) {
                if (!prepareChild(*item.subquery, &result.error))
                    return result;
                childOf.append(int(m_children.size()) - 1);
                columns.append(SoqlFieldPath {});
                result.columns.append(m_children.back()->relationshipName);
                result.childRelationships.append(m_children.back()->relationshipName);
                continue;
            }
            SoqlFieldPath path;
            if (!m_resolver->resolve(item.field, &path, &result.error))
                return result;
            columns.append(path);
            childOf.append(-1);
            result.columns.append(path.canonical);
        }
        std::optional<SoqlPredicate> where;
        if (m_query.where && !compileWhere(*m_query.where, *m_resolver, &where, &result.error))
            return result;
        OrderList order;
        if (!resolveOrder(m_query.orderBy, *m_resolver, &order, &result.error) || !checkOffset(&result.error))
            return result;
        if (columnsOnly) {
            result.columnMetadata = describeColumns(columns, childOf);
            return result;
        }

        QList<const QJsonObject *> rows = select(*m_resolver, where ? &*where : nullptr);
        sortRows(&rows, order, *m_resolver);
        const qsizetype offset = qMin(qsizetype(m_query.offset.value_or(0)), rows.size());
        qsizetype count = rows.size() - offset;
        if (m_query.limit)
            count = qMin(count, qsizetype(*m_query.limit));
        result.totalSize = count;
        if (m_query.countOnly)
            return result;
        rows = rows.mid(offset, count);
        const QList<QHash<QString, QList<const QJsonObject *>>> children = childRows(rows);
        for (const QJsonObject *record : std::as_const(rows)) {
            QJsonObject row = shape(*m_resolver, *record, columns);
            for (size_t i = 0; i < m_children.size(); ++i)
                row.insert(
                    m_children.at(i)->relationshipName,
                    childResult(*m_children.at(i), children.at(i).value(record->value(kId).toString())));
            result.records.append(row);
        }
        return result;
    }

private:
    SoqlResult runAggregate(bool columnsOnly)
    {
        SoqlResult result;
        result.aggregate = true;
        SoqlAggregation aggregation(m_query, *m_resolver);
        if (!aggregation.prepare(&result.error))
            return result;
        std::optional<SoqlPredicate> where;
        if (m_query.where && !compileWhere(*m_query.where, *m_resolver, &where, &result.error))
            return result;
        if (!checkOffset(&result.error))
            return result;
        result.columns = aggregation.columns();
        if (columnsOnly) {
            result.columnMetadata =
                SoqlColumnMetadata::document(aggregation.columnMetadata(), QStringLiteral("AggregateResult"),
                                             QString(), !m_query.groupBy.isEmpty(), false);
            return result;
        }
        const QList<QJsonObject> groups = aggregation.run(select(*m_resolver, where ? &*where : nullptr));
        const qsizetype offset = qMin(qsizetype(m_query.offset.value_or(0)), groups.size());
        qsizetype count = groups.size() - offset;
        if (m_query.limit)
            count = qMin(count, qsizetype(*m_query.limit));
        result.totalSize = count;
        if (m_query.countOnly)
            return result;
        for (qsizetype i = offset; i < offset + count; ++i)
            result.records.append(groups.at(i));
        return result;
    }

    bool checkOffset(std::optional<SoqlError> *error) const
    {
        if (m_query.offset && *m_query.offset > 2000) {
            *error = m_resolver->fail(m_query.offsetPosition, QStringLiteral("NUMBER_OUTSIDE_VALID_RANGE"),
                                      QStringLiteral("Maximum SOQL offset allowed is 2000"));
            return false;
        }
        return true;
    }

    static bool compileWhere(const SoqlQuery::Condition &condition, const SoqlFieldResolver &resolver,
                             std::optional<SoqlPredicate> *out, std::optional<SoqlError> *error)
    {
        SoqlPredicate predicate;
        if (!SoqlPredicate::compile(condition, resolver, &predicate, error))
            return false;
        *out = std::move(predicate);
        return true;
    }

    static bool resolveOrder(const QList<SoqlQuery::OrderItem> &items, const SoqlFieldResolver &resolver,
                             OrderList *out, std::optional<SoqlError> *error)
    {
        for (const SoqlQuery::OrderItem &item : items) {
            if (item.aggregate) {
                *error = resolver.fail(item.aggregate->position, QStringLiteral("MALFORMED_QUERY"),
                                       QStringLiteral("Aggregate functions in ORDER BY need an aggregate "
                                                      "query (GROUP BY or an aggregate in the SELECT list)"));
                return false;
            }
            SoqlFieldPath path;
            if (!resolver.resolve(item.field, &path, error))
                return false;
            if (!path.field->sortable) {
                *error = resolver.fail(
                    item.field.position, QStringLiteral("INVALID_FIELD"),
                    QStringLiteral("field '%1' can not be sorted in a query call").arg(path.field->name));
                return false;
            }
            out->append({path, item});
        }
        return true;
    }

    bool prepareChild(const SoqlQuery &sub, std::optional<SoqlError> *error)
    {
        const ObjectSchema &parent = m_resolver->object();
        const ObjectSchema::ChildRelationship *relationship = parent.childRelationship(sub.object);
        const ObjectSchema *child = relationship ? m_catalogue.object(relationship->childObject) : nullptr;
        if (!child || !child->field(relationship->field)) {
            *error = m_resolver->fail(
                sub.objectPosition, QStringLiteral("INVALID_TYPE"),
                QStringLiteral("Didn't understand relationship '%1' in FROM part of query call. If you are "
                               "attempting to use a custom relationship, be sure to append the '__r' after "
                               "the custom relationship name. Please reference your WSDL or the describe "
                               "call for the appropriate names.")
                    .arg(sub.object));
            return false;
        }
        auto query = std::make_unique<ChildQuery>();
        query->relationshipName = relationship->relationshipName;
        query->referenceField = child->field(relationship->field)->name;
        query->resolver = std::make_unique<SoqlFieldResolver>(m_store, *child, m_query.text);
        for (const SoqlQuery::SelectItem &item : sub.select) {
            if (item.kind != SoqlQuery::SelectItem::Kind::Field || !item.alias.isEmpty()) {
                *error = m_resolver->fail(item.kind == SoqlQuery::SelectItem::Kind::Field ? item.aliasPosition
                                                                                          : item.position,
                                          QStringLiteral("MALFORMED_QUERY"),
                                          QStringLiteral("A child relationship query selects plain fields "
                                                         "only"));
                return false;
            }
            SoqlFieldPath path;
            if (!query->resolver->resolve(item.field, &path, error))
                return false;
            query->columns.append(path);
        }
        if (sub.countOnly) {
            *error =
                m_resolver->fail(sub.selectPosition, QStringLiteral("MALFORMED_QUERY"),
                                 QStringLiteral("COUNT() is not supported in a child relationship query"));
            return false;
        }
        if (sub.where && !compileWhere(*sub.where, *query->resolver, &query->where, error))
            return false;
        if (!resolveOrder(sub.orderBy, *query->resolver, &query->order, error))
            return false;
        query->limit = sub.limit;
        query->offset = sub.offset.value_or(0);
        m_children.push_back(std::move(query));
        return true;
    }

    QList<const QJsonObject *> select(const SoqlFieldResolver &resolver, const SoqlPredicate *where) const
    {
        const ObjectSchema &object = resolver.object();
        QList<const QJsonObject *> rows;
        const auto keep = [&](const QJsonObject &record) {
            return (!where || where->matches(record, resolver)) && (!m_filter || m_filter(record));
        };
        const std::optional<QSet<QString>> ids = where ? where->candidates(m_store, object) : std::nullopt;
        if (ids) {
            QList<QString> sorted(ids->cbegin(), ids->cend());
            std::sort(sorted.begin(), sorted.end());
            for (const QString &id : std::as_const(sorted)) {
                if (IdFormat::keyPrefix(id) != object.keyPrefix())
                    continue;
                const QJsonObject *record = m_store.find(id);
                if (!record || (!m_includeDeleted && record->value(kIsDeleted).toBool()))
                    continue;
                if (keep(*record))
                    rows.append(record);
            }
            return rows;
        }
        // forEach hands out references into the store, which stay valid while nothing writes.
        m_store.forEach(object.name(), m_includeDeleted, [&](const QJsonObject &record) {
            if (keep(record))
                rows.append(&record);
            return true;
        });
        return rows;
    }

    static void sortRows(QList<const QJsonObject *> *rows, const OrderList &order,
                         const SoqlFieldResolver &resolver)
    {
        if (order.isEmpty())
            return;
        std::stable_sort(rows->begin(), rows->end(), [&](const QJsonObject *a, const QJsonObject *b) {
            for (const auto &[path, item] : order) {
                const int c =
                    SoqlCompare::compareForOrder(SoqlCompare::kindOf(*path.field), resolver.value(path, *a),
                                                 resolver.value(path, *b), item.descending, item.nullsLast);
                if (c != 0)
                    return c < 0;
            }
            return false;
        });
    }

    // For each subquery, the matching child records by parent Id: one pass over the child object.
    QList<QHash<QString, QList<const QJsonObject *>>>
    childRows(const QList<const QJsonObject *> &parents) const
    {
        QList<QHash<QString, QList<const QJsonObject *>>> out;
        if (m_children.empty())
            return out;
        QSet<QString> parentIds;
        for (const QJsonObject *parent : parents)
            parentIds.insert(parent->value(kId).toString());
        for (const std::unique_ptr<ChildQuery> &child : m_children) {
            QHash<QString, QList<const QJsonObject *>> byParent;
            const SoqlFieldResolver &resolver = *child->resolver;
            m_store.forEach(resolver.object().name(), m_includeDeleted, [&](const QJsonObject &record) {
                const QString parentId = record.value(child->referenceField).toString();
                if (parentIds.contains(parentId)
                    && (!child->where || child->where->matches(record, resolver)))
                    byParent[parentId].append(&record);
                return true;
            });
            out.append(byParent);
        }
        return out;
    }

    // A parent's child rows as Salesforce nests them: {totalSize, done, records}, or null when there are
    // none.
    QJsonValue childResult(const ChildQuery &child, QList<const QJsonObject *> rows) const
    {
        sortRows(&rows, child.order, *child.resolver);
        const qsizetype offset = qMin(qsizetype(child.offset), rows.size());
        qsizetype count = rows.size() - offset;
        if (child.limit)
            count = qMin(count, qsizetype(*child.limit));
        if (count <= 0)
            return QJsonValue::Null;
        QJsonArray records;
        for (qsizetype i = offset; i < offset + count; ++i)
            records.append(shape(*child.resolver, *rows.at(i), child.columns));
        return QJsonObject {{QStringLiteral("totalSize"), double(count)},
                            {QStringLiteral("done"), true},
                            {QStringLiteral("records"), records}};
    }

    // SELECT order; parent fields merged under one column per relationship.
    QJsonObject describeColumns(const QList<SoqlFieldPath> &columns, const QList<int> &childOf) const
    {
        QJsonArray out;
        QHash<QString, qsizetype> parents;
        bool idSelected = false;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (childOf.at(i) >= 0) {
                const ChildQuery &child = *m_children.at(childOf.at(i));
                out.append(
                    SoqlColumnMetadata::subquery(child.relationshipName, describeFields(child.columns)));
                continue;
            }
            idSelected = idSelected || columns.at(i).canonical == kId;
            appendField(&out, &parents, columns.at(i));
        }
        const ObjectSchema &object = m_resolver->object();
        return SoqlColumnMetadata::document(out, object.name(), object.keyPrefix(), false, idSelected);
    }

    static QJsonArray describeFields(const QList<SoqlFieldPath> &columns)
    {
        QJsonArray out;
        QHash<QString, qsizetype> parents;
        for (const SoqlFieldPath &path : columns)
            appendField(&out, &parents, path);
        return out;
    }

    static void appendField(QJsonArray *out, QHash<QString, qsizetype> *parents, const SoqlFieldPath &path)
    {
        const QJsonObject column = SoqlColumnMetadata::field(*path.field, path.field->name, path.canonical);
        if (!path.reference) {
            out->append(column);
            return;
        }
        const QString relationship = path.reference->relationshipName;
        const auto it = parents->constFind(relationship);
        if (it == parents->cend()) {
            parents->insert(relationship, out->size());
            out->append(SoqlColumnMetadata::parent(relationship, QJsonArray {column}));
            return;
        }
        QJsonObject parent = out->at(it.value()).toObject();
        QJsonArray joins = parent.value(QLatin1String("joinColumns")).toArray();
        joins.append(column);
        parent.insert(QStringLiteral("joinColumns"), joins);
        out->replace(it.value(), parent);
    }

    QJsonObject attributes(const ObjectSchema &object, const QString &id) const
    {
        return QJsonObject {
            {QStringLiteral("type"), object.name()},
            {QStringLiteral("url"),
             QStringLiteral("/services/data/v%1/sobjects/%2/%3").arg(m_apiVersion, object.name(), id)}};
    }

    QJsonObject shape(const SoqlFieldResolver &resolver, const QJsonObject &record,
                      const QList<SoqlFieldPath> &columns) const
    {
        const ObjectSchema &object = resolver.object();
        QJsonObject row;
        row.insert(QStringLiteral("attributes"), attributes(object, record.value(kId).toString()));
        for (const SoqlFieldPath &path : columns) {
            if (!path.field)
                continue; // a subquery's place; filled by the caller
            if (!path.reference) {
                row.insert(path.field->name, RecordStore::fieldValue(object, *path.field, record));
                continue;
            }
            const QString key = path.reference->relationshipName;
            const QJsonObject *parent = resolver.parentOf(path, record);
            if (!parent) {
                row.insert(key, QJsonValue::Null);
                continue;
            }
            const ObjectSchema *parentInfo = m_catalogue.objectForId(parent->value(kId).toString());
            if (!parentInfo)
                parentInfo = path.parent;
            QJsonObject nested = row.value(key).toObject();
            if (nested.isEmpty())
                nested.insert(QStringLiteral("attributes"),
                              attributes(*parentInfo, parent->value(kId).toString()));
            const FieldSchema *field = parentInfo->field(path.field->name);
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
    const SoqlEvaluator::RowFilter &m_filter;
    std::unique_ptr<SoqlFieldResolver> m_resolver;
    std::vector<std::unique_ptr<ChildQuery>> m_children;
};

std::variant<SoqlQuery, SoqlError> parsed(const QString &soql)
{
    std::variant<SoqlQuery, SoqlError> result = SoqlParser::parse(soql);
    if (const SoqlError *error = std::get_if<SoqlError>(&result))
        qCDebug(lcLocalOrgSoql) << "rejected:" << error->errorCode;
    return result;
}

} // namespace

SoqlEvaluator::SoqlEvaluator(const RecordStore &store)
    : m_store(store)
{ }

SoqlResult SoqlEvaluator::run(const QString &soql, const QString &apiVersion, bool includeDeleted) const
{
    const std::variant<SoqlQuery, SoqlError> query = parsed(soql);
    if (const SoqlError *error = std::get_if<SoqlError>(&query)) {
        SoqlResult result;
        result.error = *error;
        return result;
    }
    return run(std::get<SoqlQuery>(query), apiVersion, includeDeleted);
}

SoqlResult SoqlEvaluator::run(const SoqlQuery &query, const QString &apiVersion, bool includeDeleted,
                              const RowFilter &filter) const
{
    return Evaluation(m_store, query, apiVersion, includeDeleted, filter).run(false);
}

SoqlResult SoqlEvaluator::columns(const QString &soql, const QString &apiVersion) const
{
    const std::variant<SoqlQuery, SoqlError> query = parsed(soql);
    if (const SoqlError *error = std::get_if<SoqlError>(&query)) {
        SoqlResult result;
        result.error = *error;
        return result;
    }
    const RowFilter none;
    return Evaluation(m_store, std::get<SoqlQuery>(query), apiVersion, false, none).run(true);
}

} // namespace sfsync::localorg
