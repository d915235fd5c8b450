#include "core/salesforce/bulk2/bulk2correlator.h"

#include "core/salesforce/recordid.h"

#include <algorithm>

namespace sfsync {

namespace {

constexpr size_t Seed = 0x5f5f6653796e63ULL; // arbitrary, fixed: hashes only need to agree within a run

// Chained per cell, so ("ab","c") and ("a","bc") differ.
size_t rowHashOf(const QStringList &cells)
{
    size_t h = Seed;
    for (const QString &cell : cells)
        h = qHash(QStringView(cell), h) ^ (h << 1);
    return h;
}

} // namespace

Bulk2Correlator::Bulk2Correlator(const QStringList &columns, int keyColumn, bool keyIsId)
    : m_columns(columns)
    , m_keyColumn(keyColumn)
    , m_keyIsId(keyIsId)
{ }

size_t Bulk2Correlator::keyHash(QStringView key) const
{
    if (m_keyIsId) {
        // A result may echo the 15- or 18-character spelling of the Id that was sent.
        const QString normalised = RecordId::key(key);
        if (!normalised.isEmpty())
            return qHash(normalised, Seed);
    }
    return qHash(key, Seed);
}

void Bulk2Correlator::add(quint64 tag, const QStringList &cells)
{
    const size_t rowHash = rowHashOf(cells);
    const size_t key = m_keyColumn >= 0 ? keyHash(cells.value(m_keyColumn)) : rowHash;
    m_entries[key].append(Entry {tag, rowHash, m_next++});
    ++m_size;
}

QList<int> Bulk2Correlator::mapHeader(const QStringList &resultHeader) const
{
    QList<int> positions;
    positions.reserve(m_columns.size());
    for (const QString &column : m_columns) {
        int found = -1;
        for (qsizetype i = 0; i < resultHeader.size(); ++i) {
            if (resultHeader.at(i).compare(column, Qt::CaseInsensitive) == 0) {
                found = int(i);
                break;
            }
        }
        positions.append(found);
    }
    return positions;
}

std::optional<quint64> Bulk2Correlator::take(const QStringList &resultRow, const QList<int> &positions)
{
    QStringList echoed;
    echoed.reserve(positions.size());
    for (const int p : positions)
        echoed.append(p >= 0 ? resultRow.value(p) : QString());
    const size_t rowHash = rowHashOf(echoed);
    const size_t key = m_keyColumn >= 0 ? keyHash(echoed.value(m_keyColumn)) : rowHash;
    const auto it = m_entries.find(key);
    if (it == m_entries.end())
        return std::nullopt;
    QList<Entry> &candidates = it.value();
    // The exact row first; with a key column, a row whose other cells came back changed still has its key.
    auto chosen = std::find_if(candidates.begin(), candidates.end(),
                               [rowHash](const Entry &e) { return e.rowHash == rowHash; });
    if (chosen == candidates.end()) {
        if (m_keyColumn < 0)
            return std::nullopt;
        chosen = candidates.begin();
    }
    const quint64 tag = chosen->tag;
    candidates.erase(chosen);
    if (candidates.isEmpty())
        m_entries.erase(it);
    --m_size;
    return tag;
}

QList<quint64> Bulk2Correlator::remaining() const
{
    QList<Entry> all;
    all.reserve(m_size);
    for (const QList<Entry> &list : m_entries)
        all.append(list);
    std::sort(all.begin(), all.end(), [](const Entry &a, const Entry &b) { return a.order < b.order; });
    QList<quint64> tags;
    tags.reserve(all.size());
    for (const Entry &e : std::as_const(all))
        tags.append(e.tag);
    return tags;
}

} // namespace sfsync
