#pragma once

#include "httpresponse.h"
#include "restcall.h"

namespace sfsync::localorg {

class RecordStore;
class FaultInjector;

// /sobjects: describe global, sObject basic info and describe (with If-Modified-Since), record CRUD by Id,
// and read / upsert / delete by external ID (docs/salesforce-api.md §2.2–2.7).
class SObjectResource
{
public:
    SObjectResource(RecordStore &store, FaultInjector &faults);

    HttpResponse handle(const RestCall &call);

private:
    HttpResponse describeGlobal(const RestCall &call);
    HttpResponse objectInfo(const RestCall &call, const QString &object);
    HttpResponse describe(const RestCall &call, const QString &object);
    HttpResponse create(const RestCall &call, const QString &object);
    HttpResponse byId(const RestCall &call, const QString &object, const QString &id);
    HttpResponse byExternalId(const RestCall &call, const QString &object, const QString &field,
                              const QString &value);

    RecordStore &m_store;
    FaultInjector &m_faults;
};

} // namespace sfsync::localorg
