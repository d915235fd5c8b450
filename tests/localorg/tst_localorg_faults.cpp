// Fault injection and latency on the local org: 503 at a rate (reproducible by seed), per-record
// UNABLE_TO_LOCK_ROW in Collections and Bulk 2.0, the network's faults (a request lost before it is carried
// out, an answer lost after it, half an answer, no answer at all) seen byte for byte on a raw socket, faults
// limited to a route, 420 and concurrent-limit 403, and delayed responses that overlap instead of queueing
// (asserted by counts, not by time).
#include "localorg/data/recordstore.h"
#include "localorg/localorg.h"
#include "tests/testsupport/orgclient.h"
#include "tests/testsupport/testenvironment.h"

#include <QTcpSocket>
#include <QTest>

using namespace sfsync::localorg;
using sfsync::test::OrgClient;
using sfsync::test::OrgReply;

namespace {

std::unique_ptr<LocalOrg> startOrg(double rate, const QStringList &codes, quint32 seed = 1)
{
    LocalOrgOptions options;
    options.seed = QStringLiteral("none");
    options.accessToken = QStringLiteral("00D000000000001!AQ.faults");
    options.failRate = rate;
    options.failCodes = codes;
    options.randomSeed = seed;
    auto org = std::make_unique<LocalOrg>(options);
    if (!org->start())
        return nullptr;
    return org;
}

QJsonDocument accounts(int n)
{
    QJsonArray records;
    for (int i = 0; i < n; ++i)
        records.append(QJsonObject {
            {QStringLiteral("attributes"), QJsonObject {{QStringLiteral("type"), QStringLiteral("Account")}}},
            {QStringLiteral("Name"), QStringLiteral("L%1").arg(i)}});
    return QJsonDocument(
        QJsonObject {{QStringLiteral("allOrNone"), false}, {QStringLiteral("records"), records}});
}

} // namespace

class tst_localorg_faults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void every503IsSalesforceShaped();
    void rateIsReproducibleBySeed();
    void lockFaultsArePerRecord();
    void lockFaultsInBulk();
    void droppedConnection();
    void networkFaultsLoseTheAnswerNotTheWork_data();
    void networkFaultsLoseTheAnswerNotTheWork();
    void faultsFollowTheirRoute();
    void unreadableFaultCodesAreRefused();
    void edge420AndConcurrentLimit();
    void latencyOverlapsAcrossConnections();
    void faultsCanBeChangedAtRunTime();
};

void tst_localorg_faults::initTestCase()
{
    sfsync::test::isolateEnvironment(QStringLiteral("tst_localorg_faults"));
}

void tst_localorg_faults::every503IsSalesforceShaped()
{
    auto org = startOrg(1.0, {QStringLiteral("503")});
    QVERIFY(org);
    OrgClient client(org->baseUrl(), org->accessToken());
    const OrgReply r = client.get(QStringLiteral("sobjects"));
    QCOMPARE(r.status, 503);
    QCOMPARE(r.errorCode(), QStringLiteral("SERVER_UNAVAILABLE"));
    QVERIFY(r.hasHeader("Sforce-Limit-Info"));
    // Not the versions list, not OAuth.
    QCOMPARE(client.get(QStringLiteral("/services/data")).status, 200);
    QCOMPARE(client.get(QStringLiteral("/.well-known/openid-configuration")).status, 200);
}

void tst_localorg_faults::rateIsReproducibleBySeed()
{
    const auto run = [](quint32 seed) {
        auto org = startOrg(0.3, {QStringLiteral("503")}, seed);
        OrgClient client(org->baseUrl(), org->accessToken());
        QList<int> statuses;
        for (int i = 0; i < 60; ++i)
            statuses << client.get(QStringLiteral("limits")).status;
        return statuses;
    };
    const QList<int> first = run(7);
    QCOMPARE(run(7), first);
    QVERIFY(first.contains(200));
    QVERIFY(first.contains(503));
    QCOMPARE(first.count(200) + first.count(503), 60);
    QVERIFY(run(8) != first);
}

void tst_localorg_faults::lockFaultsArePerRecord()
{
    auto org = startOrg(1.0, {QStringLiteral("UNABLE_TO_LOCK_ROW")});
    OrgClient client(org->baseUrl(), org->accessToken());
    QCOMPARE(client.get(QStringLiteral("sobjects")).status, 200); // calls themselves do not fail
    const OrgReply r = client.post(QStringLiteral("composite/sobjects"), accounts(3));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.array().size(), 3);
    for (const QJsonValue &v : r.array()) {
        const QJsonObject error = v.toObject().value(QStringLiteral("errors")).toArray().at(0).toObject();
        QCOMPARE(error.value(QStringLiteral("statusCode")).toString(), QStringLiteral("UNABLE_TO_LOCK_ROW"));
        QVERIFY(error.value(QStringLiteral("message"))
                    .toString()
                    .startsWith(
                        QLatin1String("unable to obtain exclusive access to this record or 1 records: ")));
    }
    QCOMPARE(org->records().count(QStringLiteral("Account")), 0);

    // At a partial rate, some records are written and the others can be retried.
    org->setFaults(0.5, {QStringLiteral("UNABLE_TO_LOCK_ROW")});
    const OrgReply partial = client.post(QStringLiteral("composite/sobjects"), accounts(40));
    int succeeded = 0;
    for (const QJsonValue &v : partial.array())
        succeeded += v.toObject().value(QStringLiteral("success")).toBool() ? 1 : 0;
    QVERIFY(succeeded > 0 && succeeded < 40);
    QCOMPARE(org->records().count(QStringLiteral("Account")), succeeded);

    // A single-record write fails as a call.
    org->setFaults(1.0, {QStringLiteral("UNABLE_TO_LOCK_ROW")});
    const OrgReply single =
        client.post(QStringLiteral("sobjects/Account"),
                    QJsonDocument(QJsonObject {{QStringLiteral("Name"), QStringLiteral("S")}}));
    QCOMPARE(single.status, 400);
    QCOMPARE(single.errorCode(), QStringLiteral("UNABLE_TO_LOCK_ROW"));
}

