#include "bulkjobformat.h"

#include <QJsonObject>

namespace sfsync::localorg::BulkJobFormat {

QString dateTime(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-ddThh:mm:ss.zzz")) + QStringLiteral("+0000");
}

bool isTerminal(const QString &state)
{
    return state == QLatin1String("JobComplete") || state == QLatin1String("Failed")
        || state == QLatin1String("Aborted");
}

char delimiter(const QString &columnDelimiter)
{
    if (columnDelimiter == QLatin1String("BACKQUOTE"))
        return '`';
    if (columnDelimiter == QLatin1String("CARET"))
        return '^';
    if (columnDelimiter == QLatin1String("PIPE"))
        return '|';
    if (columnDelimiter == QLatin1String("SEMICOLON"))
        return ';';
    if (columnDelimiter == QLatin1String("TAB"))
        return '\t';
    return ',';
}

QByteArray lineEnd(const QString &lineEnding)
{
    return lineEnding == QLatin1String("CRLF") ? QByteArray("\r\n") : QByteArray("\n");
}

HttpResponse list(const QJsonArray &jobs)
{
    return HttpResponse::json(200,
                              QJsonObject {{QStringLiteral("done"), true},
                                           {QStringLiteral("records"), jobs},
                                           {QStringLiteral("nextRecordsUrl"), QJsonValue::Null}});
}

} // namespace sfsync::localorg::BulkJobFormat
