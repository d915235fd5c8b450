#include "fakenetworkaccessmanager.h"

#include "core/salesforce/sendoncebody.h"

#include <QBuffer>
#include <QTimer>

namespace sfsync::test {

namespace {

// Emits metaDataChanged -> readyRead -> finished from the event loop, as a real reply does.
class FakeReply : public QNetworkReply
{
public:
    FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation op, const QByteArray &method,
              const FakeNetworkAccessManager::Reply &script, QObject *parent)
        : QNetworkReply(parent)
        , m_script(script)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        if (op == QNetworkAccessManager::CustomOperation)
            setAttribute(QNetworkRequest::CustomVerbAttribute, method);
        open(QIODevice::ReadOnly);
        // As a real reply does once the request is written (RestClient tells from it whether a write that
        // timed out went out); a refused connection or an unknown host never got that far.
        const bool sent = script.error != ConnectionRefusedError && script.error != HostNotFoundError;
        QTimer::singleShot(0, this, [this, sent] {
            if (sent && !isFinished())
                Q_EMIT requestSent();
            if (!m_script.hang)
                respond();
        });
    }

    void abort() override
    {
        if (isFinished())
            return;
        m_data.clear();
        m_offset = 0;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        setFinished(true);
        Q_EMIT errorOccurred(OperationCanceledError);
        Q_EMIT finished();
    }

    qint64 bytesAvailable() const override { return m_data.size() - m_offset + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_offset);
        if (n <= 0)
            return -1;
        memcpy(data, m_data.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }

private:
    void respond()
    {
        if (isFinished())
            return;
        if (m_script.error != NoError) {
            setError(m_script.error, QStringLiteral("scripted failure"));
            setFinished(true);
            Q_EMIT errorOccurred(m_script.error);
            Q_EMIT finished();
            return;
        }
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_script.status);
        for (const auto &[name, value] : m_script.headers)
            setRawHeader(name, value);
        if (!m_script.body.isEmpty() && !hasRawHeader("Content-Type"))
            setRawHeader("Content-Type", "application/json;charset=UTF-8");
        m_data = m_script.body;
        Q_EMIT metaDataChanged();
        if (m_script.status >= 400) {
            const NetworkError code = m_script.status == 401 ? AuthenticationRequiredError
                : m_script.status == 404                     ? ContentNotFoundError
                : m_script.status >= 500                     ? InternalServerError
                                                             : ProtocolInvalidOperationError;
            setError(code, QStringLiteral("HTTP %1").arg(m_script.status));
            Q_EMIT errorOccurred(code);
        }
        if (!m_data.isEmpty())
            Q_EMIT readyRead();
        setFinished(true);
        Q_EMIT finished();
    }

    FakeNetworkAccessManager::Reply m_script;
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace

FakeNetworkAccessManager::Reply FakeNetworkAccessManager::Reply::json(int status, const QByteArray &body)
{
    Reply r;
    r.status = status;
    r.body = body;
    return r;
}

FakeNetworkAccessManager::Reply FakeNetworkAccessManager::Reply::failure(QNetworkReply::NetworkError error)
{
    Reply r;
    r.error = error;
    return r;
}

FakeNetworkAccessManager::Reply FakeNetworkAccessManager::Reply::hanging()
{
    Reply r;
    r.hang = true;
    return r;
}

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{ }

int FakeNetworkAccessManager::count(const QString &pathContains) const
{
    return count(QByteArray(), pathContains);
}

int FakeNetworkAccessManager::count(const QByteArray &method, const QString &pathContains) const
{
    int n = 0;
    for (const Request &r : m_requests) {
        if ((method.isEmpty() || r.method == method) && r.url.path().contains(pathContains))
            ++n;
    }
    return n;
}

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    Request recorded;
    recorded.url = request.url();
    recorded.request = request;
    switch (op) {
    case GetOperation:
        recorded.method = "GET";
        break;
    case PostOperation:
        recorded.method = "POST";
        break;
    case PutOperation:
        recorded.method = "PUT";
        break;
    case DeleteOperation:
        recorded.method = "DELETE";
        break;
    case HeadOperation:
        recorded.method = "HEAD";
        break;
    default:
        recorded.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    }
    // The body is read here so it can be recorded; a copy goes on to the real network when needed, in a
    // device of the same kind: a write sfsync sends once (SendOnceBody) must stay impossible to repeat.
    const bool sendOnce = qobject_cast<SendOnceBody *>(outgoingData) != nullptr;
    const auto replayOf = [this, sendOnce](const QByteArray &body) -> QIODevice * {
        if (sendOnce)
            return new SendOnceBody(body, this);
        auto *buffer = new QBuffer(this);
        buffer->setData(body);
        buffer->open(QIODevice::ReadOnly);
        return buffer;
    };
    QIODevice *replay = nullptr;
    if (outgoingData) {
        recorded.body = outgoingData->readAll();
        replay = replayOf(recorded.body);
    }
    m_requests.append(recorded);

    std::optional<Reply> script;
    if (!m_queue.isEmpty())
        script = m_queue.takeFirst();
    else if (m_handler)
        script = m_handler(recorded);

    QNetworkReply *reply = nullptr;
    if (script) {
        reply = new FakeReply(request, op, recorded.method, *script, this);
        if (replay)
            replay->deleteLater();
    } else {
        if (replay && m_rewriter) {
            const QByteArray rewritten = m_rewriter(recorded);
            delete replay;
            replay = replayOf(rewritten);
            m_requests.last().body = rewritten;
        }
        reply = QNetworkAccessManager::createRequest(op, request, replay);
        if (replay)
            replay->setParent(reply);
    }
    track(reply);
    return reply;
}

void FakeNetworkAccessManager::track(QNetworkReply *reply)
{
    ++m_inFlight;
    m_maxInFlight = qMax(m_maxInFlight, m_inFlight);
    connect(reply, &QNetworkReply::finished, this, [this] { --m_inFlight; });
}

} // namespace sfsync::test
