#include "core/salesforce/sferror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace sfsync {

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        out.append(item.toString());
    return out;
}

// A REST error item ({errorCode,...}) or a per-record error ({statusCode,...}).
SfError fromItem(int httpStatus, const QJsonObject &item)
{
    SfError error;
    error.httpStatus = httpStatus;
    error.errorCode = item.value(QLatin1String("errorCode")).toString();
    if (error.errorCode.isEmpty())
        error.errorCode = item.value(QLatin1String("statusCode")).toString();
    error.message = item.value(QLatin1String("message")).toString();
    error.fields = stringList(item.value(QLatin1String("fields")));
    return error;
}

QString fallbackCode(int httpStatus)
{
    switch (httpStatus) {
    case 300:
        return QStringLiteral("MULTIPLE_CHOICES");
    case 401:
        return QStringLiteral("INVALID_SESSION_ID");
    case 404:
        return QStringLiteral("NOT_FOUND");
    case 503:
        return QStringLiteral("SERVER_UNAVAILABLE");
    default:
        return QStringLiteral("HTTP_%1").arg(httpStatus);
    }
}

} // namespace

SfError::Kind SfError::kind() const
{
    if (isNull())
        return Kind::None;
    // Checked by code first: Salesforce, the OAuth server and sfsync name these exactly.
    static const QSet<QString> usageCodes = {
        QStringLiteral("NO_SUCH_PROFILE"),      QStringLiteral("INVALID_URL"),
        QStringLiteral("INSECURE_URL"),         QStringLiteral("NO_ORG"),
        QStringLiteral("NO_CREDENTIALS"),       QStringLiteral("UNSUPPORTED_API_VERSION"),
        QStringLiteral("INVALID_PROFILE_NAME"),
    };
    static const QSet<QString> authCodes = {
        QStringLiteral("INVALID_SESSION_ID"),
        QStringLiteral("INVALID_AUTH_HEADER"),
        QStringLiteral("invalid_grant"),
        QStringLiteral("invalid_client"),
        QStringLiteral("invalid_client_id"),
        QStringLiteral("inactive_user"),
        QStringLiteral("inactive_org"),
        QStringLiteral("unauthorized_client"),
        QStringLiteral("access_denied"),
        QStringLiteral("invalid_token"),
        QStringLiteral("NO_KEYCHAIN"),
        QStringLiteral("ENTRY_NOT_FOUND"),
        QStringLiteral("Bad_OAuth_Token"),
        // The browser sign-in itself failed: a forged or stale redirect, no free loopback port, a key file
        // that cannot sign the JWT.
        QStringLiteral("STATE_MISMATCH"),
        QStringLiteral("LISTEN_FAILED"),
        QStringLiteral("INVALID_PRIVATE_KEY"),
    };
    static const QSet<QString> transientCodes = {
        QStringLiteral("SERVER_UNAVAILABLE"), QStringLiteral("UNABLE_TO_LOCK_ROW"), QStringLiteral("TIMEOUT"),
        QStringLiteral("CONNECTION_RESET"),   QStringLiteral("NETWORK_ERROR"),
    };
    if (errorCode == QLatin1String("ANSWER_LOST"))
        return Kind::AnswerLost;
    if (errorCode == QLatin1String("CANCELED"))
        return Kind::Canceled;
    if (usageCodes.contains(errorCode))
        return Kind::Usage;
    if (errorCode == QLatin1String("REQUEST_LIMIT_EXCEEDED")
        || errorCode == QLatin1String("rate_limit_exceeded"))
        // Only the concurrent-request limit clears by itself; the daily allocation does not.
        return message.contains(QLatin1String("Concurrent"), Qt::CaseInsensitive) ? Kind::Transient
                                                                                  : Kind::Limit;
    // Two refreshes of one token at once: the second is refused until the first is through.
    if (errorCode == QLatin1String("invalid_grant")
        && message.contains(QLatin1String("already being processed"), Qt::CaseInsensitive))
        return Kind::Transient;
    // The identity endpoints answer a bad token with 403 and the plain text "Bad_OAuth_Token".
    if (httpStatus == 401 || authCodes.contains(errorCode) || errorCode.startsWith(QLatin1String("KEYCHAIN"))
        || message.trimmed() == QLatin1String("Bad_OAuth_Token"))
        return Kind::Auth;
    if (transientCodes.contains(errorCode))
        return Kind::Transient;
    if (httpStatus == 0)
        return Kind::Unreachable;
    if (httpStatus == 420 || httpStatus == 429
        || (httpStatus >= 500 && httpStatus <= 599 && httpStatus != 501))
        return Kind::Transient;
    return Kind::Record;
}

