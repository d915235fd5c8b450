#include "core/salesforce/auth/accesstokencredentials.h"
#include "core/salesforce/connection.h"
#include "core/salesforce/restclient.h"
#include "tests/testsupport/fakenetworkaccessmanager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using namespace sfsync;
using Fake = sfsync::test::FakeNetworkAccessManager;

// CompositePacker seen through RestClient, the way the engine uses it: composable requests made in one
// event-loop turn, answered by a scripted org that carries out each subrequest by itself.
namespace {

// How the scripted org answers one subrequest: {httpStatusCode, body}. Called once per time it is carried
// out.
using SubAnswer = std::function<QJsonObject(const QJsonObject &subrequest)>;

QJsonObject subResult(int status, const QJsonValue &body)
{
    return {{QStringLiteral("httpStatusCode"), status}, {QStringLiteral("body"), body}};
}

QJsonValue errorBody(const QString &code, const QString &message)
{
    return QJsonArray {
        QJsonObject {{QStringLiteral("errorCode"), code}, {QStringLiteral("message"), message}}};
}

RestRequest query(int n)
{
    RestRequest r;
    r.path = QStringLiteral("query?q=SELECT+Id+FROM+Contact+WHERE+n=%1").arg(n);
    r.kind = QStringLiteral("query");
    r.composable = true;
    return r;
}

RestRequest collectionsCreate(int n)
{
    RestRequest r;
    r.method = "POST";
    r.path = QStringLiteral("composite/sobjects");
    r.kind = QStringLiteral("collections");
    r.composable = true;
    r.body = QJsonDocument(QJsonObject {{QStringLiteral("allOrNone"), false},
                                        {QStringLiteral("records"),
                                         QJsonArray {QJsonObject {{QStringLiteral("n"), n}}}}})
                 .toJson(QJsonDocument::Compact);
    return r;
}

// The number a subrequest carries (the n= of a query, the n of a Collections record).
int numberOf(const QJsonObject &subrequest)
{
    const QString url = subrequest.value(QLatin1String("url")).toString();
    const qsizetype at = url.indexOf(QLatin1String("n="));
    if (at >= 0)
        return url.mid(at + 2).toInt();
    return subrequest.value(QLatin1String("body"))
        .toObject()
        .value(QLatin1String("records"))
        .toArray()
        .first()
        .toObject()
        .value(QLatin1String("n"))
        .toInt();
}

QJsonObject defaultAnswer(const QJsonObject &subrequest)
{
    const int n = numberOf(subrequest);
    if (subrequest.value(QLatin1String("method")).toString() == QLatin1String("GET"))
        return subResult(200, QJsonObject {{QStringLiteral("totalSize"), n}, {QStringLiteral("done"), true}});
    return subResult(200,
                     QJsonArray {QJsonObject {{QStringLiteral("success"), true},
                                              {QStringLiteral("id"), QStringLiteral("003%1").arg(n)}}});
}

} // namespace

