// Bulk API 2.0 query jobs on the local org (docs/salesforce-api.md §3.5): the job info and its states, SOQL
// refused at creation, result pages addressed by locators (every record exactly once), CSV quoting and nulls,
// a snapshot taken at creation, abort, delete, list, the API version rule, counters and injected faults.
#include "localorg/data/recordstore.h"
#include "localorg/localorg.h"
#include "localorg/server/csvtable.h"
#include "tests/testsupport/orgclient.h"
#include "tests/testsupport/testenvironment.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace sfsync::localorg;
using sfsync::test::OrgClient;
using sfsync::test::OrgReply;

class tst_localorg_bulkquery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void createdJobInfo();
    void statesMoveWithPolls();
    void badQueriesAreRefusedAtCreation_data();
    void badQueriesAreRefusedAtCreation();
    void invalidSoqlMatchesTheRestQueryError();
    void pagesHoldEveryRecordExactlyOnce();
    void defaultPageHoldsEverything();
    void quotingNullsAndRelationships();
    void delimiterAndLineEnding();
    void resultsAreASnapshot();
    void queryAllIncludesDeletedRecords();
    void resultsBeforeJobComplete();
    void otherApiVersionIsAConflict();
    void badLocatorAndMaxRecords();
    void compoundFieldFailsTheJob();
    void abort();
    void listAndDelete();
    void countersByEndpoint();
    void injectedFaultsApply();

private:
    OrgReply create(const QString &soql, const QString &operation = QStringLiteral("query"),
                    const QJsonObject &extra = {});
    // Creates the job and polls it to its final state; returns the id.
    QString runJob(const QString &soql, const QString &operation = QStringLiteral("query"),
                   const QJsonObject &extra = {});
    QString state(const QString &id);
    QStringList createAccounts(int n);

    std::unique_ptr<LocalOrg> m_org;
    std::unique_ptr<OrgClient> m_client;
};

void tst_localorg_bulkquery::initTestCase()
{
    sfsync::test::isolateEnvironment(QStringLiteral("tst_localorg_bulkquery"));
}

void tst_localorg_bulkquery::init()
{
    LocalOrgOptions options;
    options.seed = QStringLiteral("none");
    options.accessToken = QStringLiteral("00D000000000001!AQ.bulkquery");
    m_org = std::make_unique<LocalOrg>(options);
    QVERIFY(m_org->start());
    m_client = std::make_unique<OrgClient>(m_org->baseUrl(), m_org->accessToken());
}

void tst_localorg_bulkquery::cleanup()
{
    m_client.reset();
    m_org.reset();
}

OrgReply tst_localorg_bulkquery::create(const QString &soql, const QString &operation,
                                        const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("operation"), operation);
    body.insert(QStringLiteral("query"), soql);
    return m_client->post(QStringLiteral("jobs/query"), QJsonDocument(body));
}

QString tst_localorg_bulkquery::runJob(const QString &soql, const QString &operation,
                                       const QJsonObject &extra)
{
    const OrgReply r = create(soql, operation, extra);
    if (r.status != 200) {
        qWarning() << r.status << r.body;
        return {};
    }
    const QString id = r.object().value(QStringLiteral("id")).toString();
    QString now;
    for (int i = 0; i < 10 && now != QLatin1String("JobComplete") && now != QLatin1String("Failed"); ++i)
        now = state(id);
    return id;
}

QString tst_localorg_bulkquery::state(const QString &id)
{
    return m_client->get(QStringLiteral("jobs/query/") + id)
        .object()
        .value(QStringLiteral("state"))
        .toString();
}

QStringList tst_localorg_bulkquery::createAccounts(int n)
{
    QStringList ids;
    const int sp = m_org->records().savepoint();
    for (int i = 0; i < n; ++i)
        ids << m_org->records()
                   .create(QStringLiteral("Account"),
                           QJsonObject {{QStringLiteral("Name"), QStringLiteral("Account %1").arg(i)}})
                   .id;
    m_org->records().release(sp);
    return ids;
}

