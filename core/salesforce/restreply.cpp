#include "core/salesforce/restreply.h"

#include "core/corelogging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>

namespace sfsync {

namespace {

// The free functions' strings, under RestReply's context (lupdate reads the macro's argument).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sfsync::RestReply)
};

// A body in Salesforce's own error shape ([{errorCode, message}]): the org itself answered, so a 500 with it
// is a failure it rolled back, not a gateway that lost track of the request.
bool isSalesforceErrorBody(const QByteArray &body)
{
    const QJsonArray items = QJsonDocument::fromJson(body).array();
    return !items.isEmpty() && items.first().toObject().contains(QLatin1String("errorCode"));
}

SfError transportError(QNetworkReply::NetworkError code, bool timedOut, bool canceled, const QString &detail)
{
    if (canceled)
        return RestReply::canceledError();
    if (timedOut)
        return SfError::network(QStringLiteral("TIMEOUT"), Text::tr("Salesforce did not answer in time"));
    switch (code) {
    case QNetworkReply::RemoteHostClosedError:
        return SfError::network(QStringLiteral("CONNECTION_RESET"),
                                Text::tr("The connection was closed before an answer came: %1").arg(detail));
    case QNetworkReply::ConnectionRefusedError:
        return SfError::network(QStringLiteral("CONNECTION_REFUSED"),
                                Text::tr("The connection was refused: %1").arg(detail));
    case QNetworkReply::HostNotFoundError:
        return SfError::network(QStringLiteral("HOST_NOT_FOUND"), Text::tr("Host not found: %1").arg(detail));
    case QNetworkReply::SslHandshakeFailedError:
        return SfError::network(QStringLiteral("SSL_ERROR"),
                                Text::tr("The secure connection failed: %1").arg(detail));
    default:
        return SfError::network(QStringLiteral("NETWORK_ERROR"), detail);
    }
}

// Transport failures after which a write certainly never reached the org: nothing was sent.
bool failedBeforeSending(QNetworkReply::NetworkError code)
{
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return true;
    default:
        return false;
    }
}

// Whether a write of `request` that failed with `code` may have reached the org.
bool mayHaveBeenSent(const RestRequest &request, const RestReply &reply, QNetworkReply::NetworkError code)
{
    if (failedBeforeSending(code))
        return false;
    // A timeout before a byte of a body went out (e.g. still connecting): nothing reached the org. An empty
    // body gives no such signal, so a timeout there may have been sent.
    if (reply.timedOut && !reply.requestSent && !request.body.isEmpty())
        return false;
    return true;
}

QString lostHow(const RestReply &reply, QNetworkReply::NetworkError code, bool truncated, qint64 announced,
                int timeoutMs)
{
    if (reply.timedOut)
        return Text::tr("no answer came within %1 s").arg(timeoutMs / 1000.0);
    if (truncated)
        return Text::tr("the answer was cut off after %1 of %2 bytes").arg(reply.body.size()).arg(announced);
    switch (code) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError:
        return Text::tr("the connection closed after the request was sent, before a complete answer");
    default:
        return Text::tr("the connection failed after the request was sent (error %1)").arg(int(code));
    }
}

} // namespace

RestReply RestReply::read(QNetworkReply *reply)
{
    RestReply result;
    result.error = reply->error();
    result.errorString = reply->errorString();
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        result.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    return result;
}

SfError RestReply::canceledError()
{
    return SfError::network(QStringLiteral("CANCELED"), Text::tr("The request was canceled"));
}

RestResponse RestReply::toResponse(const RestRequest &request, int timeoutMs) const
{
    RestResponse response;
    response.timedOut = timedOut;
    response.httpStatus = httpStatus;
    response.body = body;
    response.headers = headers;

    // A connection lost after the head arrived leaves a status but a truncated body: that is a transport
    // failure (the call may or may not have been carried out), never an answer. Qt 6.4 reports it as
    // RemoteHostClosedError, or at times as no error at all with fewer bytes than Content-Length said.
    QNetworkReply::NetworkError netError = error;
    bool lengthOk = false;
    const qint64 announced = headers.value("content-length").toLongLong(&lengthOk);
    const bool truncated = netError == QNetworkReply::NoError && lengthOk && request.method != "HEAD"
        && !headers.contains("content-encoding") && body.size() < announced;
    if (truncated)
        netError = QNetworkReply::RemoteHostClosedError;
    // ContentReSendError: the connection broke and Qt would have sent the write again (SendOnceBody).
    const bool cutOff = netError != QNetworkReply::NoError
        && (netError < QNetworkReply::ProxyConnectionRefusedError
            || netError == QNetworkReply::ProtocolFailure || netError == QNetworkReply::ContentReSendError);
    if (response.httpStatus == 0 || canceled || cutOff) {
        qCDebug(lcCoreRest) << "transport failure" << netError << "after status" << response.httpStatus;
        response.httpStatus = 0;
        if (request.isWrite() && !canceled && mayHaveBeenSent(request, *this, netError)) {
            response.answerLost = true;
            response.errors.append(
                SfError::answerLost(lostHow(*this, netError, truncated, announced, timeoutMs)));
        } else {
            response.errors.append(transportError(
                netError, timedOut, canceled,
                error == QNetworkReply::NoError ? Text::tr("the answer was cut off") : errorString));
        }
    } else if (!response.ok()) {
        response.errors = SfError::fromResponse(response.httpStatus, response.body);
    }
    return response;
}

bool RestReply::writeWasRefused(const RestResponse &response)
{
    const SfError error = response.firstError();
    if (error.kind() != SfError::Kind::Transient || response.httpStatus == 0)
        return false;
    switch (response.httpStatus) {
    case 420:
    case 429:
    case 503:
        return true;
    case 500:
        return isSalesforceErrorBody(response.body);
    default:
        return error.errorCode == QLatin1String("REQUEST_LIMIT_EXCEEDED")
            || error.errorCode == QLatin1String("SERVER_UNAVAILABLE");
    }
}

} // namespace sfsync
