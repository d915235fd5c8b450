// Bulk API 2.0 ingest on the local org: the job state machine, chunked uploads, background processing, job
// counts and the result CSVs with Salesforce's columns (docs/salesforce-api.md §3).
#include "localorg/data/recordstore.h"
#include "localorg/localorg.h"
#include "tests/testsupport/orgclient.h"
#include "tests/testsupport/testenvironment.h"

#include <QTcpSocket>
#include <QTest>

using namespace sfsync::localorg;
using sfsync::test::OrgClient;
using sfsync::test::OrgReply;

class tst_localorg_bulk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void insertLifecycleAndResults();
    void chunkedUploadIsAccepted();
    void upsertWithExternalIdAndRelationship();
    void parentKeyHeaderFailsMissingParents();
    void updateDeleteAndNullWithNA();
    void failedRecordsCarryTheError();
    void abortLeavesUnprocessedRecords();
    void secondUploadIsRefused();
    void invalidJobsAndStates();
    void listAndDelete();
    void largeJobRunsInSlicesWhileServing();

private:
    QString createJob(const QJsonObject &job);
    QJsonObject waitForJob(const QString &id);

    std::unique_ptr<LocalOrg> m_org;
    std::unique_ptr<OrgClient> m_client;
};

void tst_localorg_bulk::initTestCase()
{
    sfsync::test::isolateEnvironment(QStringLiteral("tst_localorg_bulk"));
}

void tst_localorg_bulk::init()
{
    LocalOrgOptions options;
    options.seed = QStringLiteral("none");
    options.accessToken = QStringLiteral("00D000000000001!AQ.bulk");
    m_org = std::make_unique<LocalOrg>(options);
    QVERIFY(m_org->start());
    m_client = std::make_unique<OrgClient>(m_org->baseUrl(), m_org->accessToken());
}

void tst_localorg_bulk::cleanup()
{
    m_client.reset();
    m_org.reset();
}

QString tst_localorg_bulk::createJob(const QJsonObject &job)
{
    const OrgReply r = m_client->post(QStringLiteral("jobs/ingest"), QJsonDocument(job));
    if (r.status != 200)
        qWarning() << r.body;
    return r.object().value(QStringLiteral("id")).toString();
}

QJsonObject tst_localorg_bulk::waitForJob(const QString &id)
{
    QJsonObject info;
    for (int i = 0; i < 2000; ++i) {
        info = m_client->get(QStringLiteral("jobs/ingest/") + id).object();
        const QString state = info.value(QStringLiteral("state")).toString();
        if (state == QLatin1String("JobComplete") || state == QLatin1String("Failed")
            || state == QLatin1String("Aborted"))
            return info;
    }
    return info;
}

