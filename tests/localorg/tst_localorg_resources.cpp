// The REST resources added for the Salesforce CLI and jsforce, over real loopback HTTP: identity in the
// version resources, the full /limits set, columns=true, paged child results, /search, and the replication
// resources /sobjects/{T}/updated and /deleted.
#include "localorg/data/recordstore.h"
#include "localorg/localorg.h"
#include "tests/testsupport/orgclient.h"
#include "tests/testsupport/testenvironment.h"

#include <QTest>

using namespace sfsync::localorg;
using sfsync::test::OrgClient;
using sfsync::test::OrgReply;

namespace {

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString stamp(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("+0000");
}

} // namespace

class tst_localorg_resources : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LocalOrg> m_org;
    std::unique_ptr<OrgClient> m_client;
    QDateTime m_now;

    QString create(const QString &object, const QJsonObject &fields)
    {
        const WriteResult result = m_org->records().create(object, fields);
        return result.id;
    }

private Q_SLOTS:
    void initTestCase() { sfsync::test::isolateEnvironment(QStringLiteral("tst_localorg_resources")); }

    void init()
    {
        LocalOrgOptions options;
        options.seed = QStringLiteral("none");
        options.accessToken = QStringLiteral("00D000000000001!AQ.resources");
        m_org = std::make_unique<LocalOrg>(options);
        QVERIFY(m_org->start());
        m_client = std::make_unique<OrgClient>(m_org->baseUrl(), m_org->accessToken());
        m_now = QDateTime(QDate(2024, 5, 15), QTime(12, 0), Qt::UTC);
        m_org->records().setClock([this] { return m_now; });
    }

    void cleanup()
    {
        m_client.reset();
        m_org.reset();
    }

    void identityIsAVersionResource()
    {
        const OrgReply resources = m_client->get(QString());
        QCOMPARE(resources.status, 200);
        const QString identity = resources.object().value(QLatin1String("identity")).toString();
        QCOMPARE(identity,
                 m_org->baseUrl().toString() + QStringLiteral("/id/") + m_org->organizationId()
                     + QLatin1Char('/') + m_org->userId());
        const OrgReply me = m_client->get(QUrl(identity).path());
        QCOMPARE(me.status, 200);
        QCOMPARE(me.object().value(QLatin1String("username")).toString(), m_org->username());
        QCOMPARE(me.object().value(QLatin1String("organization_id")).toString(), m_org->organizationId());
    }

    void limitsListsEverySalesforceLimit()
    {
        OrgReply r = m_client->get(QStringLiteral("limits"));
        QCOMPARE(r.status, 200);
        QJsonObject limits = r.object();
        QVERIFY2(limits.size() >= 50, qPrintable(QString::number(limits.size())));
        for (const char *name :
             {"ActiveScratchOrgs", "ConcurrentAsyncGetReportInstances", "DailyApiRequests",
              "DailyAsyncApexExecutions", "DailyBulkApiBatches", "DailyBulkV2QueryFileStorageMB",
              "DailyBulkV2QueryJobs", "DailyScratchOrgs", "DailyStreamingApiEvents", "DailyWorkflowEmails",
              "DataStorageMB", "FileStorageMB", "HourlyODataCallout", "HourlyTimeBasedWorkflow", "MassEmail",
              "PermissionSets", "SingleEmail", "StreamingApiConcurrentClients"})
            QVERIFY2(limits.contains(QLatin1String(name)), name);
        for (auto it = limits.begin(); it != limits.end(); ++it) {
            const QJsonObject limit = it.value().toObject();
            QVERIFY2(limit.value(QLatin1String("Max")).isDouble(), qPrintable(it.key()));
            QVERIFY2(limit.value(QLatin1String("Remaining")).toDouble()
                         <= limit.value(QLatin1String("Max")).toDouble(),
                     qPrintable(it.key()));
        }
        QCOMPARE(limits.value(QLatin1String("PermissionSets"))
                     .toObject()
                     .value(QLatin1String("CreateCustom"))
                     .toObject(),
                 (QJsonObject {{QStringLiteral("Max"), 1000}, {QStringLiteral("Remaining"), 998}}));
        QCOMPARE(limits.value(QLatin1String("DataStorageMB")).toObject(),
                 (QJsonObject {{QStringLiteral("Max"), 5}, {QStringLiteral("Remaining"), 5}}));
        QCOMPARE(limits.value(QLatin1String("DailyApiRequests")).toObject(),
                 (QJsonObject {{QStringLiteral("Max"), 100000}, {QStringLiteral("Remaining"), 99999}}));

        // What the org tracks moves: data storage (2 KB a record), Bulk 2.0 query jobs and ingest batches.
        const int sp = m_org->records().savepoint();
        for (int i = 0; i < 600; ++i)
            create(QStringLiteral("Account"), {{QStringLiteral("Name"), QStringLiteral("A%1").arg(i)}});
        m_org->records().release(sp);
        QCOMPARE(m_client
                     ->post(QStringLiteral("jobs/query"),
                            QJsonDocument(QJsonObject {
                                {QStringLiteral("operation"), QStringLiteral("query")},
                                {QStringLiteral("query"), QStringLiteral("SELECT Id FROM Account")}}))
                     .status,
                 200);
        QCOMPARE(
            m_client
                ->post(QStringLiteral("jobs/ingest"),
                       QJsonDocument(QJsonObject {{QStringLiteral("operation"), QStringLiteral("insert")},
                                                  {QStringLiteral("object"), QStringLiteral("Account")}}))
                .status,
            200);
        limits = m_client->get(QStringLiteral("limits")).object();
        QCOMPARE(
            limits.value(QLatin1String("DataStorageMB")).toObject().value(QLatin1String("Remaining")).toInt(),
            3);
        QCOMPARE(limits.value(QLatin1String("DailyBulkV2QueryJobs"))
                     .toObject()
                     .value(QLatin1String("Remaining"))
                     .toInt(),
                 9999);
        QCOMPARE(limits.value(QLatin1String("DailyBulkApiBatches"))
                     .toObject()
                     .value(QLatin1String("Remaining"))
                     .toInt(),
                 14999);
        QCOMPARE(limits.value(QLatin1String("DailyApiRequests"))
                     .toObject()
                     .value(QLatin1String("Remaining"))
                     .toInt(),
                 99996);
    }

    void columnsTrue()
    {
        create(QStringLiteral("Account"), {{QStringLiteral("Name"), QStringLiteral("Acme")}});
        OrgReply r =
            m_client->get(QStringLiteral("query?q=") + encoded(QStringLiteral("SELECT Name FROM Account"))
                          + QStringLiteral("&columns=true"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(),
                 QJsonDocument::fromJson(R"json({"columnMetadata": [
            {"aggregate": false, "apexType": "String", "booleanType": false, "columnName": "Name", "custom": false,
             "displayName": "Name", "foreignKeyName": null, "insertable": true, "joinColumns": [],
             "numberType": false, "textType": true, "updatable": true}],
            "entityName": "Account", "groupBy": false, "idSelected": false, "keyPrefix": "001"})json")
                     .object());
        r = m_client->get(QStringLiteral("query?q=") + encoded(QStringLiteral("SELECT Name FRM Account"))
                          + QStringLiteral("&columns=true"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("MALFORMED_QUERY"));
        // Without the parameter (or with columns=false) the rows come as usual.
        r = m_client->get(QStringLiteral("query?q=") + encoded(QStringLiteral("SELECT Name FROM Account"))
                          + QStringLiteral("&columns=false"));
        QCOMPARE(r.object().value(QLatin1String("totalSize")).toInt(), 1);
    }

    void longChildResultsArePaged()
    {
        m_org->setQueryBatchSize(2);
        const QString acme =
            create(QStringLiteral("Account"), {{QStringLiteral("Name"), QStringLiteral("Acme")}});
        for (int i = 1; i <= 5; ++i)
            create(QStringLiteral("Contact"),
                   {{QStringLiteral("LastName"), QStringLiteral("C%1").arg(i)},
                    {QStringLiteral("AccountId"), acme}});
        OrgReply r =
            m_client->get(QStringLiteral("query?q=")
                          + encoded(QStringLiteral("SELECT Name, (SELECT LastName FROM Contacts ORDER BY "
                                                   "LastName) FROM Account")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QLatin1String("done")), QJsonValue(true));
        QJsonObject children = r.object()
                                   .value(QLatin1String("records"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QLatin1String("Contacts"))
                                   .toObject();
        QStringList names;
        int pages = 0;
        while (true) {
            ++pages;
            QCOMPARE(children.value(QLatin1String("totalSize")).toInt(), 5);
            for (const QJsonValue &v : children.value(QLatin1String("records")).toArray())
                names.append(v.toObject().value(QLatin1String("LastName")).toString());
            if (children.value(QLatin1String("done")).toBool())
                break;
            const QString next = children.value(QLatin1String("nextRecordsUrl")).toString();
            QVERIFY2(next.startsWith(QLatin1String("/services/data/v62.0/query/01g")), qPrintable(next));
            QCOMPARE(children.value(QLatin1String("records")).toArray().size(), 2);
            r = m_client->get(next);
            QCOMPARE(r.status, 200);
            children = r.object();
        }
        QCOMPARE(pages, 3);
        QCOMPARE(names,
                 (QStringList {QStringLiteral("C1"), QStringLiteral("C2"), QStringLiteral("C3"),
                               QStringLiteral("C4"), QStringLiteral("C5")}));
    }

    void search()
    {
        const QString acme =
            create(QStringLiteral("Account"), {{QStringLiteral("Name"), QStringLiteral("Acme Corp")}});
        create(QStringLiteral("Account"), {{QStringLiteral("Name"), QStringLiteral("Globex")}});
        OrgReply r =
            m_client->get(QStringLiteral("search?q=")
                          + encoded(QStringLiteral("FIND {acme} IN ALL FIELDS RETURNING Account(Name)")));
        QCOMPARE(r.status, 200);
        QCOMPARE(
            r.object(),
            (QJsonObject {{QStringLiteral("searchRecords"),
                           QJsonArray {QJsonObject {
                               {QStringLiteral("attributes"),
                                QJsonObject {{QStringLiteral("type"), QStringLiteral("Account")},
                                             {QStringLiteral("url"),
                                              QString(QStringLiteral("/services/data/v62.0/sobjects/Account/")
                                                      + acme)}}},
                               {QStringLiteral("Name"), QStringLiteral("Acme Corp")}}}}}));
        r = m_client->get(QStringLiteral("search?q=") + encoded(QStringLiteral("FIND Acme")));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("MALFORMED_SEARCH"));
        r = m_client->get(QStringLiteral("search"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("MALFORMED_SEARCH"));
        QCOMPARE(m_org->apiCallsByEndpoint().value(QStringLiteral("GET search")), 3);
    }

    void updatedAndDeleted()
    {
        const QDateTime now = m_now;
        m_now = now.addSecs(-3 * 3600);
        const QString old =
            create(QStringLiteral("Account"), {{QStringLiteral("Name"), QStringLiteral("Old")}});
        m_now = now.addSecs(-2 * 3600);
        const QString changed =
            create(QStringLiteral("Account"), {{QStringLiteral("Name"), QStringLiteral("Changed")}});
        const QString removed =
            create(QStringLiteral("Account"), {{QStringLiteral("Name"), QStringLiteral("Removed")}});
        m_now = now.addSecs(-3600);
        QVERIFY(
            m_org->records()
                .update(QStringLiteral("Account"), changed, {{QStringLiteral("Phone"), QStringLiteral("1")}})
                .ok());
        m_now = now.addSecs(-1800);
        QVERIFY(m_org->records().remove(QStringLiteral("Account"), removed).ok());
        m_now = now;
        const auto span = [](const QString &resource, const QDateTime &start, const QDateTime &end) {
            return QStringLiteral("sobjects/Account/%1/?start=%2&end=%3")
                .arg(resource, start.toString(Qt::ISODate), end.toString(Qt::ISODate));
        };

        OrgReply r =
            m_client->get(span(QStringLiteral("updated"), now.addSecs(-4 * 3600), now.addSecs(-5400)));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(),
                 (QJsonObject {{QStringLiteral("ids"), QJsonArray {old}},
                               {QStringLiteral("latestDateCovered"), stamp(now.addSecs(-5400))}}));
        // An end ahead of now covers up to now; a deleted record is not "updated".
        r = m_client->get(span(QStringLiteral("updated"), now.addSecs(-5400), now.addSecs(3600)));
        QCOMPARE(r.object(),
                 (QJsonObject {{QStringLiteral("ids"), QJsonArray {changed}},
                               {QStringLiteral("latestDateCovered"), stamp(now)}}));
        // Seconds are ignored: a start at :45 reads as the minute's start.
        r = m_client->get(span(QStringLiteral("updated"), now.addSecs(-3600 + 45), now));
        QCOMPARE(r.object().value(QLatin1String("ids")).toArray(), QJsonArray {changed});

        r = m_client->get(span(QStringLiteral("deleted"), now.addSecs(-4 * 3600), now));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(),
                 (QJsonObject {
                     {QStringLiteral("deletedRecords"),
                      QJsonArray {QJsonObject {{QStringLiteral("id"), removed},
                                               {QStringLiteral("deletedDate"), stamp(now.addSecs(-1800))}}}},
                     {QStringLiteral("earliestDateAvailable"), stamp(now.addDays(-30))},
                     {QStringLiteral("latestDateCovered"), stamp(now)}}));
        r = m_client->get(span(QStringLiteral("deleted"), now.addSecs(-4 * 3600), now.addSecs(-3600)));
        QCOMPARE(r.object().value(QLatin1String("deletedRecords")).toArray(), QJsonArray());
    }

    void replicationErrors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no end") << "?start=2024-05-15T10:00:00Z" << 400 << "MISSING_ARGUMENT"
                                << "Missing required parameter: end";
        QTest::newRow("no start") << "" << 400 << "MISSING_ARGUMENT"
                                  << "Missing required parameter: start";
        QTest::newRow("start after end")
            << "?start=2024-05-15T11:00:00Z&end=2024-05-15T10:00:00Z" << 400 << "INVALID_REPLICATION_DATE"
            << "startDate must chronologically precede endDate";
        QTest::newRow("too long ago")
            << "?start=2024-04-01T00:00:00Z&end=2024-05-15T10:00:00Z" << 400 << "INVALID_REPLICATION_DATE"
            << "startDate cannot be more than 30 days ago";
        QTest::newRow("not a date") << "?start=yesterday&end=2024-05-15T10:00:00Z" << 400
                                    << "INVALID_REPLICATION_DATE"
                                    << "Invalid date: yesterday";
    }

    void replicationErrors()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const OrgReply r = m_client->get(QStringLiteral("sobjects/Contact/updated/") + query);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
        QCOMPARE(r.message(), message);
    }

    void replicationUnknownObjectAndMethod()
    {
        QCOMPARE(m_client
                     ->get(QStringLiteral(
                         "sobjects/Xyzzy/updated/?start=2024-05-15T10:00:00Z&end=2024-05-15T11:00:00Z"))
                     .status,
                 404);
        QCOMPARE(m_client->send("POST", QStringLiteral("sobjects/Account/deleted/"), "{}").status, 405);
    }
};

QTEST_GUILESS_MAIN(tst_localorg_resources)
#include "tst_localorg_resources.moc"
