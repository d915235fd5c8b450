#pragma once

#include "core/engine/writekind.h"

#include <QString>
#include <QStringList>

namespace sfsync {

// What one record's error in a write's answer (a Collections result or a bulk job's failed row) means for
// its row. Pure: the Executor acts on it.
struct RecordFailure
{
    enum class Meaning {
        Retry, // not written, and safe to send again whatever the operation (UNABLE_TO_LOCK_ROW)
        Ambiguous, // an upsert's external ID matched several records: Salesforce's 300, nothing written
        Deleted, // ENTITY_IS_DELETED after an attempt whose answer was lost: that attempt deleted it
        NotFound, // the record to update or delete is not there: 404
        Failed, // refused for good (validation, required field, bad value ...)
    };

    [[nodiscard]] static Meaning of(WriteKind kind, const QString &errorCode, bool answerWasLost);
    // Record Ids named in an error message (e.g. the records an external ID matched), for the result's
    // matches.
    [[nodiscard]] static QStringList idsIn(const QString &message);
};

} // namespace sfsync
