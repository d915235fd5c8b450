#pragma once

#include "core/engine/matchkeyhash.h"
#include "core/engine/workitem.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVarLengthArray>

namespace sfsync {

// Rows that write one record go one after another, in source order. Each record (an existing Id, an
// external ID's key, or a record this run creates) has a line of the unfinished rows that write it; only the
// first in line may be sent.
class WriteOrder
{
public:
    // The record a row writes, as a key.
    [[nodiscard]] static QString recordOf(const WorkItem *item);
    // Plain creates (of no record a later row refers to) write no record known beforehand: no line.
    [[nodiscard]] static bool isOrdered(const WorkItem *item)
    {
        return item->kind() != WorkItem::Kind::Create || item->created;
    }

    // At the end of its record's line.
    void join(WorkItem *item);
    [[nodiscard]] bool isTurnOf(const WorkItem *item) const;
    // Takes the row out of its line; returns the rows still waiting in it.
    QList<WorkItem *> leave(WorkItem *item);
    // Empties the line of the row's record; returns who was in it.
    QList<WorkItem *> takeLine(const WorkItem *item);

private:
    // A line is found by a 128-bit key, not by recordOf()'s string, and nearly every line has one row: a
    // record created in this run has a line from its create on, so a Bulk API 2.0 job's worth of them wait.
    using Line = QVarLengthArray<WorkItem *, 1>;
    [[nodiscard]] static MatchKeyHash lineOf(const WorkItem *item);
    QHash<MatchKeyHash, Line> m_lines;
};

} // namespace sfsync
