#include "httpconnection.h"

#include "httpserver.h"
#include "localorg/localorglogging.h"

#include <QDateTime>
#include <QLocale>
#include <QTcpSocket>

namespace sfsync::localorg {

namespace {

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, HttpServer *server)
    : QObject(server)
    , m_socket(socket)
    , m_server(server)
{
    m_socket->setParent(this);
    m_idle.setSingleShot(true);
    m_idle.setInterval(HttpServer::IdleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, &HttpConnection::closeConnection);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        if (m_state == State::Waiting)
            m_server->responseWritten(); // the pending response will never be written
        m_state = State::Closed;
        m_server->connectionClosed();
        deleteLater();
    });
    m_idle.start();
}

HttpConnection::~HttpConnection()
{
    // The socket is our child and may emit disconnected() while it is destroyed; nobody should hear it.
    m_socket->disconnect(this);
}

void HttpConnection::onReadyRead()
{
    if (m_state == State::Closed)
        return;
    m_buffer.append(m_socket->readAll());
    m_idle.start();
    process();
}

void HttpConnection::process()
{
    while (m_state != State::Waiting && m_state != State::Closed) {
        switch (m_state) {
        case State::Head: {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                // Bound what we buffer: a head this long can only end in 414/431.
                if (m_buffer.size() > HttpServer::MaxUriBytes + HttpServer::MaxHeadBytes + 1024) {
                    const qsizetype lineEnd = m_buffer.indexOf("\r\n");
                    failAndClose(lineEnd < 0 || lineEnd > HttpServer::MaxUriBytes + 32 ? 414 : 431);
                }
                return;
            }
            if (!parseHead(end))
                return;
            m_buffer.remove(0, end + 4);
            break;
        }
        case State::Body: {
            if (m_buffer.size() < m_remaining)
                return;
            m_request.body = m_buffer.left(m_remaining);
            m_buffer.remove(0, m_remaining);
            requestComplete();
            break;
        }
        case State::ChunkSize: {
            const qsizetype eol = m_buffer.indexOf("\r\n");
            if (eol < 0) {
                if (m_buffer.size() > 1024)
                    failAndClose(400);
                return;
            }
            QByteArray line = m_buffer.left(eol);
            m_buffer.remove(0, eol + 2);
            const qsizetype ext = line.indexOf(';');
            if (ext >= 0)
                line.truncate(ext);
            bool ok = false;
            const qint64 size = line.trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0) {
                failAndClose(400);
                return;
            }
            if (m_request.body.size() + size > HttpServer::MaxBodyBytes) {
                failAndClose(413);
                return;
            }
            m_remaining = size;
            m_state = size == 0 ? State::ChunkTrailer : State::ChunkData;
            break;
        }
        case State::ChunkData: {
            if (m_buffer.size() < m_remaining + 2)
                return;
            if (m_buffer.mid(m_remaining, 2) != "\r\n") {
                failAndClose(400);
                return;
            }
            m_request.body.append(m_buffer.constData(), m_remaining);
            m_buffer.remove(0, m_remaining + 2);
            m_state = State::ChunkSize;
            break;
        }
        case State::ChunkTrailer: {
            // Trailer fields are ignored; the empty line ends the message.
            const qsizetype eol = m_buffer.indexOf("\r\n");
            if (eol < 0)
                return;
            m_buffer.remove(0, eol + 2);
            if (eol == 0)
                requestComplete();
            break;
        }
        case State::Waiting:
        case State::Closed:
            return;
        }
    }
}

