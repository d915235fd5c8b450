#pragma once

#include <QSet>
#include <QString>
#include <QtGlobal>

namespace sfsync {

struct WorkItem;

// Which of the rows whose matched record already holds their values (WorkItem::holdsValues, found by the
// planners) stay unwritten. A row's record was read when the row was looked up; an earlier row of the run
// that writes the same record, in any action, may change it before this row would be sent, so then the row
// is written as planned. Rows come here in source order (row, then action), across the actions of a batch.
// It keeps 8 bytes (a hash of the Id) per record the run updates or deletes; a collision only means a row
// is written that could have been left alone.
class UnchangedRows
{
public:
    // Turns a planned update into RowPlan::Unchanged when it may stay unwritten, and remembers the records
    // that planned updates and deletes write.
    void decide(WorkItem *item);
    void clear() { m_written.clear(); }
    [[nodiscard]] qsizetype writtenRecords() const { return m_written.size(); }

private:
    QSet<quint64> m_written;
};

} // namespace sfsync
