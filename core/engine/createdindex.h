#pragma once

#include "core/engine/createdrecord.h"
#include "core/engine/matchkeyhash.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QStringView>
#include <array>
#include <deque>
#include <memory>

namespace sfsync {

// The records one action creates in this run, found by matcher value, so that a later row with the same value
// updates that record instead of creating another (the in-run duplicate rule). It must hold every create of
// a run of millions of rows, so it keeps little per record:
// - a match key is stored as its 128-bit hash (MatchKeyHash) instead of the string;
// - a record that is finished (created, failed, or possibly created) and no row holds any more shrinks to its
//   Id and state (compact()); find() hands it out again as a CreatedRecord when a later row matches it.
// Records still being written stay shared with their rows, as the Executor orders writes by them.
class CreatedIndex
{
public:
    explicit CreatedIndex(int matchers = 0);

    // Remembers `record` under the match key of each matcher (keys.at(m); an empty key is not a value).
    void add(const std::shared_ptr<CreatedRecord> &record, const QStringList &keys);
    // The records created under `key` for matcher `matcher`, oldest first. Within one call of compact()
    // to the next the same record always comes back as the same object.
    [[nodiscard]] QList<std::shared_ptr<CreatedRecord>> find(int matcher, QStringView key);
    // Shrinks finished records that only this index still holds.
    void compact();

    [[nodiscard]] qsizetype recordCount() const { return qsizetype(m_finished.size()); }
    [[nodiscard]] qsizetype liveCount() const { return m_live.size(); }

private:
    using Key = MatchKeyHash;
    enum class State : quint8 { Live, Created, Failed, Uncertain };
    // A finished record: its Id (Salesforce Ids are ASCII, at most 18 characters) and what became of it.
    struct Finished
    {
        std::array<char, 18> id {};
        quint8 idLength = 0;
        State state = State::Live;
    };

    void insert(const Key &key, quint32 slot);
    [[nodiscard]] std::shared_ptr<CreatedRecord> recordAt(quint32 slot);

    int m_matchers;
    QHash<Key, quint32> m_first; // key -> its first record (nearly every key has one)
    QHash<Key, QList<quint32>> m_more; // key -> the further records (AND matching can create several)
    std::deque<Finished>
        m_finished; // by slot; grows without copying (a vector would briefly hold two copies)
    QHash<quint32, std::shared_ptr<CreatedRecord>> m_live; // slots not (yet) compacted
    QHash<quint32, qint64> m_uncertainRows; // creator rows of possibly created records, for the message
};

} // namespace sfsync
