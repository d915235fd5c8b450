#include "core/salesforce/auth/accesstokencredentials.h"
#include "core/salesforce/auth/clientcredentials.h"
#include "core/salesforce/auth/memorytokenstore.h"
#include "core/salesforce/auth/refreshtokencredentials.h"
#include "core/salesforce/auth/tokenrequest.h"
#include "core/salesforce/connection.h"
#include "core/salesforce/restclient.h"
#include "tests/testsupport/fakenetworkaccessmanager.h"
#include "tests/testsupport/testenvironment.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace sfsync;
using Fake = sfsync::test::FakeNetworkAccessManager;

namespace {

const QByteArray sessionExpired =
    "[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]";

RestResponse sendAndWait(RestClient &rest, const RestRequest &request)
{
    RestCall *call = rest.send(request);
    QSignalSpy spy(call, &RestCall::finished);
    if (!spy.wait(10000))
        return {};
    return spy.at(0).at(0).value<RestResponse>();
}

RestRequest get(const QString &path, const QString &kind = QStringLiteral("other"))
{
    RestRequest r;
    r.path = path;
    r.kind = kind;
    return r;
}

QUrlQuery form(const QByteArray &body)
{
    return QUrlQuery(QString::fromLatin1(body));
}

} // namespace

class tst_RestClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Fake> m_network;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<RestClient> m_rest;

    void makeClient(Credentials *credentials, const QString &token = QStringLiteral("OLD"))
    {
        m_connection = std::make_unique<Connection>();
        QVERIFY(m_connection->setInstanceUrl(QUrl(QStringLiteral("https://org.example.com"))).isNull());
        m_connection->setCredentials(credentials);
        if (!token.isEmpty())
            m_connection->setAccessToken(token);
        m_rest = std::make_unique<RestClient>(m_connection.get(), m_network.get());
        RetryPolicy fast;
        fast.initialBackoffMs = 1;
        fast.maxBackoffMs = 5;
        m_rest->setRetryPolicy(fast);
    }

    // Data calls need "Bearer NEW"; the token endpoint hands out NEW (optionally rotating the refresh token).
    void serveRefreshingOrg(const QByteArray &tokenBody)
    {
        m_network->setHandler([tokenBody](const Fake::Request &r) -> std::optional<Fake::Reply> {
            if (r.url.path() == QLatin1String("/services/oauth2/token"))
                return Fake::Reply::json(200, tokenBody);
            if (r.header("Authorization") != "Bearer NEW")
                return Fake::Reply::json(401, sessionExpired);
            return Fake::Reply::json(200, "{\"ok\":true}");
        });
    }

