#pragma once

#include "core/salesforce/restclient.h"
#include "core/salesforce/sferror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace sfsync {

// One sObject Collections request: up to SalesforceLimits::CollectionsRecords records of one object, one
// operation, allOrNone=false (each record succeeds or fails by itself), and the per-record results it is
// answered with, in request order (docs/salesforce-api.md). It builds and reads; sending, retrying and
// deciding what a result means for a row are the Executor's.
class CollectionsCall
{
public:
    enum class Operation { Create, Update, Upsert, Delete };

    struct RecordResult
    {
        bool success = false;
        QString id;
        bool created = false; // upsert: the record was created, not updated
        SfError error; // the record's first error (statusCode as errorCode, HTTP status 400)
    };

    // `externalIdField`: the key of an upsert (a field with externalId).
    CollectionsCall(Operation operation, const QString &objectName, const QString &externalIdField = {});

    // A record to write. Update and delete name the record by `id`; create and upsert leave it empty.
    // A create drops null fields (there is nothing to clear on a record that does not exist yet).
    void add(const QJsonObject &fields, const QString &id = {});
    [[nodiscard]] int size() const { return m_size; }
    [[nodiscard]] Operation operation() const { return m_operation; }

    // The parts of the request, relative to the data root ("composite/sobjects..."), for RestClient or a
    // Composite subrequest.
    [[nodiscard]] QByteArray method() const;
    [[nodiscard]] QString path() const;
    [[nodiscard]] QJsonValue body() const; // undefined for a delete
    [[nodiscard]] RestRequest request() const;

    // One result per record added, read from the body of a 2xx answer. When the answer does not hold them
    // (not a list, or not one entry per record) the list is empty and *error says why.
    [[nodiscard]] QList<RecordResult> results(const QJsonValue &body, SfError *error) const;

private:
    Operation m_operation;
    QString m_objectName;
    QString m_externalIdField;
    QJsonArray m_records;
    QStringList m_ids;
    int m_size = 0;
};

} // namespace sfsync
