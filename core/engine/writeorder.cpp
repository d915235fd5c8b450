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

void WriteOrder::join(WorkItem *item)
{
    m_lines[recordOf(item)].append(item);
}

bool WriteOrder::isTurnOf(const WorkItem *item) const
{
    const auto it = m_lines.constFind(recordOf(item));
    return it != m_lines.constEnd() && !it->isEmpty() && it->first() == item;
}

QList<WorkItem *> WriteOrder::leave(WorkItem *item)
{
    const auto it = m_lines.find(recordOf(item));
    if (it == m_lines.end())
        return {};
    it->removeOne(item);
    if (!it->isEmpty())
        return *it;
    m_lines.erase(it);
    return {};
}

QList<WorkItem *> WriteOrder::takeLine(const WorkItem *item)
{
    return m_lines.take(recordOf(item));
}

} // namespace sfsync
