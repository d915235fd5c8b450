#pragma once

#include "httpresponse.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QString>

namespace sfsync::localorg {

// What Bulk API 2.0 ingest and query jobs (BulkIngest, BulkQuery) write the same way.
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

} // namespace BulkJobFormat

} // namespace sfsync::localorg
