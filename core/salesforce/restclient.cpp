#include "core/salesforce/restclient.h"

#include "core/corelogging.h"
#include "core/salesforce/connection.h"
#include "core/salesforce/urlpolicy.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

namespace sfsync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sfsync::RestClient", text);
}

SfError transportError(QNetworkReply::NetworkError code, bool timedOut, bool canceled, const QString &detail)
{
    if (canceled)
        return SfError::network(QStringLiteral("CANCELED"), tr("The request was canceled"));
    if (timedOut)
        return SfError::network(QStringLiteral("TIMEOUT"), tr("Salesforce did not answer in time"));
    switch (code) {
    case QNetworkReply::RemoteHostClosedError:
        return SfError::network(QStringLiteral("CONNECTION_RESET"),
                                tr("The connection was closed before an answer came: %1").arg(detail));
    case QNetworkReply::ConnectionRefusedError:
        return SfError::network(QStringLiteral("CONNECTION_REFUSED"),
                                tr("The connection was refused: %1").arg(detail));
    case QNetworkReply::HostNotFoundError:
        return SfError::network(QStringLiteral("HOST_NOT_FOUND"), tr("Host not found: %1").arg(detail));
    case QNetworkReply::SslHandshakeFailedError:
        return SfError::network(QStringLiteral("SSL_ERROR"),
                                tr("The secure connection failed: %1").arg(detail));
    default:
        return SfError::network(QStringLiteral("NETWORK_ERROR"), detail);
    }
}

// A failure after which the server may have acted on the request (salesforce-api.md §4.3).
bool isAmbiguous(const SfError &error, int httpStatus)
{
    if (httpStatus == 0)
        return error.errorCode == QLatin1String("TIMEOUT")
            || error.errorCode == QLatin1String("CONNECTION_RESET")
            || error.errorCode == QLatin1String("NETWORK_ERROR");
    return httpStatus >= 500;
}

} // namespace

class RestCallImpl;

class RestClient::Private
{
public:
    RestClient *q = nullptr;
    QPointer<Connection> connection;
    QPointer<QNetworkAccessManager> network;
    int maxConcurrent = 4;
    int timeoutMs = 120000;
    RetryPolicy retry;
    LimitInfo limit;
    int apiCalls = 0;
    QHash<QString, int> callsByKind;
    QList<RestCallImpl *> queue;
    int inFlight = 0;

    void schedule();
    void countCall(const QString &kind);
    void updateLimitInfo(const QByteArray &header);
    QUrl urlFor(const QString &path) const;
};

class RestCallImpl : public RestCall
{
public:
    RestCallImpl(RestClient::Private *d, const RestRequest &request)
        : RestCall(d->q)
        , m_d(d)
        , m_request(request)
        , m_timer(new QTimer(this))
    {
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, [this] {
            if (m_reply) {
                m_timedOut = true;
                m_reply->abort();
            } else {
                sendAttempt(); // the backoff delay ended
            }
        });
    }

    ~RestCallImpl() override { dropReply(); }

    void abort() override
    {
        if (m_done)
            return;
        m_canceled = true;
        if (m_reply) {
            m_reply->abort(); // finishes through onReplyFinished
            return;
        }
        RestResponse response;
        response.attempts = m_attempts;
        response.errors.append(transportError(QNetworkReply::OperationCanceledError, false, true, {}));
        finish(response);
    }

    // A concurrency slot is ours: get a token if there is none yet, then send.
    void begin()
    {
        m_started = true;
        Connection *connection = m_d->connection;
        if (connection && connection->accessToken().isEmpty() && connection->canRefresh()) {
            m_refreshed = true; // a fresh token that fails is not refreshed again
            waitForToken();
            return;
        }
        sendAttempt();
    }

    [[nodiscard]] bool started() const { return m_started; }