void tst_localorg_bulkquery::createdJobInfo()
{
    createAccounts(3);
    const OrgReply r = create(QStringLiteral("SELECT Id, Name FROM Account"));
    QCOMPARE(r.status, 200);
    const QJsonObject job = r.object();
    const QString id = job.value(QStringLiteral("id")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^750[0-9A-Za-z]{15}$")).match(id).hasMatch(), qPrintable(id));
    QCOMPARE(job.value(QStringLiteral("operation")).toString(), QStringLiteral("query"));
    QCOMPARE(job.value(QStringLiteral("object")).toString(), QStringLiteral("Account"));
    QCOMPARE(job.value(QStringLiteral("createdById")).toString(), RecordStore::userId());
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000$"))
                .match(job.value(QStringLiteral("createdDate")).toString())
                .hasMatch());
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("UploadComplete"));
    QCOMPARE(job.value(QStringLiteral("concurrencyMode")).toString(), QStringLiteral("Parallel"));
    QCOMPARE(job.value(QStringLiteral("contentType")).toString(), QStringLiteral("CSV"));
    QCOMPARE(job.value(QStringLiteral("apiVersion")).toDouble(), 62.0);
    QCOMPARE(job.value(QStringLiteral("lineEnding")).toString(), QStringLiteral("LF"));
    QCOMPARE(job.value(QStringLiteral("columnDelimiter")).toString(), QStringLiteral("COMMA"));
    QVERIFY(!job.contains(QStringLiteral("errorMessage")));

    // An ingest job gets a different Id, though both use the 750 prefix.
    const OrgReply ingest =
        m_client->post(QStringLiteral("jobs/ingest"),
                       QJsonDocument(QJsonObject {{QStringLiteral("object"), QStringLiteral("Account")},
                                                  {QStringLiteral("operation"), QStringLiteral("insert")}}));
    QCOMPARE(ingest.status, 200);
    QVERIFY(ingest.object().value(QStringLiteral("id")).toString() != id);
    QCOMPARE(m_client->get(QStringLiteral("jobs/ingest/") + id).status, 404);
}

void tst_localorg_bulkquery::statesMoveWithPolls()
{
    createAccounts(7);
    const QString id =
        create(QStringLiteral("SELECT Id FROM Account")).object().value(QStringLiteral("id")).toString();
    QJsonObject info = m_client->get(QStringLiteral("jobs/query/") + id).object();
    QCOMPARE(info.value(QStringLiteral("state")).toString(), QStringLiteral("InProgress"));
    QCOMPARE(info.value(QStringLiteral("numberRecordsProcessed")).toInt(), 0);
    QCOMPARE(info.value(QStringLiteral("jobType")).toString(), QStringLiteral("V2Query"));
    info = m_client->get(QStringLiteral("jobs/query/") + id).object();
    QCOMPARE(info.value(QStringLiteral("state")).toString(), QStringLiteral("JobComplete"));
    QCOMPARE(info.value(QStringLiteral("numberRecordsProcessed")).toInt(), 7);
    QCOMPARE(info.value(QStringLiteral("retries")).toInt(), 0);
    QVERIFY(info.value(QStringLiteral("totalProcessingTime")).isDouble());
    QCOMPARE(info.value(QStringLiteral("id")).toString(), id);
    // Terminal: it stays.
    QCOMPARE(state(id), QStringLiteral("JobComplete"));
    // 15-character Ids work too.
    QCOMPARE(state(id.left(15)), QStringLiteral("JobComplete"));
}