bool SfError::stopsJob() const
{
    switch (kind()) {
    case Kind::Auth:
    case Kind::Limit:
    case Kind::Unreachable:
        return true;
    case Kind::Transient:
        // Reads that kept timing out or being cut, and the concurrent-request limit, outlasted the retries:
        // the org is not there for now. A 5xx that outlasted them fails only the rows of that call.
        return httpStatus == 0 || errorCode == QLatin1String("REQUEST_LIMIT_EXCEEDED");
    default:
        return false;
    }
}

QString SfError::toString() const
{
    if (errorCode.isEmpty())
        return message;
    if (message.isEmpty())
        return errorCode;
    return errorCode + QLatin1String(": ") + message;
}

QList<SfError> SfError::fromResponse(int httpStatus, const QByteArray &body)
{
    QList<SfError> errors;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isArray()) {
        const QJsonArray array = doc.array();
        QStringList urls;
        for (const QJsonValue &item : array) {
            if (item.isObject())
                errors.append(fromItem(httpStatus, item.toObject()));
            else if (item.isString())
                urls.append(item.toString());
        }
        if (!urls.isEmpty()) {
            // 300 on an external-ID upsert lists the URLs of the matching records.
            SfError error;
            error.httpStatus = httpStatus;
            error.errorCode = fallbackCode(httpStatus);
            error.message = QCoreApplication::translate("sfsync::SfError", "%n records match: %1", nullptr,
                                                        int(urls.size()))
                                .arg(urls.join(QLatin1String(", ")));
            errors.append(error);
        }
    } else if (doc.isObject()) {
        const QJsonObject object = doc.object();
        if (object.contains(QLatin1String("error"))) {
            SfError error;
            error.httpStatus = httpStatus;
            error.errorCode = object.value(QLatin1String("error")).toString();
            error.message = object.value(QLatin1String("error_description")).toString();
            errors.append(error);
        } else if (object.contains(QLatin1String("errorCode"))
                   || object.contains(QLatin1String("statusCode"))) {
            errors.append(fromItem(httpStatus, object));
        } else if (object.value(QLatin1String("errors")).isArray()) {
            const QJsonArray array = object.value(QLatin1String("errors")).toArray();
            for (const QJsonValue &item : array)
                errors.append(fromItem(httpStatus, item.toObject()));
        }
    }
    // Drop items that carried nothing usable (e.g. an empty object) before deciding on a fallback.
    errors.removeIf([](const SfError &e) { return e.errorCode.isEmpty() && e.message.isEmpty(); });

    if (errors.isEmpty() && (httpStatus < 200 || httpStatus >= 300)) {
        SfError error;
        error.httpStatus = httpStatus;
        error.errorCode = fallbackCode(httpStatus);
        // Non-JSON bodies (an HTML 503 page) are shortened so messages stay readable.
        QString text = QString::fromUtf8(body).simplified();
        if (text.size() > 300)
            text = text.left(300) + QStringLiteral("…");
        error.message = text.isEmpty()
            ? QCoreApplication::translate("sfsync::SfError", "HTTP status %1 without details").arg(httpStatus)
            : text;
        errors.append(error);
    }
    return errors;
}

SfError SfError::answerLost(const QString &how)
{
    return network(QStringLiteral("ANSWER_LOST"),
                   QCoreApplication::translate("sfsync::SfError",
                                               "%1; Salesforce may or may not have carried the request out")
                       .arg(how));
}

SfError SfError::network(const QString &code, const QString &message)
{
    SfError error;
    error.errorCode = code;
    error.message = message;
    return error;
}

} // namespace sfsync
