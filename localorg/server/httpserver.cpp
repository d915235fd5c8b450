#include "httpserver.h"

#include "httpconnection.h"
#include "localorg/localorglogging.h"

#include <QTcpSocket>

namespace sfsync::localorg {

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

HttpServer::~HttpServer()
{
    close();
}

bool HttpServer::listen(quint16 port, QString *error)
{
    // Loopback only: the local org holds no real data, but it must never be reachable from the network.
    if (!m_server.listen(QHostAddress(QHostAddress::LocalHost), port)) {
        if (error)
            *error = m_server.errorString();
        return false;
    }
    qCDebug(lcLocalOrgHttp) << "listening on 127.0.0.1 port" << m_server.serverPort();
    return true;
}

void HttpServer::close()
{
    m_server.close();
    const auto connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    for (HttpConnection *c : connections)
        delete c;
    m_openConnections = 0;
    m_pending = 0;
}

HttpResponse HttpServer::handle(const HttpRequest &request)
{
    ++m_requests;
    if (!m_handler)
        return HttpResponse::text(404, "Not Found\n");
    return m_handler(request);
}

int HttpServer::delayFor(const HttpRequest &request, const HttpResponse &response) const
{
    return m_delay ? m_delay(request, response) : 0;
}

void HttpServer::responsePending()
{
    ++m_pending;
    m_maxPending = std::max(m_maxPending, m_pending);
}

void HttpServer::responseWritten()
{
    m_pending = std::max(0, m_pending - 1);
}

void HttpServer::connectionClosed()
{
    m_openConnections = std::max(0, m_openConnections - 1);
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connectionsAccepted;
        ++m_openConnections;
        new HttpConnection(socket, this);
    }
}

} // namespace sfsync::localorg
