#pragma once

#include "apirequest.h"
#include "httpresponse.h"
#include "localorg/data/writeresult.h"

#include <QJsonArray>
#include <functional>

namespace sfsync::localorg {

class RecordStore;
class FaultInjector;

// sObject Collections, /composite/sobjects (docs/salesforce-api.md §2.8): create, update, upsert by external
// ID, delete and retrieve, at most 200 records, per-record results in request order, allOrNone rollback.
class CollectionsResource
{
public:
    static constexpr int MaxRecords = 200;

    CollectionsResource(RecordStore &store, FaultInjector &faults);

    // segments: {"composite", "sobjects", ...}
    HttpResponse handle(const ApiRequest &call);

private:
    HttpResponse create(const ApiRequest &call);
    HttpResponse update(const ApiRequest &call);
    HttpResponse upsert(const ApiRequest &call, const QString &object, const QString &fieldName);
    HttpResponse remove(const ApiRequest &call);
    HttpResponse retrieve(const ApiRequest &call, const QString &object);

    struct Outcome
    {
        WriteResult result;
        bool created = false;
        bool includeCreated = false;
    };
    // Runs `one` for each item inside a savepoint; applies allOrNone; answers 200 with the result array, or
    // 400 for a request-level error (JSON_PARSER_ERROR from any record).
    HttpResponse runAll(const QJsonArray &items, bool allOrNone,
                        const std::function<Outcome(const QJsonValue &)> &one);

    RecordStore &m_store;
    FaultInjector &m_faults;
};

} // namespace sfsync::localorg