void tst_localorg_bulkquery::badQueriesAreRefusedAtCreation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("messagePart");
    const auto job = [](const QString &operation, const QString &query) {
        return QJsonDocument(
                   QJsonObject {{QStringLiteral("operation"), operation}, {QStringLiteral("query"), query}})
            .toJson(QJsonDocument::Compact);
    };
    QTest::newRow("syntax") << job(QStringLiteral("query"), QStringLiteral("SELECT Id FRM Account"))
                            << QStringLiteral("MALFORMED_QUERY") << QStringLiteral("ERROR at Row:1:Column:");
    QTest::newRow("bad escape") << job(QStringLiteral("query"),
                                       QStringLiteral("SELECT Id FROM Account WHERE Name = 'a\\qb'"))
                                << QStringLiteral("MALFORMED_QUERY") << QString();
    QTest::newRow("unknown field") << job(QStringLiteral("query"),
                                          QStringLiteral("SELECT Id, Foo FROM Account"))
                                   << QStringLiteral("INVALID_FIELD")
                                   << QStringLiteral("No such column 'Foo' on entity 'Account'");
    QTest::newRow("unknown object") << job(QStringLiteral("query"), QStringLiteral("SELECT Id FROM Xyzzy"))
                                    << QStringLiteral("INVALID_TYPE")
                                    << QStringLiteral("sObject type 'Xyzzy' is not supported");
    QTest::newRow("count") << job(QStringLiteral("query"), QStringLiteral("SELECT COUNT() FROM Account"))
                           << QStringLiteral("INVALIDJOB") << QStringLiteral("COUNT()");
    QTest::newRow("offset") << job(QStringLiteral("query"), QStringLiteral("SELECT Id FROM Account OFFSET 5"))
                            << QStringLiteral("INVALIDJOB") << QStringLiteral("OFFSET");
    QTest::newRow("operation") << job(QStringLiteral("insert"), QStringLiteral("SELECT Id FROM Account"))
                               << QStringLiteral("INVALIDJOB") << QStringLiteral("Invalid operation: insert");
    QTest::newRow("no query") << job(QStringLiteral("query"), QString()) << QStringLiteral("INVALIDJOB")
                              << QStringLiteral("query is missing");
    QTest::newRow("delimiter") << QByteArray(
        R"({"operation":"query","query":"SELECT Id FROM Account","columnDelimiter":"COLON"})")
                               << QStringLiteral("INVALIDJOB")
                               << QStringLiteral("Invalid columnDelimiter: COLON");
    QTest::newRow("content type") << QByteArray(
        R"({"operation":"query","query":"SELECT Id FROM Account","contentType":"JSON"})")
                                  << QStringLiteral("INVALIDJOB")
                                  << QStringLiteral("Unsupported content type: JSON");
    QTest::newRow("json") << QByteArray(R"({"operation":"query",)") << QStringLiteral("JSON_PARSER_ERROR")
                          << QString();
}

void tst_localorg_bulkquery::badQueriesAreRefusedAtCreation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorCode);
    QFETCH(QString, messagePart);
    const OrgReply r = m_client->send("POST", QStringLiteral("jobs/query"), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.array().size(), 1);
    QCOMPARE(r.errorCode(), errorCode);
    QVERIFY2(r.message().contains(messagePart), qPrintable(r.message()));
    // No job was created.
    QCOMPARE(m_client->get(QStringLiteral("jobs/query"))
                 .object()
                 .value(QStringLiteral("records"))
                 .toArray()
                 .size(),
             0);
}

void tst_localorg_bulkquery::invalidSoqlMatchesTheRestQueryError()
{
    const QString soql = QStringLiteral("SELECT Id, Description FROM Account WHERE Description = 'x'");
    const OrgReply bulk = create(soql);
    const OrgReply rest =
        m_client->get(QStringLiteral("query?q=") + QString::fromLatin1(QUrl::toPercentEncoding(soql)));
    QCOMPARE(bulk.status, 400);
    QCOMPARE(rest.status, 400);
    QCOMPARE(bulk.errorCode(), QStringLiteral("INVALID_FIELD"));
    QCOMPARE(bulk.array(), rest.array());
}

