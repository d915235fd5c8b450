#pragma once

#include "httpresponse.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace sfsync::localorg {

// The wire formats of Bulk API 1.0 (/services/async): job and batch info as XML in the
// http://www.force.com/2009/06/asyncapi/dataload namespace or as JSON (a JSON job speaks JSON), errors as
// {exceptionCode, exceptionMessage}, batch data as CSV, XML (<sObjects><sObject>...) or JSON (an array of
// records), and per-record results in the job's format.
namespace BulkV1Format {

// Ordered name/value pairs of an info element (XML keeps the order; JSON numbers stay numbers).
using Fields = QList<std::pair<QString, QJsonValue>>;

// <root xmlns="...">fields</root>, or the JSON object.
QByteArray info(const QString &root, const Fields &fields, bool json);
// <batchInfoList>, or {"batchInfo": [...]}.
QByteArray infoList(const QString &root, const QString &item, const QList<Fields> &items, bool json);
HttpResponse response(int status, const QByteArray &body, bool json);
HttpResponse error(int status, const QString &exceptionCode, const QString &message, bool json);
// The job request's fields (operation, object, contentType, externalIdFieldName, state, ...); false
// with a message when it is neither a jobInfo element nor a JSON object.
bool parseRequest(const QByteArray &body, bool json, QHash<QString, QString> *fields, QString *error);
// A batch's records as columns of text, one header per record (CSV: the file's header for every row;
// XML/JSON: each record's own fields, parents by external ID as "Account.Legacy_Id__c", null as #N/A).
bool parseRecords(const QByteArray &body, const QString &contentType, QList<QStringList> *headers,
                  QList<QStringList> *rows, QString *error);

struct Result
{
    QString id;
    bool success = false;
    bool created = false;
    QString statusCode; // failures
    QString message;
    QStringList fields;
    QString errorText; // CSV's "CODE:message:fields --"
};
// Ingest results: CSV "Id","Success","Created","Error"; XML <results><result>; JSON [{"success", ...}].
QByteArray results(const QList<Result> &results, const QString &contentType);
// A query batch's <result-list><result>id</result></result-list>, or the JSON array of ids.
QByteArray resultList(const QStringList &ids, bool json);
// Query rows (SoqlResult records) in the job's format: CSV with the columns as header, a JSON array of
// records, or XML <queryResult><records xsi:type="sObject">.
QByteArray queryRows(const QStringList &columns, const QJsonArray &records, const QString &contentType);

} // namespace BulkV1Format

} // namespace sfsync::localorg
