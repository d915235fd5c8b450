// Bulk API 2.0 query jobs against the in-process local org: the requests on the wire, every record delivered
// exactly once across pages, exact values (quoting, nulls, parent fields), cancel aborting the job on the
// server, a Failed job, refused SOQL, transient failures retried, a short page caught, and the API calls
// counted as create + polls + pages.
#include "core/salesforce/bulk2/bulk2queryjob.h"
#include "core/salesforce/restclient.h"
#include "localorg/data/recordstore.h"
#include "tests/testsupport/testenvironment.h"
#include "tests/testsupport/testorg.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace sfsync;
using sfsync::test::FakeNetworkAccessManager;
using sfsync::test::TestOrg;

namespace {

Bulk2Options fastOptions()
{
    Bulk2Options o;
    o.initialPollMs = 2;
    o.maxPollMs = 20;
    return o;
}

struct Outcome
{
    QList<QStringList> headers;
    QList<int> pageSizes;
    QList<QStringList> rows;
    SfError error;
    qint64 records = -1;
    int finishedCount = 0;
};

} // namespace

class tst_Bulk2QueryJob : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestOrg> m_org;

    // Runs the job to its end, collecting every page.
    static bool run(Bulk2QueryJob &job, Outcome *out)
    {
        QObject::connect(&job, &Bulk2QueryJob::page, &job,
                         [out](const QStringList &header, const QList<QStringList> &rows) {
                             out->headers.append(header);
                             out->pageSizes.append(int(rows.size()));
                             out->rows.append(rows);
                         });
        QObject::connect(&job, &Bulk2QueryJob::finished, &job, [out](const SfError &error, qint64 records) {
            out->error = error;
            out->records = records;
            ++out->finishedCount;
        });
        QSignalSpy finished(&job, &Bulk2QueryJob::finished);
        job.start();
        const bool ok = job.isFinished() || finished.wait(30000);
        // Exactly one finished(), also once the events queued by then have run.
        QCoreApplication::processEvents();
        return ok && out->finishedCount == 1;
    }

    QList<FakeNetworkAccessManager::Request> requests(const QByteArray &method, const QString &pattern) const
    {
        const QRegularExpression re(pattern);
        QList<FakeNetworkAccessManager::Request> out;
        for (const auto &r : m_org->network().requests()) {
            if (r.method == method && re.match(r.url.path()).hasMatch())
                out.append(r);
        }
        return out;
    }

    QStringList createAccounts(int n, const QString &prefix)
    {
        QStringList ids;
        localorg::RecordStore &store = m_org->org().records();
        const int sp = store.savepoint();
        for (int i = 0; i < n; ++i)
            ids << store
                       .create(
                           QStringLiteral("Account"),
                           QJsonObject {{QStringLiteral("Name"), QStringLiteral("%1 %2").arg(prefix).arg(i)}})
                       .id;
        store.release(sp);
        return ids;
    }

    QString serverState(const QString &jobId)
    {
        RestRequest request;
        request.path = QStringLiteral("jobs/query/") + jobId;
        QSignalSpy spy(m_org->rest().send(request), &RestCall::finished);
        if (!spy.wait(10000))
            return {};
        const RestResponse r = spy.first().first().value<RestResponse>();
        return r.json().object().value(QStringLiteral("state")).toString();
    }