class tst_CompositePacker : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Fake> m_network;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<RestClient> m_rest;
    SubAnswer m_answer;
    // The subrequests of every Composite call the org received, in order.
    QList<QJsonArray> m_composites;

    void serve()
    {
        m_network->setHandler([this](const Fake::Request &r) -> std::optional<Fake::Reply> {
            if (r.url.path().endsWith(QLatin1String("/composite"))) {
                const QJsonArray subs = QJsonDocument::fromJson(r.body)
                                            .object()
                                            .value(QLatin1String("compositeRequest"))
                                            .toArray();
                m_composites.append(subs);
                QJsonArray results;
                for (const QJsonValue &sub : subs) {
                    QJsonObject result = m_answer(sub.toObject());
                    if (result.isEmpty())
                        continue; // the org leaves this one out of its answer
                    result.insert(QStringLiteral("referenceId"),
                                  sub.toObject().value(QLatin1String("referenceId")));
                    results.append(result);
                }
                return Fake::Reply::json(
                    200,
                    QJsonDocument(QJsonObject {{QStringLiteral("compositeResponse"), results}}).toJson());
            }
            // Sent alone: answered as the same subrequest would be.
            QJsonObject sub {{QStringLiteral("method"), QString::fromLatin1(r.method)},
                             {QStringLiteral("url"), r.url.toString()}};
            if (!r.body.isEmpty())
                sub.insert(QStringLiteral("body"), QJsonDocument::fromJson(r.body).object());
            const QJsonObject result = m_answer(sub);
            const QJsonValue body = result.value(QLatin1String("body"));
            return Fake::Reply::json(result.value(QLatin1String("httpStatusCode")).toInt(),
                                     body.isArray() ? QJsonDocument(body.toArray()).toJson()
                                                    : QJsonDocument(body.toObject()).toJson());
        });
    }

    struct Sent
    {
        RestCall *call;
        std::shared_ptr<QSignalSpy> spy;
    };

    // Sends every request in one event-loop turn and waits for every answer.
    QList<RestResponse> sendTogether(const QList<RestRequest> &requests)
    {
        QList<Sent> sent;
        for (const RestRequest &request : requests) {
            RestCall *call = m_rest->send(request);
            sent.append({call, std::make_shared<QSignalSpy>(call, &RestCall::finished)});
        }
        QList<RestResponse> responses;
        for (const Sent &s : sent) {
            if (s.spy->isEmpty() && !s.spy->wait(10000))
                return {};
            responses.append(s.spy->at(0).at(0).value<RestResponse>());
        }
        return responses;
    }