void tst_localorg_bulkquery::pagesHoldEveryRecordExactlyOnce()
{
    const QStringList ids = createAccounts(2500);
    const QString id = runJob(QStringLiteral("SELECT Id, Name FROM Account"));
    QCOMPARE(state(id), QStringLiteral("JobComplete"));

    QStringList seen;
    QList<qint64> counts;
    QList<QByteArray> locators;
    QString path = QStringLiteral("jobs/query/%1/results?maxRecords=1000").arg(id);
    for (int page = 0; page < 10; ++page) {
        const OrgReply r = m_client->get(path);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("text/csv"));
        CsvTable table;
        QString error;
        QVERIFY2(CsvTable::parse(r.body, QLatin1Char(','), &table, &error), qPrintable(error));
        QCOMPARE(table.header, QStringList({QStringLiteral("Id"), QStringLiteral("Name")}));
        counts << r.header("Sforce-NumberOfRecords").toLongLong();
        QCOMPARE(counts.last(), qint64(table.rows.size()));
        for (const QStringList &row : std::as_const(table.rows)) {
            seen << row.at(0);
            QCOMPARE(row.at(1), QStringLiteral("Account %1").arg(ids.indexOf(row.at(0))));
        }
        QVERIFY(r.hasHeader("Sforce-Locator"));
        locators << r.header("Sforce-Locator");
        if (locators.last() == "null")
            break;
        path = QStringLiteral("jobs/query/%1/results?locator=%2&maxRecords=1000")
                   .arg(id, QString::fromLatin1(locators.last()));
    }
    QCOMPARE(counts, QList<qint64>({1000, 1000, 500}));
    QCOMPARE(locators.size(), 3);
    QVERIFY(!locators.at(0).isEmpty() && locators.at(0) != locators.at(1));
    QCOMPARE(locators.at(2), QByteArray("null"));
    // Every record exactly once, in creation order.
    QCOMPARE(seen, ids);
    QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 2500);

    // A locator can be used again and gives the same set.
    const OrgReply again = m_client->get(QStringLiteral("jobs/query/%1/results?locator=%2&maxRecords=1000")
                                             .arg(id, QString::fromLatin1(locators.at(0))));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.header("Sforce-NumberOfRecords"), QByteArray("1000"));
    QCOMPARE(again.header("Sforce-Locator"), locators.at(1));
    // maxRecords may change between pages: the locator is a position.
    const OrgReply rest = m_client->get(
        QStringLiteral("jobs/query/%1/results?locator=%2").arg(id, QString::fromLatin1(locators.at(0))));
    QCOMPARE(rest.header("Sforce-NumberOfRecords"), QByteArray("1500"));
    QCOMPARE(rest.header("Sforce-Locator"), QByteArray("null"));
}

void tst_localorg_bulkquery::defaultPageHoldsEverything()
{
    createAccounts(2500);
    const QString id = runJob(QStringLiteral("SELECT Id FROM Account"));
    const OrgReply r = m_client->get(QStringLiteral("jobs/query/%1/results").arg(id));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Sforce-NumberOfRecords"), QByteArray("2500"));
    QCOMPARE(r.header("Sforce-Locator"), QByteArray("null"));
    QCOMPARE(r.body.count('\n'), 2501);

    // No rows: the header alone.
    const QString none = runJob(QStringLiteral("SELECT Id, Name FROM Account WHERE Name = 'nobody'"));
    const OrgReply empty = m_client->get(QStringLiteral("jobs/query/%1/results").arg(none));
    QCOMPARE(empty.status, 200);
    QCOMPARE(empty.body, QByteArray("\"Id\",\"Name\"\n"));
    QCOMPARE(empty.header("Sforce-NumberOfRecords"), QByteArray("0"));
    QCOMPARE(empty.header("Sforce-Locator"), QByteArray("null"));
}

