#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sfsync {

// Reads the result CSVs of a Bulk API 2.0 job (docs/salesforce-api.md §3.2) one record at a time: RFC 4180
// quoting, LF or CRLF, UTF-8. Blank lines are skipped.
class Bulk2CsvReader
{
public:
    explicit Bulk2CsvReader(const QByteArray &data);

    // The next record's cells; false at the end or on malformed input (then errorString() is set).
    bool next(QStringList *cells);
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
    QString m_error;
};

} // namespace sfsync