void tst_localorg_bulk::insertLifecycleAndResults()
{
    OrgReply r =
        m_client->post(QStringLiteral("jobs/ingest"),
                       QJsonDocument(QJsonObject {{QStringLiteral("object"), QStringLiteral("Account")},
                                                  {QStringLiteral("operation"), QStringLiteral("insert")}}));
    QCOMPARE(r.status, 200);
    QJsonObject job = r.object();
    const QString id = job.value(QStringLiteral("id")).toString();
    QVERIFY(id.startsWith(QLatin1String("750")));
    QCOMPARE(id.size(), 18);
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("Open"));
    QCOMPARE(job.value(QStringLiteral("object")).toString(), QStringLiteral("Account"));
    QCOMPARE(job.value(QStringLiteral("jobType")).toString(), QStringLiteral("V2Ingest"));
    QCOMPARE(job.value(QStringLiteral("contentType")).toString(), QStringLiteral("CSV"));
    QCOMPARE(job.value(QStringLiteral("apiVersion")).toDouble(), 62.0);
    QCOMPARE(job.value(QStringLiteral("lineEnding")).toString(), QStringLiteral("LF"));
    QCOMPARE(job.value(QStringLiteral("columnDelimiter")).toString(), QStringLiteral("COMMA"));
    QCOMPARE(job.value(QStringLiteral("contentUrl")).toString(),
             QStringLiteral("services/data/v62.0/jobs/ingest/%1/batches").arg(id));

    r = m_client->send("PUT", QStringLiteral("jobs/ingest/%1/batches").arg(id),
                       "Name,NumberOfEmployees\nAlpha,10\n\"Beta, Inc\",20\nGamma,\n", {}, "text/csv");
    QCOMPARE(r.status, 201);
    QVERIFY(r.body.isEmpty());
    // Nothing runs before UploadComplete.
    QCOMPARE(
        m_client->get(QStringLiteral("jobs/ingest/") + id).object().value(QStringLiteral("state")).toString(),
        QStringLiteral("Open"));
    QCOMPARE(m_org->records().count(QStringLiteral("Account")), 0);

    r = m_client->patch(
        QStringLiteral("jobs/ingest/") + id,
        QJsonDocument(QJsonObject {{QStringLiteral("state"), QStringLiteral("UploadComplete")}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("state")).toString(), QStringLiteral("UploadComplete"));

    job = waitForJob(id);
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("JobComplete"));
    QCOMPARE(job.value(QStringLiteral("numberRecordsProcessed")).toInt(), 3);
    QCOMPARE(job.value(QStringLiteral("numberRecordsFailed")).toInt(), 0);
    QCOMPARE(m_org->records().count(QStringLiteral("Account")), 3);

    r = m_client->get(QStringLiteral("jobs/ingest/%1/successfulResults/").arg(id));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("text/csv"));
    const QList<QJsonObject> stored = m_org->records().records(QStringLiteral("Account"));
    QByteArray expected = "\"sf__Id\",\"sf__Created\",Name,NumberOfEmployees\n";
    expected += "\"" + stored.at(0).value(QStringLiteral("Id")).toString().toLatin1()
        + "\",\"true\",\"Alpha\",\"10\"\n";
    expected += "\"" + stored.at(1).value(QStringLiteral("Id")).toString().toLatin1()
        + "\",\"true\",\"Beta, Inc\",\"20\"\n";
    expected += "\"" + stored.at(2).value(QStringLiteral("Id")).toString().toLatin1()
        + "\",\"true\",\"Gamma\",\"\"\n";
    QCOMPARE(r.body, expected);
    QCOMPARE(stored.at(1).value(QStringLiteral("Name")).toString(), QStringLiteral("Beta, Inc"));
    QCOMPARE(stored.at(1).value(QStringLiteral("NumberOfEmployees")).toInt(), 20);

    // Without the trailing slash too (jsforce).
    r = m_client->get(QStringLiteral("jobs/ingest/%1/failedResults").arg(id));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("\"sf__Id\",\"sf__Error\",Name,NumberOfEmployees\n"));
    r = m_client->get(QStringLiteral("jobs/ingest/%1/unprocessedrecords").arg(id));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("Name,NumberOfEmployees\n"));
}

void tst_localorg_bulk::chunkedUploadIsAccepted()
{
    const QString id = createJob({{QStringLiteral("object"), QStringLiteral("Account")},
                                  {QStringLiteral("operation"), QStringLiteral("insert")},
                                  {QStringLiteral("lineEnding"), QStringLiteral("CRLF")}});
    QVERIFY(!id.isEmpty());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_org->port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray head = "PUT /services/data/v62.0/jobs/ingest/" + id.toLatin1()
        + "/batches HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + m_org->accessToken().toLatin1()
        + "\r\nContent-Type: text/csv\r\nTransfer-Encoding: chunked\r\n\r\n";
    const QByteArray part1 = "Name\r\nChunk A\r\n";
    const QByteArray part2 = "Chunk B\r\n";
    socket.write(head + QByteArray::number(part1.size(), 16) + "\r\n" + part1 + "\r\n");
    socket.write(QByteArray::number(part2.size(), 16) + "\r\n" + part2 + "\r\n0\r\n\r\n");
    QByteArray response;
    QTRY_VERIFY(((response += socket.readAll()), response.contains("\r\n\r\n")));
    QVERIFY2(response.startsWith("HTTP/1.1 201 Created\r\n"), response.constData());

    m_client->patch(QStringLiteral("jobs/ingest/") + id,
                    QJsonDocument(QJsonObject {{QStringLiteral("state"), QStringLiteral("UploadComplete")}}));
    QCOMPARE(waitForJob(id).value(QStringLiteral("numberRecordsProcessed")).toInt(), 2);
    QCOMPARE(
        m_org->records().records(QStringLiteral("Account")).at(1).value(QStringLiteral("Name")).toString(),
        QStringLiteral("Chunk B"));
    const OrgReply r = m_client->get(QStringLiteral("jobs/ingest/%1/successfulResults").arg(id));
    QVERIFY(r.body.startsWith("\"sf__Id\",\"sf__Created\",Name\r\n"));
}

