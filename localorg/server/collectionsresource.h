#pragma once

#include "httpresponse.h"
#include "localorg/data/writeresult.h"
#include "restcall.h"

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
    HttpResponse handle(const RestCall &call);

private:
    HttpResponse create(const RestCall &call);
    HttpResponse update(const RestCall &call);
    HttpResponse upsert(const RestCall &call, const QString &object, const QString &fieldName);
    HttpResponse remove(const RestCall &call);
    HttpResponse retrieve(const RestCall &call, const QString &object);

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
