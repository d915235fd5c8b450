#pragma once

#include "httpresponse.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace sfsync::localorg {

// What bulk jobs (BulkIngest, BulkQuery, Bulk API 1.0's BulkV1Jobs) write the same way.
namespace BulkJobFormat {

// A job's dates: "2024-05-01T10:00:00.000+0000".
QString dateTime(const QDateTime &when);
// JobComplete, Failed and Aborted: the job changes no more.
bool isTerminal(const QString &state);
// The character of a job's columnDelimiter (COMMA, BACKQUOTE, CARET, PIPE, SEMICOLON, TAB).
char delimiter(const QString &columnDelimiter);
// The bytes of a job's lineEnding (LF or CRLF).
QByteArray lineEnd(const QString &lineEnding);
// GET jobs/ingest and GET jobs/query: every job, in one page.
HttpResponse list(const QJsonArray &jobs);
// A value as Salesforce writes it into a result file: text as is, numbers without a trailing ".0" when
// whole, booleans as true/false, null as nothing.
QByteArray cellText(const QJsonValue &value);
// One CSV record: every value quoted with inner quotes doubled (RFC 4180, as Salesforce writes result
// files). Null is an empty quoted field, as Salesforce writes it: an unquoted one would make the record of a
// one-column query an empty line, which CSV readers skip.
QByteArray csvRow(const QList<QJsonValue> &values, char delimiter);
// The value of a SELECT column ("Email", "Account.Name") in an evaluated row: parent fields sit in a nested
// object under the relationship name, which is null when there is no parent.
QJsonValue columnValue(const QJsonObject &row, const QString &column);

} // namespace BulkJobFormat

} // namespace sfsync::localorg