void tst_localorg_bulk::upsertWithExternalIdAndRelationship()
{
    const QString parent =
        m_org->records()
            .create(QStringLiteral("Account"),
                    QJsonObject {{QStringLiteral("Name"), QStringLiteral("P")},
                                 {QStringLiteral("Legacy_Id__c"), QStringLiteral("ACC-9")}})
            .id;
    const QString existing =
        m_org->records()
            .create(QStringLiteral("Contact"),
                    QJsonObject {{QStringLiteral("LastName"), QStringLiteral("Old")},
                                 {QStringLiteral("Legacy_Id__c"), QStringLiteral("CON-1")}})
            .id;
    const QString id = createJob({{QStringLiteral("object"), QStringLiteral("Contact")},
                                  {QStringLiteral("operation"), QStringLiteral("upsert")},
                                  {QStringLiteral("externalIdFieldName"), QStringLiteral("Legacy_Id__c")},
                                  {QStringLiteral("columnDelimiter"), QStringLiteral("SEMICOLON")}});
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_client
                 ->send("PUT", QStringLiteral("jobs/ingest/%1/batches").arg(id),
                        "Legacy_Id__c;LastName;Account.Legacy_Id__c\nCON-1;Updated;ACC-9\nCON-2;Created;\n",
                        {}, "text/csv")
                 .status,
             201);
    m_client->patch(QStringLiteral("jobs/ingest/") + id,
                    QJsonDocument(QJsonObject {{QStringLiteral("state"), QStringLiteral("UploadComplete")}}));
    const QJsonObject job = waitForJob(id);
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("JobComplete"));
    QCOMPARE(job.value(QStringLiteral("externalIdFieldName")).toString(), QStringLiteral("Legacy_Id__c"));
    QCOMPARE(m_org->records().record(existing)->value(QStringLiteral("LastName")).toString(),
             QStringLiteral("Updated"));
    QCOMPARE(m_org->records().record(existing)->value(QStringLiteral("AccountId")).toString(), parent);
    QCOMPARE(m_org->records().count(QStringLiteral("Contact")), 2);
    const QString created =
        m_org->records()
            .findByField(QStringLiteral("Contact"), QStringLiteral("Legacy_Id__c"), QStringLiteral("CON-2"))
            .value(0);
    QVERIFY(!created.isEmpty());
    const OrgReply r = m_client->get(QStringLiteral("jobs/ingest/%1/successfulResults").arg(id));
    QCOMPARE(r.body,
             "\"sf__Id\";\"sf__Created\";Legacy_Id__c;LastName;Account.Legacy_Id__c\n\"" + existing.toLatin1()
                 + "\";\"false\";\"CON-1\";\"Updated\";\"ACC-9\"\n\"" + created.toLatin1()
                 + "\";\"true\";\"CON-2\";\"Created\";\"\"\n");
}

