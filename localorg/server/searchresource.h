#pragma once

#include "apirequest.h"
#include "httpresponse.h"

namespace sfsync::localorg {

class RecordStore;

// GET /search?q=FIND {...} ...: SOSL over the org's records (SoslParser, SoslSearch), answered as
// {"searchRecords": [...]}; syntax errors are 400 MALFORMED_SEARCH (or INVALID_SEARCH, and the SOQL codes
// for a RETURNING clause), in Salesforce's error shape.
class SearchResource
{
public:
    explicit SearchResource(const RecordStore &store);

    HttpResponse handle(const ApiRequest &call) const;

private:
    const RecordStore &m_store;
};

} // namespace sfsync::localorg
