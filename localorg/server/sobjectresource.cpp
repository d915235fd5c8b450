#include "sobjectresource.h"

#include "faultinjector.h"
#include "localorg/data/idformat.h"
#include "localorg/data/recordstore.h"
#include "resterrors.h"

#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

namespace sfsync::localorg {

namespace {

// If-Modified-Since uses the HTTP date format "EEE, dd MMM yyyy HH:mm:ss z".
std::optional<QDateTime> httpDate(const QByteArray &value)
{
    if (value.isEmpty())
        return std::nullopt;
    QString text = QString::fromLatin1(value).trimmed();
    text.remove(QStringLiteral(" GMT")).remove(QStringLiteral(" UTC"));
    QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    return when;
}

QByteArray httpDateString(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

bool notModifiedSince(const HttpRequest &request, const QDateTime &lastModified)
{
    const auto since = httpDate(request.header("If-Modified-Since"));
    return since && lastModified.isValid() && lastModified.toSecsSinceEpoch() <= since->toSecsSinceEpoch();
}

bool modifiedSince(const HttpRequest &request, const QDateTime &lastModified)
{
    const auto since = httpDate(request.header("If-Unmodified-Since"));
    return since && lastModified.isValid() && lastModified.toSecsSinceEpoch() > since->toSecsSinceEpoch();
}

QJsonObject withAttributes(QJsonObject record, const QString &object, const QString &url)
{
    record.insert(QStringLiteral("attributes"),
                  QJsonObject {{QStringLiteral("type"), object}, {QStringLiteral("url"), url}});
    return record;
}

} // namespace

SObjectResource::SObjectResource(RecordStore &store, FaultInjector &faults)
    : m_store(store)
    , m_faults(faults)
{ }

HttpResponse SObjectResource::handle(const ApiRequest &call)
{
    const int n = int(call.segments.size());
    if (n == 1) {
        if (call.method() != "GET" && call.method() != "HEAD")
            return RestErrors::methodNotAllowed(call.method());
        return describeGlobal(call);
    }
    const ObjectSchema *info = m_store.catalogue().object(call.segment(1));
    if (!info)
        return RestErrors::notFound();
    const QString object = info->name();
    if (n == 2) {
        if (call.method() == "POST")
            return create(call, object);
        if (call.method() == "GET" || call.method() == "HEAD")
            return objectInfo(call, object);
        return RestErrors::methodNotAllowed(call.method());
    }
    const QString third = call.segment(2);
    if (n == 3) {
        if (third == QLatin1String("describe")) {
            if (call.method() != "GET" && call.method() != "HEAD")
                return RestErrors::methodNotAllowed(call.method());
            return describe(call, object);
        }
        // POST .../sobjects/{T}/Id creates a record (v37+).
        if (third.compare(QLatin1String("Id"), Qt::CaseInsensitive) == 0 && call.method() == "POST")
            return create(call, object);
        if (IdFormat::isValid(third))
            return byId(call, object, third);
        // A key that is not an Id is read as an external ID field name with no value.
        return HttpResponse::restError(
            404, QStringLiteral("NOT_FOUND"),
            QStringLiteral("Provided external ID field does not exist or is not accessible: %1").arg(third));
    }
    if (n == 4)
        return byExternalId(call, object, third, call.segment(3));
    return RestErrors::notFound();
}

HttpResponse SObjectResource::describeGlobal(const ApiRequest &call)
{
    const QDateTime modified = m_store.catalogue().lastModified();
    if (notModifiedSince(call.http, modified))
        return HttpResponse::empty(304);
    HttpResponse r = HttpResponse::json(200, m_store.catalogue().describeGlobal(call.version));
    if (modified.isValid())
        r.setHeader("Last-Modified", httpDateString(modified));
    return r;
}

HttpResponse SObjectResource::objectInfo(const ApiRequest &call, const QString &object)
{
    const QJsonObject global = m_store.catalogue().describeGlobal(call.version);
    QJsonObject entry;
    for (const QJsonValue &v : global.value(QStringLiteral("sobjects")).toArray()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == object)
            entry = v.toObject();
    }
    QJsonArray recent;
    const QList<QJsonObject> records = m_store.records(object);
    for (qsizetype i = records.size() - 1; i >= 0 && recent.size() < 3; --i) {
        const QString id = records.at(i).value(QStringLiteral("Id")).toString();
        QJsonObject item {{QStringLiteral("Id"), id}};
        if (records.at(i).contains(QStringLiteral("Name")))
            item.insert(QStringLiteral("Name"), records.at(i).value(QStringLiteral("Name")));
        recent.append(withAttributes(item, object, call.recordUrl(object, id)));
    }
    return HttpResponse::json(
        200,
        QJsonObject {{QStringLiteral("objectDescribe"), entry}, {QStringLiteral("recentItems"), recent}});
}

HttpResponse SObjectResource::describe(const ApiRequest &call, const QString &object)
{
    const ObjectSchema *info = m_store.catalogue().object(object);
    const QDateTime modified = info->lastModified();
    if (notModifiedSince(call.http, modified))
        return HttpResponse::empty(304);
    if (modifiedSince(call.http, modified))
        return HttpResponse::empty(412);
    HttpResponse r = HttpResponse::json(200, m_store.catalogue().describe(object, call.version));
    if (modified.isValid())
        r.setHeader("Last-Modified", httpDateString(modified));
    return r;
}

HttpResponse SObjectResource::create(const ApiRequest &call, const QString &object)
{
    bool ok = false;
    const QJsonDocument doc = call.json(&ok);
    if (!ok || !doc.isObject())
        return RestErrors::jsonParserError(
            QStringLiteral("Unexpected end-of-input: expected close marker for OBJECT"));
    QJsonObject fields = doc.object();
    if (fields.contains(QStringLiteral("Id")) || fields.contains(QStringLiteral("id"))) {
        const QJsonValue id = fields.contains(QStringLiteral("Id")) ? fields.value(QStringLiteral("Id"))
                                                                    : fields.value(QStringLiteral("id"));
        if (!id.isNull() && !id.toString().isEmpty())
            return HttpResponse::restError(400, QStringLiteral("INVALID_FIELD"),
                                           QStringLiteral("cannot specify Id in an insert call"), {}, true);
        fields.remove(QStringLiteral("Id"));
        fields.remove(QStringLiteral("id"));
    }
    if (m_faults.lockFault())
        return RestErrors::fromRecordErrors({RestErrors::lockError({})});
    const WriteResult result = m_store.create(object, fields);
    if (!result.ok())
        return RestErrors::fromRecordErrors(result.errors);
    HttpResponse r = HttpResponse::json(201, RestErrors::saveResult(result));
    r.setHeader("Location", call.recordUrl(object, result.id).toUtf8());
    return r;
}

HttpResponse SObjectResource::byId(const ApiRequest &call, const QString &object, const QString &id)
{
    if (call.method() == "GET" || call.method() == "HEAD") {
        QStringList fields;
        const QString list = call.http.queryValue(QStringLiteral("fields"));
        if (!list.isEmpty()) {
            for (const QString &f : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
                fields << f.trimmed();
        }
        const WriteResult result = m_store.get(object, id, fields);
        if (!result.ok())
            return RestErrors::fromRecordErrors(result.errors);
        return HttpResponse::json(200,
                                  withAttributes(result.record, object, call.recordUrl(object, result.id)));
    }
    if (call.method() == "PATCH") {
        bool ok = false;
        const QJsonDocument doc = call.json(&ok);
        if (!ok || !doc.isObject())
            return RestErrors::jsonParserError(
                QStringLiteral("Unexpected end-of-input: expected close marker for OBJECT"));
        if (m_faults.lockFault())
            return RestErrors::fromRecordErrors({RestErrors::lockError(IdFormat::to18(id))});
        const WriteResult result = m_store.update(object, id, doc.object());
        if (!result.ok())
            return RestErrors::fromRecordErrors(result.errors);
        return HttpResponse::empty(204);
    }
    if (call.method() == "DELETE") {
        if (m_faults.lockFault())
            return RestErrors::fromRecordErrors({RestErrors::lockError(IdFormat::to18(id))});
        const WriteResult result = m_store.remove(object, id);
        if (!result.ok())
            return RestErrors::fromRecordErrors(result.errors);
        return HttpResponse::empty(204);
    }
    return RestErrors::methodNotAllowed(call.method());
}

HttpResponse SObjectResource::byExternalId(const ApiRequest &call, const QString &object,
                                           const QString &fieldName, const QString &value)
{
    const ObjectSchema *info = m_store.catalogue().object(object);
    const FieldSchema *field = info->field(fieldName);
    const bool isId = field && field->name == QLatin1String("Id");
    if (!field || !(field->externalId || field->idLookup || isId))
        return HttpResponse::restError(
            404, QStringLiteral("NOT_FOUND"),
            QStringLiteral("Provided external ID field does not exist or is not accessible: %1")
                .arg(fieldName));

    const QStringList matches = m_store.findByField(object, field->name, value);
    const auto multipleChoices = [&] {
        QJsonArray urls;
        for (const QString &id : matches)
            urls.append(call.recordUrl(object, id));
        return HttpResponse::json(300, urls);
    };

    if (call.method() == "GET" || call.method() == "HEAD") {
        if (matches.isEmpty())
            return RestErrors::notFound();
        if (matches.size() > 1)
            return multipleChoices();
        return byId(call, object, matches.first());
    }
    if (call.method() == "DELETE") {
        if (matches.isEmpty())
            return RestErrors::notFound();
        if (matches.size() > 1)
            return multipleChoices();
        return byId(call, object, matches.first());
    }
    if (call.method() != "PATCH" && call.method() != "POST")
        return RestErrors::methodNotAllowed(call.method());

    bool ok = false;
    const QJsonDocument doc = call.json(&ok);
    if (!ok || !doc.isObject())
        return RestErrors::jsonParserError(
            QStringLiteral("Unexpected end-of-input: expected close marker for OBJECT"));
    QJsonObject fields = doc.object();
    // The key travels in the URL; the body should not repeat it (a repeated equal value is tolerated).
    for (const QString &key : fields.keys()) {
        if (key.compare(field->name, Qt::CaseInsensitive) == 0) {
            if (fields.value(key).toVariant().toString() != value)
                return HttpResponse::restError(
                    400, QStringLiteral("INVALID_FIELD"),
                    QStringLiteral("The %1 field should not be specified in the sobject data.")
                        .arg(field->name),
                    {}, true);
            fields.remove(key);
        }
    }
    if (matches.size() > 1)
        return multipleChoices(); // nothing written
    if (matches.isEmpty()) {
        if (call.http.queryValue(QStringLiteral("updateOnly")) == QLatin1String("true") || isId)
            return RestErrors::notFound();
        fields.insert(field->name, value);
        if (m_faults.lockFault())
            return RestErrors::fromRecordErrors({RestErrors::lockError({})});
        const WriteResult result = m_store.create(object, fields);
        if (!result.ok())
            return RestErrors::fromRecordErrors(result.errors);
        HttpResponse r = HttpResponse::json(201, RestErrors::saveResult(result, true, true));
        r.setHeader("Location", call.recordUrl(object, result.id).toUtf8());
        return r;
    }
    if (m_faults.lockFault())
        return RestErrors::fromRecordErrors({RestErrors::lockError(matches.first())});
    const WriteResult result = m_store.update(object, matches.first(), fields);
    if (!result.ok())
        return RestErrors::fromRecordErrors(result.errors);
    // v46+: 200 with created:false (older versions answered 204).
    return HttpResponse::json(200, RestErrors::saveResult(result, true, false));
}

} // namespace sfsync::localorg
