#include "httpresponse.h"

namespace sfsync::localorg {

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (name.compare(h.first, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

HttpResponse HttpResponse::json(int status, const QJsonDocument &doc)
{
    HttpResponse r;
    r.status = status;
    r.body = doc.toJson(QJsonDocument::Compact);
    r.setHeader("Content-Type", "application/json;charset=UTF-8");
    return r;
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    return json(status, QJsonDocument(object));
}

HttpResponse HttpResponse::json(int status, const QJsonArray &array)
{
    return json(status, QJsonDocument(array));
}

HttpResponse HttpResponse::text(int status, const QByteArray &body, const QByteArray &contentType)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.setHeader("Content-Type", contentType);
    return r;
}

HttpResponse HttpResponse::empty(int status)
{
    HttpResponse r;
    r.status = status;
    return r;
}

HttpResponse HttpResponse::restError(int status, const QString &errorCode, const QString &message,
                                     const QStringList &fields, bool withFields)
{
    QJsonObject e {{QStringLiteral("message"), message}, {QStringLiteral("errorCode"), errorCode}};
    if (withFields || !fields.isEmpty())
        e.insert(QStringLiteral("fields"), QJsonArray::fromStringList(fields));
    return json(status, QJsonArray {e});
}

HttpResponse HttpResponse::oauthError(int status, const QString &error, const QString &description)
{
    HttpResponse r = json(
        status,
        QJsonObject {{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}});
    r.setHeader("Cache-Control", "no-cache,must-revalidate,max-age=0,no-store,private");
    return r;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 300:
        return "Multiple Choices";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Payload Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 420:
        return "Method Failure";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace sfsync::localorg
