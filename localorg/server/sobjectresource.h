#pragma once

#include "apirequest.h"
#include "httpresponse.h"

namespace sfsync::localorg {

class RecordStore;
class FaultInjector;

// /sobjects: describe global, sObject basic info and describe (with If-Modified-Since), record CRUD by Id,
// and read / upsert / delete by external ID (docs/salesforce-api.md §2.2–2.7).
class SObjectResource
{
public:
    SObjectResource(RecordStore &store, FaultInjector &faults);

    HttpResponse handle(const ApiRequest &call);

private:
    HttpResponse describeGlobal(const ApiRequest &call);
    HttpResponse objectInfo(const ApiRequest &call, const QString &object);
    HttpResponse describe(const ApiRequest &call, const QString &object);
    HttpResponse create(const ApiRequest &call, const QString &object);
    HttpResponse byId(const ApiRequest &call, const QString &object, const QString &id);
    HttpResponse byExternalId(const ApiRequest &call, const QString &object, const QString &field,
                              const QString &value);

    RecordStore &m_store;
    FaultInjector &m_faults;
};

} // namespace sfsync::localorg