private Q_SLOTS:
    void init()
    {
        m_network = std::make_unique<Fake>();
        m_connection = std::make_unique<Connection>();
        QVERIFY(m_connection->setInstanceUrl(QUrl(QStringLiteral("https://org.example.com"))).isNull());
        m_connection->setCredentials(new AccessTokenCredentials(QStringLiteral("T")));
        m_rest = std::make_unique<RestClient>(m_connection.get(), m_network.get());
        RetryPolicy fast;
        fast.initialBackoffMs = 1;
        fast.maxBackoffMs = 5;
        m_rest->setRetryPolicy(fast);
        m_rest->setMaxConcurrent(2);
        m_composites.clear();
        m_answer = defaultAnswer;
        serve();
    }

    void readyRequestsTravelInOneCall()
    {
        QList<RestRequest> requests;
        for (int n = 1; n <= 5; ++n)
            requests.append(query(n));
        const QList<RestResponse> responses = sendTogether(requests);
        QCOMPARE(responses.size(), 5);
        QCOMPARE(m_network->requests().size(), 1);
        QCOMPARE(m_composites.size(), 1);
        QCOMPARE(m_composites.first().size(), 5);
        QCOMPARE(m_rest->apiCalls(), 1);
        // Each caller gets its own subrequest's answer.
        for (int n = 1; n <= 5; ++n) {
            QVERIFY(responses.at(n - 1).ok());
            QCOMPARE(responses.at(n - 1).json().object().value(QLatin1String("totalSize")).toInt(), n);
        }
    }

    void neverMoreThanFiveHeavySubrequests()
    {
        QList<RestRequest> requests;
        for (int n = 1; n <= 12; ++n)
            requests.append(query(n));
        const QList<RestResponse> responses = sendTogether(requests);
        QCOMPARE(responses.size(), 12);
        for (const RestResponse &response : responses)
            QVERIFY(response.ok());
        int carried = 0;
        for (const QJsonArray &subs : std::as_const(m_composites)) {
            QVERIFY2(subs.size() <= 5, qPrintable(QString::number(subs.size())));
            carried += int(subs.size());
        }
        // 5 + 5 + 2: the partial pack of 2 waits for the full ones (it could have filled), then goes.
        QCOMPARE(carried + (m_network->requests().size() - int(m_composites.size())), 12);
        QCOMPARE(m_network->requests().size(), 3);
    }

    void readsAndWritesNeverSharePack()
    {
        const QList<RestResponse> responses =
            sendTogether({query(1), collectionsCreate(2), query(3), collectionsCreate(4)});
        QCOMPARE(responses.size(), 4);
        QCOMPARE(m_composites.size(), 2);
        for (const QJsonArray &subs : std::as_const(m_composites)) {
            QCOMPARE(subs.size(), 2);
            const QString method = subs.at(0).toObject().value(QLatin1String("method")).toString();
            QCOMPARE(subs.at(1).toObject().value(QLatin1String("method")).toString(), method);
        }
        QCOMPARE(responses.at(1).json().array().first().toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("0032"));
    }

    void aPackOfOneIsSentPlain()
    {
        const QList<RestResponse> responses = sendTogether({collectionsCreate(7)});
        QCOMPARE(responses.size(), 1);
        QVERIFY(responses.first().ok());
        QCOMPARE(m_composites.size(), 0);
        QCOMPARE(m_network->count("POST", QStringLiteral("/composite/sobjects")), 1);
    }

    void batchingOffSendsEveryRequestPlain()
    {
        m_rest->setCompositeBatching(false);
        QCOMPARE(m_rest->subrequestsPerCall(), 1);
        const QList<RestResponse> responses = sendTogether({query(1), query(2), query(3)});
        QCOMPARE(responses.size(), 3);
        QCOMPARE(m_composites.size(), 0);
        QCOMPARE(m_network->requests().size(), 3);
    }

    void transientSubrequestGoesAgainByItself()
    {
        QHash<int, int> carriedOut;
        m_answer = [&carriedOut](const QJsonObject &sub) {
            const int n = numberOf(sub);
            if (++carriedOut[n] == 1 && (n == 2 || n == 12))
                return subResult(503,
                                 errorBody(QStringLiteral("SERVER_UNAVAILABLE"), QStringLiteral("busy")));
            return defaultAnswer(sub);
        };
        const QList<RestResponse> responses =
            sendTogether({query(1), query(2), query(3), collectionsCreate(11), collectionsCreate(12)});
        QCOMPARE(responses.size(), 5);
        for (const RestResponse &response : responses)
            QVERIFY(response.ok());
        QCOMPARE(responses.at(1).attempts, 2);
        QCOMPARE(responses.at(4).attempts, 2);
        QCOMPARE(responses.at(0).attempts, 1);
        // Only the refused subrequests were carried out twice; the write 12 was refused (503), so it went
        // again.
        QCOMPARE(carriedOut.value(1), 1);
        QCOMPARE(carriedOut.value(2), 2);
        QCOMPARE(carriedOut.value(3), 1);
        QCOMPARE(carriedOut.value(11), 1);
        QCOMPARE(carriedOut.value(12), 2);
    }

    void subrequestRefusalFailsOnlyItsOwnRows()
    {
        m_answer = [](const QJsonObject &sub) {
            if (numberOf(sub) == 2)
                return subResult(
                    400, errorBody(QStringLiteral("MALFORMED_QUERY"), QStringLiteral("unexpected token")));
            return defaultAnswer(sub);
        };
        const QList<RestResponse> responses = sendTogether({query(1), query(2), query(3)});
        QCOMPARE(responses.size(), 3);
        QVERIFY(responses.at(0).ok());
        QVERIFY(responses.at(2).ok());
        QCOMPARE(responses.at(1).httpStatus, 400);
        QCOMPARE(responses.at(1).firstError().errorCode, QStringLiteral("MALFORMED_QUERY"));
        QCOMPARE(responses.at(1).firstError().message, QStringLiteral("unexpected token"));
        QCOMPARE(m_network->requests().size(), 1); // not retried
    }

    void writeFailingInSalesforceShapeIsNotRetried()
    {
        // A 4xx on a write: the org looked at it and said no; sending again would say no again.
        int carried = 0;
        m_answer = [&carried](const QJsonObject &sub) {
            ++carried;
            if (numberOf(sub) == 1)
                return subResult(
                    400, errorBody(QStringLiteral("INVALID_FIELD"), QStringLiteral("No such column")));
            return defaultAnswer(sub);
        };
        const QList<RestResponse> responses = sendTogether({collectionsCreate(1), collectionsCreate(2)});
        QCOMPARE(responses.size(), 2);
        QCOMPARE(responses.at(0).httpStatus, 400);
        QVERIFY(!responses.at(0).answerLost);
        QVERIFY(responses.at(1).ok());
        QCOMPARE(carried, 2);
    }

    void lostAnswerOfWritesIsNeverSentAgain()
    {
        m_network->enqueue(Fake::Reply::failure(QNetworkReply::RemoteHostClosedError));
        const QList<RestResponse> responses =
            sendTogether({collectionsCreate(1), collectionsCreate(2), collectionsCreate(3)});
        QCOMPARE(responses.size(), 3);
        for (const RestResponse &response : responses) {
            QVERIFY(response.answerLost);
            QVERIFY(!response.ok());
        }
        QCOMPARE(m_network->requests().size(), 1);
    }

    void lostAnswerOfReadsGoesAgain()
    {
        m_network->enqueue(Fake::Reply::failure(QNetworkReply::RemoteHostClosedError));
        const QList<RestResponse> responses = sendTogether({query(1), query(2), query(3)});
        QCOMPARE(responses.size(), 3);
        for (const RestResponse &response : responses)
            QVERIFY(response.ok());
        QCOMPARE(m_network->requests().size(), 2);
        QCOMPARE(m_composites.size(), 1); // the first went to the queued failure
    }

    void missingSubresultIsALostAnswerForAWrite()
    {
        int carried = 0;
        m_answer = [&carried](const QJsonObject &sub) {
            ++carried;
            return numberOf(sub) == 2 ? QJsonObject {} : defaultAnswer(sub);
        };
        const QList<RestResponse> responses = sendTogether({collectionsCreate(1), collectionsCreate(2)});
        QCOMPARE(responses.size(), 2);
        QVERIFY(responses.at(0).ok());
        QVERIFY(responses.at(1).answerLost);
        QCOMPARE(responses.at(1).firstError().errorCode, QStringLiteral("ANSWER_LOST"));
        QVERIFY(responses.at(1).firstError().message.contains(QLatin1String("no result for subrequest")));
        QCOMPARE(carried, 2); // not sent again
    }

    void missingSubresultOfAReadGoesAgain()
    {
        QHash<int, int> carriedOut;
        m_answer = [&carriedOut](const QJsonObject &sub) {
            const int n = numberOf(sub);
            return ++carriedOut[n] == 1 && n == 2 ? QJsonObject {} : defaultAnswer(sub);
        };
        const QList<RestResponse> responses = sendTogether({query(1), query(2)});
        QCOMPARE(responses.size(), 2);
        QVERIFY(responses.at(1).ok());
        QCOMPARE(carriedOut.value(2), 2);
    }

    void compositeRefusedAsWholeFailsEverySubrequest()
    {
        m_network->enqueue(Fake::Reply::json(
            400, "[{\"errorCode\":\"JSON_PARSER_ERROR\",\"message\":\"Unexpected character\"}]"));
        const QList<RestResponse> responses = sendTogether({collectionsCreate(1), collectionsCreate(2)});
        QCOMPARE(responses.size(), 2);
        for (const RestResponse &response : responses) {
            QCOMPARE(response.httpStatus, 400);
            QCOMPARE(response.firstError().errorCode, QStringLiteral("JSON_PARSER_ERROR"));
            QVERIFY(!response.answerLost);
        }
        QCOMPARE(m_network->requests().size(), 1);
    }

    void abortedWaitingSubrequestIsNotSent()
    {
        // Six reads: five go at once, the sixth waits; aborting it takes it out of the queue.
        QList<Sent> sent;
        for (int n = 1; n <= 6; ++n) {
            RestCall *call = m_rest->send(query(n));
            sent.append({call, std::make_shared<QSignalSpy>(call, &RestCall::finished)});
        }
        sent.last().call->abort();
        QCOMPARE(sent.last().spy->size(), 1);
        QCOMPARE(sent.last().spy->at(0).at(0).value<RestResponse>().firstError().errorCode,
                 QStringLiteral("CANCELED"));
        for (int i = 0; i < 5; ++i)
            QTRY_COMPARE(sent.at(i).spy->size(), 1);
        QCOMPARE(m_network->requests().size(), 1);
        for (const QJsonArray &subs : std::as_const(m_composites))
            for (const QJsonValue &sub : subs)
                QVERIFY(numberOf(sub.toObject()) != 6);
    }
};

QTEST_GUILESS_MAIN(tst_CompositePacker)
#include "tst_compositepacker.moc"
