// The local org's HTTP/1.1 layer over real loopback sockets: keep-alive, concurrency with delayed responses,
// chunked bodies, pipelining, size limits. These checks are also the measurement behind choosing a
// QTcpServer-based layer (see httpserver.h): they assert overlap by counts and ordering, never by wall time.
#include "localorg/server/httpserver.h"
#include "tests/testsupport/testenvironment.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace sfsync::localorg;

namespace {

struct RawResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (name.compare(h.first, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

// Parses complete responses (Content-Length framed) from the front of `buffer`.
bool takeResponse(QByteArray &buffer, RawResponse *out)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    RawResponse r;
    r.status = lines.first().split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        r.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    const qsizetype length = r.header("Content-Length").toLongLong();
    if (buffer.size() < end + 4 + length)
        return false;
    r.body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    *out = r;
    return true;
}

// A client that reads responses off one socket as they arrive.
struct RawClient
{
    QTcpSocket socket;
    QByteArray buffer;
    QList<RawResponse> responses;

    explicit RawClient(quint16 port)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, [this] {
            buffer.append(socket.readAll());
            RawResponse r;
            while (takeResponse(buffer, &r))
                responses.append(r);
        });
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    }
    void send(const QByteArray &bytes) { socket.write(bytes); }
};

QByteArray get(const QByteArray &path, const QByteArray &extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}

} // namespace

class tst_localorg_http : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void servesAndKeepsConnectionAlive();
    void honoursConnectionClose();
    void acceptsChunkedBody();
    void acceptsContentLengthBodyAndExpectContinue();
    void answersPipelinedRequestsInOrder();
    void rejectsLongUriWith414();
    void rejectsLargeHeadersWith431();
    void rejectsHugeBodyWith413();
    void rejectsMalformedRequestLine();
    void fiftyKeepAliveConnectionsOverlap();
    void slowResponseDoesNotBlockAnotherConnection();
    void droppedConnectionTruncatesResponse();
    void bindsLoopbackOnly();
    void collapsesRepeatedSlashes();

private:
    std::unique_ptr<HttpServer> m_server;
    QList<QByteArray> m_seenPaths;
};

void tst_localorg_http::initTestCase()
{
    sfsync::test::isolateEnvironment(QStringLiteral("tst_localorg_http"));
}

void tst_localorg_http::init()
{
    m_seenPaths.clear();
    m_server = std::make_unique<HttpServer>();
    m_server->setHandler([this](const HttpRequest &request) {
        m_seenPaths.append(request.rawPath);
        if (request.rawPath == "/echo") {
            HttpResponse r = HttpResponse::text(200, request.body);
            r.setHeader("X-Method", request.method);
            return r;
        }
        if (request.rawPath == "/drop") {
            HttpResponse r = HttpResponse::text(200, QByteArray(1000, 'x'));
            r.delivery = HttpResponse::Delivery::CutOff;
            return r;
        }
        return HttpResponse::text(200, "path=" + request.rawPath + " q=" + request.queryValue("q").toUtf8());
    });
    QString error;
    QVERIFY2(m_server->listen(0, &error), qPrintable(error));
}

void tst_localorg_http::cleanup()
{
    m_server.reset();
}

void tst_localorg_http::servesAndKeepsConnectionAlive()
{
    RawClient c(m_server->port());
    c.send(get("/a?q=hello%20world+x"));
    QTRY_COMPARE(c.responses.size(), 1);
    QCOMPARE(c.responses.at(0).status, 200);
    QCOMPARE(c.responses.at(0).body, QByteArray("path=/a q=hello world x"));
    QCOMPARE(c.responses.at(0).header("Connection"), QByteArray("keep-alive"));
    QVERIFY(!c.responses.at(0).header("Date").isEmpty());

    c.send(get("/b"));
    QTRY_COMPARE(c.responses.size(), 2);
    QCOMPARE(c.responses.at(1).body, QByteArray("path=/b q="));
    QCOMPARE(m_server->connectionsAccepted(), 1);
    QCOMPARE(c.socket.state(), QAbstractSocket::ConnectedState);
}

