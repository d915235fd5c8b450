#pragma once

#include "apirequest.h"
#include "httpresponse.h"

namespace sfsync::localorg {

class RecordStore;

// GET /sobjects/{T}/updated/?start=&end= and /sobjects/{T}/deleted/?start=&end=: the records changed or
// deleted in a time span, for replication. start and end are ISO 8601 datetimes, read to the minute (their
// seconds are ignored, as Salesforce ignores them); a record counts when its SystemModstamp falls from
// start up to, not including, end; an end that lies ahead is now (this second included). Answers
// {"ids": [...], "latestDateCovered"} and {"deletedRecords": [{"id", "deletedDate"}],
// "earliestDateAvailable", "latestDateCovered"}; latestDateCovered is the end used. Errors as Salesforce's: a
// missing or unreadable date, a start after the end or more than 30 days ago, are 400
// INVALID_REPLICATION_DATE (MISSING_ARGUMENT when one is missing).
class ReplicationResource
{
public:
    static constexpr int MaxDaysBack = 30;

    explicit ReplicationResource(const RecordStore &store);

    HttpResponse handle(const ApiRequest &call, const QString &object, bool deleted) const;

private:
    const RecordStore &m_store;
};

} // namespace sfsync::localorg
