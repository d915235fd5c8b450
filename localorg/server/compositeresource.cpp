#include "compositeresource.h"

#include "localorg/data/recordstore.h"
#include "resterrors.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace sfsync::localorg {

namespace {

// Resolves "ref.a.b[0].c" against the results collected so far.
std::optional<QJsonValue> lookup(const QHash<QString, QJsonValue> &results, const QString &expression)
{
    static const QRegularExpression token(QStringLiteral("([^.\\[\\]]+)|\\[(\\d+)\\]"));
    auto it = token.globalMatch(expression);
    if (!it.hasNext())
        return std::nullopt;
    const QString ref = it.next().captured(1);
    if (!results.contains(ref))
        return std::nullopt;
    QJsonValue current = results.value(ref);
    while (it.hasNext()) {
        const auto m = it.next();
        if (!m.captured(1).isEmpty()) {
            if (!current.isObject() || !current.toObject().contains(m.captured(1)))
                return std::nullopt;
            current = current.toObject().value(m.captured(1));
        } else {
            const int index = m.captured(2).toInt();
            if (!current.isArray() || index >= current.toArray().size())
                return std::nullopt;
            current = current.toArray().at(index);
        }
    }
    return current;
}

QString scalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString();
}

const QRegularExpression &referencePattern()
{
    static const QRegularExpression pattern(QStringLiteral("@\\{([^}]+)\\}"));
    return pattern;
}

// Replaces every @{...} in a string; a string that is exactly one reference takes the referenced JSON value.
std::optional<QJsonValue> resolveString(const QString &text, const QHash<QString, QJsonValue> &results,
                                        QString *missing)
{
    const auto whole = referencePattern().match(text);
    if (whole.hasMatch() && whole.capturedStart() == 0 && whole.capturedLength() == text.size()) {
        const auto v = lookup(results, whole.captured(1));
        if (!v)
            *missing = whole.captured(1);
        return v;
    }
    QString out;
    qsizetype last = 0;
    auto it = referencePattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const auto v = lookup(results, m.captured(1));
        if (!v) {
            *missing = m.captured(1);
            return std::nullopt;
        }
        out += text.mid(last, m.capturedStart() - last) + scalarText(*v);
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return QJsonValue(out);
}

std::optional<QJsonValue> resolveValue(const QJsonValue &value, const QHash<QString, QJsonValue> &results,
                                       QString *missing)
{
    if (value.isString())
        return resolveString(value.toString(), results, missing);
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray()) {
            const auto r = resolveValue(v, results, missing);
            if (!r)
                return std::nullopt;
            out.append(*r);
        }
        return QJsonValue(out);
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const auto r = resolveValue(it.value(), results, missing);
            if (!r)
                return std::nullopt;
            out.insert(it.key(), *r);
        }
        return QJsonValue(out);
    }
    return value;
}

QJsonObject subresponse(const QString &referenceId, int status, const QJsonValue &body,
                        const QJsonObject &headers = {})
{
    return QJsonObject {{QStringLiteral("body"), body},
                        {QStringLiteral("httpHeaders"), headers},
                        {QStringLiteral("httpStatusCode"), status},
                        {QStringLiteral("referenceId"), referenceId}};
}

QJsonArray errorBody(const QString &code, const QString &message)
{
    return QJsonArray {
        QJsonObject {{QStringLiteral("errorCode"), code}, {QStringLiteral("message"), message}}};
}

} // namespace

CompositeResource::CompositeResource(RecordStore &store, Dispatch dispatch)
    : m_store(store)
    , m_dispatch(std::move(dispatch))
{ }

