#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sfsync {

// A source row's cells in one allocation, exactly as read (any UTF-16, empty cells, separators inside
// cells). A row waits in memory until its result is written, and with Bulk API 2.0 up to two jobs' worth of
// rows wait at once: one string per row instead of one per cell (plus the list) more than halves what the
// cells cost.
class PackedCells
{
public:
    PackedCells() = default;
    explicit PackedCells(const QStringList &cells);

    [[nodiscard]] QStringList unpack() const;
    [[nodiscard]] qsizetype count() const;
    [[nodiscard]] bool isEmpty() const { return m_data.isEmpty(); }
    // The packed form as bytes (UTF-16 in the machine's byte order: for this process's own files only).
    [[nodiscard]] QByteArray toBytes() const;
    [[nodiscard]] static PackedCells fromBytes(const QByteArray &bytes);

private:
    // Per cell: its length as two UTF-16 units (high, low 16 bits), then its text.
    QString m_data;
};

} // namespace sfsync
