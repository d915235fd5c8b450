#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sfsync {

// Maps the rows of a Bulk API 2.0 job's result CSVs back to the rows that were sent. Salesforce returns
// results in no particular order, and a CSV column cannot carry a row number (columns must be fields), so the
// match goes through the values each result row echoes (docs/salesforce-api.md §3.2):
// the Id (update, delete; compared by its 18-character form), the external-ID value (upsert), or, for
// inserts, the whole row. Rows sharing a key are told apart by their whole row; rows identical in every sent
// cell are interchangeable, so either may take either result. Never by position.
//
// Keeps two 64-bit hashes per sent row, not the row itself, so a job of a million rows costs tens of MB, not
// the size of its CSV.
class Bulk2Correlator
{
public:
    // `keyColumn` indexes `columns`; -1 keys on the whole row. `keyIsId` compares the key as a record Id.
    Bulk2Correlator(const QStringList &columns, int keyColumn, bool keyIsId);

    // Registers a sent row under the caller's tag.
    void add(quint64 tag, const QStringList &cells);

    // The echoed columns of a result CSV's header: for each of our columns, its position in the result
    // header (-1 when missing). Call once per result file.
    [[nodiscard]] QList<int> mapHeader(const QStringList &resultHeader) const;
    // The tag of the sent row `resultRow` echoes (cells taken through mapHeader's positions), removed so that
    // no result is mapped twice; nullopt when no sent row matches.
    std::optional<quint64> take(const QStringList &resultRow, const QList<int> &positions);

    // Tags no result has been mapped to, in the order they were added.
    [[nodiscard]] QList<quint64> remaining() const;
    [[nodiscard]] int size() const { return m_size; }

private:
    struct Entry
    {
        quint64 tag;
        size_t rowHash;
        quint64 order;
    };

    [[nodiscard]] size_t keyHash(QStringView key) const;

    QStringList m_columns;
    int m_keyColumn;
    bool m_keyIsId;
    QHash<size_t, QList<Entry>> m_entries;
    quint64 m_next = 0;
    int m_size = 0;
};

} // namespace sfsync