void tst_localorg_faults::lockFaultsInBulk()
{
    auto org = startOrg(1.0, {QStringLiteral("UNABLE_TO_LOCK_ROW")});
    OrgClient client(org->baseUrl(), org->accessToken());
    const QString id =
        client
            .post(QStringLiteral("jobs/ingest"),
                  QJsonDocument(QJsonObject {{QStringLiteral("object"), QStringLiteral("Account")},
                                             {QStringLiteral("operation"), QStringLiteral("insert")}}))
            .object()
            .value(QStringLiteral("id"))
            .toString();
    client.send("PUT", QStringLiteral("jobs/ingest/%1/batches").arg(id), "Name\nLocked\n", {}, "text/csv");
    client.patch(QStringLiteral("jobs/ingest/") + id,
                 QJsonDocument(QJsonObject {{QStringLiteral("state"), QStringLiteral("UploadComplete")}}));
    QString state;
    for (int i = 0; i < 1000 && state != QLatin1String("JobComplete"); ++i)
        state = client.get(QStringLiteral("jobs/ingest/") + id)
                    .object()
                    .value(QStringLiteral("state"))
                    .toString();
    QCOMPARE(state, QStringLiteral("JobComplete"));
    const OrgReply failed = client.get(QStringLiteral("jobs/ingest/%1/failedResults").arg(id));
    QCOMPARE(failed.body,
             QByteArray("\"sf__Id\",\"sf__Error\",Name\n\"\",\"UNABLE_TO_LOCK_ROW:unable to obtain exclusive "
                        "access to this record or 1 records: :--\",\"Locked\"\n"));
    QCOMPARE(org->records().count(QStringLiteral("Account")), 0);
}

void tst_localorg_faults::droppedConnection()
{
    auto org = startOrg(1.0, {QStringLiteral("DROP")});
    OrgClient client(org->baseUrl(), org->accessToken());
    const OrgReply r = client.get(QStringLiteral("sobjects"));
    QVERIFY(r.finished);
    QVERIFY2(r.error != QNetworkReply::NoError, "a dropped connection must surface as a network error");
    org->setFaults(0, {});
    QCOMPARE(client.get(QStringLiteral("sobjects")).status, 200);
}

void tst_localorg_faults::networkFaultsLoseTheAnswerNotTheWork_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("carriedOut");
    QTest::addColumn<int>(
        "answerBytes"); // 0: none, 1: some but not all, -1: none and the connection stays open
    QTest::newRow("LOSE_REQUEST") << QStringLiteral("LOSE_REQUEST") << false << 0;
    QTest::newRow("LOSE_ANSWER") << QStringLiteral("LOSE_ANSWER") << true << 0;
    QTest::newRow("DROP") << QStringLiteral("DROP") << true << 1;
    QTest::newRow("STALL") << QStringLiteral("STALL") << true << -1;
}

void tst_localorg_faults::networkFaultsLoseTheAnswerNotTheWork()
{
    QFETCH(QString, code);
    QFETCH(bool, carriedOut);
    QFETCH(int, answerBytes);
    auto org = startOrg(0, {code + QStringLiteral("=1")});
    QVERIFY(org);
    const QByteArray body = R"({"Name":"Lost on the wire"})";
    // Declared before the socket: its destructor still emits disconnected().
    QByteArray received;
    bool closed = false;
    QTcpSocket socket;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [&] { closed = true; });
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), org->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST /services/data/v62.0/sobjects/Account HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                 + org->accessToken().toLatin1() + "\r\nContent-Type: application/json\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    // The org has read the whole request once it counted the call.
    QTRY_COMPARE(org->apiCalls(), 1);
    QCOMPARE(org->injectedFaults().value(code), 1);
    QCOMPARE(org->records().count(QStringLiteral("Account")), carriedOut ? 1 : 0);
    if (answerBytes >= 0) {
        QTRY_VERIFY(closed);
        if (answerBytes == 0) {
            QCOMPARE(received, QByteArray());
        } else {
            QVERIFY(received.startsWith("HTTP/1.1 201"));
            QVERIFY(!received.endsWith("}")); // half a body
        }
    } else {
        // Nothing comes, and the connection stays open (its answer is pending until the client leaves).
        QTRY_COMPARE(org->maxPendingResponses(), 1);
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
        QCOMPARE(received, QByteArray());
    }
}