// A header "Account.Legacy_Id__c" whose value no account holds fails that record with Salesforce's
// INVALID_FIELD wording; a polymorphic header names the parent's type first ("Lead:Who.Email").
void tst_localorg_bulk::parentKeyHeaderFailsMissingParents()
{
    const QString parent =
        m_org->records()
            .create(QStringLiteral("Account"),
                    QJsonObject {{QStringLiteral("Name"), QStringLiteral("P")},
                                 {QStringLiteral("Legacy_Id__c"), QStringLiteral("ACC-9")}})
            .id;
    QString id = createJob({{QStringLiteral("object"), QStringLiteral("Contact")},
                            {QStringLiteral("operation"), QStringLiteral("insert")}});
    m_client->send("PUT", QStringLiteral("jobs/ingest/%1/batches").arg(id),
                   "LastName,Account.Legacy_Id__c\nLinked,ACC-9\nOrphan,ACC-404\n", {}, "text/csv");
    m_client->patch(QStringLiteral("jobs/ingest/") + id,
                    QJsonDocument(QJsonObject {{QStringLiteral("state"), QStringLiteral("UploadComplete")}}));
    QCOMPARE(waitForJob(id).value(QStringLiteral("numberRecordsFailed")).toInt(), 1);
    QCOMPARE(m_org->records().count(QStringLiteral("Contact")), 1);
    const QString linked =
        m_org->records()
            .findByField(QStringLiteral("Contact"), QStringLiteral("LastName"), QStringLiteral("Linked"))
            .value(0);
    QCOMPARE(m_org->records().record(linked)->value(QStringLiteral("AccountId")).toString(), parent);
    OrgReply r = m_client->get(QStringLiteral("jobs/ingest/%1/failedResults/").arg(id));
    QCOMPARE(r.body,
             QByteArray("\"sf__Id\",\"sf__Error\",LastName,Account.Legacy_Id__c\n"
                        "\"\",\"INVALID_FIELD:Foreign key external ID: ACC-404 not found for field "
                        "Legacy_Id__c in entity Account:--\",\"Orphan\",\"ACC-404\"\n"));

    const QString lead =
        m_org->records()
            .create(QStringLiteral("Lead"),
                    QJsonObject {{QStringLiteral("LastName"), QStringLiteral("L")},
                                 {QStringLiteral("Company"), QStringLiteral("C")},
                                 {QStringLiteral("Email"), QStringLiteral("lead@example.org")}})
            .id;
    id = createJob({{QStringLiteral("object"), QStringLiteral("Event")},
                    {QStringLiteral("operation"), QStringLiteral("insert")}});
    m_client->send("PUT", QStringLiteral("jobs/ingest/%1/batches").arg(id),
                   "Subject,DurationInMinutes,ActivityDateTime,Lead:Who.Email\n"
                   "Call,30,2026-01-05T10:00:00.000Z,lead@example.org\n",
                   {}, "text/csv");
    m_client->patch(QStringLiteral("jobs/ingest/") + id,
                    QJsonDocument(QJsonObject {{QStringLiteral("state"), QStringLiteral("UploadComplete")}}));
    QCOMPARE(waitForJob(id).value(QStringLiteral("numberRecordsFailed")).toInt(), 0);
    r = m_client->get(QStringLiteral("jobs/ingest/%1/successfulResults/").arg(id));
    const QString event = QString::fromLatin1(r.body.split('\n').value(1).split(',').value(0)).remove('"');
    QCOMPARE(m_org->records().record(event).value_or(QJsonObject()).value(QStringLiteral("WhoId")).toString(),
             lead);
}

void tst_localorg_bulk::updateDeleteAndNullWithNA()
{
    const QString a = m_org->records()
                          .create(QStringLiteral("Account"),
                                  QJsonObject {{QStringLiteral("Name"), QStringLiteral("A")},
                                               {QStringLiteral("Phone"), QStringLiteral("123")},
                                               {QStringLiteral("Website"), QStringLiteral("a.example")}})
                          .id;
    const QString b =
        m_org->records()
            .create(QStringLiteral("Account"), QJsonObject {{QStringLiteral("Name"), QStringLiteral("B")}})
            .id;
    QString id = createJob({{QStringLiteral("object"), QStringLiteral("Account")},
                            {QStringLiteral("operation"), QStringLiteral("update")}});
    m_client->send("PUT", QStringLiteral("jobs/ingest/%1/batches").arg(id),
                   "Id,Phone,Website\n" + a.toLatin1() + ",#N/A,\n", {}, "text/csv");
    m_client->patch(QStringLiteral("jobs/ingest/") + id,
                    QJsonDocument(QJsonObject {{QStringLiteral("state"), QStringLiteral("UploadComplete")}}));
    QCOMPARE(waitForJob(id).value(QStringLiteral("numberRecordsFailed")).toInt(), 0);
    QVERIFY(m_org->records().record(a)->value(QStringLiteral("Phone")).isNull()); // #N/A clears
    QCOMPARE(m_org->records().record(a)->value(QStringLiteral("Website")).toString(),
             QStringLiteral("a.example")); // empty keeps

    id = createJob({{QStringLiteral("object"), QStringLiteral("Account")},
                    {QStringLiteral("operation"), QStringLiteral("delete")}});
    m_client->send("PUT", QStringLiteral("jobs/ingest/%1/batches").arg(id), "Id\n" + b.toLatin1() + "\n", {},
                   "text/csv");
    m_client->patch(QStringLiteral("jobs/ingest/") + id,
                    QJsonDocument(QJsonObject {{QStringLiteral("state"), QStringLiteral("UploadComplete")}}));
    QCOMPARE(waitForJob(id).value(QStringLiteral("numberRecordsProcessed")).toInt(), 1);
    QCOMPARE(m_org->records().count(QStringLiteral("Account")), 1);
    QVERIFY(m_org->records().record(b)->value(QStringLiteral("IsDeleted")).toBool());
}

