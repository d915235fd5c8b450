#include "core/engine/parkedrowstore.h"

#include "core/corelogging.h"
#include "core/engine/scratchfolder.h"

#include <QFile>
#include <QTemporaryDir>
#include <utility>

namespace sfsync {

struct ParkedRowStore::Segment
{
    std::unique_ptr<QFile> file; // on disk
    QByteArray memory; // when no temporary folder can be used
    qint64 size = 0;
    qint64 live = 0; // tickets not released
};

ParkedRowStore::ParkedRowStore(qint64 segmentBytes)
    : m_segmentBytes(qMax<qint64>(1, segmentBytes))
{ }

ParkedRowStore::~ParkedRowStore()
{
    m_segments.clear(); // closes the files before the folder goes
}

void ParkedRowStore::startSegment()
{
    // The segment being left may have been released already while it was still the one written.
    if (!m_segments.isEmpty() && m_segments.last() && m_segments.last()->live <= 0)
        drop(quint32(m_segments.size() - 1));
    if (!m_triedDisk) {
        m_triedDisk = true;
        QString error;
        m_dir = makeScratchFolder(QStringLiteral("sfsync-parked"), &error);
        m_onDisk = m_dir != nullptr;
        if (!m_onDisk)
            qCWarning(lcCoreEngine).noquote() << "parked rows:" << error << "- keeping them in memory";
    }
    auto segment = std::make_shared<Segment>();
    if (m_onDisk) {
        segment->file =
            std::make_unique<QFile>(m_dir->filePath(QStringLiteral("segment-%1").arg(m_segments.size())));
        if (!segment->file->open(QIODevice::ReadWrite | QIODevice::Truncate)) {
            qCWarning(lcCoreEngine).noquote()
                << "parked rows:" << segment->file->errorString() << "- keeping them in memory from now on";
            segment->file.reset();
            m_onDisk = false;
        }
    }
    m_segments.append(segment);
}

ParkedRowStore::Segment &ParkedRowStore::current()
{
    if (m_segments.isEmpty() || !m_segments.last() || m_segments.last()->size >= m_segmentBytes)
        startSegment();
    return *m_segments.last();
}

ParkedRowStore::Ticket ParkedRowStore::put(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return {};
    Segment &s = current();
    Ticket ticket {quint32(m_segments.size() - 1), quint32(s.size), quint32(bytes.size())};
    if (s.file) {
        if (!s.file->seek(s.size) || s.file->write(bytes) != bytes.size()) {
            // A full disk: this row's bytes stay in memory, in a segment of their own.
            qCWarning(lcCoreEngine).noquote() << "parked rows:" << s.file->errorString();
            m_onDisk = false;
            startSegment();
            return put(bytes);
        }
    } else {
        s.memory.append(bytes);
    }
    s.size += bytes.size();
    ++s.live;
    return ticket;
}

QByteArray ParkedRowStore::get(const Ticket &ticket) const
{
    if (ticket.isNull() || qsizetype(ticket.segment) >= m_segments.size() || !m_segments.at(ticket.segment))
        return {};
    const Segment &s = *m_segments.at(ticket.segment);
    if (!s.file)
        return s.memory.mid(ticket.offset, ticket.length);
    QByteArray bytes;
    if (s.file->seek(ticket.offset))
        bytes = s.file->read(ticket.length);
    if (bytes.size() != qsizetype(ticket.length)) {
        qCWarning(lcCoreEngine).noquote() << "parked rows: cannot read back" << ticket.length << "bytes of"
                                          << s.file->fileName() << ":" << s.file->errorString();
        return {};
    }
    return bytes;
}

void ParkedRowStore::release(const Ticket &ticket)
{
    if (ticket.isNull() || qsizetype(ticket.segment) >= m_segments.size() || !m_segments.at(ticket.segment))
        return;
    Segment &s = *m_segments[ticket.segment];
    if (--s.live <= 0 && qsizetype(ticket.segment) != m_segments.size() - 1)
        drop(ticket.segment);
}

void ParkedRowStore::drop(quint32 index)
{
    std::shared_ptr<Segment> &s = m_segments[index];
    if (s->file)
        s->file->remove();
    s.reset();
}

int ParkedRowStore::segmentCount() const
{
    int n = 0;
    for (const auto &s : m_segments)
        n += s ? 1 : 0;
    return n;
}

qint64 ParkedRowStore::storedBytes() const
{
    qint64 n = 0;
    for (const auto &s : m_segments)
        n += s ? s->size : 0;
    return n;
}

QString ParkedRowStore::folder() const
{
    return m_dir ? m_dir->path() : QString();
}

ParkedBytes::ParkedBytes(ParkedRowStore *store, const QByteArray &bytes)
    : m_store(store)
    , m_ticket(store ? store->put(bytes) : ParkedRowStore::Ticket())
{ }

ParkedBytes::~ParkedBytes()
{
    if (m_store)
        m_store->release(m_ticket);
}

ParkedBytes::ParkedBytes(ParkedBytes &&other) noexcept
    : m_store(std::exchange(other.m_store, nullptr))
    , m_ticket(std::exchange(other.m_ticket, {}))
{ }

ParkedBytes &ParkedBytes::operator=(ParkedBytes &&other) noexcept
{
    if (this != &other) {
        if (m_store)
            m_store->release(m_ticket);
        m_store = std::exchange(other.m_store, nullptr);
        m_ticket = std::exchange(other.m_ticket, {});
    }
    return *this;
}

QByteArray ParkedBytes::bytes() const
{
    return m_store ? m_store->get(m_ticket) : QByteArray();
}

} // namespace sfsync