private:
    void waitForToken()
    {
        Connection *connection = m_d->connection;
        m_refreshWait = connect(connection, &Connection::refreshFinished, this, [this](const SfError &error) {
            disconnect(m_refreshWait);
            if (m_done)
                return;
            if (!error.isNull()) {
                RestResponse response;
                response.httpStatus = error.httpStatus;
                response.attempts = m_attempts;
                response.errors.append(error);
                finish(response);
                return;
            }
            sendAttempt();
        });
        connection->refreshAccessToken(m_d->network);
    }

    void sendAttempt()
    {
        if (m_done)
            return;
        if (m_canceled) {
            abort();
            return;
        }
        Connection *connection = m_d->connection;
        QNetworkAccessManager *network = m_d->network;
        RestResponse failed;
        failed.attempts = m_attempts;
        if (!connection || !network) {
            failed.errors.append(
                SfError::network(QStringLiteral("NOT_CONNECTED"), tr("Not connected to an org")));
            finish(failed);
            return;
        }
        const QUrl url = m_d->urlFor(m_request.path);
        const SfError urlError = UrlPolicy::check(url);
        if (!urlError.isNull()) {
            failed.errors.append(urlError);
            finish(failed);
            return;
        }

        QNetworkRequest request(url);
        m_tokenUsed = connection->accessToken();
        request.setRawHeader("Authorization", "Bearer " + m_tokenUsed.toUtf8());
        request.setRawHeader("Accept", "application/json");
        request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("sfsync/" SFSYNC_VERSION));
        // No Accept-Encoding here on purpose: Qt then asks for gzip itself and decompresses transparently.
        if (!m_request.body.isEmpty() || m_request.method != "GET")
            request.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
        for (const auto &[name, value] : std::as_const(m_request.headers))
            request.setRawHeader(name, value);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

        ++m_attempts;
        m_timedOut = false;
        m_d->countCall(m_request.kind);
        // Method and path only: query strings carry record values.
        qCDebug(lcCoreRest) << m_request.method.constData() << url.path() << "attempt" << m_attempts;
        if (m_request.method == "GET")
            m_reply = network->get(request);
        else if (m_request.method == "DELETE" && m_request.body.isEmpty())
            m_reply = network->deleteResource(request);
        else
            m_reply = network->sendCustomRequest(request, m_request.method, m_request.body);
        connect(m_reply, &QNetworkReply::finished, this, &RestCallImpl::onReplyFinished);
        if (m_d->timeoutMs > 0)
            m_timer->start(m_d->timeoutMs);
    }

    void onReplyFinished()
    {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        m_timer->stop();
        if (!reply)
            return;
        reply->deleteLater();

        RestResponse response;
        response.attempts = m_attempts;
        response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            response.headers.insert(name.toLower(), value);
        if (response.headers.contains("sforce-limit-info"))
            m_d->updateLimitInfo(response.headers.value("sforce-limit-info"));

        // A connection lost after the head arrived leaves a status but a truncated body: that is a transport
        // failure (the call may or may not have been carried out), never an answer. Qt 6.4 reports it as
        // RemoteHostClosedError, or at times as no error at all with fewer bytes than Content-Length said.
        QNetworkReply::NetworkError netError = reply->error();
        bool lengthOk = false;
        const qint64 announced = response.headers.value("content-length").toLongLong(&lengthOk);
        if (netError == QNetworkReply::NoError && lengthOk && m_request.method != "HEAD"
            && !response.headers.contains("content-encoding") && response.body.size() < announced)
            netError = QNetworkReply::RemoteHostClosedError;
        const bool cutOff = netError != QNetworkReply::NoError
            && (netError < QNetworkReply::ProxyConnectionRefusedError
                || netError == QNetworkReply::ProtocolFailure);
        if (response.httpStatus == 0 || m_canceled || cutOff) {
            qCDebug(lcCoreRest) << "transport failure" << netError << "after status" << response.httpStatus;
            response.httpStatus = 0;
            response.errors.append(transportError(netError, m_timedOut, m_canceled,
                                                  reply->error() == QNetworkReply::NoError
                                                      ? tr("the answer was cut off")
                                                      : reply->errorString()));
        } else if (!response.ok()) {
            response.errors = SfError::fromResponse(response.httpStatus, response.body);
        }
        qCDebug(lcCoreRest) << "->" << response.httpStatus << response.firstError().errorCode;

        if (m_canceled) {
            finish(response);
            return;
        }
        // The identity endpoints (userinfo, /id/) answer an expired token with 403 "Bad_OAuth_Token" rather
        // than 401: a connection that starts with a stored, expired token must refresh there too.
        const bool sessionExpired = response.httpStatus == 401
            || (response.httpStatus == 403 && response.body.trimmed() == "Bad_OAuth_Token");
        if (sessionExpired && !m_refreshed && m_d->connection && m_d->connection->canRefresh()) {
            m_refreshed = true;
            if (m_d->connection->accessToken() != m_tokenUsed) {
                // Another call already renewed the token while this one was out.
                sendAttempt();
            } else {
                qCInfo(lcCoreRest) << "session expired; renewing the access token once";
                waitForToken();
            }
            return;
        }
        const SfError error = response.firstError();
        const bool retryable = !response.ok() && error.isTransient()
            && (m_request.idempotent || !isAmbiguous(error, response.httpStatus));
        if (retryable && m_attempts < m_d->retry.maxAttempts) {
            const int delay = backoffMs(response);
            qCInfo(lcCoreRest) << "transient failure" << response.httpStatus << error.errorCode
                               << "- retry in" << delay << "ms";
            m_timer->start(delay);
            return;
        }
        finish(response);
    }

    int backoffMs(const RestResponse &response) const
    {
        const RetryPolicy &policy = m_d->retry;
        bool ok = false;
        const int retryAfter = response.headers.value("retry-after").toInt(&ok);
        if (ok && retryAfter >= 0)
            return qMin(retryAfter * 1000, policy.maxBackoffMs);
        const qint64 base = qint64(policy.initialBackoffMs) << qMin(m_attempts - 1, 20);
        const qint64 capped = qMin<qint64>(base, policy.maxBackoffMs);
        // +-50% jitter spreads the retries of many parallel calls.
        const qint64 jitter = capped > 1 ? QRandomGenerator::global()->bounded(capped) - capped / 2 : 0;
        return int(qBound<qint64>(0, capped + jitter, qint64(policy.maxBackoffMs)));
    }

    void finish(const RestResponse &response)
    {
        if (m_done)
            return;
        m_done = true;
        m_timer->stop();
        disconnect(m_refreshWait);
        dropReply();
        m_d->queue.removeOne(this);
        const bool heldSlot = m_started;
        if (heldSlot)
            --m_d->inFlight;
        Q_EMIT finished(response);
        deleteLater();
        if (heldSlot)
            m_d->schedule();
    }

    void dropReply()
    {
        if (!m_reply)
            return;
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }

    RestClient::Private *m_d;
    RestRequest m_request;
    QTimer *m_timer;
    QPointer<QNetworkReply> m_reply;
    QMetaObject::Connection m_refreshWait;
    QString m_tokenUsed;
    int m_attempts = 0;
    bool m_refreshed = false;
    bool m_started = false;
    bool m_timedOut = false;
    bool m_canceled = false;
    bool m_done = false;
};

