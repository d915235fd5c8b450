#include "core/salesforce/compositepacker.h"

#include "core/corelogging.h"
#include "core/salesforce/restreply.h"
#include "core/salesforce/salesforcelimits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sfsync {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sfsync::CompositePacker)
};

QByteArray bodyBytes(const QJsonValue &body)
{
    if (body.isObject())
        return QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    if (body.isArray())
        return QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    if (body.isString())
        return body.toString().toUtf8();
    return {};
}

// One entry of compositeResponse as the response of a plain call.
RestResponse subresponse(const QJsonObject &entry)
{
    RestResponse response;
    response.httpStatus = entry.value(QLatin1String("httpStatusCode")).toInt();
    response.body = bodyBytes(entry.value(QLatin1String("body")));
    const QJsonObject headers = entry.value(QLatin1String("httpHeaders")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        response.headers.insert(it.key().toLatin1().toLower(), it.value().toString().toUtf8());
    if (!response.ok())
        response.errors = SfError::fromResponse(response.httpStatus, response.body);
    return response;
}

} // namespace

class CompositePacker::SubCall : public RestCall
{
public:
    SubCall(CompositePacker *packer, const RestRequest &request)
        : RestCall(packer)
        , m_packer(packer)
        , m_request(request)
    {
        m_request.composable = false; // sent alone, it is a plain call
    }

    void abort() override
    {
        if (m_done)
            return;
        m_packer->m_reads.removeOne(this);
        m_packer->m_writes.removeOne(this);
        RestResponse response;
        response.attempts = qMax(1, m_attempts);
        response.errors.append(RestReply::canceledError());
        // A write already out may still be carried out; its caller gave up on knowing.
        finish(response);
    }

    void finish(RestResponse response)
    {
        if (m_done)
            return;
        m_done = true;
        response.attempts = qMax(response.attempts, m_attempts);
        Q_EMIT finished(response);
        deleteLater();
    }

    [[nodiscard]] const RestRequest &request() const { return m_request; }
    [[nodiscard]] bool done() const { return m_done; }

    CompositePacker *m_packer;
    RestRequest m_request;
    QString m_referenceId;
    qint64 m_notBeforeMs = 0;
    int m_attempts = 0; // times sent, alone or packed
    bool m_done = false;
};

CompositePacker::CompositePacker(RestClient *rest)
    : QObject(rest)
    , m_rest(rest)
{
    m_clock.start();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &CompositePacker::flush);
}

CompositePacker::~CompositePacker() = default;

RestCall *CompositePacker::add(const RestRequest &request)
{
    auto *call = new SubCall(this, request);
    (request.isWrite() ? m_writes : m_reads).append(call);
    scheduleFlush();
    return call;
}

void CompositePacker::scheduleFlush()
{
    // Once per event-loop turn: what callers add in one turn (the lookups of several batches, the calls the
    // executor fills from one answer) is seen together.
    if (m_flushQueued)
        return;
    m_flushQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_flushQueued = false;
            flush();
        },
        Qt::QueuedConnection);
}

void CompositePacker::flush()
{
    if (!m_rest)
        return;
    const qint64 now = m_clock.elapsed();
    bool sent = true;
    while (sent && m_inFlight < m_maxInFlight) {
        sent = false;
        // Reads first: their answers bring the writes.
        for (const bool reads : {true, false}) {
            if (m_inFlight >= m_maxInFlight)
                break;
            const QList<SubCall *> pack = takePack(reads ? m_reads : m_writes, now, m_inFlight == 0);
            if (pack.isEmpty())
                continue;
            if (pack.size() == 1)
                sendAlone(pack.first());
            else
                send(pack, reads);
            sent = true;
        }
    }
    startRetryTimer();
}

QList<CompositePacker::SubCall *> CompositePacker::takePack(QList<SubCall *> &queue, qint64 now,
                                                            bool partialAllowed)
{
    QList<SubCall *> pack;
    for (SubCall *call : std::as_const(queue)) {
        if (call->m_notBeforeMs > now)
            continue;
        pack.append(call);
        if (pack.size() == SalesforceLimits::CompositeCollectionsOrQueries)
            break;
    }
    if (pack.isEmpty() || (pack.size() < SalesforceLimits::CompositeCollectionsOrQueries && !partialAllowed))
        return {};
    for (SubCall *call : std::as_const(pack))
        queue.removeOne(call);
    return pack;
}

void CompositePacker::startRetryTimer()
{
    qint64 due = -1;
    for (const QList<SubCall *> *queue : {&m_reads, &m_writes}) {
        for (const SubCall *call : *queue) {
            if (due < 0 || call->m_notBeforeMs < due)
                due = call->m_notBeforeMs;
        }
    }
    const qint64 now = m_clock.elapsed();
    if (due > now && (!m_retryTimer.isActive() || m_retryTimer.remainingTime() > due - now))
        m_retryTimer.start(int(due - now));
}

void CompositePacker::sendAlone(SubCall *call)
{
    ++m_inFlight;
    ++call->m_attempts;
    QPointer<SubCall> guard(call);
    RestCall *plain = m_rest->send(call->request());
    connect(plain, &RestCall::finished, this, [this, guard](const RestResponse &response) {
        // RestClient applied the retry rules of a plain call already.
        if (guard && !guard->done())
            guard->finish(response);
        callEnded();
    });
}