void tst_localorg_http::honoursConnectionClose()
{
    RawClient c(m_server->port());
    QSignalSpy closed(&c.socket, &QTcpSocket::disconnected);
    c.send(get("/a", "Connection: close\r\n"));
    QVERIFY(closed.wait(5000));
    QCOMPARE(c.responses.size(), 1);
    QCOMPARE(c.responses.at(0).header("Connection"), QByteArray("close"));
}

void tst_localorg_http::acceptsChunkedBody()
{
    RawClient c(m_server->port());
    c.send("PUT /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: text/csv\r\n\r\n"
           "5\r\nName\n\r\n");
    QTest::qWait(0);
    c.send("9;ext=1\r\nAcme,Inc\n\r\n0\r\n\r\n");
    QTRY_COMPARE(c.responses.size(), 1);
    QCOMPARE(c.responses.at(0).status, 200);
    QCOMPARE(c.responses.at(0).header("X-Method"), QByteArray("PUT"));
    QCOMPARE(c.responses.at(0).body, QByteArray("Name\nAcme,Inc\n"));
}

void tst_localorg_http::acceptsContentLengthBodyAndExpectContinue()
{
    RawClient c(m_server->port());
    c.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n");
    QTRY_COMPARE(c.responses.size(), 1);
    QCOMPARE(c.responses.at(0).status, 100);
    c.send("hello");
    QTRY_COMPARE(c.responses.size(), 2);
    QCOMPARE(c.responses.at(1).status, 200);
    QCOMPARE(c.responses.at(1).body, QByteArray("hello"));
}

void tst_localorg_http::answersPipelinedRequestsInOrder()
{
    m_server->setDelayFunction([](const HttpRequest &request, const HttpResponse &) {
        return request.rawPath == "/first" ? 300 : 0; // the first would finish last if order were not kept
    });
    RawClient c(m_server->port());
    c.send(get("/first") + get("/second") + get("/third"));
    QTRY_COMPARE(c.responses.size(), 3);
    QCOMPARE(c.responses.at(0).body, QByteArray("path=/first q="));
    QCOMPARE(c.responses.at(1).body, QByteArray("path=/second q="));
    QCOMPARE(c.responses.at(2).body, QByteArray("path=/third q="));
}

void tst_localorg_http::rejectsLongUriWith414()
{
    RawClient c(m_server->port());
    c.send(get("/x?q=" + QByteArray(16400, 'a')));
    QTRY_COMPARE(c.responses.size(), 1);
    QCOMPARE(c.responses.at(0).status, 414);
    QVERIFY(m_seenPaths.isEmpty());

    // Long, but URI + headers within 16,384 bytes, is fine.
    RawClient ok(m_server->port());
    ok.send(get("/x?q=" + QByteArray(16300, 'a')));
    QTRY_COMPARE(ok.responses.size(), 1);
    QCOMPARE(ok.responses.at(0).status, 200);
}

void tst_localorg_http::rejectsLargeHeadersWith431()
{
    RawClient c(m_server->port());
    c.send(get("/x?q=" + QByteArray(10000, 'a'), "X-Big: " + QByteArray(7000, 'b') + "\r\n"));
    QTRY_COMPARE(c.responses.size(), 1);
    QCOMPARE(c.responses.at(0).status, 431);
    QVERIFY(m_seenPaths.isEmpty());
}

void tst_localorg_http::rejectsHugeBodyWith413()
{
    RawClient c(m_server->port());
    c.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: "
           + QByteArray::number(HttpServer::MaxBodyBytes + 1) + "\r\n\r\n");
    QTRY_COMPARE(c.responses.size(), 1);
    QCOMPARE(c.responses.at(0).status, 413);
}

void tst_localorg_http::rejectsMalformedRequestLine()
{
    RawClient c(m_server->port());
    c.send("HELLO\r\n\r\n");
    QTRY_COMPARE(c.responses.size(), 1);
    QCOMPARE(c.responses.at(0).status, 400);
}

