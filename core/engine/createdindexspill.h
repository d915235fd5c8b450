#pragma once

#include "core/engine/matchkeyhash.h"

#include <QList>
#include <QString>
#include <QtGlobal>
#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace sfsync {

// What CreatedIndex keeps of a record whose create has finished: its Id (Salesforce Ids are ASCII, at most
// 18 characters) and what became of it.
struct FinishedRecord
{
    enum class State : quint8 { Live, Created, Failed, Uncertain };
    std::array<char, 18> id {};
    quint8 idLength = 0;
    State state = State::Live;
};

// The part of CreatedIndex beyond its memory budget, in a temporary SQLite file that is removed with it:
// match keys (as their hashes) to record slots, and the finished records' Ids and states. A run of millions
// of creates thus keeps the same memory as one of a hundred thousand. A fixed-size Bloom filter answers "no
// record has this key" without touching the disk: the answer nearly every row gets, since a key seen twice
// in one run is the exception.
class CreatedIndexSpill
{
public:
    // Opens a new spill file under the system's temporary folder (TMPDIR). Null with *error on failure.
    [[nodiscard]] static std::unique_ptr<CreatedIndexSpill> open(QString *error);
    ~CreatedIndexSpill();
    CreatedIndexSpill(const CreatedIndexSpill &) = delete;
    CreatedIndexSpill &operator=(const CreatedIndexSpill &) = delete;

    // Writes go in transactions: begin() ... commit() (false with the database's message on failure).
    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();
    bool addKey(const MatchKeyHash &key, quint32 slot);
    bool setFinished(quint32 slot, const FinishedRecord &record);

    // The slots spilled under `key`, oldest first.
    [[nodiscard]] QList<quint32> slotsOf(const MatchKeyHash &key);
    // The finished record in `slot`; nullopt when the slot was spilled while its create was still running
    // and has not finished since.
    [[nodiscard]] std::optional<FinishedRecord> finished(quint32 slot);

    [[nodiscard]] qint64 keyCount() const { return m_keys; }
    [[nodiscard]] QString fileName() const;

private:
    class Private;
    explicit CreatedIndexSpill(std::unique_ptr<Private> d);

    [[nodiscard]] bool mayContain(const MatchKeyHash &key) const;
    void remember(const MatchKeyHash &key);

    std::unique_ptr<Private> d;
    std::vector<quint64> m_filter; // Bloom filter bits
    qint64 m_keys = 0;
};

} // namespace sfsync
