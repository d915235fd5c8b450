#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace sfsync::localorg {

// RFC 4180 CSV as Bulk API 2.0 reads and writes it: a header row of field names, quoted values with doubled
// quotes inside, a configurable delimiter; LF or CRLF line endings.
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;

    // Parses UTF-8 CSV. False with a message for an unterminated quote or a row with the wrong field count.
    static bool parse(const QByteArray &data, QChar delimiter, CsvTable *out, QString *error);
    // One row, every value quoted (as Salesforce writes result files), without the line ending.
    static QByteArray quotedRow(const QStringList &values, QChar delimiter);
    // One row, values quoted only when needed.
    static QByteArray row(const QStringList &values, QChar delimiter);
};

} // namespace sfsync::localorg