void tst_localorg_bulkquery::quotingNullsAndRelationships()
{
    RecordStore &store = m_org->records();
    const QString a1 = store
                           .create(QStringLiteral("Account"),
                                   QJsonObject {{QStringLiteral("Name"), QStringLiteral("Comma, Inc")},
                                                {QStringLiteral("Industry"), QStringLiteral("Energy")},
                                                {QStringLiteral("NumberOfEmployees"), 42}})
                           .id;
    const QString a2 =
        store
            .create(QStringLiteral("Account"),
                    QJsonObject {{QStringLiteral("Name"), QStringLiteral("Say \"hi\"\nthere")}})
            .id;
    const QString c1 = store
                           .create(QStringLiteral("Contact"),
                                   QJsonObject {{QStringLiteral("LastName"), QStringLiteral("Lee")},
                                                {QStringLiteral("AccountId"), a1}})
                           .id;
    const QString c2 = store
                           .create(QStringLiteral("Contact"),
                                   QJsonObject {{QStringLiteral("LastName"), QStringLiteral("Solo")}})
                           .id;
    QVERIFY(!a1.isEmpty() && !a2.isEmpty() && !c1.isEmpty() && !c2.isEmpty());

    QString id = runJob(QStringLiteral("SELECT Name, Id, Industry, NumberOfEmployees FROM Account"));
    OrgReply r = m_client->get(QStringLiteral("jobs/query/%1/results").arg(id));
    QCOMPARE(r.status, 200);
    // Columns in SELECT order; values quoted with doubled quotes; nulls empty (quoted, as Salesforce does).
    QByteArray expected = "\"Name\",\"Id\",\"Industry\",\"NumberOfEmployees\"\n";
    expected += "\"Comma, Inc\",\"" + a1.toLatin1() + "\",\"Energy\",\"42\"\n";
    expected += "\"Say \"\"hi\"\"\nthere\",\"" + a2.toLatin1() + "\",\"\",\"\"\n";
    QCOMPARE(r.body, expected);

    id = runJob(QStringLiteral("SELECT Id, account.name, LastName FROM Contact"));
    r = m_client->get(QStringLiteral("jobs/query/%1/results").arg(id));
    expected = "\"Id\",\"Account.Name\",\"LastName\"\n";
    expected += "\"" + c1.toLatin1() + "\",\"Comma, Inc\",\"Lee\"\n";
    expected += "\"" + c2.toLatin1() + "\",\"\",\"Solo\"\n";
    QCOMPARE(r.body, expected);

    // A one-column record that is null is still a line of its own.
    id = runJob(QStringLiteral("SELECT Industry FROM Account"));
    r = m_client->get(QStringLiteral("jobs/query/%1/results").arg(id));
    QCOMPARE(r.body, QByteArray("\"Industry\"\n\"Energy\"\n\"\"\n"));
}

void tst_localorg_bulkquery::delimiterAndLineEnding()
{
    const QString a = m_org->records()
                          .create(QStringLiteral("Account"),
                                  QJsonObject {{QStringLiteral("Name"), QStringLiteral("Semi;colon")}})
                          .id;
    const QString id =
        runJob(QStringLiteral("SELECT Id, Name, Industry FROM Account"), QStringLiteral("query"),
               {{QStringLiteral("columnDelimiter"), QStringLiteral("SEMICOLON")},
                {QStringLiteral("lineEnding"), QStringLiteral("CRLF")}});
    const QJsonObject info = m_client->get(QStringLiteral("jobs/query/") + id).object();
    QCOMPARE(info.value(QStringLiteral("columnDelimiter")).toString(), QStringLiteral("SEMICOLON"));
    QCOMPARE(info.value(QStringLiteral("lineEnding")).toString(), QStringLiteral("CRLF"));
    const OrgReply r = m_client->get(QStringLiteral("jobs/query/%1/results").arg(id));
    QCOMPARE(r.body, "\"Id\";\"Name\";\"Industry\"\r\n\"" + a.toLatin1() + "\";\"Semi;colon\";\"\"\r\n");
}

