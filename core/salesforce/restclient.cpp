#include "core/salesforce/restclient.h"

#include "core/corelogging.h"
#include "core/salesforce/compositepacker.h"
#include "core/salesforce/connection.h"
#include "core/salesforce/restreply.h"
#include "core/salesforce/salesforcelimits.h"
#include "core/salesforce/sendoncebody.h"
#include "core/salesforce/urlpolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

namespace sfsync {

namespace {

// RFC 7231 date of an HTTP answer ("Thu, 03 Dec 2026 06:12:16 GMT").
QDateTime httpDate(const QByteArray &value)
{
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value).trimmed(),
                                             QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    when.setTimeSpec(Qt::UTC);
    return when;
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
    qint64 clockOffsetMs = 0; // the org's clock minus ours, from the Date header
    int apiCalls = 0;
    QHash<QString, int> callsByKind;
    QList<RestCallImpl *> queue;
    int inFlight = 0;
    bool compositeBatching = true;
    CompositePacker *packer = nullptr;

    void schedule();
    void countCall(const QString &kind);
    void updateLimitInfo(const QByteArray &header);
    void updateClock(const QByteArray &dateHeader);
    QUrl urlFor(const QString &path) const;
};

class RestCallImpl : public RestCall
{
    // Without Q_OBJECT, tr() would be RestCall's at run time while lupdate files the strings
    // under RestCallImpl; name the context once so both agree.
    Q_DECLARE_TR_FUNCTIONS(sfsync::RestCall)

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
        response.errors.append(RestReply::canceledError());
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
        m_requestSent = false;
        m_d->countCall(m_request.kind);
        // Method and path only: query strings carry record values.
        qCDebug(lcCoreRest) << m_request.method.constData() << url.path() << "attempt" << m_attempts;
        if (m_request.isWrite())
            m_reply = SendOnceBody::send(network, request, m_request.method, m_request.body);
        else if (m_request.method == "GET")
            m_reply = network->get(request);
        else
            m_reply = network->sendCustomRequest(request, m_request.method, m_request.body);
        connect(m_reply, &QNetworkReply::finished, this, &RestCallImpl::onReplyFinished);
        connect(m_reply, &QNetworkReply::requestSent, this, [this] { m_requestSent = true; });
        if (timeoutMs() > 0)
            m_timer->start(timeoutMs());
    }

    void onReplyFinished()
    {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        m_timer->stop();
        if (!reply)
            return;
        reply->deleteLater();

        RestReply answer = RestReply::read(reply);
        answer.timedOut = m_timedOut;
        answer.canceled = m_canceled;
        answer.requestSent = m_requestSent;
        if (answer.headers.contains("sforce-limit-info"))
            m_d->updateLimitInfo(answer.headers.value("sforce-limit-info"));
        if (answer.headers.contains("date"))
            m_d->updateClock(answer.headers.value("date"));
        RestResponse response = answer.toResponse(m_request, timeoutMs());
        response.attempts = m_attempts;
        qCDebug(lcCoreRest) << "->" << response.httpStatus << response.firstError().errorCode;

        if (m_canceled || response.answerLost) {
            if (response.answerLost)
                qCWarning(lcCoreRest).noquote()
                    << m_request.method << path() << "answer lost:" << response.firstError().message
                    << "- not sent again";
            finish(response);
            return;
        }
        const SfError error = response.firstError();
        // The identity endpoints (userinfo, /id/) answer an expired token with 403 "Bad_OAuth_Token" rather
        // than 401: a connection that starts with a stored, expired token must refresh there too.
        const bool sessionExpired = response.httpStatus == 401
            || (response.httpStatus == 403 && response.body.trimmed() == "Bad_OAuth_Token");
        if (sessionExpired && !m_refreshed && m_d->connection && m_d->connection->canRefresh()) {
            m_refreshed = true;
            if (m_request.isWrite())
                qCInfo(lcCoreRest).noquote()
                    << "sending" << m_request.method << path()
                    << "again with a renewed access token: the org refused it with" << response.httpStatus;
            if (m_d->connection->accessToken() != m_tokenUsed) {
                // Another call already renewed the token while this one was out.
                sendAttempt();
            } else {
                qCInfo(lcCoreRest) << "session expired; renewing the access token once";
                waitForToken();
            }
            return;
        }
        if (!response.ok() && m_request.isWrite() && response.httpStatus >= 500
            && !RestReply::writeWasRefused(response)) {
            // A gateway (502, 504, or a 5xx not in Salesforce's shape) may have handed the request on.
            response.answerLost = true;
            response.errors = {SfError::answerLost(
                tr("a gateway answered %1 %2").arg(response.httpStatus).arg(error.toString().left(200)))};
            qCWarning(lcCoreRest).noquote()
                << m_request.method << path() << "answer lost:" << response.firstError().message
                << "- not sent again";
            finish(response);
            return;
        }
        const bool retryable = !response.ok()
            && (m_request.isWrite() ? RestReply::writeWasRefused(response) : error.isTransient());
        if (retryable && m_attempts < m_d->retry.maxAttempts) {
            const int delay = backoffMs(response);
            if (m_request.isWrite())
                qCInfo(lcCoreRest).noquote() << "sending" << m_request.method << path() << "again in" << delay
                                             << "ms: the org refused it without carrying it out ("
                                             << response.httpStatus << error.errorCode << ")";
            else
                qCInfo(lcCoreRest) << "transient failure" << response.httpStatus << error.errorCode
                                   << "- retry in" << delay << "ms";
            m_timer->start(delay);
            return;
        }
        finish(response);
    }

