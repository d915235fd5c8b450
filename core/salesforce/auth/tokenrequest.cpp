#include "core/salesforce/auth/tokenrequest.h"

#include "core/corelogging.h"
#include "core/salesforce/urlpolicy.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace sfsync {

TokenRequest::TokenRequest(QNetworkAccessManager *network, const QUrl &loginHost,
                           const Parameters &parameters, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(tokenEndpoint(loginHost))
    , m_parameters(parameters)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_reply) {
            m_timedOut = true;
            m_reply->abort();
        } else {
            send(); // the retry delay ended
        }
    });
}

TokenRequest::~TokenRequest()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QUrl TokenRequest::tokenEndpoint(const QUrl &loginHost)
{
    QUrl url = loginHost;
    url.setPath(QStringLiteral("/services/oauth2/token"));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QByteArray TokenRequest::formBody(const Parameters &parameters)
{
    QByteArray body;
    for (const auto &[key, value] : parameters) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

void TokenRequest::start()
{
    const SfError urlError = UrlPolicy::check(m_endpoint);
    if (!urlError.isNull() || !m_network) {
        // Reported from the event loop so callers can connect after start().
        QTimer::singleShot(0, this, [this, urlError] { finish({}, urlError); });
        return;
    }
    send();
}

void TokenRequest::cancel()
{
    finish({},
           SfError::network(QStringLiteral("CANCELED"),
                            QCoreApplication::translate("sfsync::TokenRequest", "The request was canceled")));
}

void TokenRequest::send()
{
    if (m_done || !m_network)
        return;
    ++m_attempt;
    QNetworkRequest request(m_endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    qCDebug(lcCoreAuth) << "POST" << m_endpoint.toDisplayString(QUrl::RemoveQuery) << "attempt" << m_attempt;
    m_timedOut = false;
    m_reply = m_network->post(request, formBody(m_parameters));
    connect(m_reply, &QNetworkReply::finished, this, &TokenRequest::onReplyFinished);
    m_timer->start(m_timeoutMs);
}

void TokenRequest::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    m_timer->stop();
    if (!reply)
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();

    if (status == 0) {
        const QString code = m_timedOut ? QStringLiteral("TIMEOUT") : QStringLiteral("NETWORK_ERROR");
        finish({},
               SfError::network(code,
                                QCoreApplication::translate("sfsync::TokenRequest", "Could not reach %1: %2")
                                    .arg(m_endpoint.host(), reply->errorString())));
        return;
    }
    if (status >= 200 && status < 300) {
        const TokenResponse response = TokenResponse::fromJson(QJsonDocument::fromJson(body).object());
        if (!response.isValid()) {
            SfError error;
            error.httpStatus = status;
            error.errorCode = QStringLiteral("INVALID_TOKEN_RESPONSE");
            error.message = QCoreApplication::translate(
                "sfsync::TokenRequest", "The token endpoint answered without an access token");
            finish({}, error);
            return;
        }
        qCInfo(lcCoreAuth) << "token received from" << m_endpoint.host();
        finish(response, {});
        return;
    }
    const SfError error = SfError::fromResponse(status, body).value(0);
    if (error.isTransient() && m_attempt < m_maxAttempts) {
        qCInfo(lcCoreAuth) << "token request will be retried:" << error.errorCode;
        m_timer->start(m_retryDelayMs * m_attempt);
        return;
    }
    qCInfo(lcCoreAuth) << "token request failed:" << status << error.errorCode;
    finish({}, error);
}

void TokenRequest::finish(const TokenResponse &response, const SfError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_timer->stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    Q_EMIT finished(response, error);
    deleteLater();
}

} // namespace sfsync
