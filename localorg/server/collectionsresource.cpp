#include "collectionsresource.h"

#include "faultinjector.h"
#include "localorg/data/idformat.h"
#include "localorg/data/recordstore.h"
#include "resterrors.h"

#include <optional>

namespace sfsync::localorg {

namespace {

RecordError recordError(const QString &code, const QString &message, const QStringList &fields = {})
{
    return RecordError {code, message, fields};
}

WriteResult failed(const QString &id, const RecordError &error)
{
    WriteResult r;
    r.id = id;
    r.errors = {error};
    return r;
}

HttpResponse tooMany()
{
    return HttpResponse::restError(
        400, QStringLiteral("EXCEEDED_ID_LIMIT"),
        QStringLiteral("record limit reached. cannot submit more than 200 records into "
                       "this call"));
}

// The body every Collections write takes: {"allOrNone": bool, "records": [...]} with 1 to 200 records.
struct RecordsBody
{
    QJsonArray records;
    bool allOrNone = false;
    std::optional<HttpResponse> error;
};

RecordsBody parseRecordsBody(const ApiRequest &call)
{
    RecordsBody body;
    bool ok = false;
    const QJsonDocument doc = call.json(&ok);
    if (!ok || !doc.isObject()) {
        body.error = RestErrors::jsonParserError(
            QStringLiteral("Unexpected end-of-input: expected close marker for OBJECT"));
        return body;
    }
    body.records = doc.object().value(QStringLiteral("records")).toArray();
    if (body.records.isEmpty())
        body.error = HttpResponse::restError(400, QStringLiteral("REQUIRED_FIELD_MISSING"),
                                             QStringLiteral("At least 1 record is required."), {}, true);
    else if (body.records.size() > CollectionsResource::MaxRecords)
        body.error = tooMany();
    body.allOrNone = doc.object().value(QStringLiteral("allOrNone")).toBool();
    return body;
}

QString typeOf(const QJsonObject &record)
{
    return record.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("type")).toString();
}

QString idOf(const QJsonObject &record)
{
    const QJsonValue id = record.contains(QStringLiteral("Id")) ? record.value(QStringLiteral("Id"))
                                                                : record.value(QStringLiteral("id"));
    return id.toString();
}

QJsonObject withoutId(QJsonObject record)
{
    record.remove(QStringLiteral("Id"));
    record.remove(QStringLiteral("id"));
    return record;
}

} // namespace

CollectionsResource::CollectionsResource(RecordStore &store, FaultInjector &faults)
    : m_store(store)
    , m_faults(faults)
{ }

HttpResponse CollectionsResource::handle(const ApiRequest &call)
{
    const int n = int(call.segments.size());
    if (n == 2) {
        if (call.method() == "POST")
            return create(call);
        if (call.method() == "PATCH")
            return update(call);
        if (call.method() == "DELETE")
            return remove(call);
        return RestErrors::methodNotAllowed(call.method());
    }
    const ObjectSchema *info = m_store.catalogue().object(call.segment(2));
    if (!info)
        return RestErrors::notFound();
    if (n == 3) {
        if (call.method() == "GET" || call.method() == "POST")
            return retrieve(call, info->name());
        return RestErrors::methodNotAllowed(call.method());
    }
    if (n == 4 && call.method() == "PATCH")
        return upsert(call, info->name(), call.segment(3));
    return RestErrors::notFound();
}

HttpResponse CollectionsResource::runAll(const QJsonArray &items, bool allOrNone,
                                         const std::function<Outcome(const QJsonValue &)> &one)
{
    const int savepoint = m_store.savepoint();
    QList<Outcome> outcomes;
    bool anyFailed = false;
    for (const QJsonValue &item : items) {
        Outcome outcome = one(item);
        for (const RecordError &e : outcome.result.errors) {
            // Salesforce rejects a wrongly typed JSON value for the whole request.
            if (e.statusCode == QLatin1String("JSON_PARSER_ERROR")) {
                m_store.rollbackTo(savepoint);
                return HttpResponse::restError(400, e.statusCode, e.message);
            }
        }
        anyFailed = anyFailed || !outcome.result.ok();
        outcomes.append(outcome);
    }
    if (allOrNone && anyFailed) {
        m_store.rollbackTo(savepoint);
        for (Outcome &o : outcomes) {
            if (o.result.ok()) {
                o.result.errors = {
                    recordError(QStringLiteral("ALL_OR_NONE_OPERATION_ROLLED_BACK"),
                                QStringLiteral("Record rolled back because not all records were "
                                               "valid and the request was using AllOrNone header"))};
                o.result.id.clear();
            }
        }
    } else {
        m_store.release(savepoint);
    }
    QJsonArray out;
    for (const Outcome &o : outcomes)
        out.append(RestErrors::saveResult(o.result, o.includeCreated, o.created));
    return HttpResponse::json(200, out);
}

