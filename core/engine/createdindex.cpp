#include "core/engine/createdindex.h"

#include "core/corelogging.h"

#include <limits>

namespace sfsync {

CreatedIndex::CreatedIndex(int matchers, quint32 memoryRecords)
    : m_matchers(matchers)
    , m_memoryRecords(qMax<quint32>(1, memoryRecords))
{ }

CreatedIndex::~CreatedIndex() = default;
CreatedIndex::CreatedIndex(CreatedIndex &&) noexcept = default;
CreatedIndex &CreatedIndex::operator=(CreatedIndex &&) noexcept = default;

void CreatedIndex::insert(const Key &key, quint32 slot)
{
    const auto it = m_first.constFind(key);
    if (it == m_first.constEnd())
        m_first.insert(key, slot);
    else
        m_more[key].append(slot);
}

void CreatedIndex::add(const std::shared_ptr<CreatedRecord> &record, const QStringList &keys)
{
    if (m_nextSlot - m_memoryStart >= m_memoryRecords)
        spill();
    const quint32 slot = m_nextSlot++;
    m_finished.emplace_back();
    m_live.insert(slot, record);
    for (int m = 0; m < m_matchers && m < keys.size(); ++m) {
        if (!keys.at(m).isEmpty())
            insert(MatchKeyHash::of(m, keys.at(m)), slot);
    }
}

void CreatedIndex::spill()
{
    QString error;
    if (!m_spill) {
        m_spill = CreatedIndexSpill::open(&error);
        if (!m_spill) {
            spillFailed(error);
            return;
        }
        qCInfo(lcCoreEngine).noquote() << "created-record index: more than" << m_memoryRecords
                                       << "records, the older ones go to" << m_spill->fileName();
    }
    if (!m_spill->begin(&error)) {
        spillFailed(error);
        return;
    }
    bool ok = true;
    for (auto it = m_first.cbegin(); ok && it != m_first.cend(); ++it)
        ok = m_spill->addKey(it.key(), it.value());
    for (auto it = m_more.cbegin(); ok && it != m_more.cend(); ++it) {
        for (quint32 slot : it.value())
            ok = ok && m_spill->addKey(it.key(), slot);
    }
    for (quint32 i = 0; ok && i < quint32(m_finished.size()); ++i) {
        if (m_finished[i].state != State::Live)
            ok = m_spill->setFinished(m_memoryStart + i, m_finished[i]);
    }
    if (!ok || !m_spill->commit(&error)) {
        // What went in is still in memory too: keep using that, and stop spilling.
        m_spill->rollback();
        spillFailed(error.isEmpty() ? QStringLiteral("write failed") : error);
        return;
    }
    m_first.clear();
    m_more.clear();
    m_finished.clear();
    m_finished.shrink_to_fit();
    m_memoryStart = m_nextSlot;
}

void CreatedIndex::spillFailed(const QString &error)
{
    qCWarning(lcCoreEngine).noquote() << "created-record index: cannot use a temporary file (" << error
                                      << "), keeping every record in memory";
    m_memoryRecords = std::numeric_limits<quint32>::max();
}

FinishedRecord CreatedIndex::finishedAt(quint32 slot)
{
    if (slot >= m_memoryStart)
        return m_finished.at(slot - m_memoryStart);
    if (const auto spilled = m_spill->finished(slot))
        return *spilled;
    // Spilled while its create ran, and no state recorded since: only a live record is like that, and live
    // records are found before this. Treated as if its row had not been there.
    qCWarning(lcCoreEngine) << "created-record index: record" << slot << "has no state";
    FinishedRecord failed;
    failed.state = State::Failed;
    return failed;
}

std::shared_ptr<CreatedRecord> CreatedIndex::recordAt(quint32 slot)
{
    const auto live = m_live.constFind(slot);
    if (live != m_live.constEnd())
        return *live;
    const FinishedRecord f = finishedAt(slot);
    auto record = std::make_shared<CreatedRecord>();
    record->id = QString::fromLatin1(f.id.data(), f.idLength);
    record->resolved = f.state == State::Created;
    record->failed = f.state == State::Failed;
    record->uncertain = f.state == State::Uncertain;
    record->creatorRow = m_uncertainRows.value(slot);
    m_live.insert(slot, record);
    return record;
}

QList<std::shared_ptr<CreatedRecord>> CreatedIndex::find(int matcher, QStringView key)
{
    QList<std::shared_ptr<CreatedRecord>> records;
    const Key k = MatchKeyHash::of(matcher, key);
    // Spilled slots are older than those in memory: oldest first.
    if (m_spill) {
        for (quint32 slot : m_spill->slotsOf(k))
            records.append(recordAt(slot));
    }
    const auto first = m_first.constFind(k);
    if (first == m_first.constEnd())
        return records;
    records.append(recordAt(*first));
    const auto more = m_more.constFind(k);
    if (more != m_more.constEnd()) {
        for (quint32 slot : *more)
            records.append(recordAt(slot));
    }
    return records;
}

void CreatedIndex::compact()
{
    bool spillOpen = false;
    QString error;
    for (auto it = m_live.begin(); it != m_live.end();) {
        const CreatedRecord &r = **it;
        const bool finished = r.resolved || r.failed || r.uncertain;
        // A preview never finishes a record: it keeps the values the rows would give it.
        if (!finished || it->use_count() > 1) {
            ++it;
            continue;
        }
        FinishedRecord f;
        const QByteArray id = r.id.toLatin1();
        f.idLength = quint8(qMin<qsizetype>(id.size(), qsizetype(f.id.size())));
        std::copy_n(id.constData(), f.idLength, f.id.begin());
        f.state = r.resolved ? State::Created : r.uncertain ? State::Uncertain : State::Failed;
        if (f.state == State::Uncertain)
            m_uncertainRows.insert(it.key(), r.creatorRow);
        if (it.key() >= m_memoryStart) {
            m_finished[it.key() - m_memoryStart] = f;
        } else {
            // A record spilled while its create was running: its state goes to the file.
            if (!spillOpen && !m_spill->begin(&error)) {
                qCWarning(lcCoreEngine).noquote() << "created-record index:" << error;
                ++it;
                continue;
            }
            spillOpen = true;
            if (!m_spill->setFinished(it.key(), f)) {
                ++it;
                continue;
            }
        }
        it = m_live.erase(it);
    }
    if (spillOpen && !m_spill->commit(&error))
        qCWarning(lcCoreEngine).noquote() << "created-record index:" << error;
}

} // namespace sfsync
