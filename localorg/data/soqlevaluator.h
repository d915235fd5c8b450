#pragma once

#include "localorg/data/soqlquery.h"
#include "localorg/data/soqlresult.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace sfsync::localorg {

class RecordStore;

// Runs SOQL over a RecordStore with Salesforce's semantics:
// - names checked against the catalogue: unknown object INVALID_TYPE, unknown field / relationship
//   INVALID_FIELD, unknown child relationship INVALID_TYPE, non-sortable field in ORDER BY INVALID_FIELD,
//   all with the located "ERROR at Row:Column" form; WHERE as SoqlPredicate describes it (typed literals,
//   date literals in the org's time zone, case rules);
// - ORDER BY: text case-insensitive, nulls first for ASC and last for DESC unless NULLS FIRST/LAST;
//   OFFSET above 2000 is NUMBER_OUTSIDE_VALID_RANGE; aliases only in aggregate queries;
// - child relationship subqueries, `(SELECT LastName FROM Contacts WHERE ... ORDER BY ... LIMIT n)`: each
//   parent row carries the relationship as {"totalSize", "done": true, "records"}, or null without
//   matching children (the server pages long child lists);
// - aggregate queries (GROUP BY, aggregate functions, HAVING) as SoqlAggregation describes them.
// Rows without ORDER BY come in Id (creation) order. Equality and IN on indexed fields (Id, unique,
// external ID, Email) use the store's hash indexes, so large IN lists over many records stay fast.
class SoqlEvaluator
{
public:
    // A further condition on the FROM object's stored records (SOSL's text match).
    using RowFilter = std::function<bool(const QJsonObject &)>;

    explicit SoqlEvaluator(const RecordStore &store);

    // apiVersion ("62.0") is used for the records' attributes.url. includeDeleted = queryAll.
    [[nodiscard]] SoqlResult run(const QString &soql, const QString &apiVersion = QStringLiteral("62.0"),
                                 bool includeDeleted = false) const;
    [[nodiscard]] SoqlResult run(const SoqlQuery &query, const QString &apiVersion = QStringLiteral("62.0"),
                                 bool includeDeleted = false, const RowFilter &filter = {}) const;
    // The columns=true answer in result.columnMetadata (see SoqlColumnMetadata): the statement is checked as
    // run() checks it, and no row is read.
    [[nodiscard]] SoqlResult columns(const QString &soql,
                                     const QString &apiVersion = QStringLiteral("62.0")) const;

private:
    const RecordStore &m_store;
};

} // namespace sfsync::localorg
