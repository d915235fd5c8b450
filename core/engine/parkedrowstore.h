#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>
#include <memory>

class QFile;
class QTemporaryDir;

namespace sfsync {

// Where rows waiting for a Bulk API 2.0 job keep what they need again later (their cells, the values to
// send, their matcher values): a temporary folder of segment files, removed with the store. A job holds
// up to 50,000 rows for as long as it runs; on disk (where the operating system's page cache, not the
// process, holds what was written last) they cost the process a few bytes each instead of hundreds.
//
// Rows leave in about the order they came, so a segment whose rows have all released their bytes is
// deleted while the run goes on: the folder holds about a job's worth of rows, whatever the run's size.
// When no temporary folder can be used, the segments are kept in memory (as before there was a store).
class ParkedRowStore
{
public:
    struct Ticket
    {
        quint32 segment = 0;
        quint32 offset = 0;
        quint32 length = 0; // 0: nothing stored
        [[nodiscard]] bool isNull() const { return length == 0; }
    };

    // `segmentBytes`: how large a segment grows before the next one starts.
    explicit ParkedRowStore(qint64 segmentBytes = 16 * 1024 * 1024);
    ~ParkedRowStore();
    ParkedRowStore(const ParkedRowStore &) = delete;
    ParkedRowStore &operator=(const ParkedRowStore &) = delete;

    [[nodiscard]] Ticket put(const QByteArray &bytes);
    [[nodiscard]] QByteArray get(const Ticket &ticket) const;
    // The row no longer needs its bytes.
    void release(const Ticket &ticket);

    [[nodiscard]] bool onDisk() const { return m_onDisk; }
    // Segments not yet deleted (the current one included), and the bytes they hold.
    [[nodiscard]] int segmentCount() const;
    [[nodiscard]] qint64 storedBytes() const;
    [[nodiscard]] QString folder() const;

private:
    struct Segment;
    Segment &current();
    void startSegment();
    void drop(quint32 index);

    qint64 m_segmentBytes;
    bool m_onDisk = false;
    bool m_triedDisk = false;
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<std::shared_ptr<Segment>> m_segments; // by index; null once deleted
};

// One row's bytes in a ParkedRowStore, released when this goes. Move-only, so that a row owns its bytes once.
class ParkedBytes
{
public:
    ParkedBytes() = default;
    ParkedBytes(ParkedRowStore *store, const QByteArray &bytes);
    ~ParkedBytes();
    ParkedBytes(ParkedBytes &&other) noexcept;
    ParkedBytes &operator=(ParkedBytes &&other) noexcept;
    ParkedBytes(const ParkedBytes &) = delete;
    ParkedBytes &operator=(const ParkedBytes &) = delete;

    [[nodiscard]] bool isNull() const { return m_store == nullptr; }
    [[nodiscard]] QByteArray bytes() const;

private:
    ParkedRowStore *m_store = nullptr;
    ParkedRowStore::Ticket m_ticket;
};

} // namespace sfsync