private Q_SLOTS:
    void initTestCase() { sfsync::test::isolateEnvironment(QStringLiteral("tst_bulk2queryjob")); }

    void init()
    {
        m_org = std::make_unique<TestOrg>();
        QString error;
        QVERIFY2(m_org->start(&error), qPrintable(error));
        RetryPolicy quick;
        quick.initialBackoffMs = 1;
        quick.maxBackoffMs = 5;
        m_org->rest().setRetryPolicy(quick);
    }

    void cleanup() { m_org.reset(); }

    void pagesDeliverEveryRecordOnce()
    {
        const QStringList ids = createAccounts(2500, QStringLiteral("Paged"));
        m_org->org().resetCounters();
        const QString soql = QStringLiteral("SELECT Id, Name FROM Account WHERE Name LIKE 'Paged %'");
        Bulk2QueryJob job(&m_org->rest(), soql, fastOptions());
        job.setMaxRecordsPerPage(1000);
        QStringList states;
        connect(&job, &Bulk2QueryJob::stateChanged, &job, [&states](const QString &s) { states << s; });
        Outcome out;
        QVERIFY(run(job, &out));

        QVERIFY2(out.error.isNull(), qPrintable(out.error.toString()));
        QCOMPARE(out.records, 2500);
        QCOMPARE(out.pageSizes, QList<int>({1000, 1000, 500}));
        for (const QStringList &header : std::as_const(out.headers))
            QCOMPARE(header, QStringList({QStringLiteral("Id"), QStringLiteral("Name")}));
        QCOMPARE(out.rows.size(), 2500);
        for (int i = 0; i < 2500; ++i)
            QCOMPARE(out.rows.at(i), QStringList({ids.at(i), QStringLiteral("Paged %1").arg(i)}));
        QCOMPARE(job.pages(), 3);
        QCOMPARE(job.polls(), 2); // the local org answers InProgress, then JobComplete
        QCOMPARE(job.records(), 2500);
        QCOMPARE(job.state(), QStringLiteral("JobComplete"));
        QCOMPARE(states,
                 QStringList({QStringLiteral("UploadComplete"), QStringLiteral("InProgress"),
                              QStringLiteral("JobComplete")}));
        QVERIFY(job.jobId().startsWith(QLatin1String("750")));

        // On the wire: the create body, then polls, then pages following the locator.
        const auto creates = requests("POST", QStringLiteral("/services/data/v62.0/jobs/query$"));
        QCOMPARE(creates.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(creates.first().body).object(),
                 QJsonObject({{QStringLiteral("operation"), QStringLiteral("query")},
                              {QStringLiteral("query"), soql},
                              {QStringLiteral("contentType"), QStringLiteral("CSV")},
                              {QStringLiteral("columnDelimiter"), QStringLiteral("COMMA")},
                              {QStringLiteral("lineEnding"), QStringLiteral("LF")}}));
        QCOMPARE(requests("GET", QStringLiteral("/jobs/query/%1$").arg(job.jobId())).size(), 2);
        const auto pages = requests("GET", QStringLiteral("/jobs/query/%1/results$").arg(job.jobId()));
        QCOMPARE(pages.size(), 3);
        QStringList locators;
        for (const auto &p : pages) {
            const QUrlQuery query(p.url);
            QCOMPARE(query.queryItemValue(QStringLiteral("maxRecords")), QStringLiteral("1000"));
            locators << query.queryItemValue(QStringLiteral("locator"));
            QCOMPARE(p.header("Accept"), QByteArray("text/csv"));
        }
        QVERIFY(locators.at(0).isEmpty());
        QVERIFY(!locators.at(1).isEmpty() && !locators.at(2).isEmpty() && locators.at(1) != locators.at(2));

        // Calls: create + polls + pages, by kind in the client and by endpoint in the org.
        QCOMPARE(int(m_org->network().requests().size()), 1 + 2 + 3);
        const QHash<QString, int> kinds = m_org->rest().apiCallsByKind();
        QCOMPARE(kinds.value(QStringLiteral("bulk-query")), 1);
        QCOMPARE(kinds.value(QStringLiteral("bulk-poll")), 2);
        QCOMPARE(kinds.value(QStringLiteral("bulk-query-results")), 3);
        QCOMPARE(m_org->rest().apiCalls(), 6);
        const QHash<QString, int> endpoints = m_org->org().apiCallsByEndpoint();
        QCOMPARE(endpoints.value(QStringLiteral("POST jobs/query")), 1);
        QCOMPARE(endpoints.value(QStringLiteral("GET jobs/query/{id}")), 2);
        QCOMPARE(endpoints.value(QStringLiteral("GET jobs/query/{id}/results")), 3);
        QCOMPARE(m_org->org().apiCalls(), 6);
    }

    void serverSizedPages()
    {
        // maxRecords 0: the server's page size (all 2,600 accounts fit in one page of the local org).
        createAccounts(2500, QStringLiteral("Whole"));
        Bulk2QueryJob job(&m_org->rest(), QStringLiteral("SELECT Id FROM Account"), fastOptions());
        Outcome out;
        QVERIFY(run(job, &out));
        QVERIFY(out.error.isNull());
        QCOMPARE(out.pageSizes, QList<int>({2600}));
        const auto pages = requests("GET", QStringLiteral("/results$"));
        QCOMPARE(pages.size(), 1);
        QVERIFY(!pages.first().url.hasQuery());
    }

    void exactValues()
    {
        localorg::RecordStore &store = m_org->org().records();
        const QString account =
            store
                .create(QStringLiteral("Account"),
                        QJsonObject {{QStringLiteral("Name"), QStringLiteral("Quote \"Q\", Ltd")}})
                .id;
        const QString c1 =
            store
                .create(QStringLiteral("Contact"),
                        QJsonObject {{QStringLiteral("LastName"), QStringLiteral("QJ-Line\nTwo")},
                                     {QStringLiteral("AccountId"), account},
                                     {QStringLiteral("Email"), QStringLiteral("qj1@example.com")},
                                     {QStringLiteral("Birthdate"), QStringLiteral("1990-02-03")}})
                .id;
        const QString c2 = store
                               .create(QStringLiteral("Contact"),
                                       QJsonObject {{QStringLiteral("LastName"), QStringLiteral("QJ-Plain")}})
                               .id;
        QVERIFY(!account.isEmpty() && !c1.isEmpty() && !c2.isEmpty());
        Bulk2QueryJob job(
            &m_org->rest(),
            QStringLiteral("SELECT Id, LastName, Account.Name, Email, Birthdate, IsEmailBounced FROM "
                           "Contact WHERE LastName LIKE 'QJ-%'"),
            fastOptions());
        Outcome out;
        QVERIFY(run(job, &out));
        QVERIFY2(out.error.isNull(), qPrintable(out.error.toString()));
        QCOMPARE(out.headers.value(0),
                 QStringList({QStringLiteral("Id"), QStringLiteral("LastName"),
                              QStringLiteral("Account.Name"), QStringLiteral("Email"),
                              QStringLiteral("Birthdate"), QStringLiteral("IsEmailBounced")}));
        QCOMPARE(out.rows.size(), 2);
        QCOMPARE(out.rows.at(0),
                 QStringList({c1, QStringLiteral("QJ-Line\nTwo"), QStringLiteral("Quote \"Q\", Ltd"),
                              QStringLiteral("qj1@example.com"), QStringLiteral("1990-02-03"),
                              QStringLiteral("false")}));
        // Nulls (no account, so no Account.Name either) are empty.
        QCOMPARE(out.rows.at(1),
                 QStringList({c2, QStringLiteral("QJ-Plain"), QString(), QString(), QString(),
                              QStringLiteral("false")}));
        QCOMPARE(out.records, 2);
    }

    void emptyResult()
    {
        Bulk2QueryJob job(&m_org->rest(), QStringLiteral("SELECT Id, Name FROM Lead WHERE Name = 'nobody'"),
                          fastOptions());
        Outcome out;
        QVERIFY(run(job, &out));
        QVERIFY(out.error.isNull());
        QCOMPARE(out.records, 0);
        QCOMPARE(out.pageSizes, QList<int>({0}));
        QCOMPARE(out.headers.value(0), QStringList({QStringLiteral("Id"), QStringLiteral("Name")}));
        QCOMPARE(job.pages(), 1);
    }

    void queryAllSeesDeletedRecords()
    {
        const QStringList ids = createAccounts(3, QStringLiteral("Gone"));
        QVERIFY(m_org->org().records().remove(QStringLiteral("Account"), ids.at(1)).ok());
        const QString soql = QStringLiteral("SELECT Id FROM Account WHERE Name LIKE 'Gone %'");
        Bulk2QueryJob live(&m_org->rest(), soql, fastOptions());
        Outcome liveOut;
        QVERIFY(run(live, &liveOut));
        QCOMPARE(liveOut.rows, QList<QStringList>({{ids.at(0)}, {ids.at(2)}}));
        Bulk2QueryJob all(&m_org->rest(), soql, fastOptions());
        all.setQueryAll(true);
        Outcome allOut;
        QVERIFY(run(all, &allOut));
        QCOMPARE(allOut.rows, QList<QStringList>({{ids.at(0)}, {ids.at(1)}, {ids.at(2)}}));
        const auto creates = requests("POST", QStringLiteral("/jobs/query$"));
        QCOMPARE(creates.size(), 2);
        QCOMPARE(QJsonDocument::fromJson(creates.at(1).body)
                     .object()
                     .value(QStringLiteral("operation"))
                     .toString(),
                 QStringLiteral("queryAll"));
    }

    void cancelAbortsTheJobOnTheServer()
    {
        Bulk2QueryJob job(&m_org->rest(), QStringLiteral("SELECT Id FROM Contact"), fastOptions());
        connect(&job, &Bulk2QueryJob::stateChanged, &job, [&job](const QString &state) {
            if (state == QLatin1String("UploadComplete"))
                job.cancel();
        });
        Outcome out;
        QVERIFY(run(job, &out));
        QCOMPARE(out.error.errorCode, QStringLiteral("CANCELED"));
        QCOMPARE(out.records, 0);
        QVERIFY(out.pageSizes.isEmpty());
        QCOMPARE(job.state(), QStringLiteral("Aborted"));
        const auto patches = requests("PATCH", QStringLiteral("/jobs/query/%1$").arg(job.jobId()));
        QCOMPARE(patches.size(), 1);
        QCOMPARE(patches.first().body, QByteArray(R"({"state":"Aborted"})"));
        QCOMPARE(requests("GET", QStringLiteral("/results$")).size(), 0);
        QCOMPARE(m_org->rest().apiCallsByKind().value(QStringLiteral("bulk-query")), 2); // create + abort
        QCOMPARE(serverState(job.jobId()), QStringLiteral("Aborted"));
    }

    void cancelBetweenPagesStopsPaging()
    {
        createAccounts(250, QStringLiteral("Stop"));
        Bulk2QueryJob job(&m_org->rest(), QStringLiteral("SELECT Id FROM Account WHERE Name LIKE 'Stop %'"),
                          fastOptions());
        job.setMaxRecordsPerPage(100);
        connect(&job, &Bulk2QueryJob::page, &job, [&job] { job.cancel(); });
        Outcome out;
        QVERIFY(run(job, &out));
        QCOMPARE(out.error.errorCode, QStringLiteral("CANCELED"));
        QCOMPARE(out.pageSizes, QList<int>({100}));
        QCOMPARE(out.records, 100);
        QCOMPARE(requests("GET", QStringLiteral("/results$")).size(), 1);
        // The job had completed: nothing to abort.
        QCOMPARE(requests("PATCH", QStringLiteral("/jobs/query/")).size(), 0);
        QCOMPARE(serverState(job.jobId()), QStringLiteral("JobComplete"));
    }

    void cancelBeforeStartSendsNothing()
    {
        Bulk2QueryJob job(&m_org->rest(), QStringLiteral("SELECT Id FROM Account"), fastOptions());
        QSignalSpy finished(&job, &Bulk2QueryJob::finished);
        job.cancel();
        QVERIFY(finished.wait(5000));
        job.start();
        QCoreApplication::processEvents();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<SfError>().errorCode, QStringLiteral("CANCELED"));
        QCOMPARE(int(m_org->network().requests().size()), 0);
    }

    void failedJobCarriesItsMessage()
    {
        Bulk2QueryJob job(&m_org->rest(), QStringLiteral("SELECT Id, BillingAddress FROM Account"),
                          fastOptions());
        Outcome out;
        QVERIFY(run(job, &out));
        QCOMPARE(job.state(), QStringLiteral("Failed"));
        QCOMPARE(out.error.errorCode, QStringLiteral("BULK_JOB_FAILED"));
        QCOMPARE(
            out.error.message,
            QStringLiteral("FUNCTIONALITY_NOT_ENABLED: Selecting compound data not supported in Bulk Query"));
        QCOMPARE(out.records, 0);
        QCOMPARE(job.pages(), 0);
        QCOMPARE(job.polls(), 2);
        QCOMPARE(requests("GET", QStringLiteral("/results$")).size(), 0);
    }

    void refusedSoqlEndsAtCreation()
    {
        Bulk2QueryJob job(&m_org->rest(), QStringLiteral("SELECT Id, Nope__c FROM Account"), fastOptions());
        Outcome out;
        QVERIFY(run(job, &out));
        QCOMPARE(out.error.httpStatus, 400);
        QCOMPARE(out.error.errorCode, QStringLiteral("INVALID_FIELD"));
        QVERIFY(out.error.message.contains(QLatin1String("No such column 'Nope__c' on entity 'Account'")));
        QCOMPARE(job.polls(), 0);
        QVERIFY(job.jobId().isEmpty());
        QCOMPARE(int(m_org->network().requests().size()), 1);
    }

    void transientFailuresAreRetried()
    {
        // The create and the first page each fail once with 503; the RestClient repeats both (a query job
        // only reads, so a repeated create is safe).
        int createFailures = 0;
        int pageFailures = 0;
        m_org->network().setHandler([&](const FakeNetworkAccessManager::Request &r)
                                        -> std::optional<FakeNetworkAccessManager::Reply> {
            const bool create = r.method == "POST" && r.url.path().endsWith(QLatin1String("/jobs/query"));
            const bool page = r.method == "GET" && r.url.path().endsWith(QLatin1String("/results"));
            if ((create && createFailures++ == 0) || (page && pageFailures++ == 0))
                return FakeNetworkAccessManager::Reply::json(
                    503, R"([{"errorCode":"SERVER_UNAVAILABLE","message":"Server unavailable"}])");
            return std::nullopt;
        });
        Bulk2QueryJob job(&m_org->rest(), QStringLiteral("SELECT Id FROM Lead"), fastOptions());
        Outcome out;
        QVERIFY(run(job, &out));
        QVERIFY2(out.error.isNull(), qPrintable(out.error.toString()));
        QCOMPARE(out.records, 100);
        QCOMPARE(createFailures, 2);
        QCOMPARE(pageFailures, 2);
        QCOMPARE(requests("POST", QStringLiteral("/jobs/query$")).size(), 2);
        QCOMPARE(requests("GET", QStringLiteral("/results$")).size(), 2);
    }

    void pageFailureEndsTheJob()
    {
        createAccounts(150, QStringLiteral("Broken"));
        m_org->network().setHandler(
            [](const FakeNetworkAccessManager::Request &r) -> std::optional<FakeNetworkAccessManager::Reply> {
                if (r.method == "GET" && r.url.path().endsWith(QLatin1String("/results"))
                    && r.url.query().contains(QLatin1String("locator=")))
                    return FakeNetworkAccessManager::Reply::json(
                        400, R"([{"errorCode":"INVALID_QUERY_LOCATOR","message":"invalid query locator"}])");
                return std::nullopt;
            });
        Bulk2QueryJob job(&m_org->rest(), QStringLiteral("SELECT Id FROM Account WHERE Name LIKE 'Broken %'"),
                          fastOptions());
        job.setMaxRecordsPerPage(100);
        Outcome out;
        QVERIFY(run(job, &out));
        QCOMPARE(out.error.errorCode, QStringLiteral("INVALID_QUERY_LOCATOR"));
        QCOMPARE(out.records, 100); // the first page was delivered
        QCOMPARE(out.pageSizes, QList<int>({100}));
    }

    void shortPageIsAnError()
    {
        m_org->network().setHandler(
            [](const FakeNetworkAccessManager::Request &r) -> std::optional<FakeNetworkAccessManager::Reply> {
                if (r.method != "GET" || !r.url.path().endsWith(QLatin1String("/results")))
                    return std::nullopt;
                FakeNetworkAccessManager::Reply reply;
                reply.body = "\"Id\"\n\"00Q0L0000000001AAA\"\n\"00Q0L0000000002AAA\"\n";
                reply.headers = {{"Content-Type", "text/csv"},
                                 {"Sforce-NumberOfRecords", "3"},
                                 {"Sforce-Locator", "null"}};
                return reply;
            });
        Bulk2QueryJob job(&m_org->rest(), QStringLiteral("SELECT Id FROM Lead"), fastOptions());
        Outcome out;
        QVERIFY(run(job, &out));
        QCOMPARE(out.error.errorCode, QStringLiteral("INVALID_RESPONSE"));
        QVERIFY(out.error.message.contains(QLatin1String("2 records instead of 3")));
        QVERIFY(out.pageSizes.isEmpty()); // a page that is known to be incomplete is not handed out
        QCOMPARE(out.records, 0);
    }
};

QTEST_GUILESS_MAIN(tst_Bulk2QueryJob)
#include "tst_bulk2queryjob.moc"
