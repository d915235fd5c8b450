#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

#include <functional>

namespace sfsync::localorg {

class HttpConnection;

// A small HTTP/1.1 server on 127.0.0.1 that lives in the Qt event loop.
//
// Why not QtHttpServer or cpp-httplib (measured, see tst_localorg_http): QtHttpServer 6.4 is a technology
// preview whose listen()/bind() API changed in 6.8, and it needs two more -dev packages. cpp-httplib runs one
// blocking thread per connection: 50 keep-alive clients mean 50 threads, and an injected latency must block
// one of them, while our record store is single-threaded and would need a lock around every request. Here,
// one thread serves every connection: requests are handled synchronously (everything is in memory), and each
// response is written when a QTimer fires, so a delayed response never holds up another connection.
// tst_localorg_http checks exactly that: 50 keep-alive connections whose delayed responses are all pending at
// once, a fast request answered while a slow one waits, chunked bodies, pipelining order, and the size limits
// (414/431/413).
class HttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    // Delay in ms before a response is written (0 = at once). Called once per response.
    using DelayFunction = std::function<int(const HttpRequest &, const HttpResponse &)>;

    static constexpr qsizetype MaxUriBytes = 16384; // over: 414
    static constexpr qsizetype MaxHeadBytes = 16384; // URI + headers over: 431
    static constexpr qsizetype MaxBodyBytes = 160 * 1024 * 1024; // Bulk 2.0 takes 150 MB per upload
    static constexpr int IdleTimeoutMs = 120000;

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    // Listens on 127.0.0.1 only. port 0 picks a free port.
    bool listen(quint16 port, QString *error = nullptr);
    void close();
    [[nodiscard]] bool isListening() const { return m_server.isListening(); }
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setDelayFunction(DelayFunction delay) { m_delay = std::move(delay); }

    // Counters for tests and the summary.
    [[nodiscard]] int connectionsAccepted() const { return m_connectionsAccepted; }
    [[nodiscard]] int openConnections() const { return m_openConnections; }
    [[nodiscard]] int pendingResponses() const { return m_pending; }
    [[nodiscard]] int maxPendingResponses() const { return m_maxPending; }
    [[nodiscard]] qint64 requestsHandled() const { return m_requests; }

private:
    friend class HttpConnection;
    HttpResponse handle(const HttpRequest &request);
    int delayFor(const HttpRequest &request, const HttpResponse &response) const;
    void responsePending();
    void responseWritten();
    void connectionClosed();
    void onNewConnection();

    QTcpServer m_server;
    Handler m_handler;
    DelayFunction m_delay;
    int m_connectionsAccepted = 0;
    int m_openConnections = 0;
    int m_pending = 0;
    int m_maxPending = 0;
    qint64 m_requests = 0;
};

} // namespace sfsync::localorg
