#include "core/salesforce/collectionscall.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace sfsync {

CollectionsCall::CollectionsCall(Operation operation, const QString &objectName,
                                 const QString &externalIdField)
    : m_operation(operation)
    , m_objectName(objectName)
    , m_externalIdField(externalIdField)
{ }

void CollectionsCall::add(const QJsonObject &fields, const QString &id)
{
    ++m_size;
    if (m_operation == Operation::Delete) {
        m_ids.append(id);
        return;
    }
    QJsonObject record;
    record.insert(QStringLiteral("attributes"), QJsonObject {{QStringLiteral("type"), m_objectName}});
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (m_operation == Operation::Create && it.value().isNull())
            continue;
        record.insert(it.key(), it.value());
    }
    if (m_operation == Operation::Update)
        record.insert(QStringLiteral("id"), id);
    m_records.append(record);
}

QByteArray CollectionsCall::method() const
{
    switch (m_operation) {
    case Operation::Create:
        return "POST";
    case Operation::Update:
    case Operation::Upsert:
        return "PATCH";
    case Operation::Delete:
        return "DELETE";
    }
    return {};
}

QString CollectionsCall::path() const
{
    switch (m_operation) {
    case Operation::Delete:
        return QStringLiteral("composite/sobjects?ids=") + m_ids.join(QLatin1Char(','))
            + QStringLiteral("&allOrNone=false");
    case Operation::Upsert:
        return QStringLiteral("composite/sobjects/") + m_objectName + QLatin1Char('/') + m_externalIdField;
    default:
        return QStringLiteral("composite/sobjects");
    }
}

QJsonValue CollectionsCall::body() const
{
    if (m_operation == Operation::Delete)
        return QJsonValue(QJsonValue::Undefined);
    return QJsonObject {{QStringLiteral("allOrNone"), false}, {QStringLiteral("records"), m_records}};
}

RestRequest CollectionsCall::request() const
{
    RestRequest request;
    request.kind = QStringLiteral("collections");
    request.composable = true;
    request.method = method();
    request.path = path();
    const QJsonValue json = body();
    if (json.isObject())
        request.body = QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact);
    return request;
}

QList<CollectionsCall::RecordResult> CollectionsCall::results(const QJsonValue &body, SfError *error) const
{
    const QJsonArray items = body.toArray();
    if (!body.isArray() || items.size() != m_size) {
        *error = SfError {500,
                          QStringLiteral("UNEXPECTED_RESPONSE"),
                          QCoreApplication::translate("sfsync::CollectionsCall",
                                                      "Salesforce answered with %1 results for %2 records")
                              .arg(items.size())
                              .arg(m_size),
                          {}};
        return {};
    }
    QList<RecordResult> out;
    out.reserve(items.size());
    for (const QJsonValue &item : items) {
        const QJsonObject r = item.toObject();
        RecordResult result;
        result.success = r.value(QLatin1String("success")).toBool();
        result.id = r.value(QLatin1String("id")).toString();
        result.created = r.value(QLatin1String("created")).toBool();
        if (!result.success) {
            const QJsonObject e = r.value(QLatin1String("errors")).toArray().first().toObject();
            QStringList fields;
            for (const QJsonValue &f : e.value(QLatin1String("fields")).toArray())
                fields.append(f.toString());
            result.error = SfError {400, e.value(QLatin1String("statusCode")).toString(),
                                    e.value(QLatin1String("message")).toString(), fields};
        }
        out.append(result);
    }
    return out;
}

} // namespace sfsync