    // How long this call waits for a whole answer, in ms (0: no limit).
    [[nodiscard]] int timeoutMs() const
    {
        return m_request.timeoutMs > 0 ? m_request.timeoutMs : m_d->timeoutMs;
    }

    [[nodiscard]] QString path() const
    {
        // The path without its query (which carries record values).
        const qsizetype q = m_request.path.indexOf(QLatin1Char('?'));
        return q < 0 ? m_request.path : m_request.path.left(q);
    }

    int backoffMs(const RestResponse &response) const
    {
        bool ok = false;
        const int retryAfter = response.headers.value("retry-after").toInt(&ok);
        if (ok && retryAfter >= 0)
            return qMin(retryAfter * 1000, m_d->retry.maxBackoffMs);
        return m_d->retry.backoffMs(m_attempts);
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
    bool m_requestSent = false; // Qt reported the whole request written (bodies only)
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

void RestClient::Private::updateClock(const QByteArray &dateHeader)
{
    const QDateTime server = httpDate(dateHeader);
    if (server.isValid())
        clockOffsetMs = QDateTime::currentDateTimeUtc().msecsTo(server);
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
    if (request.composable && d->compositeBatching) {
        if (!d->packer) {
            d->packer = new CompositePacker(this);
            d->packer->setMaxCallsInFlight(d->maxConcurrent);
        }
        return d->packer->add(request);
    }
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

int RetryPolicy::backoffMs(int attempts) const
{
    const qint64 base = qint64(initialBackoffMs) << qBound(0, attempts - 1, 20);
    const qint64 capped = qMin<qint64>(base, maxBackoffMs);
    const qint64 jitter = capped > 1 ? QRandomGenerator::global()->bounded(capped) - capped / 2 : 0;
    return int(qBound<qint64>(0, capped + jitter, qint64(maxBackoffMs)));
}

void RestClient::setCompositeBatching(bool on)
{
    d->compositeBatching = on;
}

bool RestClient::compositeBatching() const
{
    return d->compositeBatching;
}

int RestClient::subrequestsPerCall() const
{
    return d->compositeBatching ? SalesforceLimits::CompositeCollectionsOrQueries : 1;
}

void RestClient::setMaxConcurrent(int calls)
{
    d->maxConcurrent = qMax(1, calls);
    if (d->packer)
        d->packer->setMaxCallsInFlight(d->maxConcurrent);
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

RetryPolicy RestClient::retryPolicy() const
{
    return d->retry;
}

LimitInfo RestClient::limitInfo() const
{
    return d->limit;
}

QDateTime RestClient::serverTime() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(d->clockOffsetMs);
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
