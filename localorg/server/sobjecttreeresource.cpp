#include "sobjecttreeresource.h"

#include "localorg/data/recordstore.h"
#include "localorg/localorglogging.h"
#include "resterrors.h"

#include <QHash>
#include <QRegularExpression>

namespace sfsync::localorg {

namespace {

HttpResponse notATree(const QString &message)
{
    return RestErrors::jsonParserError(message);
}

} // namespace

SObjectTreeResource::SObjectTreeResource(RecordStore &store)
    : m_store(store)
{ }

HttpResponse SObjectTreeResource::failure(const QJsonArray &results)
{
    return HttpResponse::json(
        400, QJsonObject {{QStringLiteral("hasErrors"), true}, {QStringLiteral("results"), results}});
}

QJsonObject SObjectTreeResource::failed(const QString &referenceId, const QList<RecordError> &errors)
{
    QJsonArray array;
    for (const RecordError &e : errors)
        array.append(e.toJson());
    return QJsonObject {{QStringLiteral("referenceId"), referenceId}, {QStringLiteral("errors"), array}};
}

HttpResponse SObjectTreeResource::handle(const ApiRequest &call)
{
    if (call.segments.size() != 3)
        return RestErrors::notFound();
    if (call.method() != "POST")
        return RestErrors::methodNotAllowed(call.method());
    const ObjectSchema *info = m_store.catalogue().object(call.segment(2));
    if (!info)
        return RestErrors::notFound();
    bool ok = false;
    const QJsonDocument doc = call.json(&ok);
    if (!ok || !doc.isObject() || !doc.object().value(QLatin1String("records")).isArray())
        return notATree(QStringLiteral("The request body must be an object with a \"records\" array"));

    QList<Node> nodes;
    HttpResponse error;
    if (!collect(doc.object().value(QLatin1String("records")).toArray(), info->name(), -1, QString(), 1,
                 &nodes, &error))
        return error;
    if (nodes.isEmpty())
        return notATree(QStringLiteral("The request has no records"));
    if (nodes.size() > MaxRecords)
        return HttpResponse::restError(
            400, QStringLiteral("LIMIT_EXCEEDED"),
            QStringLiteral("The request can't contain more than %1 records (it has %2).")
                .arg(MaxRecords)
                .arg(nodes.size()));

    // referenceIds are unique within the request: every use of a duplicate is reported.
    QHash<QString, int> uses;
    for (const Node &node : std::as_const(nodes))
        ++uses[node.referenceId.toLower()];
    QJsonArray duplicates;
    for (const Node &node : std::as_const(nodes)) {
        if (uses.value(node.referenceId.toLower()) > 1)
            duplicates.append(failed(node.referenceId,
                                     {{QStringLiteral("INVALID_INPUT"),
                                       QStringLiteral("Duplicate ReferenceId provided in the request."),
                                       {}}}));
    }
    if (!duplicates.isEmpty())
        return failure(duplicates);

    // Level order: a child is created after every record of its parent's level, so its parent has an Id.
    QList<int> order;
    for (int depth = 1; depth <= MaxDepth; ++depth) {
        for (int i = 0; i < nodes.size(); ++i) {
            if (nodes.at(i).depth == depth)
                order.append(i);
        }
    }
    const int savepoint = m_store.savepoint();
    QList<QString> ids(nodes.size());
    QJsonArray results;
    for (const int i : std::as_const(order)) {
        const Node &node = nodes.at(i);
        QJsonObject fields = node.fields;
        if (node.parent >= 0)
            fields.insert(node.parentField, ids.at(node.parent));
        const WriteResult result = m_store.create(node.object, fields);
        if (!result.ok()) {
            m_store.rollbackTo(savepoint);
            qCDebug(lcLocalOrgRest) << "tree rolled back at" << node.referenceId << result.statusCode();
            return failure(QJsonArray {failed(node.referenceId, result.errors)});
        }
        ids[i] = result.id;
        results.append(QJsonObject {{QStringLiteral("referenceId"), node.referenceId},
                                    {QStringLiteral("id"), result.id}});
    }
    m_store.release(savepoint);
    return HttpResponse::json(
        201, QJsonObject {{QStringLiteral("hasErrors"), false}, {QStringLiteral("results"), results}});
}

bool SObjectTreeResource::collect(const QJsonArray &records, const QString &object, int parent,
                                  const QString &parentField, int depth, QList<Node> *nodes,
                                  HttpResponse *error) const
{
    static const QRegularExpression referencePattern(QStringLiteral("^[A-Za-z0-9_]+$"));
    const ObjectSchema *info = m_store.catalogue().object(object);
    for (const QJsonValue &value : records) {
        if (!value.isObject()) {
            *error = notATree(QStringLiteral("Each record must be a JSON object"));
            return false;
        }
        if (nodes->size() > MaxRecords)
            return true; // counted and refused by the caller; no need to read further
        const QJsonObject record = value.toObject();
        const QJsonObject attributes = record.value(QLatin1String("attributes")).toObject();
        Node node;
        node.object = info->name();
        node.referenceId = attributes.value(QLatin1String("referenceId")).toString();
        node.parent = parent;
        node.parentField = parentField;
        node.depth = depth;
        const QString type = attributes.value(QLatin1String("type")).toString();
        QList<RecordError> invalid;
        if (node.referenceId.isEmpty())
            invalid.append({QStringLiteral("INVALID_INPUT"),
                            QStringLiteral("Include a reference ID for each record in the request."),
                            {}});
        else if (!referencePattern.match(node.referenceId).hasMatch())
            invalid.append({QStringLiteral("INVALID_INPUT"),
                            QStringLiteral("Invalid reference ID: %1. A reference ID holds letters, digits "
                                           "and underscores only.")
                                .arg(node.referenceId),
                            {}});
        else if (type.compare(info->name(), Qt::CaseInsensitive) != 0)
            invalid.append({QStringLiteral("INVALID_INPUT"),
                            type.isEmpty()
                                ? QStringLiteral("Include a type for each record in the request.")
                                : QStringLiteral("The type %1 does not match the expected type %2.")
                                      .arg(type, info->name()),
                            {}});
        if (!invalid.isEmpty()) {
            *error = failure(QJsonArray {failed(node.referenceId, invalid)});
            return false;
        }
        const int index = int(nodes->size());
        nodes->append(node);
        for (auto it = record.begin(); it != record.end(); ++it) {
            if (it.key() == QLatin1String("attributes"))
                continue;
            const ObjectSchema::ChildRelationship *child = info->childRelationship(it.key());
            if (!it.value().isObject() || !child) {
                (*nodes)[index].fields.insert(it.key(), it.value());
                continue;
            }
            const QJsonValue children = it.value().toObject().value(QLatin1String("records"));
            if (depth >= MaxDepth || !m_store.catalogue().object(child->childObject) || !children.isArray()) {
                *error = failure(QJsonArray {
                    failed(node.referenceId,
                           {{QStringLiteral("INVALID_INPUT"),
                             depth >= MaxDepth
                                 ? QStringLiteral("A tree can't be more than %1 levels deep.").arg(MaxDepth)
                                 : QStringLiteral("Child relationship %1 can't be created in a tree.")
                                       .arg(child->relationshipName),
                             {}}})});
                return false;
            }
            const QString field = m_store.catalogue().object(child->childObject)->field(child->field)
                ? m_store.catalogue().object(child->childObject)->field(child->field)->name
                : child->field;
            if (!collect(children.toArray(), child->childObject, index, field, depth + 1, nodes, error))
                return false;
        }
    }
    return true;
}

} // namespace sfsync::localorg
