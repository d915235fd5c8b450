#pragma once

#include "core/salesforce/sferror.h"

#include <QString>
#include <QStringList>

namespace sfsync {

// What every Bulk API 2.0 ingest job of one load writes (docs/salesforce-api.md §3.1): one object, one
// operation, and the CSV columns, which are the same for every row and every job of the load.
struct Bulk2JobSpec
{
    enum class Operation { Insert, Update, Upsert, Delete, HardDelete };

    QString object;
    Operation operation = Operation::Insert;
    // Upsert only: the external-ID field (or "Id") the rows are matched on.
    QString externalIdFieldName;
    // Field API names; relationship columns as "Account.Legacy_Id__c". Update and delete need an "Id"
    // column; upsert needs the external-ID column; insert must not have an "Id" column.
    QStringList columns;

    // The column whose value identifies a row in the result CSVs (Id for update/delete, the external ID for
    // upsert); -1 for insert, where the whole echoed row does.
    [[nodiscard]] int keyColumn() const;
    // Refuses specs Salesforce would reject as a whole, before any call is made.
    [[nodiscard]] SfError validate() const;
    // "insert", "update", "upsert", "delete", "hardDelete" as the API spells them.
    [[nodiscard]] static QString operationName(Operation operation);
};

} // namespace sfsync
