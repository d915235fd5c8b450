#include "bulkjobformat.h"

#include <QJsonObject>
#include <QLocale>

#include <cmath>

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

QByteArray cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)) && std::abs(d) < 1e15)
            return QByteArray::number(qint64(d));
        return QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String:
        return value.toString().toUtf8();
    default:
        return {};
    }
}

QByteArray csvRow(const QList<QJsonValue> &values, char delimiter)
{
    QByteArray out;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += delimiter;
        QByteArray text = cellText(values.at(i));
        text.replace('"', QByteArrayLiteral("\"\""));
        out += '"' + text + '"';
    }
    return out;
}

QJsonValue columnValue(const QJsonObject &row, const QString &column)
{
    const qsizetype dot = column.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return row.value(column);
    const QJsonValue parent = row.value(column.left(dot));
    return parent.isObject() ? parent.toObject().value(column.mid(dot + 1)) : QJsonValue(QJsonValue::Null);
}

} // namespace sfsync::localorg::BulkJobFormat
