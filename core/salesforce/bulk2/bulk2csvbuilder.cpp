#include "core/salesforce/bulk2/bulk2csvbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace sfsync {

namespace {

bool needsQuotes(const QByteArray &cell)
{
    if (cell.isEmpty())
        return false;
    if (cell.front() == ' ' || cell.front() == '\t' || cell.back() == ' ' || cell.back() == '\t')
        return true;
    for (const char c : cell) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r')
            return true;
    }
    return false;
}

void appendCell(QByteArray *out, const QString &cell)
{
    const QByteArray utf8 = cell.toUtf8();
    if (!needsQuotes(utf8)) {
        out->append(utf8);
        return;
    }
    out->append('"');
    for (const char c : utf8) {
        if (c == '"')
            out->append('"');
        out->append(c);
    }
    out->append('"');
}

} // namespace

Bulk2CsvBuilder::Bulk2CsvBuilder(const QStringList &header, qint64 maxBytes)
    : m_header(encodeRow(header) + '\n')
    , m_data(m_header)
    , m_maxBytes(maxBytes)
{ }

bool Bulk2CsvBuilder::append(const QStringList &cells)
{
    m_line = encodeRow(cells);
    m_line.append('\n');
    if (m_rows > 0 && m_data.size() + m_line.size() > m_maxBytes)
        return false;
    m_data.append(m_line);
    ++m_rows;
    return true;
}

QByteArray Bulk2CsvBuilder::take()
{
    QByteArray out = std::exchange(m_data, m_header);
    m_rows = 0;
    return out;
}

QString Bulk2CsvBuilder::cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("#N/A");
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        // Whole numbers as integers; others in plain notation, since an exponent is not a Salesforce number.
        if (std::trunc(d) == d && std::fabs(d) < 1e15)
            return QString::number(qint64(d));
        QString text = QString::number(d, 'f', 12);
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
        return text;
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return QString();
}

QByteArray Bulk2CsvBuilder::encodeRow(const QStringList &cells)
{
    QByteArray out;
    out.reserve(cells.size() * 16);
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendCell(&out, cells.at(i));
    }
    return out;
}

} // namespace sfsync
