#include "csvtable.h"

namespace sfsync::localorg {

bool CsvTable::parse(const QByteArray &data, QChar delimiter, CsvTable *out, QString *error)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> records;
    QStringList current;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            current.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            current.append(field);
            field.clear();
            fieldStarted = false;
            if (!(current.size() == 1 && current.first().isEmpty()))
                records.append(current);
            current.clear();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (inQuotes) {
        *error = QStringLiteral("unterminated quoted value");
        return false;
    }
    if (fieldStarted || !field.isEmpty() || !current.isEmpty()) {
        current.append(field);
        records.append(current);
    }
    if (records.isEmpty()) {
        *error = QStringLiteral("no header row");
        return false;
    }
    out->header = records.takeFirst();
    for (QString &h : out->header)
        h = h.trimmed();
    for (qsizetype r = 0; r < records.size(); ++r) {
        if (records.at(r).size() != out->header.size()) {
            *error = QStringLiteral("row %1 has %2 values, the header has %3")
                         .arg(r + 1)
                         .arg(records.at(r).size())
                         .arg(out->header.size());
            return false;
        }
    }
    out->rows = records;
    return true;
}

QByteArray CsvTable::quotedRow(const QStringList &values, QChar delimiter)
{
    QByteArray out;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += QString(delimiter).toUtf8();
        QString v = values.at(i);
        v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        out += '"' + v.toUtf8() + '"';
    }
    return out;
}

QByteArray CsvTable::row(const QStringList &values, QChar delimiter)
{
    QByteArray out;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += QString(delimiter).toUtf8();
        QString v = values.at(i);
        if (v.contains(delimiter) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
            || v.contains(QLatin1Char('\r'))) {
            v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            out += '"' + v.toUtf8() + '"';
        } else {
            out += v.toUtf8();
        }
    }
    return out;
}

} // namespace sfsync::localorg
