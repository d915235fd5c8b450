#pragma once

#include "apirequest.h"
#include "httpresponse.h"
#include "localorg/data/recorderror.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sfsync::localorg {

class RecordStore;

// sObject Tree, POST /composite/tree/{Object}: creates record trees (a parent and its children through
// child relationships, nested up to five levels) in one all-or-none transaction, at most 200 records in
// all. Every record names its "type" and a request-unique "referenceId" in "attributes"; children come as
// {"records": [...]} under the parent's child relationship name and get their reference field set to the
// parent. Records are created level by level (all top-level records first, then their children, ...), and
// the answer lists them in that order: 201 {"hasErrors": false, "results": [{"referenceId", "id"}]}.
// A record that fails rolls everything back: 400 {"hasErrors": true, "results": [{"referenceId", "errors":
// [{"statusCode", "message", "fields"}]}]} for the failing record (one entry per use of a duplicated
// referenceId). A body that is not a tree is 400 JSON_PARSER_ERROR; more than 200 records 400
// LIMIT_EXCEEDED.
class SObjectTreeResource
{
public:
    static constexpr int MaxRecords = 200;
    static constexpr int MaxDepth = 5;

    explicit SObjectTreeResource(RecordStore &store);

    // segments: {"composite", "tree", "{Object}"}
    HttpResponse handle(const ApiRequest &call);

private:
    // One record of the request, flattened in creation order.
    struct Node
    {
        QJsonObject fields; // without attributes and child relationships
        QString object;
        QString referenceId;
        int parent = -1; // index of the parent node
        QString parentField; // the reference field that points at the parent
        int depth = 1;
    };

    // Reads the records of one level; false with the error response when the tree is malformed.
    bool collect(const QJsonArray &records, const QString &object, int parent, const QString &parentField,
                 int depth, QList<Node> *nodes, HttpResponse *error) const;
    static HttpResponse failure(const QJsonArray &results);
    static QJsonObject failed(const QString &referenceId, const QList<RecordError> &errors);

    RecordStore &m_store;
};

} // namespace sfsync::localorg
