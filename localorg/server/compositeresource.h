#pragma once

#include "apirequest.h"
#include "httprequest.h"
#include "httpresponse.h"

#include <QJsonObject>
#include <functional>

namespace sfsync::localorg {

class RecordStore;

// POST /composite (docs/salesforce-api.md §2.9): up to 25 subrequests run in order, `@{ref.path}` references
// to earlier results, allOrNone rollback; always HTTP 200 with compositeResponse[] (errors live in the
// subresponses). Subrequests go through the same REST dispatch as top-level calls, minus authentication,
// limits and fault injection (the composite call counts once).
class CompositeResource
{
public:
    using Dispatch = std::function<HttpResponse(const HttpRequest &)>;
    static constexpr int MaxSubrequests = 25;
    static constexpr int MaxQueryOrCollections = 5;

    CompositeResource(RecordStore &store, Dispatch dispatch);

    HttpResponse handle(const ApiRequest &call);

private:
    RecordStore &m_store;
    Dispatch m_dispatch;
};

} // namespace sfsync::localorg
