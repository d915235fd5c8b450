#include "core/salesforce/auth/accesstokencredentials.h"
#include "core/salesforce/connection.h"
#include "core/salesforce/restclient.h"
#include "tests/testsupport/scriptedhttpserver.h"
#include "tests/testsupport/testcertificates.h"
#include "tests/testsupport/testenvironment.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

using namespace sfsync;
using namespace sfsync::test;
using Step = ScriptedHttpServer::Step;
using Behaviour = ScriptedHttpServer::Behaviour;

// The transport never repeats a write by itself. Qt 6.4 sends a request again, on a new connection and
// silently, when the connection breaks after the request went out and before a complete answer came; these
// tests stand a server in front of RestClient that reads each request whole and then breaks the connection
// the ways a network does (closed, reset, half an answer, no answer at all; on a fresh and on a reused
// keep-alive connection; over http and https), and count what reached it: every write exactly once, its
// response marked answerLost. Reads may be repeated (they change nothing).
class tst_WriteOnce : public QObject
{
    Q_OBJECT

    struct Client
    {
        QNetworkAccessManager network;
        Connection connection;
        std::unique_ptr<RestClient> rest;
    };

    static std::unique_ptr<Client> clientFor(const QUrl &url)
    {
        auto client = std::make_unique<Client>();
        client->network.setProxy(QNetworkProxy::NoProxy);
        client->connection.setInstanceUrl(url);
        client->connection.setCredentials(new AccessTokenCredentials(QStringLiteral("00D000000000001!T")));
        client->rest = std::make_unique<RestClient>(&client->connection, &client->network);
        client->rest->setRetryPolicy(RetryPolicy {4, 1, 5});
        client->rest->setTimeoutMs(700);
        return client;
    }

    static RestResponse sendAndWait(RestClient &rest, const RestRequest &request)
    {
        RestCall *call = rest.send(request);
        QSignalSpy finished(call, &RestCall::finished);
        if (!finished.wait(20000))
            return {};
        return finished.first().first().value<RestResponse>();
    }

    static RestRequest request(const QByteArray &method)
    {
        RestRequest r;
        r.method = method;
        r.path = method == "DELETE" ? QStringLiteral("composite/sobjects?ids=003000000000001AAA")
                                    : QStringLiteral("composite/sobjects");
        if (method != "DELETE" && method != "GET")
            r.body = R"({"allOrNone":false,"records":[{"attributes":{"type":"Contact"},"LastName":"Once"}]})";
        return r;
    }

    static int count(const ScriptedHttpServer &server, const QByteArray &method)
    {
        int n = 0;
        for (const ScriptedHttpServer::Request &r : server.requests())
            n += r.method == method ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateEnvironment(QStringLiteral("tst_writeonce"));
        trustLoopbackCertificate();
    }