void RestClient::Private::schedule()
{
    while (inFlight < maxConcurrent && !queue.isEmpty()) {
        RestCallImpl *call = queue.takeFirst();
        ++inFlight;
        call->begin();
    }
}

void RestClient::Private::countCall(const QString &kind)
{
    ++apiCalls;
    ++callsByKind[kind];
    Q_EMIT q->apiCallsChanged(apiCalls);
}

void RestClient::Private::updateLimitInfo(const QByteArray &header)
{
    static const QRegularExpression usage(QStringLiteral("(?:^|[;,\\s])api-usage=(\\d+)/(\\d+)"));
    const QRegularExpressionMatch match = usage.match(QString::fromLatin1(header));
    if (!match.hasMatch())
        return;
    LimitInfo info;
    info.used = match.captured(1).toLongLong();
    info.max = match.captured(2).toLongLong();
    if (info.used == limit.used && info.max == limit.max)
        return;
    limit = info;
    Q_EMIT q->limitInfoChanged(limit);
}

QUrl RestClient::Private::urlFor(const QString &path) const
{
    const QString full = path.startsWith(QLatin1Char('/')) ? path : q->dataPath(path);
    QString base = connection ? connection->instanceUrl().toString(QUrl::FullyEncoded) : QString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + full, QUrl::TolerantMode);
}

RestClient::RestClient(Connection *connection, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    d->q = this;
    d->connection = connection;
    d->network = network;
    qRegisterMetaType<sfsync::RestResponse>();
    qRegisterMetaType<sfsync::LimitInfo>();
}

RestClient::~RestClient()
{
    // Calls are children; make sure none schedules into a half-destroyed client.
    d->queue.clear();
    d->maxConcurrent = 0;
    const auto calls = findChildren<RestCallImpl *>(Qt::FindDirectChildrenOnly);
    for (RestCallImpl *call : calls)
        delete call;
    delete d;
}

RestCall *RestClient::send(const RestRequest &request)
{
    auto *call = new RestCallImpl(d, request);
    d->queue.append(call);
    // Started from the event loop, so the caller can connect to finished() first.
    QTimer::singleShot(0, this, [this] { d->schedule(); });
    return call;
}

void RestClient::send(const RestRequest &request, QObject *context,
                      std::function<void(const RestResponse &)> done)
{
    RestCall *call = send(request);
    connect(call, &RestCall::finished, context ? context : this,
            [done = std::move(done)](const RestResponse &response) { done(response); });
}

QString RestClient::dataPath(const QString &relative) const
{
    const QString version = d->connection ? d->connection->apiVersion() : Connection::newestKnownApiVersion();
    return QStringLiteral("/services/data/v") + version + QLatin1Char('/') + relative;
}

Connection *RestClient::connection() const
{
    return d->connection;
}

QNetworkAccessManager *RestClient::network() const
{
    return d->network;
}

void RestClient::setMaxConcurrent(int calls)
{
    d->maxConcurrent = qMax(1, calls);
    d->schedule();
}

int RestClient::maxConcurrent() const
{
    return d->maxConcurrent;
}

void RestClient::setTimeoutMs(int ms)
{
    d->timeoutMs = ms;
}

void RestClient::setRetryPolicy(const RetryPolicy &policy)
{
    d->retry = policy;
}

LimitInfo RestClient::limitInfo() const
{
    return d->limit;
}

int RestClient::apiCalls() const
{
    return d->apiCalls;
}

QHash<QString, int> RestClient::apiCallsByKind() const
{
    return d->callsByKind;
}

} // namespace sfsync