HttpResponse CollectionsResource::create(const ApiRequest &call)
{
    const RecordsBody body = parseRecordsBody(call);
    if (body.error)
        return *body.error;
    return runAll(body.records, body.allOrNone, [this](const QJsonValue &value) {
        const QJsonObject record = value.toObject();
        const QString type = typeOf(record);
        if (type.isEmpty())
            return Outcome {failed({},
                                   recordError(QStringLiteral("INVALID_TYPE"),
                                               QStringLiteral("No SObject Type defined in JSON"))),
                            false, false};
        if (!idOf(record).isEmpty())
            return Outcome {failed({},
                                   recordError(QStringLiteral("INVALID_FIELD"),
                                               QStringLiteral("cannot specify Id in an insert call"))),
                            false, false};
        if (m_faults.lockFault())
            return Outcome {failed({}, RestErrors::lockError({})), false, false};
        WriteResult result = m_store.create(type, withoutId(record));
        if (!result.ok())
            result.id.clear();
        return Outcome {result, true, false};
    });
}

HttpResponse CollectionsResource::update(const ApiRequest &call)
{
    const RecordsBody body = parseRecordsBody(call);
    if (body.error)
        return *body.error;
    return runAll(body.records, body.allOrNone, [this](const QJsonValue &value) {
        const QJsonObject record = value.toObject();
        const QString id = idOf(record);
        if (id.isEmpty())
            return Outcome {failed({},
                                   recordError(QStringLiteral("MISSING_ARGUMENT"),
                                               QStringLiteral("Id not specified in an update call"))),
                            false, false};
        if (!IdFormat::isValid(id))
            return Outcome {failed({},
                                   recordError(QStringLiteral("MALFORMED_ID"),
                                               QStringLiteral("malformed id %1").arg(id))),
                            false, false};
        if (m_faults.lockFault())
            return Outcome {failed(IdFormat::to18(id), RestErrors::lockError(IdFormat::to18(id))), false,
                            false};
        return Outcome {m_store.update(typeOf(record), id, withoutId(record)), false, false};
    });
}

HttpResponse CollectionsResource::upsert(const ApiRequest &call, const QString &object,
                                         const QString &fieldName)
{
    const ObjectSchema *info = m_store.catalogue().object(object);
    const FieldSchema *field = info->field(fieldName);
    if (!field)
        return HttpResponse::restError(
            404, QStringLiteral("NOT_FOUND"),
            QStringLiteral("Provided external ID field does not exist or is not accessible: %1")
                .arg(fieldName));
    const bool isId = field->name == QLatin1String("Id");
    if (!isId && !field->externalId && !field->idLookup)
        return HttpResponse::restError(
            400, QStringLiteral("INVALID_FIELD"),
            QStringLiteral(
                "Invalid field for upsert, must be an External Id custom or standard indexed field: %1")
                .arg(field->name),
            {}, true);
    const RecordsBody body = parseRecordsBody(call);
    if (body.error)
        return *body.error;
    const QString key = field->name;
    return runAll(body.records, body.allOrNone, [this, object, key, isId](const QJsonValue &value) {
        QJsonObject record = value.toObject();
        QJsonValue keyValue;
        for (auto it = record.begin(); it != record.end(); ++it) {
            if (it.key().compare(key, Qt::CaseInsensitive) == 0)
                keyValue = it.value();
        }
        const bool blank = keyValue.isUndefined() || keyValue.isNull() || keyValue.toString().isEmpty();
        if (blank && !isId && !keyValue.isDouble())
            return Outcome {failed({},
                                   recordError(QStringLiteral("MISSING_ARGUMENT"),
                                               QStringLiteral("%1 not specified").arg(key))),
                            false, false};
        const QStringList matches = blank ? QStringList() : m_store.findByField(object, key, keyValue);
        if (matches.size() > 1)
            return Outcome {failed({},
                                   recordError(QStringLiteral("DUPLICATE_EXTERNAL_ID"),
                                               QStringLiteral("%1 duplicates value on records with ids: %2")
                                                   .arg(key, matches.join(QStringLiteral(", "))),
                                               {key})),
                            false, false};
        if (m_faults.lockFault())
            return Outcome {failed(matches.value(0), RestErrors::lockError(matches.value(0))), false, false};
        if (matches.isEmpty()) {
            if (isId && !blank)
                return Outcome {failed({},
                                       recordError(QStringLiteral("NOT_FOUND"),
                                                   QStringLiteral("The requested resource does not exist"))),
                                true, false};
            WriteResult result = m_store.create(object, isId ? withoutId(record) : record);
            if (!result.ok())
                result.id.clear();
            return Outcome {result, result.ok(), true};
        }
        // The key field itself is not rewritten on update.
        for (const QString &k : record.keys()) {
            if (k.compare(key, Qt::CaseInsensitive) == 0)
                record.remove(k);
        }
        return Outcome {m_store.update(object, matches.first(), record), false, true};
    });
}

