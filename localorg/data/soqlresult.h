#pragma once

#include "localorg/data/soqlerror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace sfsync::localorg {

// The outcome of one SOQL run: every matching row (after ORDER BY / OFFSET / LIMIT; the server pages them)
// in Salesforce's shape, or the error.
struct SoqlResult
{
    // Rows: {"attributes":{"type","url"}, fields in SELECT order, parent relationships as nested objects
    // with their own attributes, or null}. Empty for COUNT().
    // Note: QJsonObject keeps keys sorted, so the JSON of a row does not follow SELECT order; `columns` does.
    QJsonArray records;
    // The selected field paths in SELECT order with canonical names ("Id", "Account.Name", a subquery's
    // "Contacts"; an aggregate query's row keys "Industry", "expr0"); empty for COUNT().
    QStringList columns;
    // Number of rows (COUNT(): the count).
    qint64 totalSize = 0;
    // Aggregate query: the rows are AggregateResults (no url, no Id).
    bool aggregate = false;
    // The keys of child relationship subqueries in the rows ("Contacts"), whose nested results the server
    // pages.
    QStringList childRelationships;
    // SoqlEvaluator::columns(): the columns=true answer; empty otherwise.
    QJsonObject columnMetadata;
    std::optional<SoqlError> error;

    [[nodiscard]] bool ok() const { return !error.has_value(); }
    // The whole REST body for a single page: {"totalSize", "done": true, "records"}.
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace sfsync::localorg
