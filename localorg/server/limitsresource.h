#pragma once

#include "httpresponse.h"

namespace sfsync::localorg {

class ApiCounters;
class RecordStore;

// GET /limits: the org's limits as a Developer Edition org reports them, every limit Salesforce lists
// (about fifty) with {"Max", "Remaining"}. Remaining follows what the local org tracks: daily API requests,
// Bulk API 1.0 batches and Bulk 2.0 ingest jobs (one batch each), Bulk 2.0 query jobs, and data storage
// (2 KB per record, as Salesforce counts most records); the rest stays at its maximum.
class LimitsResource
{
public:
    LimitsResource(const ApiCounters &counters, const RecordStore &store);

    [[nodiscard]] HttpResponse limits() const;

private:
    const ApiCounters &m_counters;
    const RecordStore &m_store;
};

} // namespace sfsync::localorg
