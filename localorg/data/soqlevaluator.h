#pragma once

#include "localorg/data/soqlquery.h"
#include "localorg/data/soqlresult.h"

#include <QString>

namespace sfsync::localorg {

class RecordStore;

// Runs SOQL over a RecordStore with Salesforce's semantics:
// - names checked against the catalogue: unknown object INVALID_TYPE, unknown field / relationship
//   INVALID_FIELD, non-filterable field in WHERE INVALID_FIELD ("field 'X' can not be filtered in query
//   call"), non-sortable field in ORDER BY INVALID_FIELD, all with the located "ERROR at Row:Column" form;
// - literals typed by the field: quoted strings only for text / id / reference / picklist fields; bare
// numbers
//   for numeric fields, TRUE/FALSE for booleans, unquoted dates / datetimes for date / datetime fields;
//   anything else INVALID_FIELD "value of filter criterion for field 'F' must be of type T and should (not)
//   be enclosed in quotes"; a malformed Id literal INVALID_QUERY_FILTER_OPERATOR "invalid ID field: x";
// - text compares case-insensitively unless the field is caseSensitive; LIKE always case-insensitively;
//   Ids by their 18-character form; numbers numerically; `!=` and NOT IN also match null (as SOQL does);
// - ORDER BY: text case-insensitive, nulls first for ASC and last for DESC unless NULLS FIRST/LAST;
//   OFFSET above 2000 is NUMBER_OUTSIDE_VALID_RANGE.
// Rows without ORDER BY come in Id (creation) order. Equality and IN on indexed fields (Id, unique,
// external ID, Email) use the store's hash indexes, so large IN lists over many records stay fast.
class SoqlEvaluator
{
public:
    explicit SoqlEvaluator(const RecordStore &store);

    // apiVersion ("62.0") is used for the records' attributes.url. includeDeleted = queryAll.
    [[nodiscard]] SoqlResult run(const QString &soql, const QString &apiVersion = QStringLiteral("62.0"),
                                 bool includeDeleted = false) const;
    [[nodiscard]] SoqlResult run(const SoqlQuery &query, const QString &apiVersion = QStringLiteral("62.0"),
                                 bool includeDeleted = false) const;

private:
    const RecordStore &m_store;
};

} // namespace sfsync::localorg