HttpResponse CompositeResource::handle(const ApiRequest &call)
{
    if (call.method() != "POST")
        return RestErrors::methodNotAllowed(call.method());
    bool ok = false;
    const QJsonDocument doc = call.json(&ok);
    if (!ok || !doc.isObject())
        return RestErrors::jsonParserError(
            QStringLiteral("Unexpected end-of-input: expected close marker for OBJECT"));
    const QJsonObject root = doc.object();
    const QJsonArray requests = root.value(QStringLiteral("compositeRequest")).toArray();
    if (requests.isEmpty())
        return HttpResponse::restError(400, QStringLiteral("JSON_PARSER_ERROR"),
                                       QStringLiteral("No content to map due to end-of-input"));
    if (requests.size() > MaxSubrequests)
        return HttpResponse::restError(
            400, QStringLiteral("LIMIT_EXCEEDED"),
            QStringLiteral("Composite Request has %1 subrequests, which exceeds the limit "
                           "of %2.")
                .arg(requests.size())
                .arg(MaxSubrequests));
    int heavy = 0;
    QSet<QString> referenceIds;
    for (const QJsonValue &v : requests) {
        const QJsonObject sub = v.toObject();
        const QString url = sub.value(QStringLiteral("url")).toString();
        const QString referenceId = sub.value(QStringLiteral("referenceId")).toString();
        if (url.isEmpty() || sub.value(QStringLiteral("method")).toString().isEmpty()
            || referenceId.isEmpty())
            return HttpResponse::restError(
                400, QStringLiteral("INVALID_INPUT"),
                QStringLiteral("Each subrequest needs method, url and referenceId."));
        if (referenceIds.contains(referenceId))
            return HttpResponse::restError(
                400, QStringLiteral("INVALID_INPUT"),
                QStringLiteral("Duplicate ReferenceId provided in the request: %1").arg(referenceId));
        referenceIds.insert(referenceId);
        if (url.contains(QLatin1String("/query")) || url.contains(QLatin1String("/composite/sobjects")))
            ++heavy;
    }
    if (heavy > MaxQueryOrCollections)
        return HttpResponse::restError(
            400, QStringLiteral("LIMIT_EXCEEDED"),
            QStringLiteral("Composite Request exceeds the limit of %1 query or sObject "
                           "Collections subrequests.")
                .arg(MaxQueryOrCollections));

    const bool allOrNone = root.value(QStringLiteral("allOrNone")).toBool();
    const int savepoint = m_store.savepoint();
    QHash<QString, QJsonValue> results;
    QJsonArray responses;
    int failedAt = -1;
    for (int i = 0; i < requests.size(); ++i) {
        const QJsonObject sub = requests.at(i).toObject();
        const QString referenceId = sub.value(QStringLiteral("referenceId")).toString();
        if (allOrNone && failedAt >= 0) {
            responses.append(
                subresponse(referenceId, 400,
                            errorBody(QStringLiteral("PROCESSING_HALTED"),
                                      QStringLiteral("The transaction was rolled back since another "
                                                     "operation in the same transaction failed."))));
            continue;
        }
        QString missing;
        const auto url = resolveString(sub.value(QStringLiteral("url")).toString(), results, &missing);
        std::optional<QJsonValue> body = QJsonValue();
        if (url && sub.contains(QStringLiteral("body")))
            body = resolveValue(sub.value(QStringLiteral("body")), results, &missing);
        if (!url || !body) {
            const QString ref = missing.section(QLatin1Char('.'), 0, 0);
            responses.append(subresponse(
                referenceId, 400,
                errorBody(QStringLiteral("PROCESSING_HALTED"),
                          QStringLiteral("Invalid reference specified. No value for %1 found in %2. Provided "
                                         "referenceId ('%2') was not valid.")
                              .arg(missing, ref))));
            if (failedAt < 0)
                failedAt = i;
            continue;
        }
        HttpRequest request;
        request.method = sub.value(QStringLiteral("method")).toString().toUpper().toLatin1();
        request.target = url->toString().toUtf8();
        request.parseTarget();
        const QJsonObject headers = sub.value(QStringLiteral("httpHeaders")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            request.headers.append({it.key().toLatin1(), it.value().toString().toUtf8()});
        if (!body->isUndefined() && !body->isNull())
            request.body = body->isObject() ? QJsonDocument(body->toObject()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(body->toArray()).toJson(QJsonDocument::Compact);
        const HttpResponse response = m_dispatch(request);
        QJsonValue responseBody;
        if (!response.body.isEmpty()) {
            const QJsonDocument parsed = QJsonDocument::fromJson(response.body);
            responseBody = parsed.isObject() ? QJsonValue(parsed.object())
                : parsed.isArray()           ? QJsonValue(parsed.array())
                                             : QJsonValue(QString::fromUtf8(response.body));
        }
        QJsonObject responseHeaders;
        if (const QByteArray location = response.header("Location"); !location.isEmpty())
            responseHeaders.insert(QStringLiteral("Location"), QString::fromUtf8(location));
        responses.append(subresponse(referenceId, response.status, responseBody, responseHeaders));
        if (response.status >= 400) {
            if (failedAt < 0)
                failedAt = i;
        } else {
            results.insert(referenceId, responseBody);
        }
    }
    if (allOrNone && failedAt >= 0) {
        m_store.rollbackTo(savepoint);
        for (int i = 0; i < failedAt; ++i) {
            const QString referenceId =
                responses.at(i).toObject().value(QStringLiteral("referenceId")).toString();
            responses[i] =
                subresponse(referenceId, 400,
                            errorBody(QStringLiteral("PROCESSING_HALTED"),
                                      QStringLiteral("The transaction was rolled back since another "
                                                     "operation in the same transaction failed.")));
        }
    } else {
        m_store.release(savepoint);
    }
    return HttpResponse::json(200, QJsonObject {{QStringLiteral("compositeResponse"), responses}});
}

} // namespace sfsync::localorg