bool HttpConnection::parseHead(qsizetype headEnd)
{
    m_request = HttpRequest();
    m_sentContinue = false;
    const QByteArray head = m_buffer.left(headEnd);
    const QList<QByteArray> lines = head.split('\n');
    const QByteArray requestLine = lines.first().trimmed();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1.")) {
        failAndClose(400);
        return false;
    }
    m_request.method = parts.at(0).toUpper();
    m_request.target = parts.at(1);
    m_request.httpMinorVersion = parts.at(2).endsWith('0') ? 0 : 1;
    if (m_request.target.size() > HttpServer::MaxUriBytes) {
        failAndClose(414);
        return false;
    }
    qsizetype headerBytes = m_request.target.size();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            failAndClose(400);
            return false;
        }
        headerBytes += line.size() + 2;
        m_request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    if (headerBytes > HttpServer::MaxHeadBytes) {
        failAndClose(431);
        return false;
    }
    if (!m_request.target.startsWith('/')) {
        failAndClose(400);
        return false;
    }
    m_request.parseTarget();

    const QByteArray connection = m_request.header("Connection").toLower();
    m_keepAlive =
        m_request.httpMinorVersion == 1 ? !connection.contains("close") : connection.contains("keep-alive");

    const bool chunked = m_request.header("Transfer-Encoding").toLower().contains("chunked");
    const bool expectContinue = m_request.header("Expect").toLower() == "100-continue";
    if (chunked) {
        m_state = State::ChunkSize;
    } else if (m_request.hasHeader("Content-Length")) {
        bool ok = false;
        const qint64 length = m_request.header("Content-Length").toLongLong(&ok);
        if (!ok || length < 0) {
            failAndClose(400);
            return false;
        }
        if (length > HttpServer::MaxBodyBytes) {
            failAndClose(413);
            return false;
        }
        m_remaining = length;
        m_state = State::Body;
    } else {
        m_remaining = 0;
        m_state = State::Body;
    }
    if (expectContinue && (chunked || m_remaining > 0) && !m_sentContinue) {
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        m_sentContinue = true;
    }
    return true;
}

void HttpConnection::requestComplete()
{
    m_state = State::Waiting;
    m_idle.stop();
    const HttpResponse response = m_server->handle(m_request);
    const int delay = m_server->delayFor(m_request, response);
    m_server->responsePending();
    if (delay <= 0) {
        writeResponse(response);
        return;
    }
    QTimer::singleShot(delay, this, [this, response] { writeResponse(response); });
}

void HttpConnection::writeResponse(const HttpResponse &response)
{
    if (m_state == State::Closed)
        return;
    if (response.delivery == HttpResponse::Delivery::Never)
        return; // stays Waiting: the connection is open and answers nothing until the client leaves
    if (response.delivery == HttpResponse::Delivery::Nothing) {
        m_server->responseWritten();
        m_state = State::Closed;
        m_socket->abort();
        return;
    }
    m_server->responseWritten();
    const bool headRequest = m_request.method == "HEAD";
    const bool bodyAllowed = response.status != 204 && response.status != 304 && response.status >= 200;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + HttpResponse::reasonPhrase(response.status) + "\r\n";
    out += "Date: " + httpDate() + "\r\n";
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    if (bodyAllowed)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += m_keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "\r\n";
    if (response.delivery == HttpResponse::Delivery::CutOff) {
        // Half of the body, then the connection goes away: the client sees a truncated response. Without a
        // body (204) the head itself is cut, or the client would take the answer as complete.
        if (bodyAllowed && !response.body.isEmpty())
            out += response.body.left(response.body.size() / 2);
        else
            out.truncate(out.size() / 2);
        m_state = State::Closed;
        m_socket->write(out);
        m_socket->flush();
        m_socket->abort();
        return;
    }
    if (bodyAllowed && !headRequest)
        out += response.body;
    m_socket->write(out);
    if (!m_keepAlive) {
        closeConnection();
        return;
    }
    m_state = State::Head;
    m_idle.start();
    if (!m_buffer.isEmpty())
        QMetaObject::invokeMethod(this, &HttpConnection::process, Qt::QueuedConnection);
}

void HttpConnection::failAndClose(int status)
{
    qCDebug(lcLocalOrgHttp) << "rejecting request with" << status;
    const bool wasWaiting = m_state == State::Waiting;
    m_state = State::Waiting;
    m_keepAlive = false;
    if (!wasWaiting)
        m_server->responsePending();
    HttpResponse response = HttpResponse::text(status, HttpResponse::reasonPhrase(status) + '\n');
    writeResponse(response);
}

void HttpConnection::closeConnection()
{
    m_state = State::Closed;
    m_idle.stop();
    m_socket->disconnectFromHost();
}

} // namespace sfsync::localorg
