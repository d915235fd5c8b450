#pragma once

#include "httpresponse.h"
#include "localorg/data/recorderror.h"
#include "localorg/data/soqlerror.h"
#include "localorg/data/writeresult.h"

#include <QJsonObject>

namespace sfsync::localorg {

// Turns the data layer's outcomes into Salesforce's REST shapes (docs/salesforce-api.md §4.2): call errors as
// [{"message","errorCode","fields"}], per-record results as {"id","success","errors":[{"statusCode",...}]}.
class RestErrors
{
public:
    // 404 [{"errorCode":"NOT_FOUND","message":"The requested resource does not exist"}]
    static HttpResponse notFound();
    static HttpResponse methodNotAllowed(const QByteArray &method);
    static HttpResponse jsonParserError(const QString &message);
    // A failed single-record operation: 404 for NOT_FOUND / ENTITY_IS_DELETED, 400 otherwise.
    static HttpResponse fromRecordErrors(const QList<RecordError> &errors);
    static HttpResponse fromSoql(const SoqlError &error);
    // {"id"?, "success", "errors", "created"?}
    static QJsonObject saveResult(const WriteResult &result, bool includeCreated = false,
                                  bool created = false);
    static QJsonObject failure(const QString &id, const QList<RecordError> &errors);
    static RecordError lockError(const QString &id);
};

} // namespace sfsync::localorg
