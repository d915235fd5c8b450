#pragma once

#include "localorg/data/writeresult.h"

#include <QString>
#include <QStringList>

namespace sfsync::localorg {

class FaultInjector;
class RecordStore;

// Writes one record of a bulk job (Bulk API 2.0 ingest, Bulk API 1.0 batches) the way both APIs do: the
// values come as columns of text ("Id", fields, "Account.Legacy_Id__c" for a parent by external ID), an
// empty value leaves a field as it is and #N/A clears it; the operation is insert, update, upsert (by an
// external ID field, or by Id), delete or hardDelete. Injected lock faults hit the record as in any write.
class BulkRecordWriter
{
public:
    struct Outcome
    {
        WriteResult result;
        bool created = false;
    };

    BulkRecordWriter(RecordStore &store, FaultInjector &faults);

    // `header` names the columns of `row`; the object and external ID field have been checked.
    Outcome write(const QString &object, const QString &operation, const QString &externalIdField,
                  const QStringList &header, const QStringList &row);
    // Bulk's text form of an error: "<CODE>:<message>:<fields> --", or "<CODE>:<message>:--" without fields.
    [[nodiscard]] static QString errorText(const RecordError &error);

private:
    RecordStore &m_store;
    FaultInjector &m_faults;
};

} // namespace sfsync::localorg