void tst_localorg_bulk::failedRecordsCarryTheError()
{
    const QString id = createJob({{QStringLiteral("object"), QStringLiteral("Account")},
                                  {QStringLiteral("operation"), QStringLiteral("insert")}});
    m_client->send("PUT", QStringLiteral("jobs/ingest/%1/batches").arg(id), "Name,Phone\nGood,1\n,2\n", {},
                   "text/csv");
    m_client->patch(QStringLiteral("jobs/ingest/") + id,
                    QJsonDocument(QJsonObject {{QStringLiteral("state"), QStringLiteral("UploadComplete")}}));
    const QJsonObject job = waitForJob(id);
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("JobComplete"));
    QCOMPARE(job.value(QStringLiteral("numberRecordsProcessed")).toInt(), 2);
    QCOMPARE(job.value(QStringLiteral("numberRecordsFailed")).toInt(), 1);
    const OrgReply r = m_client->get(QStringLiteral("jobs/ingest/%1/failedResults/").arg(id));
    QCOMPARE(r.body,
             QByteArray(
                 "\"sf__Id\",\"sf__Error\",Name,Phone\n"
                 "\"\",\"REQUIRED_FIELD_MISSING:Required fields are missing: [Name]:Name --\",\"\",\"2\"\n"));
}

void tst_localorg_bulk::abortLeavesUnprocessedRecords()
{
    const QString id = createJob({{QStringLiteral("object"), QStringLiteral("Account")},
                                  {QStringLiteral("operation"), QStringLiteral("insert")}});
    m_client->send("PUT", QStringLiteral("jobs/ingest/%1/batches").arg(id), "Name\nX\nY\n", {}, "text/csv");
    OrgReply r =
        m_client->patch(QStringLiteral("jobs/ingest/") + id,
                        QJsonDocument(QJsonObject {{QStringLiteral("state"), QStringLiteral("Aborted")}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("state")).toString(), QStringLiteral("Aborted"));
    QCOMPARE(m_org->records().count(QStringLiteral("Account")), 0);
    r = m_client->get(QStringLiteral("jobs/ingest/%1/unprocessedrecords/").arg(id));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("Name\nX\nY\n"));
    // An aborted job takes no more data.
    r = m_client->send("PUT", QStringLiteral("jobs/ingest/%1/batches").arg(id), "Name\nZ\n", {}, "text/csv");
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), QStringLiteral("INVALIDJOBSTATE"));
}

void tst_localorg_bulk::secondUploadIsRefused()
{
    // A repeated PUT (an HTTP stack re-sending after a broken connection) must not double the job's rows.
    const int before = m_org->records().count(QStringLiteral("Account"));
    const QString id = createJob({{QStringLiteral("object"), QStringLiteral("Account")},
                                  {QStringLiteral("operation"), QStringLiteral("insert")}});
    OrgReply r = m_client->send("PUT", QStringLiteral("jobs/ingest/%1/batches").arg(id), "Name\nOnce\n", {},
                                "text/csv");
    QCOMPARE(r.status, 201);
    r = m_client->send("PUT", QStringLiteral("jobs/ingest/%1/batches").arg(id), "Name\nOnce\n", {},
                       "text/csv");
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), QStringLiteral("INVALIDJOBSTATE"));
    r = m_client->patch(
        QStringLiteral("jobs/ingest/") + id,
        QJsonDocument(QJsonObject {{QStringLiteral("state"), QStringLiteral("UploadComplete")}}));
    QCOMPARE(r.status, 200);
    QTRY_COMPARE(m_org->records().count(QStringLiteral("Account")), before + 1);
}

