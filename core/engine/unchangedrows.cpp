#include "core/engine/unchangedrows.h"

#include "core/engine/workitem.h"
#include "core/salesforce/recordid.h"

#include <QHashFunctions>

namespace sfsync {

void UnchangedRows::decide(WorkItem *item)
{
    if (item->finished || item->targetId.isEmpty()
        || (item->plan != RowPlan::Update && item->plan != RowPlan::Delete))
        return;
    // The 18-character form: a record named by its 15-character Id is the same record.
    const auto key = quint64(qHash(RecordId::key(item->targetId), size_t(0x5bd1e995)));
    if (item->plan == RowPlan::Update && item->holdsValues && !m_written.contains(key)) {
        item->plan = RowPlan::Unchanged;
        return;
    }
    m_written.insert(key);
}

} // namespace sfsync