    void writeReachesTheServerOnce_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("behaviour");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<bool>("reused"); // the write goes out on a keep-alive connection used before
        for (const char *method : {"POST", "PATCH", "PUT", "DELETE"}) {
            for (const auto &[name, behaviour] : {std::pair {"closed", Behaviour::CloseWithoutAnswer},
                                                  {"reset", Behaviour::ResetWithoutAnswer},
                                                  {"cut", Behaviour::CutAnswer},
                                                  {"stalled", Behaviour::Stall}}) {
                for (const bool tls : {false, true}) {
                    for (const bool reused : {false, true}) {
                        QTest::addRow("%s %s%s%s", method, name, tls ? " https" : "", reused ? " reused" : "")
                            << QByteArray(method) << int(behaviour) << tls << reused;
                    }
                }
            }
        }
    }

    void writeReachesTheServerOnce()
    {
        QFETCH(QByteArray, method);
        QFETCH(int, behaviour);
        QFETCH(bool, tls);
        QFETCH(bool, reused);
        ScriptedHttpServer server;
        QVERIFY(server.start(tls));
        QList<Step> script;
        if (reused)
            script.append(Step {Behaviour::Answer, 200, R"({"ok":true})"});
        script.append(Step {Behaviour(behaviour), 200, R"([{"id":"003000000000001AAA","success":true}])"});
        // Anything after the scripted steps is answered: a repeat would succeed, as on a real network.
        server.setScript(script, Step {Behaviour::Answer, 200, R"([{"success":true}])"});
        auto client = clientFor(server.url());
        if (reused)
            QCOMPARE(sendAndWait(*client->rest, request("GET")).httpStatus, 200);

        const RestResponse response = sendAndWait(*client->rest, request(method));
        QCOMPARE(count(server, method), 1);
        QVERIFY(response.answerLost);
        QCOMPARE(response.httpStatus, 0);
        QCOMPARE(response.attempts, 1);
        QCOMPARE(response.firstError().errorCode, QStringLiteral("ANSWER_LOST"));
        QVERIFY(response.firstError().isAnswerLost());
        QVERIFY(!response.firstError().isTransient());
        if (Behaviour(behaviour) == Behaviour::Stall)
            QVERIFY2(response.firstError().message.contains(QLatin1String("within 0.7 s")),
                     qPrintable(response.firstError().message));
        // The connection is usable afterwards: the next write goes out (once) and is answered.
        const RestResponse next = sendAndWait(*client->rest, request(method));
        QCOMPARE(next.httpStatus, 200);
        QCOMPARE(count(server, method), 2);
    }

    // A read changes nothing: it may go again, and RestClient's own retry brings the answer.
    void readIsRepeated()
    {
        ScriptedHttpServer server;
        QVERIFY(server.start());
        server.setScript({Step {Behaviour::CloseWithoutAnswer}},
                         Step {Behaviour::Answer, 200, R"({"ok":1})"});
        auto client = clientFor(server.url());
        const RestResponse response = sendAndWait(*client->rest, request("GET"));
        QCOMPARE(response.httpStatus, 200);
        QVERIFY(!response.answerLost);
        QVERIFY(count(server, "GET") >= 2);
    }

    // A POST marked read-only (a Composite of queries) is repeated like a read.
    void readOnlyPostIsRepeated()
    {
        ScriptedHttpServer server;
        QVERIFY(server.start());
        server.setScript({Step {Behaviour::ResetWithoutAnswer}},
                         Step {Behaviour::Answer, 200, R"({"ok":1})"});
        auto client = clientFor(server.url());
        RestRequest query = request("POST");
        query.readOnly = true;
        const RestResponse response = sendAndWait(*client->rest, query);
        QCOMPARE(response.httpStatus, 200);
        QVERIFY(count(server, "POST") >= 2);
    }

    // Answers that show the write was not carried out: sent again, each time logged (and once per answer).
    void refusedWriteIsSentAgain_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("503") << 503 << QByteArray("<html>Service unavailable</html>");
        QTest::newRow("429") << 429 << QByteArray();
        QTest::newRow("420") << 420 << QByteArray();
        QTest::newRow("500 from Salesforce")
            << 500 << QByteArray(R"([{"errorCode":"UNKNOWN_EXCEPTION","message":"An unexpected error"}])");
        QTest::newRow("concurrent limit")
            << 403
            << QByteArray(
                   R"x([{"errorCode":"REQUEST_LIMIT_EXCEEDED","message":"ConcurrentRequests (Concurrent)"}])x");
    }

    void refusedWriteIsSentAgain()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        ScriptedHttpServer server;
        QVERIFY(server.start());
        server.setScript({Step {Behaviour::Answer, status, body}},
                         Step {Behaviour::Answer, 200, R"([{"success":true}])"});
        auto client = clientFor(server.url());
        QTest::ignoreMessage(QtInfoMsg,
                             QRegularExpression(QStringLiteral("sending POST composite/sobjects again")));
        const RestResponse response = sendAndWait(*client->rest, request("POST"));
        QCOMPARE(response.httpStatus, 200);
        QCOMPARE(count(server, "POST"), 2);
    }

    // A gateway's 502 or 504 (or a 5xx that is not Salesforce's own answer) may have handed the write on.
    void gatewayErrorIsALostAnswer_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("502") << 502;
        QTest::newRow("504") << 504;
        QTest::newRow("500 html") << 500;
    }

    void gatewayErrorIsALostAnswer()
    {
        QFETCH(int, status);
        ScriptedHttpServer server;
        QVERIFY(server.start());
        server.setScript({Step {Behaviour::Answer, status, "<html>Bad gateway</html>"}},
                         Step {Behaviour::Answer, 200, R"([{"success":true}])"});
        auto client = clientFor(server.url());
        const RestResponse response = sendAndWait(*client->rest, request("PATCH"));
        QVERIFY(response.answerLost);
        QCOMPARE(count(server, "PATCH"), 1);
    }

    // Nothing listening: the write never left, so it is no lost answer (and the org is unreachable).
    void refusedConnectionIsNoLostAnswer()
    {
        quint16 port = 0;
        {
            ScriptedHttpServer gone;
            QVERIFY(gone.start());
            port = gone.serverPort();
        }
        auto client = clientFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        const RestResponse response = sendAndWait(*client->rest, request("POST"));
        QVERIFY(!response.answerLost);
        QCOMPARE(response.firstError().errorCode, QStringLiteral("CONNECTION_REFUSED"));
        QCOMPARE(response.firstError().kind(), SfError::Kind::Unreachable);
    }
};

QTEST_GUILESS_MAIN(tst_WriteOnce)
#include "tst_writeonce.moc"
