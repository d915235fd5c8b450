#pragma once

#include "localorg/data/fieldschema.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace sfsync::localorg {

// The column description Salesforce answers for GET .../query?q=...&columns=true (what the Developer
// Console and `sf data query` read to lay out results): {"columnMetadata": [...], "entityName", "groupBy",
// "idSelected", "keyPrefix"}, no records. Every column carries aggregate, apexType, booleanType,
// columnName, custom, displayName, foreignKeyName, insertable, joinColumns, numberType, textType and
// updatable. Parent fields sit in joinColumns under one column named after the relationship (aggregate
// false); a child subquery is a column named after the child relationship with aggregate true and its
// own columns in joinColumns; an aggregate function is aggregate true, named exprN or by its alias.
class SoqlColumnMetadata
{
public:
    // A field read from a row: `columnName` is the key in the row, `displayName` the path as written.
    [[nodiscard]] static QJsonObject field(const FieldSchema &field, const QString &columnName,
                                           const QString &displayName);
    // A parent relationship ("Account") holding `joinColumns`.
    [[nodiscard]] static QJsonObject parent(const QString &relationshipName, const QJsonArray &joinColumns);
    // A child subquery ("Contacts") holding the child's columns.
    [[nodiscard]] static QJsonObject subquery(const QString &relationshipName, const QJsonArray &joinColumns);
    // An aggregate function; `field` is what it aggregates (null for COUNT over rows).
    [[nodiscard]] static QJsonObject aggregate(const QString &columnName, const QString &displayName,
                                               const QString &apexType);
    // The whole answer.
    [[nodiscard]] static QJsonObject document(const QJsonArray &columns, const QString &entityName,
                                              const QString &keyPrefix, bool groupBy, bool idSelected);
    // The Apex type of a field's values ("String", "Id", "Integer", "Decimal", "Date", ...).
    [[nodiscard]] static QString apexType(const FieldSchema &field);
};

} // namespace sfsync::localorg