void CompositePacker::send(const QList<SubCall *> &pack, bool reads)
{
    QJsonArray subrequests;
    QList<QPointer<SubCall>> guards;
    int timeoutMs = 0;
    for (SubCall *call : pack) {
        const RestRequest &request = call->request();
        call->m_referenceId = QStringLiteral("r%1").arg(m_nextReference++);
        ++call->m_attempts;
        guards.append(call);
        QJsonObject sub {
            {QStringLiteral("method"), QString::fromLatin1(request.method)},
            {QStringLiteral("url"),
             request.path.startsWith(QLatin1Char('/')) ? request.path : m_rest->dataPath(request.path)},
            {QStringLiteral("referenceId"), call->m_referenceId}};
        if (!request.body.isEmpty()) {
            const QJsonDocument body = QJsonDocument::fromJson(request.body);
            sub.insert(QStringLiteral("body"),
                       body.isArray() ? QJsonValue(body.array()) : QJsonValue(body.object()));
        }
        if (!request.headers.isEmpty()) {
            QJsonObject headers;
            for (const auto &[name, value] : request.headers)
                headers.insert(QString::fromLatin1(name), QString::fromUtf8(value));
            sub.insert(QStringLiteral("httpHeaders"), headers);
        }
        subrequests.append(sub);
        // The pack waits as long as its most patient member would have.
        if (request.timeoutMs <= 0 || timeoutMs < 0)
            timeoutMs = -1;
        else
            timeoutMs = qMax(timeoutMs, request.timeoutMs);
    }
    RestRequest composite;
    composite.method = "POST";
    composite.path = QStringLiteral("composite");
    composite.kind = QStringLiteral("composite");
    composite.readOnly = reads;
    composite.timeoutMs = qMax(0, timeoutMs);
    composite.body = QJsonDocument(QJsonObject {{QStringLiteral("allOrNone"), false},
                                                {QStringLiteral("compositeRequest"), subrequests}})
                         .toJson(QJsonDocument::Compact);
    qCDebug(lcCoreRest) << "Composite of" << pack.size() << (reads ? "reads" : "writes");
    ++m_inFlight;
    RestCall *call = m_rest->send(composite);
    connect(call, &RestCall::finished, this, [this, guards](const RestResponse &response) {
        delivered(guards, response);
        callEnded();
    });
}

void CompositePacker::delivered(const QList<QPointer<SubCall>> &pack, const RestResponse &outer)
{
    if (!outer.ok()) {
        // Refused or lost as a whole (RestClient retried what a plain call would have): every subrequest
        // shares the outcome; for writes a lost answer stays a lost answer.
        for (const QPointer<SubCall> &call : pack) {
            if (call && !call->done())
                call->finish(outer);
        }
        return;
    }
    QHash<QString, QJsonObject> byReference;
    const QJsonArray entries = outer.json().object().value(QLatin1String("compositeResponse")).toArray();
    for (const QJsonValue &entry : entries) {
        const QJsonObject object = entry.toObject();
        byReference.insert(object.value(QLatin1String("referenceId")).toString(), object);
    }
    for (const QPointer<SubCall> &call : pack) {
        if (!call || call->done())
            continue;
        const auto found = byReference.constFind(call->m_referenceId);
        if (found == byReference.constEnd()) {
            // The org carried the Composite out but its answer does not say how this part went.
            RestResponse missing;
            const QString how =
                Text::tr("the Composite answer has no result for subrequest %1").arg(call->m_referenceId);
            if (call->request().isWrite()) {
                missing.answerLost = true;
                missing.errors.append(SfError::answerLost(how));
                call->finish(missing);
            } else {
                missing.httpStatus = 503; // a read may simply go again
                missing.errors.append(SfError {503, QStringLiteral("SERVER_UNAVAILABLE"), how, {}});
                retryOrFinish(call, missing);
            }
            continue;
        }
        RestResponse response = subresponse(*found);
        response.attempts = call->m_attempts;
        retryOrFinish(call, response);
    }
}

void CompositePacker::retryOrFinish(SubCall *call, const RestResponse &response)
{
    const RestRequest &request = call->request();
    const RetryPolicy policy = m_rest ? m_rest->retryPolicy() : RetryPolicy {};
    const bool again = !response.ok() && !response.answerLost
        && (request.isWrite() ? RestReply::writeWasRefused(response) : response.firstError().isTransient());
    if (!again || call->m_attempts >= policy.maxAttempts) {
        call->finish(response);
        return;
    }
    call->m_notBeforeMs = m_clock.elapsed() + policy.backoffMs(call->m_attempts);
    qCInfo(lcCoreRest).noquote() << "subrequest" << request.method
                                 << request.path.section(QLatin1Char('?'), 0, 0)
                                 << "goes again in a later call:" << response.httpStatus
                                 << response.firstError().errorCode
                                 << (request.isWrite() ? "(refused without being carried out)" : "");
    (request.isWrite() ? m_writes : m_reads).prepend(call);
    startRetryTimer();
}

void CompositePacker::callEnded()
{
    --m_inFlight;
    scheduleFlush();
}

} // namespace sfsync