void tst_localorg_bulkquery::resultsAreASnapshot()
{
    const QStringList ids = createAccounts(3);
    const OrgReply created = create(QStringLiteral("SELECT Id, Name FROM Account"));
    const QString id = created.object().value(QStringLiteral("id")).toString();
    // Writes after creation: a rename, a new record, a delete.
    QVERIFY(m_org->records()
                .update(QStringLiteral("Account"), ids.at(0),
                        QJsonObject {{QStringLiteral("Name"), QStringLiteral("Renamed")}})
                .ok());
    createAccounts(1);
    QVERIFY(m_org->records().remove(QStringLiteral("Account"), ids.at(1)).ok());
    state(id);
    QCOMPARE(state(id), QStringLiteral("JobComplete"));
    const OrgReply r = m_client->get(QStringLiteral("jobs/query/%1/results").arg(id));
    QByteArray expected = "\"Id\",\"Name\"\n";
    for (int i = 0; i < 3; ++i)
        expected += "\"" + ids.at(i).toLatin1() + "\",\"Account " + QByteArray::number(i) + "\"\n";
    QCOMPARE(r.body, expected);
}

void tst_localorg_bulkquery::queryAllIncludesDeletedRecords()
{
    const QStringList ids = createAccounts(4);
    QVERIFY(m_org->records().remove(QStringLiteral("Account"), ids.at(2)).ok());
    const QString live = runJob(QStringLiteral("SELECT Id FROM Account"));
    const QString all =
        runJob(QStringLiteral("SELECT Id, IsDeleted FROM Account"), QStringLiteral("queryAll"));
    QCOMPARE(m_client->get(QStringLiteral("jobs/query/") + all)
                 .object()
                 .value(QStringLiteral("operation"))
                 .toString(),
             QStringLiteral("queryAll"));
    OrgReply r = m_client->get(QStringLiteral("jobs/query/%1/results").arg(live));
    QCOMPARE(r.header("Sforce-NumberOfRecords"), QByteArray("3"));
    QVERIFY(!r.body.contains(ids.at(2).toLatin1()));
    r = m_client->get(QStringLiteral("jobs/query/%1/results").arg(all));
    QCOMPARE(r.header("Sforce-NumberOfRecords"), QByteArray("4"));
    QVERIFY(r.body.contains(QByteArray("\"" + ids.at(2).toLatin1() + "\",\"true\"\n")));
    QVERIFY(r.body.contains(QByteArray("\"" + ids.at(0).toLatin1() + "\",\"false\"\n")));
}

void tst_localorg_bulkquery::resultsBeforeJobComplete()
{
    createAccounts(2);
    const QString id =
        create(QStringLiteral("SELECT Id FROM Account")).object().value(QStringLiteral("id")).toString();
    OrgReply r = m_client->get(QStringLiteral("jobs/query/%1/results").arg(id));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("INVALIDJOBSTATE"));
    QVERIFY(r.message().contains(QLatin1String("UploadComplete")));
    QCOMPARE(state(id), QStringLiteral("InProgress"));
    r = m_client->get(QStringLiteral("jobs/query/%1/results").arg(id));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("INVALIDJOBSTATE"));
    QCOMPARE(state(id), QStringLiteral("JobComplete"));
    QCOMPARE(m_client->get(QStringLiteral("jobs/query/%1/results").arg(id)).status, 200);
}

void tst_localorg_bulkquery::otherApiVersionIsAConflict()
{
    createAccounts(1);
    const QString id = runJob(QStringLiteral("SELECT Id FROM Account"));
    OrgClient v61(m_org->baseUrl(), m_org->accessToken(), QStringLiteral("61.0"));
    OrgReply r = v61.get(QStringLiteral("jobs/query/%1/results").arg(id));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), QStringLiteral("INVALIDJOB"));
    QVERIFY(r.message().contains(QLatin1String("62.0")));
    // The job info itself is readable from any version.
    r = v61.get(QStringLiteral("jobs/query/") + id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("apiVersion")).toDouble(), 62.0);
    QCOMPARE(m_client->get(QStringLiteral("jobs/query/%1/results").arg(id)).status, 200);
}