void tst_localorg_http::fiftyKeepAliveConnectionsOverlap()
{
    // Every response is held back for a while; if one delayed response blocked the server, the other requests
    // could not all be pending at once.
    m_server->setDelayFunction([](const HttpRequest &, const HttpResponse &) { return 1500; });
    constexpr int Clients = 50;
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < Clients; ++i)
        clients.push_back(std::make_unique<RawClient>(m_server->port()));
    for (int i = 0; i < Clients; ++i)
        clients[i]->send(get("/n" + QByteArray::number(i)));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->maxPendingResponses(), Clients, 10000);
    for (int i = 0; i < Clients; ++i) {
        QTRY_COMPARE_WITH_TIMEOUT(clients[i]->responses.size(), 1, 10000);
        QCOMPARE(clients[i]->responses.at(0).body, "path=/n" + QByteArray::number(i) + " q=");
    }
    // A second round reuses every connection.
    m_server->setDelayFunction({});
    for (int i = 0; i < Clients; ++i)
        clients[i]->send(get("/m" + QByteArray::number(i)));
    for (int i = 0; i < Clients; ++i)
        QTRY_COMPARE(clients[i]->responses.size(), 2);
    QCOMPARE(m_server->connectionsAccepted(), Clients);
    QCOMPARE(m_server->openConnections(), Clients);
    QCOMPARE(m_server->pendingResponses(), 0);
}

void tst_localorg_http::slowResponseDoesNotBlockAnotherConnection()
{
    m_server->setDelayFunction([](const HttpRequest &request, const HttpResponse &) {
        return request.rawPath == "/slow" ? 60000 : 0;
    });
    RawClient slow(m_server->port());
    slow.send(get("/slow"));
    QTRY_COMPARE(m_server->pendingResponses(), 1);
    RawClient fast(m_server->port());
    fast.send(get("/fast"));
    QTRY_COMPARE(fast.responses.size(), 1);
    QCOMPARE(fast.responses.at(0).body, QByteArray("path=/fast q="));
    QCOMPARE(slow.responses.size(), 0);
    QCOMPARE(m_server->pendingResponses(), 1);
}

void tst_localorg_http::droppedConnectionTruncatesResponse()
{
    RawClient c(m_server->port());
    QSignalSpy closed(&c.socket, &QTcpSocket::disconnected);
    c.send(get("/drop"));
    QVERIFY(closed.wait(5000));
    QCOMPARE(c.responses.size(), 0); // never complete
    QVERIFY(c.buffer.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(c.buffer.contains("Content-Length: 1000\r\n"));
    QTRY_COMPARE(m_server->openConnections(), 0);
}

void tst_localorg_http::bindsLoopbackOnly()
{
    RawClient c(m_server->port());
    QTRY_COMPARE(c.socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(c.socket.peerAddress(), QHostAddress(QHostAddress::LocalHost));
    HttpServer second;
    QString error;
    QVERIFY(!second.listen(m_server->port(), &error)); // the port is taken on 127.0.0.1
    QVERIFY(!error.isEmpty());
}

void tst_localorg_http::collapsesRepeatedSlashes()
{
    // The sf CLI keeps instance URLs with a trailing slash and asks for "//services/data/...": Salesforce
    // serves that path as if the slashes were one. An encoded slash is data and stays.
    RawClient c(m_server->port());
    c.send(get("//services//data///v62.0/query/?q=a//b"));
    c.send(get("/services/data/v62.0/sobjects/Account/Legacy_Id__c/A%2F%2FB//"));
    QTRY_COMPARE(c.responses.size(), 2);
    QCOMPARE(c.responses.at(0).body, QByteArray("path=/services/data/v62.0/query/ q=a//b"));
    QCOMPARE(c.responses.at(1).body,
             QByteArray("path=/services/data/v62.0/sobjects/Account/Legacy_Id__c/A%2F%2FB/ q="));

    HttpRequest request;
    request.target = "//services/data//v62.0/sobjects/A%2FB?x=1";
    request.parseTarget();
    QCOMPARE(request.rawPath, QByteArray("/services/data/v62.0/sobjects/A%2FB"));
    QCOMPARE(request.path, QStringLiteral("/services/data/v62.0/sobjects/A/B"));
    QCOMPARE(request.pathSegments(),
             (QStringList {QStringLiteral("services"), QStringLiteral("data"), QStringLiteral("v62.0"),
                           QStringLiteral("sobjects"), QStringLiteral("A/B")}));
}

QTEST_GUILESS_MAIN(tst_localorg_http)
#include "tst_localorg_http.moc"
