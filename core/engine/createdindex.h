#pragma once

#include "core/engine/createdindexspill.h"
#include "core/engine/createdrecord.h"
#include "core/engine/matchkeyhash.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QStringView>
#include <memory>
#include <vector>

namespace sfsync {

// The records one action creates in this run, found by matcher value, so that a later row with the same value
// updates that record instead of creating another (the in-run duplicate rule). It must hold every create of
// a run of millions of rows, so it keeps little per record:
// - a match key is stored as its 128-bit hash (MatchKeyHash) instead of the string;
// - a record that is finished (created, failed, or possibly created) and no row holds any more shrinks to its
//   Id and state (compact()); find() hands it out again as a CreatedRecord when a later row matches it.
// - beyond `memoryRecords` records, the older ones go to a temporary file (CreatedIndexSpill), so the memory
//   stays the same whether the run creates a hundred thousand records or ten million.
// Records still being written stay shared with their rows, as the Executor orders writes by them.
class CreatedIndex
{
public:
    // About 100 bytes per record in memory with two matchers: 16,384 records keep it under 2 MB. A record
    // still being created when it is spilled stays whole in memory until it finishes (then its state goes
    // to the file), so the budget can be smaller than a Bulk API 2.0 job.
    static constexpr quint32 DefaultMemoryRecords = 16384;

    explicit CreatedIndex(int matchers = 0, quint32 memoryRecords = DefaultMemoryRecords);
    ~CreatedIndex();
    CreatedIndex(CreatedIndex &&) noexcept;
    CreatedIndex &operator=(CreatedIndex &&) noexcept;

    // Remembers `record` under the match key of each matcher (keys.at(m); an empty key is not a value).
    void add(const std::shared_ptr<CreatedRecord> &record, const QStringList &keys);
    // The records created under `key` for matcher `matcher`, oldest first. Within one call of compact()
    // to the next the same record always comes back as the same object.
    [[nodiscard]] QList<std::shared_ptr<CreatedRecord>> find(int matcher, QStringView key);
    // Shrinks finished records that only this index still holds.
    void compact();

    [[nodiscard]] qsizetype recordCount() const { return qsizetype(m_nextSlot); }
    [[nodiscard]] qsizetype liveCount() const { return m_live.size(); }
    // Records whose keys are in the spill file rather than in memory.
    [[nodiscard]] qsizetype spilledCount() const { return qsizetype(m_memoryStart); }

private:
    using Key = MatchKeyHash;
    using State = FinishedRecord::State;

    void insert(const Key &key, quint32 slot);
    [[nodiscard]] std::shared_ptr<CreatedRecord> recordAt(quint32 slot);
    [[nodiscard]] FinishedRecord finishedAt(quint32 slot);
    // Moves the keys and finished records held in memory to the spill file.
    void spill();
    void spillFailed(const QString &error);

    int m_matchers;
    quint32 m_memoryRecords;
    quint32 m_nextSlot = 0;
    quint32 m_memoryStart = 0; // slots below it are spilled
    QHash<Key, quint32> m_first; // key -> its first record in memory (nearly every key has one)
    QHash<Key, QList<quint32>> m_more; // key -> the further records (AND matching can create several)
    std::vector<FinishedRecord> m_finished; // slots from m_memoryStart on
    QHash<quint32, std::shared_ptr<CreatedRecord>> m_live; // slots not (yet) compacted
    QHash<quint32, qint64> m_uncertainRows; // creator rows of possibly created records, for the message
    std::unique_ptr<CreatedIndexSpill> m_spill;
};

} // namespace sfsync