void tst_localorg_bulkquery::badLocatorAndMaxRecords()
{
    createAccounts(5);
    const QString id = runJob(QStringLiteral("SELECT Id FROM Account"));
    for (const QString &locator : {QStringLiteral("null"), QStringLiteral("zzz!"), QStringLiteral("MTAw")}) {
        const OrgReply r = m_client->get(QStringLiteral("jobs/query/%1/results?locator=%2").arg(id, locator));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("INVALID_QUERY_LOCATOR"));
    }
    for (const QString &max : {QStringLiteral("0"), QStringLiteral("-3"), QStringLiteral("many")}) {
        const OrgReply r = m_client->get(QStringLiteral("jobs/query/%1/results?maxRecords=%2").arg(id, max));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("INVALIDJOB"));
    }
    QCOMPARE(m_client->get(QStringLiteral("jobs/query/750000000000000/results")).status, 404);
}

void tst_localorg_bulkquery::compoundFieldFailsTheJob()
{
    createAccounts(2);
    const OrgReply r = create(QStringLiteral("SELECT Id, BillingAddress FROM Account"));
    QCOMPARE(r.status, 200);
    const QString id = r.object().value(QStringLiteral("id")).toString();
    QCOMPARE(state(id), QStringLiteral("InProgress"));
    const QJsonObject info = m_client->get(QStringLiteral("jobs/query/") + id).object();
    QCOMPARE(info.value(QStringLiteral("state")).toString(), QStringLiteral("Failed"));
    QCOMPARE(
        info.value(QStringLiteral("errorMessage")).toString(),
        QStringLiteral("FUNCTIONALITY_NOT_ENABLED: Selecting compound data not supported in Bulk Query"));
    QCOMPARE(info.value(QStringLiteral("numberRecordsProcessed")).toInt(), 0);
    const OrgReply results = m_client->get(QStringLiteral("jobs/query/%1/results").arg(id));
    QCOMPARE(results.status, 400);
    QCOMPARE(results.errorCode(), QStringLiteral("INVALIDJOBSTATE"));
    // The components of a compound field are fine.
    QVERIFY(!runJob(QStringLiteral("SELECT Id, BillingCity FROM Account")).isEmpty());
}

void tst_localorg_bulkquery::abort()
{
    createAccounts(2);
    const QString id =
        create(QStringLiteral("SELECT Id FROM Account")).object().value(QStringLiteral("id")).toString();
    const QJsonDocument aborted(QJsonObject {{QStringLiteral("state"), QStringLiteral("Aborted")}});
    OrgReply r = m_client->patch(QStringLiteral("jobs/query/") + id, aborted);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("state")).toString(), QStringLiteral("Aborted"));
    QCOMPARE(state(id), QStringLiteral("Aborted"));
    QCOMPARE(state(id), QStringLiteral("Aborted"));
    r = m_client->get(QStringLiteral("jobs/query/%1/results").arg(id));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("INVALIDJOBSTATE"));
    // Once terminal, no second abort.
    r = m_client->patch(QStringLiteral("jobs/query/") + id, aborted);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), QStringLiteral("INVALIDJOBSTATE"));
    const QString done = runJob(QStringLiteral("SELECT Id FROM Account"));
    QCOMPARE(m_client->patch(QStringLiteral("jobs/query/") + done, aborted).status, 409);
    // Only Aborted may be set.
    const QString other =
        create(QStringLiteral("SELECT Id FROM Account")).object().value(QStringLiteral("id")).toString();
    r = m_client->patch(
        QStringLiteral("jobs/query/") + other,
        QJsonDocument(QJsonObject {{QStringLiteral("state"), QStringLiteral("JobComplete")}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("INVALIDJOBSTATE"));
}

void tst_localorg_bulkquery::listAndDelete()
{
    createAccounts(1);
    const QString first = runJob(QStringLiteral("SELECT Id FROM Account"));
    const QString second = create(QStringLiteral("SELECT Name FROM Account"), QStringLiteral("queryAll"))
                               .object()
                               .value(QStringLiteral("id"))
                               .toString();
    OrgReply r = m_client->get(QStringLiteral("jobs/query"));
    QCOMPARE(r.status, 200);
    QJsonObject list = r.object();
    QCOMPARE(list.value(QStringLiteral("done")).toBool(), true);
    QVERIFY(list.value(QStringLiteral("nextRecordsUrl")).isNull());
    QJsonArray records = list.value(QStringLiteral("records")).toArray();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).toObject().value(QStringLiteral("id")).toString(), first);
    QCOMPARE(records.at(0).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("JobComplete"));
    QCOMPARE(records.at(1).toObject().value(QStringLiteral("id")).toString(), second);
    QCOMPARE(records.at(1).toObject().value(QStringLiteral("operation")).toString(),
             QStringLiteral("queryAll"));

    // A job still running cannot be deleted.
    r = m_client->del(QStringLiteral("jobs/query/") + second);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("INVALIDJOBSTATE"));
    r = m_client->del(QStringLiteral("jobs/query/") + first);
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(m_client->get(QStringLiteral("jobs/query/") + first).status, 404);
    QCOMPARE(m_client->get(QStringLiteral("jobs/query/%1/results").arg(first)).status, 404);
    QCOMPARE(m_client->del(QStringLiteral("jobs/query/") + first).status, 404);
    records = m_client->get(QStringLiteral("jobs/query")).object().value(QStringLiteral("records")).toArray();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0).toObject().value(QStringLiteral("id")).toString(), second);
    // Ingest jobs are listed apart.
    QCOMPARE(m_client->get(QStringLiteral("jobs/ingest"))
                 .object()
                 .value(QStringLiteral("records"))
                 .toArray()
                 .size(),
             0);
}