void tst_localorg_faults::faultsFollowTheirRoute()
{
    auto org = startOrg(
        0, {QStringLiteral("503=1@POST:sobjects/*"), QStringLiteral("LOSE_ANSWER=1@*:jobs/ingest*")});
    QVERIFY(org);
    OrgClient client(org->baseUrl(), org->accessToken());
    QCOMPARE(client.get(QStringLiteral("limits")).status, 200);
    QCOMPARE(client.get(QStringLiteral("sobjects/Account/describe")).status, 200);
    QCOMPARE(client
                 .post(QStringLiteral("sobjects/Account"),
                       QJsonDocument(QJsonObject {{QStringLiteral("Name"), QStringLiteral("R")}}))
                 .status,
             503);
    const OrgReply lost = client.get(QStringLiteral("jobs/ingest"));
    QVERIFY(lost.error != QNetworkReply::NoError);
    QCOMPARE(org->injectedFaults().value(QStringLiteral("503")), 1);
    QVERIFY(org->injectedFaults().value(QStringLiteral("LOSE_ANSWER")) >= 1);
}

void tst_localorg_faults::unreadableFaultCodesAreRefused()
{
    auto org = startOrg(0, {});
    QString error;
    QVERIFY(!org->setFaults(0, {QStringLiteral("BOGUS")}, &error));
    QVERIFY2(error.contains(QLatin1String("unknown fault")), qPrintable(error));
    QVERIFY(!org->setFaults(0, {QStringLiteral("503=2")}, &error));
    QVERIFY2(error.contains(QLatin1String("probability")), qPrintable(error));
    QVERIFY(!org->setFaults(0, {QStringLiteral("503@composite")}, &error));
    QVERIFY2(error.contains(QLatin1String("METHOD:PATH")), qPrintable(error));
    QVERIFY(org->setFaults(0, {QStringLiteral("stall=0.5@patch:jobs/ingest/*")}, &error));
}

void tst_localorg_faults::edge420AndConcurrentLimit()
{
    auto org = startOrg(1.0, {QStringLiteral("420")});
    OrgClient client(org->baseUrl(), org->accessToken());
    QCOMPARE(client.get(QStringLiteral("limits")).status, 420);
    org->setFaults(1.0, {QStringLiteral("REQUEST_LIMIT_EXCEEDED")});
    const OrgReply r = client.get(QStringLiteral("limits"));
    QCOMPARE(r.status, 403);
    QCOMPARE(
        r.body,
        QByteArray(
            R"([{"errorCode":"REQUEST_LIMIT_EXCEEDED","message":"ConcurrentRequests (Concurrent API Requests) Limit exceeded."}])"));
    org->setFaults(1.0, {QStringLiteral("401")});
    QCOMPARE(client.get(QStringLiteral("limits")).errorCode(), QStringLiteral("INVALID_SESSION_ID"));
}

void tst_localorg_faults::latencyOverlapsAcrossConnections()
{
    auto org = startOrg(0, {});
    org->setLatency(1500, 100);
    constexpr int Clients = 20;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    QList<QByteArray> received(Clients);
    for (int i = 0; i < Clients; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QObject::connect(socket.get(), &QTcpSocket::readyRead, socket.get(),
                         [&received, i, s = socket.get()] { received[i] += s->readAll(); });
        socket->connectToHost(QHostAddress(QHostAddress::LocalHost), org->port());
        socket->write("GET /services/data/v62.0/limits HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                      + org->accessToken().toLatin1() + "\r\n\r\n");
        sockets.push_back(std::move(socket));
    }
    // All twenty delayed responses are pending at the same time: one delay does not hold up another request.
    QTRY_COMPARE_WITH_TIMEOUT(org->maxPendingResponses(), Clients, 10000);
    for (int i = 0; i < Clients; ++i)
        QTRY_VERIFY_WITH_TIMEOUT(received[i].startsWith("HTTP/1.1 200 OK"), 10000);
    QCOMPARE(org->connectionsAccepted(), Clients);
    QCOMPARE(org->apiCalls(), Clients);
}

void tst_localorg_faults::faultsCanBeChangedAtRunTime()
{
    auto org = startOrg(0, {});
    OrgClient client(org->baseUrl(), org->accessToken());
    QCOMPARE(client.get(QStringLiteral("limits")).status, 200);
    org->setFaults(1.0, {QStringLiteral("503")});
    QCOMPARE(client.get(QStringLiteral("limits")).status, 503);
    org->setFaults(0, {QStringLiteral("503")});
    QCOMPARE(client.get(QStringLiteral("limits")).status, 200);
    QVERIFY(org->summary().contains(QLatin1String("Injected faults: 1 calls")));
}

QTEST_GUILESS_MAIN(tst_localorg_faults)
#include "tst_localorg_faults.moc"
