#include "localorg/data/soqlcolumnmetadata.h"

namespace sfsync::localorg {

namespace {

QJsonObject column(const QString &columnName, const QString &displayName, const QJsonValue &apexType)
{
    return QJsonObject {{QStringLiteral("aggregate"), false},
                        {QStringLiteral("apexType"), apexType},
                        {QStringLiteral("booleanType"), false},
                        {QStringLiteral("columnName"), columnName},
                        {QStringLiteral("custom"), false},
                        {QStringLiteral("displayName"), displayName},
                        {QStringLiteral("foreignKeyName"), QJsonValue::Null},
                        {QStringLiteral("insertable"), false},
                        {QStringLiteral("joinColumns"), QJsonArray()},
                        {QStringLiteral("numberType"), false},
                        {QStringLiteral("textType"), false},
                        {QStringLiteral("updatable"), false}};
}

} // namespace

QString SoqlColumnMetadata::apexType(const FieldSchema &field)
{
    const QString &type = field.type;
    if (field.isIdType())
        return QStringLiteral("Id");
    if (field.isBoolean())
        return QStringLiteral("Boolean");
    if (type == QLatin1String("int"))
        return QStringLiteral("Integer");
    if (type == QLatin1String("long"))
        return QStringLiteral("Long");
    if (field.isNumeric())
        return QStringLiteral("Decimal");
    if (field.isDate())
        return QStringLiteral("Date");
    if (field.isDateTime())
        return QStringLiteral("Datetime");
    if (type == QLatin1String("time"))
        return QStringLiteral("Time");
    if (type == QLatin1String("address"))
        return QStringLiteral("Address");
    if (type == QLatin1String("location"))
        return QStringLiteral("Location");
    if (type == QLatin1String("base64"))
        return QStringLiteral("Blob");
    return QStringLiteral("String");
}

QJsonObject SoqlColumnMetadata::field(const FieldSchema &field, const QString &columnName,
                                      const QString &displayName)
{
    QJsonObject out = column(columnName, displayName, apexType(field));
    out.insert(QStringLiteral("booleanType"), field.isBoolean());
    out.insert(QStringLiteral("custom"), field.custom);
    out.insert(QStringLiteral("insertable"), field.createable);
    out.insert(QStringLiteral("numberType"), field.isNumeric());
    out.insert(QStringLiteral("textType"), field.isText() && !field.isIdType());
    out.insert(QStringLiteral("updatable"), field.updateable);
    return out;
}

QJsonObject SoqlColumnMetadata::parent(const QString &relationshipName, const QJsonArray &joinColumns)
{
    QJsonObject out = column(relationshipName, relationshipName, QJsonValue::Null);
    out.insert(QStringLiteral("joinColumns"), joinColumns);
    return out;
}

QJsonObject SoqlColumnMetadata::subquery(const QString &relationshipName, const QJsonArray &joinColumns)
{
    QJsonObject out = column(relationshipName, relationshipName, QJsonValue::Null);
    out.insert(QStringLiteral("aggregate"), true);
    out.insert(QStringLiteral("joinColumns"), joinColumns);
    return out;
}

QJsonObject SoqlColumnMetadata::aggregate(const QString &columnName, const QString &displayName,
                                          const QString &apexType)
{
    QJsonObject out = column(columnName, displayName, apexType);
    out.insert(QStringLiteral("aggregate"), true);
    out.insert(QStringLiteral("numberType"),
               apexType == QLatin1String("Integer") || apexType == QLatin1String("Decimal")
                   || apexType == QLatin1String("Long"));
    out.insert(QStringLiteral("textType"), apexType == QLatin1String("String"));
    return out;
}

QJsonObject SoqlColumnMetadata::document(const QJsonArray &columns, const QString &entityName,
                                         const QString &keyPrefix, bool groupBy, bool idSelected)
{
    return QJsonObject {{QStringLiteral("columnMetadata"), columns},
                        {QStringLiteral("entityName"), entityName},
                        {QStringLiteral("groupBy"), groupBy},
                        {QStringLiteral("idSelected"), idSelected},
                        {QStringLiteral("keyPrefix"),
                         keyPrefix.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(keyPrefix)}};
}

} // namespace sfsync::localorg
