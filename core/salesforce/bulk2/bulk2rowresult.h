#pragma once

#include "core/salesforce/sferror.h"

#include <QMetaType>
#include <QString>

namespace sfsync {

// What a Bulk API 2.0 job did with one row, mapped back to the caller's row through its tag.
struct Bulk2RowResult
{
    enum class Status {
        Succeeded, // in successfulResults: `id` written, `created` for inserts and upsert-creates
        Failed, // in failedResults: `error` is its sf__Error
        NotProcessed, // certainly not written: unprocessedrecords, or the job never ran (error says why)
        Unknown // may or may not have been written: no result came for it (error says why)
    };

    quint64 tag = 0;
    Status status = Status::Unknown;
    bool created = false;
    QString id;
    SfError error;

    // Parses sf__Error, "<CODE>:<message>:<fields> --" (docs/salesforce-api.md §3.2); the message may contain
    // colons, the field list may be empty.
    [[nodiscard]] static SfError parseError(const QString &sfError);
};

} // namespace sfsync

Q_DECLARE_METATYPE(sfsync::Bulk2RowResult)
