#include "core/engine/createdindex.h"

namespace sfsync {

CreatedIndex::CreatedIndex(int matchers)
    : m_matchers(matchers)
{ }

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
    const auto slot = quint32(m_finished.size());
    m_finished.emplace_back();
    m_live.insert(slot, record);
    for (int m = 0; m < m_matchers && m < keys.size(); ++m) {
        if (!keys.at(m).isEmpty())
            insert(MatchKeyHash::of(m, keys.at(m)), slot);
    }
}

std::shared_ptr<CreatedRecord> CreatedIndex::recordAt(quint32 slot)
{
    const auto live = m_live.constFind(slot);
    if (live != m_live.constEnd())
        return *live;
    const Finished &f = m_finished.at(slot);
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
    for (auto it = m_live.begin(); it != m_live.end();) {
        const CreatedRecord &r = **it;
        const bool finished = r.resolved || r.failed || r.uncertain;
        // A preview never finishes a record: it keeps the values the rows would give it.
        if (!finished || it->use_count() > 1) {
            ++it;
            continue;
        }
        Finished &f = m_finished.at(it.key());
        const QByteArray id = r.id.toLatin1();
        f.idLength = quint8(qMin<qsizetype>(id.size(), qsizetype(f.id.size())));
        std::copy_n(id.constData(), f.idLength, f.id.begin());
        f.state = r.resolved ? State::Created : r.uncertain ? State::Uncertain : State::Failed;
        if (f.state == State::Uncertain)
            m_uncertainRows.insert(it.key(), r.creatorRow);
        it = m_live.erase(it);
    }
}

} // namespace sfsync
