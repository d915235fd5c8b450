#pragma once

#include "core/engine/writebatch.h"

class QObject;

namespace sfsync {

class CollectionsCall;
class RestClient;
struct RestResponse;

// One sObject Collections write of a batch (create, update, delete, or native upsert by external ID): builds
// the call (CollectionsCall), sends it once through RestClient and tells WriteResults what became of each
// row, in request order. A lost answer is reported, never resent here.
class CollectionsWrite
{
public:
    static void send(RestClient *rest, const WriteBatch &batch, int timeoutMs, QObject *context,
                     WriteResults *results);

private:
    static void read(const WriteBatch &batch, const CollectionsCall &call, const RestResponse &response,
                     WriteResults *results);
};

} // namespace sfsync