private Q_SLOTS:
    void initTestCase() { sfsync::test::isolateEnvironment(QStringLiteral("tst_restclient")); }

    void init()
    {
        m_rest.reset();
        m_connection.reset();
        m_network = std::make_unique<Fake>();
    }

    void cleanup()
    {
        m_rest.reset();
        m_connection.reset();
        m_network.reset();
    }

    void sendsAuthorizedJsonRequest()
    {
        makeClient(new AccessTokenCredentials(QStringLiteral("00Dx0000000BV7z!AR8AQ")), QString());
        m_network->enqueue(Fake::Reply::json(200, "{\"DailyApiRequests\":{}}"));
        const RestResponse response = sendAndWait(*m_rest, get(QStringLiteral("limits")));
        QCOMPARE(response.httpStatus, 200);
        QVERIFY(response.ok());
        QCOMPARE(response.attempts, 1);
        QCOMPARE(m_network->requests().size(), 1);
        const Fake::Request &sent = m_network->requests().first();
        QCOMPARE(sent.method, QByteArray("GET"));
        QCOMPARE(sent.url.toString(), QStringLiteral("https://org.example.com/services/data/v62.0/limits"));
        QCOMPARE(sent.header("Authorization"), QByteArray("Bearer 00Dx0000000BV7z!AR8AQ"));
        QCOMPARE(sent.header("Accept"), QByteArray("application/json"));
        // Left to Qt, which then adds gzip and decompresses by itself.
        QVERIFY(sent.header("Accept-Encoding").isEmpty());
    }

    void absolutePathsAndBodies()
    {
        makeClient(new AccessTokenCredentials(QStringLiteral("T")), QString());
        m_network->enqueue(
            Fake::Reply::json(201, "{\"id\":\"001000000000001AAA\",\"success\":true,\"errors\":[]}"));
        RestRequest post;
        post.method = "POST";
        post.path = QStringLiteral("sobjects/Account");
        post.body = "{\"Name\":\"Acme\"}";
        post.kind = QStringLiteral("sobject");
        const RestResponse created = sendAndWait(*m_rest, post);
        QCOMPARE(created.httpStatus, 201);
        QCOMPARE(created.json().object().value(QLatin1String("id")).toString(),
                 QStringLiteral("001000000000001AAA"));
        QCOMPARE(m_network->requests().at(0).body, post.body);
        QCOMPARE(m_network->requests().at(0).request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                 QByteArray("application/json"));

        m_network->enqueue(Fake::Reply::json(200, "{\"done\":true,\"records\":[]}"));
        sendAndWait(*m_rest, get(QStringLiteral("/services/data/v62.0/query/01gRO0000016PIAYA2-500")));
        QCOMPARE(m_network->requests().at(1).url.path(),
                 QStringLiteral("/services/data/v62.0/query/01gRO0000016PIAYA2-500"));

        RestRequest patch;
        patch.method = "PATCH";
        patch.path = QStringLiteral("sobjects/Account/001000000000001AAA");
        patch.body = "{\"Name\":\"Z\"}";
        m_network->enqueue(Fake::Reply::json(204, QByteArray()));
        QCOMPARE(sendAndWait(*m_rest, patch).httpStatus, 204);
        QCOMPARE(m_network->requests().at(2).method, QByteArray("PATCH"));
        QCOMPARE(m_rest->apiCalls(), 3);
        QCOMPARE(m_rest->apiCallsByKind().value(QStringLiteral("sobject")), 1);
        QCOMPARE(m_rest->apiCallsByKind().value(QStringLiteral("other")), 2);
    }

    void errorBodiesBecomeErrors()
    {
        makeClient(new AccessTokenCredentials(QStringLiteral("T")), QString());
        m_network->enqueue(Fake::Reply::json(
            400, "[{\"message\":\"unexpected token: 'FRM'\",\"errorCode\":\"MALFORMED_QUERY\"}]"));
        const RestResponse response = sendAndWait(*m_rest, get(QStringLiteral("query?q=x")));
        QCOMPARE(response.httpStatus, 400);
        QCOMPARE(response.firstError().errorCode, QStringLiteral("MALFORMED_QUERY"));
        QCOMPARE(response.firstError().message, QStringLiteral("unexpected token: 'FRM'"));
    }

    void limitInfoTracked()
    {
        makeClient(new AccessTokenCredentials(QStringLiteral("T")), QString());
        QSignalSpy changed(m_rest.get(), &RestClient::limitInfoChanged);
        QVERIFY(!m_rest->limitInfo().isKnown());
        Fake::Reply reply = Fake::Reply::json(200, "{}");
        reply.headers.append(qMakePair(QByteArray("Sforce-Limit-Info"),
                                       QByteArray("api-usage=10018/100000; api-bursts=1/750")));
        m_network->enqueue(reply);
        sendAndWait(*m_rest, get(QStringLiteral("limits")));
        QCOMPARE(m_rest->limitInfo().used, 10018);
        QCOMPARE(m_rest->limitInfo().max, 100000);
        QCOMPARE(changed.size(), 1);
        Fake::Reply other = Fake::Reply::json(200, "{}");
        other.headers.append(
            qMakePair(QByteArray("Sforce-Limit-Info"), QByteArray("per-app-api-usage=17/250(appName=x)")));
        m_network->enqueue(other);
        sendAndWait(*m_rest, get(QStringLiteral("limits")));
        QCOMPARE(m_rest->limitInfo().used, 10018); // unknown parts ignored
    }

    void retriesTransientFailures_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("503 html") << 503 << QByteArray("<html>down</html>");
        QTest::newRow("503 json")
            << 503
            << QByteArray("[{\"errorCode\":\"SERVER_UNAVAILABLE\",\"message\":\"Server unavailable\"}]");
        QTest::newRow("502") << 502 << QByteArray();
        QTest::newRow("500") << 500
                             << QByteArray("[{\"errorCode\":\"UNKNOWN_EXCEPTION\",\"message\":\"x\"}]");
        QTest::newRow("429") << 429 << QByteArray();
        QTest::newRow("420") << 420 << QByteArray();
        QTest::newRow("concurrent limit")
            << 403
            << QByteArray("[{\"errorCode\":\"REQUEST_LIMIT_EXCEEDED\",\"message\":\"ConcurrentRequests "
                          "(Concurrent API Requests) Limit exceeded.\"}]");
    }

    void retriesTransientFailures()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        makeClient(new AccessTokenCredentials(QStringLiteral("T")), QString());
        m_network->enqueue(Fake::Reply::json(status, body));
        m_network->enqueue(Fake::Reply::json(status, body));
        m_network->enqueue(Fake::Reply::json(200, "{\"ok\":true}"));
        const RestResponse response = sendAndWait(*m_rest, get(QStringLiteral("limits")));
        QCOMPARE(response.httpStatus, 200);
        QCOMPARE(response.attempts, 3);
        QCOMPARE(m_network->requests().size(), 3);
        QCOMPARE(m_rest->apiCalls(), 3);
    }

    void retriesTransportFailures_data()
    {
        QTest::addColumn<int>("error");
        QTest::newRow("reset") << int(QNetworkReply::RemoteHostClosedError);
        QTest::newRow("temporary") << int(QNetworkReply::TemporaryNetworkFailureError);
    }

    void retriesTransportFailures()
    {
        QFETCH(int, error);
        makeClient(new AccessTokenCredentials(QStringLiteral("T")), QString());
        m_network->enqueue(Fake::Reply::failure(QNetworkReply::NetworkError(error)));
        m_network->enqueue(Fake::Reply::json(200, "{}"));
        const RestResponse response = sendAndWait(*m_rest, get(QStringLiteral("limits")));
        QCOMPARE(response.httpStatus, 200);
        QCOMPARE(m_network->requests().size(), 2);
    }

    void neverRetriesFinalAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("400") << 400
                             << QByteArray(
                                    "[{\"errorCode\":\"INVALID_FIELD\",\"message\":\"No such column\"}]");
        QTest::newRow("400 lock row in body")
            << 400 << QByteArray("[{\"errorCode\":\"FIELD_INTEGRITY_EXCEPTION\",\"message\":\"x\"}]");
        QTest::newRow("300") << 300
                             << QByteArray("[\"/services/data/v62.0/sobjects/Account/001A\",\"/services/data/"
                                           "v62.0/sobjects/Account/001B\"]");
        QTest::newRow("404")
            << 404
            << QByteArray(
                   "[{\"errorCode\":\"NOT_FOUND\",\"message\":\"The requested resource does not exist\"}]");
        QTest::newRow("501") << 501 << QByteArray();
        QTest::newRow("daily limit") << 403
                                     << QByteArray("[{\"errorCode\":\"REQUEST_LIMIT_EXCEEDED\",\"message\":"
                                                   "\"TotalRequests Limit exceeded.\"}]");
    }

    void neverRetriesFinalAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        makeClient(new AccessTokenCredentials(QStringLiteral("T")), QString());
        m_network->setHandler(
            [status, body](const Fake::Request &) { return Fake::Reply::json(status, body); });
        const RestResponse response = sendAndWait(*m_rest, get(QStringLiteral("sobjects/Account/x")));
        QCOMPARE(response.httpStatus, status);
        QCOMPARE(response.attempts, 1);
        QCOMPARE(m_network->requests().size(), 1);
        QVERIFY(!response.errors.isEmpty());
    }

    void perRecordLockRowIsNotTheClientsBusiness()
    {
        makeClient(new AccessTokenCredentials(QStringLiteral("T")), QString());
        m_network->enqueue(Fake::Reply::json(
            200,
            "[{\"success\":false,\"errors\":[{\"statusCode\":\"UNABLE_TO_LOCK_ROW\",\"message\":\"unable to "
            "obtain exclusive access to this record\",\"fields\":[]}]}]"));
        const RestResponse response = sendAndWait(*m_rest, get(QStringLiteral("composite/sobjects")));
        QCOMPARE(response.httpStatus, 200);
        QVERIFY(response.errors.isEmpty());
        QCOMPARE(m_network->requests().size(), 1);
    }

    void givesUpAfterMaxAttempts()
    {
        makeClient(new AccessTokenCredentials(QStringLiteral("T")), QString());
        RetryPolicy policy;
        policy.maxAttempts = 3;
        policy.initialBackoffMs = 1;
        policy.maxBackoffMs = 2;
        m_rest->setRetryPolicy(policy);
        m_network->setHandler([](const Fake::Request &) { return Fake::Reply::json(503, "busy"); });
        const RestResponse response = sendAndWait(*m_rest, get(QStringLiteral("limits")));
        QCOMPARE(response.httpStatus, 503);
        QCOMPARE(response.attempts, 3);
        QCOMPARE(m_network->requests().size(), 3);
        QCOMPARE(response.firstError().errorCode, QStringLiteral("SERVER_UNAVAILABLE"));
    }

    // A write is sent again only after an answer that shows it was not carried out (503, 429); a lost
    // answer (here a reset after sending) is reported as such and never repeated by the client.
    void writeRepeatedOnlyAfterARefusal()
    {
        makeClient(new AccessTokenCredentials(QStringLiteral("T")), QString());
        RestRequest create;
        create.method = "POST";
        create.path = QStringLiteral("sobjects/Account");
        create.body = "{\"Name\":\"A\"}";
        QVERIFY(create.isWrite());

        m_network->enqueue(Fake::Reply::json(503, "down"));
        m_network->enqueue(Fake::Reply::json(201, "{\"id\":\"x\"}"));
        QCOMPARE(sendAndWait(*m_rest, create).httpStatus, 201);
        QCOMPARE(m_network->requests().size(), 2);

        m_network->clearRequests();
        m_network->clearQueue();
        m_network->enqueue(Fake::Reply::failure(QNetworkReply::RemoteHostClosedError));
        m_network->enqueue(Fake::Reply::json(201, "{\"id\":\"x\"}"));
        const RestResponse reset = sendAndWait(*m_rest, create);
        QCOMPARE(reset.httpStatus, 0);
        QVERIFY(reset.answerLost);
        QCOMPARE(reset.firstError().errorCode, QStringLiteral("ANSWER_LOST"));
        QCOMPARE(m_network->requests().size(), 1);

        m_network->clearRequests();
        m_network->clearQueue();
        // 429 means the request was refused, not processed: safe to send again.
        m_network->enqueue(Fake::Reply::json(429, QByteArray()));
        m_network->enqueue(Fake::Reply::json(201, "{\"id\":\"y\"}"));
        QCOMPARE(sendAndWait(*m_rest, create).httpStatus, 201);
        QCOMPARE(m_network->requests().size(), 2);

        // A timeout of a write: lost, not repeated.
        m_network->clearRequests();
        m_network->clearQueue();
        m_rest->setTimeoutMs(50);
        m_network->enqueue(Fake::Reply::hanging());
        const RestResponse late = sendAndWait(*m_rest, create);
        QVERIFY(late.answerLost);
        QCOMPARE(m_network->requests().size(), 1);
    }

    // A per-request timeout overrides the client's.
    void perRequestTimeout()
    {
        makeClient(new AccessTokenCredentials(QStringLiteral("T")), QString());
        RetryPolicy once;
        once.maxAttempts = 1;
        m_rest->setRetryPolicy(once);
        m_rest->setTimeoutMs(60000);
        m_network->enqueue(Fake::Reply::hanging());
        RestRequest request = get(QStringLiteral("limits"));
        request.timeoutMs = 30;
        const RestResponse response = sendAndWait(*m_rest, request);
        QCOMPARE(response.firstError().errorCode, QStringLiteral("TIMEOUT"));
    }

    // The org's clock, from the Date header of its answers (read-back compares it with CreatedDate).
    void serverClockFromDateHeader()
    {
        makeClient(new AccessTokenCredentials(QStringLiteral("T")), QString());
        Fake::Reply reply = Fake::Reply::json(200, "{}");
        const QDateTime server = QDateTime::currentDateTimeUtc().addSecs(3600);
        reply.headers.append(
            {"Date",
             QLocale::c().toString(server, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1()});
        m_network->enqueue(reply);
        sendAndWait(*m_rest, get(QStringLiteral("limits")));
        QVERIFY(qAbs(m_rest->serverTime().secsTo(server)) <= 2);
    }

    void timesOut()
    {
        makeClient(new AccessTokenCredentials(QStringLiteral("T")), QString());
        RetryPolicy once;
        once.maxAttempts = 1;
        m_rest->setRetryPolicy(once);
        m_rest->setTimeoutMs(50);
        m_network->enqueue(Fake::Reply::hanging());
        const RestResponse response = sendAndWait(*m_rest, get(QStringLiteral("limits")));
        QCOMPARE(response.httpStatus, 0);
        QCOMPARE(response.firstError().errorCode, QStringLiteral("TIMEOUT"));
        QVERIFY(response.firstError().isTransient());
    }

    void timeoutIsRetried()
    {
        makeClient(new AccessTokenCredentials(QStringLiteral("T")), QString());
        m_rest->setTimeoutMs(50);
        RetryPolicy fast;
        fast.initialBackoffMs = 1;
        m_rest->setRetryPolicy(fast);
        m_network->enqueue(Fake::Reply::hanging());
        m_network->enqueue(Fake::Reply::json(200, "{}"));
        QCOMPARE(sendAndWait(*m_rest, get(QStringLiteral("limits"))).httpStatus, 200);
        QCOMPARE(m_network->requests().size(), 2);
    }

    void abortFinishesOnce()
    {
        makeClient(new AccessTokenCredentials(QStringLiteral("T")), QString());
        m_network->enqueue(Fake::Reply::hanging());
        RestCall *call = m_rest->send(get(QStringLiteral("limits")));
        QSignalSpy spy(call, &RestCall::finished);
        QTRY_COMPARE(m_network->requests().size(), 1);
        call->abort();
        QTRY_COMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<RestResponse>().firstError().errorCode, QStringLiteral("CANCELED"));
        QCOMPARE(m_network->requests().size(), 1);
    }

    void concurrencyCapHonoured()
    {
        makeClient(new AccessTokenCredentials(QStringLiteral("T")), QString());
        m_rest->setMaxConcurrent(3);
        m_network->setHandler([](const Fake::Request &) { return Fake::Reply::json(200, "{}"); });
        int done = 0;
        for (int i = 0; i < 20; ++i)
            m_rest->send(get(QStringLiteral("limits")), this, [&done](const RestResponse &) { ++done; });
        QTRY_COMPARE(done, 20);
        QCOMPARE(m_network->requests().size(), 20);
        QCOMPARE(m_network->maxInFlight(), 3);
    }

    void httpsRequiredExceptLoopback()
    {
        Connection connection;
        const SfError insecure = connection.setInstanceUrl(QUrl(QStringLiteral("http://na1.salesforce.com")));
        QCOMPARE(insecure.errorCode, QStringLiteral("INSECURE_URL"));
        QVERIFY(connection.instanceUrl().isEmpty());
        QVERIFY(connection.setInstanceUrl(QUrl(QStringLiteral("https://na1.salesforce.com/"))).isNull());
        QVERIFY(connection.setInstanceUrl(QUrl(QStringLiteral("http://127.0.0.1:8080"))).isNull());
        QVERIFY(connection.setInstanceUrl(QUrl(QStringLiteral("http://127.5.5.5:8080"))).isNull());
        QVERIFY(connection.setInstanceUrl(QUrl(QStringLiteral("http://localhost:1"))).isNull());
        QVERIFY(connection.setInstanceUrl(QUrl(QStringLiteral("http://[::1]:1"))).isNull());
        QCOMPARE(connection.setInstanceUrl(QUrl(QStringLiteral("http://localhost.evil.com"))).errorCode,
                 QStringLiteral("INSECURE_URL"));
        QCOMPARE(connection.setInstanceUrl(QUrl(QStringLiteral("ftp://127.0.0.1"))).errorCode,
                 QStringLiteral("INSECURE_URL"));

        // A token request to a plain-http login host is refused before anything is sent.
        auto *request = new TokenRequest(m_network.get(), QUrl(QStringLiteral("http://login.example.com")),
                                         {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")}});
        QSignalSpy finished(request, &TokenRequest::finished);
        request->start();
        QVERIFY(finished.wait());
        QCOMPARE(finished.at(0).at(1).value<SfError>().errorCode, QStringLiteral("INSECURE_URL"));
        QCOMPARE(m_network->requests().size(), 0);
    }

    void refreshesOnceAndReplays()
    {
        auto *credentials =
            new RefreshTokenCredentials(QUrl(QStringLiteral("https://login.example.com")),
                                        QStringLiteral("sfsync-local"), QStringLiteral("RT1"));
        makeClient(credentials, QStringLiteral("OLD"));
        serveRefreshingOrg("{\"access_token\":\"NEW\",\"instance_url\":\"https://"
                           "org.example.com\",\"id\":\"https://login.example.com/id/00D000000000001AAA/"
                           "005000000000001AAA\",\"issued_at\":\"1\",\"token_type\":\"Bearer\"}");
        int ok = 0;
        const int n = 6;
        for (int i = 0; i < n; ++i) {
            m_rest->send(get(QStringLiteral("limits")), this, [&ok](const RestResponse &r) {
                if (r.httpStatus == 200)
                    ++ok;
            });
        }
        QTRY_COMPARE(ok, n);
        QCOMPARE(m_network->count(QStringLiteral("/services/oauth2/token")), 1);
        QCOMPARE(m_connection->refreshCount(), 1);
        QCOMPARE(m_connection->accessToken(), QStringLiteral("NEW"));
        QCOMPARE(m_connection->identity().orgId, QStringLiteral("00D000000000001AAA"));
        QCOMPARE(m_connection->identity().userId, QStringLiteral("005000000000001AAA"));

        // The refresh is a plain form POST to the login host, with no redirect_uri and no empty secret.
        const auto &requests = m_network->requests();
        const auto token = std::find_if(requests.cbegin(), requests.cend(), [](const Fake::Request &r) {
            return r.url.path() == QLatin1String("/services/oauth2/token");
        });
        QCOMPARE(token->url.host(), QStringLiteral("login.example.com"));
        QCOMPARE(token->request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                 QByteArray("application/x-www-form-urlencoded"));
        const QUrlQuery body = form(token->body);
        QCOMPARE(body.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("refresh_token"));
        QCOMPARE(body.queryItemValue(QStringLiteral("refresh_token")), QStringLiteral("RT1"));
        QCOMPARE(body.queryItemValue(QStringLiteral("client_id")), QStringLiteral("sfsync-local"));
        QVERIFY(!body.hasQueryItem(QStringLiteral("redirect_uri")));
        QVERIFY(!body.hasQueryItem(QStringLiteral("client_secret")));
        // Each call: one 401 with the old token at most, then one replay with the new one.
        QVERIFY(m_network->requests().size() <= 2 * n + 1);
    }

    void rotatedRefreshTokenIsSaved()
    {
        MemoryTokenStore store;
        auto *credentials = new RefreshTokenCredentials(QUrl(QStringLiteral("https://login.example.com")),
                                                        QStringLiteral("cid"), QStringLiteral("RT1"));
        credentials->setTokenStore(&store, QStringLiteral("prod"));
        QSignalSpy saved(credentials, &RefreshTokenCredentials::tokenSaved);
        makeClient(credentials, QStringLiteral("OLD"));
        serveRefreshingOrg("{\"access_token\":\"NEW\",\"refresh_token\":\"RT2\",\"instance_url\":\"https://"
                           "org.example.com\"}");
        QCOMPARE(sendAndWait(*m_rest, get(QStringLiteral("limits"))).httpStatus, 200);
        QCOMPARE(credentials->refreshToken(), QStringLiteral("RT2"));
        QTRY_COMPARE(saved.size(), 1);
        QVERIFY(saved.at(0).at(0).value<SfError>().isNull());
        QCOMPARE(store.tokens(QStringLiteral("prod")).refreshToken, QStringLiteral("RT2"));
    }

    void concurrentRefreshGrantIsRetried()
    {
        auto *credentials = new RefreshTokenCredentials(QUrl(QStringLiteral("https://login.example.com")),
                                                        QStringLiteral("cid"), QStringLiteral("RT1"));
        makeClient(credentials, QStringLiteral("OLD"));
        int tokenCalls = 0;
        m_network->setHandler([&tokenCalls](const Fake::Request &r) -> std::optional<Fake::Reply> {
            if (r.url.path() == QLatin1String("/services/oauth2/token")) {
                if (++tokenCalls == 1)
                    return Fake::Reply::json(400,
                                             "{\"error\":\"invalid_grant\",\"error_description\":\"token "
                                             "request is already being processed\"}");
                return Fake::Reply::json(200, "{\"access_token\":\"NEW\"}");
            }
            if (r.header("Authorization") != "Bearer NEW")
                return Fake::Reply::json(401, sessionExpired);
            return Fake::Reply::json(200, "{}");
        });
        QCOMPARE(sendAndWait(*m_rest, get(QStringLiteral("limits"))).httpStatus, 200);
        QCOMPARE(tokenCalls, 2);
    }

    void failedRefreshIsReportedNotLooped()
    {
        auto *credentials = new RefreshTokenCredentials(QUrl(QStringLiteral("https://login.example.com")),
                                                        QStringLiteral("cid"), QStringLiteral("RT-revoked"));
        makeClient(credentials, QStringLiteral("OLD"));
        m_network->setHandler([](const Fake::Request &r) -> std::optional<Fake::Reply> {
            if (r.url.path() == QLatin1String("/services/oauth2/token"))
                return Fake::Reply::json(
                    400,
                    "{\"error\":\"invalid_grant\",\"error_description\":\"expired access/refresh token\"}");
            return Fake::Reply::json(401, sessionExpired);
        });
        const RestResponse response = sendAndWait(*m_rest, get(QStringLiteral("limits")));
        QVERIFY(!response.ok());
        QCOMPARE(response.firstError().errorCode, QStringLiteral("invalid_grant"));
        QCOMPARE(response.firstError().message, QStringLiteral("expired access/refresh token"));
        QCOMPARE(m_network->count(QStringLiteral("/services/oauth2/token")), 1);
        QCOMPARE(m_network->count(QStringLiteral("/limits")), 1);
    }

    void staticTokenCannotRefresh()
    {
        makeClient(new AccessTokenCredentials(QStringLiteral("T")), QString());
        m_network->setHandler([](const Fake::Request &) { return Fake::Reply::json(401, sessionExpired); });
        const RestResponse response = sendAndWait(*m_rest, get(QStringLiteral("limits")));
        QCOMPARE(response.httpStatus, 401);
        QCOMPARE(response.firstError().errorCode, QStringLiteral("INVALID_SESSION_ID"));
        QCOMPARE(m_network->requests().size(), 1);
    }

    void clientCredentialsFetchTokenFirst()
    {
        auto *credentials = new ClientCredentials(QUrl(QStringLiteral("https://acme.my.salesforce.com")),
                                                  QStringLiteral("cid"), QStringLiteral("s3cr3t+/="));
        m_connection = std::make_unique<Connection>();
        m_connection->setCredentials(credentials);
        m_rest = std::make_unique<RestClient>(m_connection.get(), m_network.get());
        m_network->setHandler([](const Fake::Request &r) -> std::optional<Fake::Reply> {
            if (r.url.path() == QLatin1String("/services/oauth2/token"))
                return Fake::Reply::json(
                    200, "{\"access_token\":\"NEW\",\"instance_url\":\"https://acme.my.salesforce.com\"}");
            return Fake::Reply::json(r.header("Authorization") == "Bearer NEW" ? 200 : 401, "{}");
        });
        QCOMPARE(sendAndWait(*m_rest, get(QStringLiteral("limits"))).httpStatus, 200);
        QCOMPARE(m_connection->instanceUrl().toString(), QStringLiteral("https://acme.my.salesforce.com"));
        const QUrlQuery body = form(m_network->requests().first().body);
        QCOMPARE(body.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("client_credentials"));
        QCOMPARE(body.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded),
                 QStringLiteral("s3cr3t+/="));
        QCOMPARE(m_network->requests().first().url.host(), QStringLiteral("acme.my.salesforce.com"));
    }

    void apiVersionChoice()
    {
        QCOMPARE(Connection::chooseApiVersion(
                     {QStringLiteral("31.0"), QStringLiteral("62.0"), QStringLiteral("63.0")}),
                 QStringLiteral("62.0"));
        QCOMPARE(Connection::chooseApiVersion({QStringLiteral("58.0"), QStringLiteral("59.0")}),
                 QStringLiteral("59.0"));
        QCOMPARE(Connection::chooseApiVersion({QStringLiteral("9.0"), QStringLiteral("10.0")}),
                 QStringLiteral("10.0"));
        QCOMPARE(Connection::chooseApiVersion({QStringLiteral("64.0")}), QString());
        Connection c;
        QCOMPARE(c.apiVersion(), QStringLiteral("62.0"));
        RestClient rest(&c, m_network.get());
        c.setApiVersion(QStringLiteral("58.0"), true);
        QCOMPARE(rest.dataPath(QStringLiteral("sobjects")), QStringLiteral("/services/data/v58.0/sobjects"));
        QVERIFY(c.isApiVersionPinned());
    }
};

QTEST_GUILESS_MAIN(tst_RestClient)
#include "tst_restclient.moc"
