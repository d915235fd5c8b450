#include "core/engine/collectionswrite.h"

#include "core/engine/workitem.h"
#include "core/salesforce/collectionscall.h"
#include "core/salesforce/restclient.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sfsync {

namespace {

CollectionsCall::Operation operationOf(WorkItem::Kind kind)
{
    switch (kind) {
    case WorkItem::Kind::Update:
        return CollectionsCall::Operation::Update;
    case WorkItem::Kind::Delete:
        return CollectionsCall::Operation::Delete;
    case WorkItem::Kind::Upsert:
        return CollectionsCall::Operation::Upsert;
    default:
        return CollectionsCall::Operation::Create;
    }
}

} // namespace

void CollectionsWrite::send(RestClient *rest, const WriteBatch &batch, int timeoutMs, QObject *context,
                            WriteResults *results)
{
    CollectionsCall call(operationOf(batch.kind), batch.object, batch.upsertField);
    for (WorkItem *item : batch.items) {
        if (batch.kind == WorkItem::Kind::Delete)
            call.add({}, item->targetId);
        else
            call.add(item->sendingFields().toJsonObject(),
                     batch.kind == WorkItem::Kind::Update ? item->targetId : QString());
    }
    RestRequest request = call.request();
    request.timeoutMs = timeoutMs;
    rest->send(request, context, [batch, call, results](const RestResponse &response) {
        results->callReturned(batch, response.httpStatus != 0 && !response.answerLost);
        if (response.answerLost)
            results->answerLost(batch, batch.items, response.timedOut, response.firstError());
        else
            read(batch, call, response, results);
        results->callEnded(batch);
    });
}

void CollectionsWrite::read(const WriteBatch &batch, const CollectionsCall &call,
                            const RestResponse &response, WriteResults *results)
{
    SfError error = response.firstError();
    QList<CollectionsCall::RecordResult> records;
    if (response.ok())
        records = call.results(response.json().isArray() ? QJsonValue(response.json().array()) : QJsonValue(),
                               &error);
    if (records.isEmpty()) {
        results->callRefused(batch.items, error);
        if (error.stopsJob())
            results->stopsJob(error);
        return;
    }
    for (int i = 0; i < batch.items.size(); ++i) {
        const CollectionsCall::RecordResult &r = records.at(i);
        if (r.success)
            results->written(batch.items.at(i), batch.kind, r.id, r.created);
        else
            results->recordRefused(batch.items.at(i), batch.kind, r.error);
    }
}

} // namespace sfsync
