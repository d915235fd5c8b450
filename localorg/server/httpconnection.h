#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace sfsync::localorg {

class HttpServer;

// One keep-alive connection: parses requests (Content-Length or chunked bodies), hands each to the server and
// writes the responses in request order. One request is in flight at a time; pipelined requests wait in the
// buffer.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, HttpServer *server);
    ~HttpConnection() override;

private:
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkTrailer, Waiting, Closed };

    void onReadyRead();
    void process();
    bool parseHead(qsizetype headEnd);
    void requestComplete();
    void writeResponse(const HttpResponse &response);
    void failAndClose(int status);
    void closeConnection();

    QTcpSocket *m_socket;
    HttpServer *m_server;
    QByteArray m_buffer;
    State m_state = State::Head;
    HttpRequest m_request;
    qint64 m_remaining = 0; // body or chunk bytes still expected
    bool m_keepAlive = true;
    bool m_sentContinue = false;
    QTimer m_idle;
};

} // namespace sfsync::localorg