void tst_localorg_bulkquery::countersByEndpoint()
{
    createAccounts(30);
    m_org->resetCounters();
    const QString id = runJob(QStringLiteral("SELECT Id FROM Account"));
    OrgReply r = m_client->get(QStringLiteral("jobs/query/%1/results?maxRecords=20").arg(id));
    r = m_client->get(QStringLiteral("jobs/query/%1/results?maxRecords=20&locator=%2")
                          .arg(id, QString::fromLatin1(r.header("Sforce-Locator"))));
    QCOMPARE(r.header("Sforce-Locator"), QByteArray("null"));
    m_client->get(QStringLiteral("jobs/query"));
    const QHash<QString, int> calls = m_org->apiCallsByEndpoint();
    QCOMPARE(calls.value(QStringLiteral("POST jobs/query")), 1);
    // runJob polls until JobComplete: InProgress, then JobComplete.
    QCOMPARE(calls.value(QStringLiteral("GET jobs/query/{id}")), 2);
    QCOMPARE(calls.value(QStringLiteral("GET jobs/query/{id}/results")), 2);
    QCOMPARE(calls.value(QStringLiteral("GET jobs/query")), 1);
    QCOMPARE(m_org->apiCalls(), 6);
    QCOMPARE(r.header("Sforce-Limit-Info"), QByteArray("api-usage=5/100000"));
}

void tst_localorg_bulkquery::injectedFaultsApply()
{
    createAccounts(3);
    m_org->setFaults(1.0, {QStringLiteral("503")});
    OrgReply r = create(QStringLiteral("SELECT Id FROM Account"));
    QCOMPARE(r.status, 503);
    m_org->setFaults(0, {});
    // The refused call created nothing.
    QCOMPARE(m_client->get(QStringLiteral("jobs/query"))
                 .object()
                 .value(QStringLiteral("records"))
                 .toArray()
                 .size(),
             0);
    const QString id = runJob(QStringLiteral("SELECT Id FROM Account"));
    m_org->setFaults(1.0, {QStringLiteral("503")});
    QCOMPARE(m_client->get(QStringLiteral("jobs/query/%1/results").arg(id)).status, 503);
    m_org->setFaults(0, {});
    r = m_client->get(QStringLiteral("jobs/query/%1/results").arg(id));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Sforce-NumberOfRecords"), QByteArray("3"));
}

QTEST_GUILESS_MAIN(tst_localorg_bulkquery)
#include "tst_localorg_bulkquery.moc"
