#include "core/engine/packedcells.h"

namespace sfsync {

PackedCells::PackedCells(const QStringList &cells)
{
    qsizetype size = 0;
    for (const QString &cell : cells)
        size += 2 + cell.size();
    m_data.reserve(size);
    for (const QString &cell : cells) {
        const auto length = quint32(cell.size());
        m_data.append(QChar(char16_t(length >> 16)));
        m_data.append(QChar(char16_t(length & 0xffff)));
        m_data.append(cell);
    }
}

QStringList PackedCells::unpack() const
{
    QStringList cells;
    qsizetype at = 0;
    while (at + 2 <= m_data.size()) {
        const qsizetype length = (qsizetype(m_data.at(at).unicode()) << 16) | m_data.at(at + 1).unicode();
        cells.append(m_data.mid(at + 2, length));
        at += 2 + length;
    }
    return cells;
}

QByteArray PackedCells::toBytes() const
{
    return QByteArray(reinterpret_cast<const char *>(m_data.constData()), m_data.size() * 2);
}

PackedCells PackedCells::fromBytes(const QByteArray &bytes)
{
    PackedCells cells;
    cells.m_data = QString(reinterpret_cast<const QChar *>(bytes.constData()), bytes.size() / 2);
    return cells;
}

qsizetype PackedCells::count() const
{
    qsizetype n = 0;
    qsizetype at = 0;
    while (at + 2 <= m_data.size()) {
        at += 2 + ((qsizetype(m_data.at(at).unicode()) << 16) | m_data.at(at + 1).unicode());
        ++n;
    }
    return n;
}

} // namespace sfsync
