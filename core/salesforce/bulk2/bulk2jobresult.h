#pragma once

#include "core/salesforce/bulk2/bulk2jobinfo.h"
#include "core/salesforce/bulk2/bulk2rowresult.h"
#include "core/salesforce/sferror.h"

#include <QList>
#include <QMetaType>

namespace sfsync {

// The end of one Bulk API 2.0 ingest job: its last known state and a result for every row it was given.
struct Bulk2JobResult
{
    Bulk2JobInfo info; // id empty when the job could not be created
    // Why the job as a whole did not complete (creation, upload or close refused, the job Failed, a result
    // file could not be read, canceled); null when it completed.
    SfError error;
    QList<Bulk2RowResult> rows; // one per row sent, in no particular order
    int polls = 0; // GET jobs/ingest/{id} calls while waiting for the job
    int calls = 0; // every call this job made, polls included
    bool canceled = false;
};

} // namespace sfsync

Q_DECLARE_METATYPE(sfsync::Bulk2JobResult)