void tst_localorg_bulk::invalidJobsAndStates()
{
    OrgReply r =
        m_client->post(QStringLiteral("jobs/ingest"),
                       QJsonDocument(QJsonObject {{QStringLiteral("object"), QStringLiteral("Xyzzy")},
                                                  {QStringLiteral("operation"), QStringLiteral("insert")}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("INVALIDENTITY"));
    r = m_client->post(QStringLiteral("jobs/ingest"),
                       QJsonDocument(QJsonObject {{QStringLiteral("object"), QStringLiteral("Account")},
                                                  {QStringLiteral("operation"), QStringLiteral("merge")}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("INVALIDJOB"));
    r = m_client->post(QStringLiteral("jobs/ingest"),
                       QJsonDocument(QJsonObject {{QStringLiteral("object"), QStringLiteral("Account")},
                                                  {QStringLiteral("operation"), QStringLiteral("upsert")}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("INVALIDJOB"));
    QCOMPARE(m_client->get(QStringLiteral("jobs/ingest/750000000000000AAA")).status, 404);

    // A CSV column that is not a field fails the job.
    const QString id = createJob({{QStringLiteral("object"), QStringLiteral("Account")},
                                  {QStringLiteral("operation"), QStringLiteral("insert")}});
    m_client->send("PUT", QStringLiteral("jobs/ingest/%1/batches").arg(id), "Name,Nope__c\nA,1\n", {},
                   "text/csv");
    r = m_client->patch(
        QStringLiteral("jobs/ingest/") + id,
        QJsonDocument(QJsonObject {{QStringLiteral("state"), QStringLiteral("UploadComplete")}}));
    QCOMPARE(r.status, 200);
    const QJsonObject job = waitForJob(id);
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("Failed"));
    QCOMPARE(job.value(QStringLiteral("errorMessage")).toString(),
             QStringLiteral("InvalidBatch : Field name not found : Nope__c"));
    r = m_client->patch(
        QStringLiteral("jobs/ingest/") + id,
        QJsonDocument(QJsonObject {{QStringLiteral("state"), QStringLiteral("UploadComplete")}}));
    QCOMPARE(r.status, 409);
}

void tst_localorg_bulk::listAndDelete()
{
    const QString a = createJob({{QStringLiteral("object"), QStringLiteral("Account")},
                                 {QStringLiteral("operation"), QStringLiteral("insert")}});
    const QString b = createJob({{QStringLiteral("object"), QStringLiteral("Lead")},
                                 {QStringLiteral("operation"), QStringLiteral("insert")}});
    OrgReply r = m_client->get(QStringLiteral("jobs/ingest"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("done")).toBool(), true);
    QCOMPARE(r.object().value(QStringLiteral("records")).toArray().size(), 2);
    // An open job cannot be deleted; an aborted one can.
    QCOMPARE(m_client->del(QStringLiteral("jobs/ingest/") + a).status, 400);
    m_client->patch(QStringLiteral("jobs/ingest/") + a,
                    QJsonDocument(QJsonObject {{QStringLiteral("state"), QStringLiteral("Aborted")}}));
    r = m_client->del(QStringLiteral("jobs/ingest/") + a);
    QCOMPARE(r.status, 204);
    QCOMPARE(m_client->get(QStringLiteral("jobs/ingest/") + a).status, 404);
    r = m_client->get(QStringLiteral("jobs/ingest"));
    QCOMPARE(r.object()
                 .value(QStringLiteral("records"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString(),
             b);
}

void tst_localorg_bulk::largeJobRunsInSlicesWhileServing()
{
    QByteArray csv = "Name\n";
    for (int i = 0; i < 1500; ++i)
        csv += "Bulk " + QByteArray::number(i) + "\n";
    const QString id = createJob({{QStringLiteral("object"), QStringLiteral("Account")},
                                  {QStringLiteral("operation"), QStringLiteral("insert")}});
    m_client->send("PUT", QStringLiteral("jobs/ingest/%1/batches").arg(id), csv, {}, "text/csv");
    m_client->patch(QStringLiteral("jobs/ingest/") + id,
                    QJsonDocument(QJsonObject {{QStringLiteral("state"), QStringLiteral("UploadComplete")}}));
    // A poll while the job runs sees a partial count: processing happens in slices between requests.
    QList<int> seen;
    QString state;
    for (int i = 0; i < 2000 && state != QLatin1String("JobComplete"); ++i) {
        const QJsonObject info = m_client->get(QStringLiteral("jobs/ingest/") + id).object();
        state = info.value(QStringLiteral("state")).toString();
        seen << info.value(QStringLiteral("numberRecordsProcessed")).toInt();
    }
    QCOMPARE(state, QStringLiteral("JobComplete"));
    QCOMPARE(seen.last(), 1500);
    bool partial = false;
    for (int n : seen)
        partial = partial || (n > 0 && n < 1500);
    QVERIFY2(partial, "no poll saw the job in the middle of its work");
    QCOMPARE(m_org->records().count(QStringLiteral("Account")), 1500);
}

QTEST_GUILESS_MAIN(tst_localorg_bulk)
#include "tst_localorg_bulk.moc"
