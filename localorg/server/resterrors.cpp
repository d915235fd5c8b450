#include "resterrors.h"

#include "faultinjector.h"

#include <QJsonArray>

namespace sfsync::localorg {

HttpResponse RestErrors::notFound()
{
    return HttpResponse::restError(404, QStringLiteral("NOT_FOUND"),
                                   QStringLiteral("The requested resource does not exist"));
}

HttpResponse RestErrors::methodNotAllowed(const QByteArray &method)
{
    return HttpResponse::restError(
        405, QStringLiteral("METHOD_NOT_ALLOWED"),
        QStringLiteral("HTTP Method '%1' not allowed. Allowed are GET,HEAD,POST,PATCH,DELETE")
            .arg(QString::fromLatin1(method)));
}

HttpResponse RestErrors::jsonParserError(const QString &message)
{
    return HttpResponse::restError(400, QStringLiteral("JSON_PARSER_ERROR"), message);
}

HttpResponse RestErrors::fromRecordErrors(const QList<RecordError> &errors)
{
    int status = 400;
    QJsonArray array;
    for (const RecordError &e : errors) {
        if (e.statusCode == QLatin1String("NOT_FOUND") || e.statusCode == QLatin1String("ENTITY_IS_DELETED"))
            status = 404;
        array.append(QJsonObject {{QStringLiteral("message"), e.message},
                                  {QStringLiteral("errorCode"), e.statusCode},
                                  {QStringLiteral("fields"), QJsonArray::fromStringList(e.fields)}});
    }
    return HttpResponse::json(status, array);
}

HttpResponse RestErrors::fromSoql(const SoqlError &error)
{
    return HttpResponse::restError(400, error.errorCode, error.message);
}

QJsonObject RestErrors::saveResult(const WriteResult &result, bool includeCreated, bool created)
{
    if (!result.ok())
        return failure(result.id, result.errors);
    QJsonObject out {{QStringLiteral("id"), result.id},
                     {QStringLiteral("success"), true},
                     {QStringLiteral("errors"), QJsonArray()}};
    if (includeCreated)
        out.insert(QStringLiteral("created"), created);
    return out;
}

QJsonObject RestErrors::failure(const QString &id, const QList<RecordError> &errors)
{
    QJsonArray array;
    for (const RecordError &e : errors)
        array.append(e.toJson());
    QJsonObject out {{QStringLiteral("success"), false}, {QStringLiteral("errors"), array}};
    if (!id.isEmpty())
        out.insert(QStringLiteral("id"), id);
    return out;
}

RecordError RestErrors::lockError(const QString &id)
{
    return RecordError {QStringLiteral("UNABLE_TO_LOCK_ROW"), FaultInjector::lockMessage(id), {}};
}

} // namespace sfsync::localorg
