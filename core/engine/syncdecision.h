#pragma once

#include <QMetaType>
#include <QString>
#include <QtGlobal>

namespace sfsync {

// A question a run asks before writing anything, e.g. "3 rows are ambiguous — continue?". The GUI answers
// with a dialog, the runner with a flag; the answer goes back through SyncJob::resolveDecision().
struct SyncDecision
{
    enum class Kind { AmbiguousRows };
    Kind kind = Kind::AmbiguousRows;
    qint64 ambiguousRows = 0; // row x action results planned as ambiguous
    qint64 plannedRows = 0; // row x action results planned in total
    QString message; // translated, ready to show
};

} // namespace sfsync

Q_DECLARE_METATYPE(sfsync::SyncDecision)