HttpResponse CollectionsResource::remove(const ApiRequest &call)
{
    const QStringList ids =
        call.http.queryValue(QStringLiteral("ids")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (ids.isEmpty())
        return HttpResponse::restError(400, QStringLiteral("REQUIRED_FIELD_MISSING"),
                                       QStringLiteral("At least 1 Id is required."), {}, true);
    if (ids.size() > MaxRecords)
        return tooMany();
    const bool allOrNone = call.http.queryValue(QStringLiteral("allOrNone")) == QLatin1String("true");
    QJsonArray items;
    for (const QString &id : ids)
        items.append(id.trimmed());
    return runAll(items, allOrNone, [this](const QJsonValue &value) {
        const QString id = value.toString();
        if (!IdFormat::isValid(id))
            return Outcome {failed({},
                                   recordError(QStringLiteral("MALFORMED_ID"),
                                               QStringLiteral("malformed id %1").arg(id))),
                            false, false};
        if (m_faults.lockFault())
            return Outcome {failed(IdFormat::to18(id), RestErrors::lockError(IdFormat::to18(id))), false,
                            false};
        return Outcome {m_store.remove({}, id), false, false};
    });
}

HttpResponse CollectionsResource::retrieve(const ApiRequest &call, const QString &object)
{
    QStringList ids;
    QStringList fields;
    if (call.method() == "POST") {
        bool ok = false;
        const QJsonDocument doc = call.json(&ok);
        if (!ok || !doc.isObject())
            return RestErrors::jsonParserError(
                QStringLiteral("Unexpected end-of-input: expected close marker for OBJECT"));
        for (const QJsonValue &v : doc.object().value(QStringLiteral("ids")).toArray())
            ids << v.toString();
        for (const QJsonValue &v : doc.object().value(QStringLiteral("fields")).toArray())
            fields << v.toString();
    } else {
        ids = call.http.queryValue(QStringLiteral("ids")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        fields = call.http.queryValue(QStringLiteral("fields")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    if (ids.isEmpty())
        return HttpResponse::restError(400, QStringLiteral("REQUIRED_FIELD_MISSING"),
                                       QStringLiteral("At least 1 Id is required."), {}, true);
    if (fields.isEmpty())
        return HttpResponse::restError(400, QStringLiteral("REQUIRED_FIELD_MISSING"),
                                       QStringLiteral("At least 1 field is required."), {}, true);
    if (ids.size() > 2000)
        return tooMany();
    for (QString &f : fields)
        f = f.trimmed();
    QJsonArray out;
    for (const QString &id : ids) {
        const WriteResult r = m_store.get(object, id.trimmed(), fields);
        if (!r.ok()) {
            if (r.statusCode() == QLatin1String("INVALID_FIELD"))
                return RestErrors::fromRecordErrors(r.errors);
            out.append(QJsonValue::Null);
            continue;
        }
        QJsonObject record = r.record;
        record.insert(QStringLiteral("attributes"),
                      QJsonObject {{QStringLiteral("type"), object},
                                   {QStringLiteral("url"), call.recordUrl(object, r.id)}});
        out.append(record);
    }
    return HttpResponse::json(200, out);
}

} // namespace sfsync::localorg
