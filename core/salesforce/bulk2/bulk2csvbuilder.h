#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace sfsync {

// Writes the CSV of Bulk API 2.0 ingest jobs while rows stream in (docs/salesforce-api.md §3.3): the header
// of field names, then one line per row, RFC 4180 quoting (only where a cell needs it), LF line endings,
// UTF-8. A part never grows over `maxBytes` unless a single row alone is larger; the caller then takes the
// part for a job and starts the next.
class Bulk2CsvBuilder
{
public:
    Bulk2CsvBuilder(const QStringList &header, qint64 maxBytes);

    // Appends a row (as many cells as the header). False, and nothing appended, when the row would take a
    // part that already holds rows over maxBytes.
    bool append(const QStringList &cells);
    // The CSV so far; the builder starts a new part with the header.
    [[nodiscard]] QByteArray take();

    [[nodiscard]] int rows() const { return m_rows; }
    [[nodiscard]] qint64 size() const { return m_data.size(); }
    [[nodiscard]] bool isEmpty() const { return m_rows == 0; }

    // A typed value as a Bulk CSV cell: null is "#N/A" (clears the field), undefined is empty (leaves the
    // field as it is), booleans true/false, numbers without exponent, text as it is.
    [[nodiscard]] static QString cellText(const QJsonValue &value);
    // One CSV line (without the line ending); cells quoted only when they contain a comma, a quote, a line
    // break, or start or end with white space.
    [[nodiscard]] static QByteArray encodeRow(const QStringList &cells);

private:
    QByteArray m_header;
    QByteArray m_data;
    QByteArray m_line;
    qint64 m_maxBytes;
    int m_rows = 0;
};

} // namespace sfsync
