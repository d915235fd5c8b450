#include "core/engine/writeorder.h"

#include "core/salesforce/recordid.h"

namespace sfsync {

QString WriteOrder::recordOf(const WorkItem *item)
{
    if (item->nativeUpsert)
        return QStringLiteral("x:") + item->upsertKey;
    if (item->created)
        return QStringLiteral("t:") + QString::number(quintptr(item->created.get()), 16);
    return QStringLiteral("r:") + RecordId::key(item->targetId);
}

MatchKeyHash WriteOrder::lineOf(const WorkItem *item)
{
    // The three kinds of record key apart, as recordOf() keeps them apart by prefix.
    if (item->nativeUpsert)
        return MatchKeyHash::of(-1, item->upsertKey);
    if (item->created) {
        // The record's address is unique; qHash() of a MatchKeyHash uses `low`, so that gets it mixed.
        const auto address = quintptr(item->created.get());
        return {quint64(address), quint64(qHash(address, 0))};
    }
    return MatchKeyHash::of(-2, RecordId::key(item->targetId));
}

void WriteOrder::join(WorkItem *item)
{
    m_lines[lineOf(item)].append(item);
}

bool WriteOrder::isTurnOf(const WorkItem *item) const
{
    const auto it = m_lines.constFind(lineOf(item));
    return it != m_lines.constEnd() && !it->isEmpty() && it->first() == item;
}

QList<WorkItem *> WriteOrder::leave(WorkItem *item)
{
    const auto it = m_lines.find(lineOf(item));
    if (it == m_lines.end())
        return {};
    it->removeOne(item);
    if (!it->isEmpty())
        return QList<WorkItem *>(it->cbegin(), it->cend());
    m_lines.erase(it);
    return {};
}

QList<WorkItem *> WriteOrder::takeLine(const WorkItem *item)
{
    const Line line = m_lines.take(lineOf(item));
    return QList<WorkItem *>(line.cbegin(), line.cend());
}

} // namespace sfsync
