#pragma once

#include "core/engine/rowresult.h"

#include <QDateTime>
#include <QString>

namespace sfsync {

// What the run journal holds for one source row of one action (see RunJournal).
struct JournalEntry
{
    enum class State { None, Sending, Done };

    State state = State::None;
    QString kind; // sending: "create", "update", "delete", "upsert"
    QString recordId; // sending: target id (update/delete); done: the result's id
    QDateTime sentAt; // sending: the org's clock when it went out (the run's start for older journals)
    QString fingerprint; // hash of the row's cells, to notice a changed source on resume
    RowOutcome outcome = RowOutcome::Skipped;
    int status = 0;
    QString error;
};

} // namespace sfsync
