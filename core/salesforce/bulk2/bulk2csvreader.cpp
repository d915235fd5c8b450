#include "core/salesforce/bulk2/bulk2csvreader.h"

#include <QCoreApplication>

namespace sfsync {

Bulk2CsvReader::Bulk2CsvReader(const QByteArray &data)
    : m_data(data)
{ }

bool Bulk2CsvReader::next(QStringList *cells)
{
    cells->clear();
    const qsizetype n = m_data.size();
    // Blank lines carry no record.
    while (m_pos < n && (m_data.at(m_pos) == '\n' || m_data.at(m_pos) == '\r'))
        ++m_pos;
    if (m_pos >= n || !m_error.isEmpty())
        return false;

    QByteArray cell;
    bool quoted = false;
    bool afterQuote = false; // the closing quote of a quoted cell was read
    while (m_pos < n) {
        const char c = m_data.at(m_pos++);
        if (quoted) {
            if (c != '"') {
                cell.append(c);
            } else if (m_pos < n && m_data.at(m_pos) == '"') {
                cell.append('"');
                ++m_pos;
            } else {
                quoted = false;
                afterQuote = true;
            }
            continue;
        }
        if (c == ',') {
            cells->append(QString::fromUtf8(cell));
            cell.clear();
            afterQuote = false;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && m_pos < n && m_data.at(m_pos) == '\n')
                ++m_pos;
            cells->append(QString::fromUtf8(cell));
            return true;
        } else if (c == '"' && cell.isEmpty() && !afterQuote) {
            quoted = true;
        } else if (afterQuote) {
            m_error =
                QCoreApplication::translate("sfsync::Bulk2CsvReader", "Text after a closing quote at byte %1")
                    .arg(m_pos);
            return false;
        } else {
            cell.append(c);
        }
    }
    if (quoted) {
        m_error = QCoreApplication::translate("sfsync::Bulk2CsvReader", "Unterminated quoted value");
        return false;
    }
    cells->append(QString::fromUtf8(cell));
    return true;
}

} // namespace sfsync
