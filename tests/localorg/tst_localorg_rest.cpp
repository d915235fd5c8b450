// The local org's REST API over real loopback HTTP: versions, auth, limits, describe, query paging, record
// CRUD and upsert by external ID, with exact status codes and bodies (docs/salesforce-api.md §2, §4).
#include "localorg/data/idformat.h"
#include "localorg/data/recordstore.h"
#include "localorg/localorg.h"
#include "tests/testsupport/orgclient.h"
#include "tests/testsupport/testenvironment.h"

#include <QTest>

using namespace sfsync::localorg;
using sfsync::test::OrgClient;
using sfsync::test::OrgReply;

namespace {

QString q(const QString &soql)
{
    return QStringLiteral("query?q=") + QString::fromLatin1(QUrl::toPercentEncoding(soql));
}

QJsonDocument doc(const QJsonObject &o)
{
    return QJsonDocument(o);
}

} // namespace

class tst_localorg_rest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void versionsNeedNoAuthAndNoLimitHeader();
    void resourcesListAndUnknownVersion();
    void rejectsMissingOrWrongToken();
    void acceptsOAuthScheme();
    void limitHeaderAndExhaustion();
    void limitsResource();
    void describeGlobalAndNotModified();
    void describeObjectAndNotModified();
    void describeUnknownObject();
    void queryPagesWithNextRecordsUrl();
    void queryHonoursBatchSizeHeader();
    void queryAllIncludesDeleted();
    void queryErrors();
    void countQuery();
    void createGetUpdateDelete();
    void getWithFieldsAndHead();
    void rowErrors();
    void createRejectsInvalidData();
    void upsertByExternalId();
    void upsertAmbiguousIs300();
    void upsertBadFieldIs404();
    void parentByItsKeyInTheBody();
    void createViaIdPath();
    void homePage();
    void persistsAcrossRestart();

private:
    std::unique_ptr<LocalOrg> m_org;
    std::unique_ptr<OrgClient> m_client;
};

void tst_localorg_rest::initTestCase()
{
    sfsync::test::isolateEnvironment(QStringLiteral("tst_localorg_rest"));
}

void tst_localorg_rest::init()
{
    LocalOrgOptions options;
    options.seed = QStringLiteral("none");
    options.accessToken = QStringLiteral("00D000000000001!AQ.rest");
    m_org = std::make_unique<LocalOrg>(options);
    QString error;
    QVERIFY2(m_org->start(&error), qPrintable(error));
    m_client = std::make_unique<OrgClient>(m_org->baseUrl(), m_org->accessToken());
}

void tst_localorg_rest::cleanup()
{
    m_client.reset();
    m_org.reset();
}

void tst_localorg_rest::versionsNeedNoAuthAndNoLimitHeader()
{
    m_client->setToken({});
    const OrgReply r = m_client->get(QStringLiteral("/services/data"));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.hasHeader("Sforce-Limit-Info"));
    const QJsonArray versions = r.array();
    QCOMPARE(versions.first().toObject().value(QStringLiteral("version")).toString(), QStringLiteral("20.0"));
    const QJsonObject last = versions.last().toObject();
    QCOMPARE(last.value(QStringLiteral("version")).toString(), m_org->newestApiVersion());
    QCOMPARE(last.value(QStringLiteral("url")).toString(), QStringLiteral("/services/data/v62.0"));
    QCOMPARE(last.value(QStringLiteral("label")).toString(), QStringLiteral("Winter '25"));
    // The documented sample entry.
    bool summer14 = false;
    for (const QJsonValue &v : versions) {
        if (v.toObject()
            == QJsonObject {{QStringLiteral("label"), QStringLiteral("Summer '14")},
                            {QStringLiteral("url"), QStringLiteral("/services/data/v31.0")},
                            {QStringLiteral("version"), QStringLiteral("31.0")}})
            summer14 = true;
    }
    QVERIFY(summer14);
    QCOMPARE(m_client->get(QStringLiteral("/services/data/")).status, 200);
    QCOMPARE(m_org->apiCalls(), 0);
}

void tst_localorg_rest::resourcesListAndUnknownVersion()
{
    const OrgReply r = m_client->get(QString());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("sobjects")).toString(),
             QStringLiteral("/services/data/v62.0/sobjects"));
    const OrgReply unknown = m_client->get(QStringLiteral("/services/data/v99.0/sobjects"));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.body,
             QByteArray(R"([{"errorCode":"NOT_FOUND","message":"The requested resource does not exist"}])"));
}

void tst_localorg_rest::rejectsMissingOrWrongToken()
{
    const QByteArray expected =
        R"([{"errorCode":"INVALID_SESSION_ID","message":"Session expired or invalid"}])";
    m_client->setToken({});
    OrgReply r = m_client->get(QStringLiteral("sobjects"));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.body, expected);
    QVERIFY(r.hasHeader("Sforce-Limit-Info"));
    m_client->setToken(QStringLiteral("00D000000000001!AQ.wrong"));
    r = m_client->get(q(QStringLiteral("SELECT Id FROM Account")));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.body, expected);
    QCOMPARE(m_org->apiCalls(), 0);
}

void tst_localorg_rest::acceptsOAuthScheme()
{
    m_client->setToken({});
    const OrgReply r = m_client->get(QStringLiteral("limits"),
                                     {{"Authorization", "OAuth " + m_org->accessToken().toLatin1()}});
    QCOMPARE(r.status, 200);
}

void tst_localorg_rest::limitHeaderAndExhaustion()
{
    m_org->setDailyApiLimit(3);
    for (int i = 1; i <= 3; ++i) {
        const OrgReply r = m_client->get(QStringLiteral("sobjects"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Sforce-Limit-Info"), QByteArray("api-usage=") + QByteArray::number(i) + "/3");
    }
    const OrgReply refused = m_client->get(QStringLiteral("sobjects"));
    QCOMPARE(refused.status, 403);
    QCOMPARE(
        refused.body,
        QByteArray(R"([{"errorCode":"REQUEST_LIMIT_EXCEEDED","message":"TotalRequests Limit exceeded."}])"));
    QCOMPARE(refused.header("Sforce-Limit-Info"), QByteArray("api-usage=3/3"));
    QCOMPARE(m_org->apiUsage(), 3);
    QCOMPARE(m_org->apiCallsByEndpoint().value(QStringLiteral("GET sobjects")), 3);
    // The versions list is not limited.
    QCOMPARE(m_client->get(QStringLiteral("/services/data")).status, 200);
    m_org->resetCounters();
    QCOMPARE(m_client->get(QStringLiteral("sobjects")).status, 200);
}

void tst_localorg_rest::limitsResource()
{
    m_org->setDailyApiLimit(500);
    m_client->get(QStringLiteral("sobjects"));
    const OrgReply r = m_client->get(QStringLiteral("limits"));
    QCOMPARE(r.status, 200);
    const QJsonObject daily = r.object().value(QStringLiteral("DailyApiRequests")).toObject();
    QCOMPARE(daily.value(QStringLiteral("Max")).toInt(), 500);
    QCOMPARE(daily.value(QStringLiteral("Remaining")).toInt(), 498); // this call counts too
}

void tst_localorg_rest::describeGlobalAndNotModified()
{
    const OrgReply r = m_client->get(QStringLiteral("sobjects"));
    QCOMPARE(r.status, 200);
    const QJsonObject global = r.object();
    QCOMPARE(global.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
    QCOMPARE(global.value(QStringLiteral("maxBatchSize")).toInt(), 200);
    bool account = false;
    for (const QJsonValue &v : global.value(QStringLiteral("sobjects")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("name")).toString() == QLatin1String("Account")) {
            account = true;
            QCOMPARE(o.value(QStringLiteral("keyPrefix")).toString(), QStringLiteral("001"));
            QCOMPARE(
                o.value(QStringLiteral("urls")).toObject().value(QStringLiteral("rowTemplate")).toString(),
                QStringLiteral("/services/data/v62.0/sobjects/Account/{ID}"));
        }
    }
    QVERIFY(account);
    const QByteArray lastModified = r.header("Last-Modified");
    QVERIFY(!lastModified.isEmpty());
    const OrgReply again = m_client->get(QStringLiteral("sobjects"), {{"If-Modified-Since", lastModified}});
    QCOMPARE(again.status, 304);
    QVERIFY(again.body.isEmpty());
    const OrgReply older =
        m_client->get(QStringLiteral("sobjects"), {{"If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT"}});
    QCOMPARE(older.status, 200);
}

void tst_localorg_rest::describeObjectAndNotModified()
{
    const OrgReply r = m_client->get(QStringLiteral("sobjects/Contact/describe"));
    QCOMPARE(r.status, 200);
    const QJsonObject describe = r.object();
    QCOMPARE(describe.value(QStringLiteral("name")).toString(), QStringLiteral("Contact"));
    bool legacy = false;
    bool email = false;
    for (const QJsonValue &v : describe.value(QStringLiteral("fields")).toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value(QStringLiteral("name")).toString() == QLatin1String("Legacy_Id__c")) {
            legacy = true;
            QVERIFY(f.value(QStringLiteral("externalId")).toBool());
            QVERIFY(f.value(QStringLiteral("unique")).toBool());
        }
        if (f.value(QStringLiteral("name")).toString() == QLatin1String("Email")) {
            email = true;
            QCOMPARE(f.value(QStringLiteral("type")).toString(), QStringLiteral("email"));
            QVERIFY(f.value(QStringLiteral("idLookup")).toBool());
        }
    }
    QVERIFY(legacy);
    QVERIFY(email);
    const QByteArray lastModified = r.header("Last-Modified");
    QVERIFY(!lastModified.isEmpty());
    QCOMPARE(m_client->get(QStringLiteral("sobjects/Contact/describe"), {{"If-Modified-Since", lastModified}})
                 .status,
             304);
    // Adding a field moves lastModified forward.
    QVERIFY(m_org->addField(QStringLiteral("Contact"),
                            QJsonObject {{QStringLiteral("name"), QStringLiteral("Shoe_Size__c")},
                                         {QStringLiteral("type"), QStringLiteral("double")}}));
    const OrgReply changed =
        m_client->get(QStringLiteral("sobjects/Contact/describe"), {{"If-Modified-Since", lastModified}});
    QCOMPARE(changed.status, 200);
    QVERIFY(changed.body.contains("Shoe_Size__c"));

    const OrgReply info = m_client->get(QStringLiteral("sobjects/Account"));
    QCOMPARE(info.status, 200);
    QCOMPARE(info.object()
                 .value(QStringLiteral("objectDescribe"))
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("Account"));
}

void tst_localorg_rest::describeUnknownObject()
{
    const OrgReply r = m_client->get(QStringLiteral("sobjects/Xyzzy/describe"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.body,
             QByteArray(R"([{"errorCode":"NOT_FOUND","message":"The requested resource does not exist"}])"));
}

void tst_localorg_rest::queryPagesWithNextRecordsUrl()
{
    for (int i = 0; i < 25; ++i)
        QVERIFY(m_org->records()
                    .create(QStringLiteral("Account"),
                            QJsonObject {{QStringLiteral("Name"),
                                          QStringLiteral("Paged %1").arg(i, 2, 10, QLatin1Char('0'))}})
                    .ok());
    m_org->setQueryBatchSize(10);
    OrgReply r = m_client->get(q(QStringLiteral("SELECT Id, Name FROM Account ORDER BY Name")));
    QCOMPARE(r.status, 200);
    QJsonObject page = r.object();
    QCOMPARE(page.value(QStringLiteral("totalSize")).toInt(), 25);
    QCOMPARE(page.value(QStringLiteral("done")).toBool(), false);
    QCOMPARE(page.value(QStringLiteral("records")).toArray().size(), 10);
    QString next = page.value(QStringLiteral("nextRecordsUrl")).toString();
    QVERIFY2(next.startsWith(QLatin1String("/services/data/v62.0/query/01g")), qPrintable(next));
    QVERIFY(next.endsWith(QLatin1String("-10")));
    const QString locator = next.section(QLatin1Char('/'), -1).section(QLatin1Char('-'), 0, 0);
    QCOMPARE(locator.size(), 18);

    QStringList names;
    for (const QJsonValue &v : page.value(QStringLiteral("records")).toArray())
        names << v.toObject().value(QStringLiteral("Name")).toString();
    int pages = 1;
    while (!next.isEmpty()) {
        r = m_client->get(next);
        QCOMPARE(r.status, 200);
        page = r.object();
        QCOMPARE(page.value(QStringLiteral("totalSize")).toInt(), 25);
        for (const QJsonValue &v : page.value(QStringLiteral("records")).toArray())
            names << v.toObject().value(QStringLiteral("Name")).toString();
        next = page.value(QStringLiteral("nextRecordsUrl")).toString();
        ++pages;
        QCOMPARE(page.value(QStringLiteral("done")).toBool(), next.isEmpty());
    }
    QCOMPARE(pages, 3);
    QCOMPARE(names.size(), 25);
    QCOMPARE(names.first(), QStringLiteral("Paged 00"));
    QCOMPARE(names.last(), QStringLiteral("Paged 24"));
    QCOMPARE(m_org->apiCallsByEndpoint().value(QStringLiteral("GET query/{locator}")), 2);

    const OrgReply bad = m_client->get(QStringLiteral("query/01g000000000000AAA-10"));
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.errorCode(), QStringLiteral("INVALID_QUERY_LOCATOR"));
}

void tst_localorg_rest::queryHonoursBatchSizeHeader()
{
    for (int i = 0; i < 450; ++i)
        QVERIFY(m_org->records()
                    .create(QStringLiteral("Account"),
                            QJsonObject {{QStringLiteral("Name"), QStringLiteral("B%1").arg(i)}})
                    .ok());
    OrgReply r = m_client->get(q(QStringLiteral("SELECT Id FROM Account")),
                               {{"Sforce-Query-Options", "batchSize=200"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("records")).toArray().size(), 200);
    QVERIFY(r.object().value(QStringLiteral("nextRecordsUrl")).toString().endsWith(QLatin1String("-200")));
    // Below the documented minimum of 200: 200.
    r = m_client->get(q(QStringLiteral("SELECT Id FROM Account")), {{"Sforce-Query-Options", "batchSize=5"}});
    QCOMPARE(r.object().value(QStringLiteral("records")).toArray().size(), 200);
    // Without the header: the default page of 2000 holds everything.
    r = m_client->get(q(QStringLiteral("SELECT Id FROM Account")));
    QCOMPARE(r.object().value(QStringLiteral("records")).toArray().size(), 450);
    QCOMPARE(r.object().value(QStringLiteral("done")).toBool(), true);
    QVERIFY(!r.object().contains(QStringLiteral("nextRecordsUrl")));
}

void tst_localorg_rest::queryAllIncludesDeleted()
{
    const WriteResult kept = m_org->records().create(
        QStringLiteral("Account"), QJsonObject {{QStringLiteral("Name"), QStringLiteral("Kept")}});
    const WriteResult gone = m_org->records().create(
        QStringLiteral("Account"), QJsonObject {{QStringLiteral("Name"), QStringLiteral("Gone")}});
    QVERIFY(m_org->records().remove(QStringLiteral("Account"), gone.id).ok());
    const QString soql = QStringLiteral("SELECT Id, Name FROM Account ORDER BY Name");
    OrgReply r = m_client->get(q(soql));
    QCOMPARE(r.object().value(QStringLiteral("totalSize")).toInt(), 1);
    QCOMPARE(r.object()
                 .value(QStringLiteral("records"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("Id"))
                 .toString(),
             kept.id);
    r = m_client->get(QStringLiteral("queryAll?q=") + QString::fromLatin1(QUrl::toPercentEncoding(soql)));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("totalSize")).toInt(), 2);
}

void tst_localorg_rest::queryErrors()
{
    OrgReply r = m_client->get(q(QStringLiteral("SELECT Id FRM Account")));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("MALFORMED_QUERY"));
    QVERIFY(r.message().contains(QLatin1String("ERROR at Row:1:Column:")));

    r = m_client->get(q(QStringLiteral("SELECT Id FROM Xyzzy")));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("INVALID_TYPE"));
    QVERIFY(r.message().contains(QLatin1String("sObject type 'Xyzzy' is not supported.")));

    r = m_client->get(q(QStringLiteral("SELECT Foo FROM Contact")));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("INVALID_FIELD"));
    QVERIFY(r.message().contains(QLatin1String("No such column 'Foo' on entity 'Contact'")));

    r = m_client->get(q(QStringLiteral("SELECT Id FROM Contact WHERE LastName = 'a\\qb'")));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("MALFORMED_QUERY"));

    r = m_client->get(QStringLiteral("query"));
    QCOMPARE(r.status, 400);
    QCOMPARE(
        r.body,
        QByteArray(R"([{"errorCode":"MALFORMED_QUERY","message":"A query string has to be specified"}])"));
}

void tst_localorg_rest::countQuery()
{
    for (int i = 0; i < 3; ++i)
        m_org->records().create(QStringLiteral("Lead"),
                                QJsonObject {{QStringLiteral("LastName"), QStringLiteral("L")},
                                             {QStringLiteral("Company"), QStringLiteral("C")}});
    const OrgReply r = m_client->get(q(QStringLiteral("SELECT COUNT() FROM Lead")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object(),
             (QJsonObject {{QStringLiteral("totalSize"), 3},
                           {QStringLiteral("done"), true},
                           {QStringLiteral("records"), QJsonArray()}}));
}

void tst_localorg_rest::createGetUpdateDelete()
{
    OrgReply r = m_client->post(
        QStringLiteral("sobjects/Account"),
        doc({{QStringLiteral("Name"), QStringLiteral("Acme")}, {QStringLiteral("NumberOfEmployees"), 42}}));
    QCOMPARE(r.status, 201);
    const QString id = r.object().value(QStringLiteral("id")).toString();
    QCOMPARE(id.size(), 18);
    QVERIFY(id.startsWith(QLatin1String("001")));
    QCOMPARE(r.object(),
             (QJsonObject {{QStringLiteral("id"), id},
                           {QStringLiteral("success"), true},
                           {QStringLiteral("errors"), QJsonArray()}}));
    QCOMPARE(QString::fromLatin1(r.header("Location")),
             QStringLiteral("/services/data/v62.0/sobjects/Account/") + id);
    QCOMPARE(m_org->records().record(id)->value(QStringLiteral("Name")).toString(), QStringLiteral("Acme"));

    r = m_client->get(QStringLiteral("sobjects/Account/") + id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("Name")).toString(), QStringLiteral("Acme"));
    QCOMPARE(r.object().value(QStringLiteral("NumberOfEmployees")).toInt(), 42);
    QCOMPARE(r.object().value(QStringLiteral("attributes")).toObject(),
             (QJsonObject {{QStringLiteral("type"), QStringLiteral("Account")},
                           {QStringLiteral("url"),
                            QString(QStringLiteral("/services/data/v62.0/sobjects/Account/") + id)}}));
    // The 15-character form names the same record.
    QCOMPARE(m_client->get(QStringLiteral("sobjects/Account/") + id.left(15)).status, 200);

    r = m_client->patch(QStringLiteral("sobjects/Account/") + id,
                        doc({{QStringLiteral("Name"), QStringLiteral("Acme 2")}}));
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(m_org->records().record(id)->value(QStringLiteral("Name")).toString(), QStringLiteral("Acme 2"));

    r = m_client->del(QStringLiteral("sobjects/Account/") + id);
    QCOMPARE(r.status, 204);
    QCOMPARE(m_org->records().count(QStringLiteral("Account")), 0);
    r = m_client->del(QStringLiteral("sobjects/Account/") + id);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.body,
             QByteArray(R"([{"errorCode":"ENTITY_IS_DELETED","fields":[],"message":"entity is deleted"}])"));
}

void tst_localorg_rest::getWithFieldsAndHead()
{
    const WriteResult c =
        m_org->records().create(QStringLiteral("Contact"),
                                QJsonObject {{QStringLiteral("LastName"), QStringLiteral("Lee")},
                                             {QStringLiteral("Email"), QStringLiteral("lee@example.com")}});
    QVERIFY(c.ok());
    const OrgReply r =
        m_client->get(QStringLiteral("sobjects/Contact/") + c.id + QStringLiteral("?fields=Email,lastname"));
    QCOMPARE(r.status, 200);
    QJsonObject o = r.object();
    o.remove(QStringLiteral("attributes"));
    QCOMPARE(o,
             (QJsonObject {{QStringLiteral("Email"), QStringLiteral("lee@example.com")},
                           {QStringLiteral("LastName"), QStringLiteral("Lee")}}));
    const OrgReply head = m_client->send("HEAD", QStringLiteral("sobjects/Contact/") + c.id);
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());
}

void tst_localorg_rest::rowErrors()
{
    // An Id of another object: MALFORMED_ID.
    const WriteResult lead =
        m_org->records().create(QStringLiteral("Lead"),
                                QJsonObject {{QStringLiteral("LastName"), QStringLiteral("L")},
                                             {QStringLiteral("Company"), QStringLiteral("C")}});
    OrgReply r = m_client->get(QStringLiteral("sobjects/Account/") + lead.id);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("MALFORMED_ID"));
    // A well-formed Id that does not exist.
    r = m_client->get(QStringLiteral("sobjects/Account/") + IdFormat::make(u"001", 999999));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QStringLiteral("NOT_FOUND"));
    // A key that is not an Id is read as an external ID field.
    r = m_client->get(QStringLiteral("sobjects/Account/23foo"));
    QCOMPARE(r.status, 404);
    QCOMPARE(
        r.body,
        QByteArray(
            R"([{"errorCode":"NOT_FOUND","message":"Provided external ID field does not exist or is not accessible: 23foo"}])"));
    // Bad JSON.
    r = m_client->send("POST", QStringLiteral("sobjects/Account"), "{\"Name\": ");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("JSON_PARSER_ERROR"));
    // Unknown object.
    r = m_client->post(QStringLiteral("sobjects/Xyzzy"),
                       doc({{QStringLiteral("Name"), QStringLiteral("x")}}));
    QCOMPARE(r.status, 404);
    // An Id in a create.
    r = m_client->post(QStringLiteral("sobjects/Lead"), doc({{QStringLiteral("Id"), lead.id}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("INVALID_FIELD"));
}

void tst_localorg_rest::createRejectsInvalidData()
{
    OrgReply r = m_client->post(QStringLiteral("sobjects/Account"),
                                doc({{QStringLiteral("Phone"), QStringLiteral("1")}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(
        r.body,
        QByteArray(
            R"([{"errorCode":"REQUIRED_FIELD_MISSING","fields":["Name"],"message":"Required fields are missing: [Name]"}])"));
    r = m_client->post(QStringLiteral("sobjects/Account"),
                       doc({{QStringLiteral("Name"), QString(256, QLatin1Char('x'))}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("STRING_TOO_LONG"));
    r = m_client->post(QStringLiteral("sobjects/Account"),
                       doc({{QStringLiteral("Name"), QStringLiteral("A")}, {QStringLiteral("Bogus__c"), 1}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("INVALID_FIELD"));
    QCOMPARE(m_org->records().count(QStringLiteral("Account")), 0);
}

// A reference set through the parent's key, in Salesforce's nested REST form: {"Account": {"Legacy_Id__c":
// "A-1"}} sets AccountId; a polymorphic one names the parent's type in "attributes". A key no parent holds,
// or several, fails the record with INVALID_FIELD and writes nothing.
void tst_localorg_rest::parentByItsKeyInTheBody()
{
    RecordStore &store = m_org->records();
    const QString acme = store
                             .create(QStringLiteral("Account"),
                                     QJsonObject {{QStringLiteral("Name"), QStringLiteral("Acme")},
                                                  {QStringLiteral("Legacy_Id__c"), QStringLiteral("A-1")}})
                             .id;
    QVERIFY(!acme.isEmpty());
    OrgReply r =
        m_client->post(QStringLiteral("sobjects/Contact"),
                       doc({{QStringLiteral("LastName"), QStringLiteral("Nested")},
                            {QStringLiteral("Account"),
                             QJsonObject {{QStringLiteral("Legacy_Id__c"), QStringLiteral("a-1")}}}}));
    QCOMPARE(r.status, 201);
    const QString contact = r.object().value(QStringLiteral("id")).toString();
    QCOMPARE(store.record(contact)->value(QStringLiteral("AccountId")).toString(), acme);

    // Update, and a polymorphic reference with its type: Event.Who by a Contact's e-mail (idLookup).
    r = m_client->patch(QStringLiteral("sobjects/Contact/") + contact,
                        doc({{QStringLiteral("Email"), QStringLiteral("nested@example.org")}}));
    QCOMPARE(r.status, 204);
    const QString lead =
        store
            .create(QStringLiteral("Lead"),
                    QJsonObject {{QStringLiteral("LastName"), QStringLiteral("L")},
                                 {QStringLiteral("Company"), QStringLiteral("C")},
                                 {QStringLiteral("Email"), QStringLiteral("nested@example.org")}})
            .id;
    const QString event = store
                              .create(QStringLiteral("Event"),
                                      QJsonObject {{QStringLiteral("Subject"), QStringLiteral("Call")},
                                                   {QStringLiteral("DurationInMinutes"), 30},
                                                   {QStringLiteral("ActivityDateTime"),
                                                    QStringLiteral("2026-01-05T10:00:00.000Z")}})
                              .id;
    QVERIFY(!event.isEmpty());
    for (const auto &[type, expected] :
         {std::pair {QStringLiteral("Contact"), contact}, std::pair {QStringLiteral("Lead"), lead}}) {
        r = m_client->patch(
            QStringLiteral("sobjects/Event/") + event,
            doc({{QStringLiteral("Who"),
                  QJsonObject {{QStringLiteral("attributes"), QJsonObject {{QStringLiteral("type"), type}}},
                               {QStringLiteral("Email"), QStringLiteral("nested@example.org")}}}}));
        QCOMPARE(r.status, 204);
        QCOMPARE(store.record(event)->value(QStringLiteral("WhoId")).toString(), expected);
    }

    // No parent with that key: nothing created.
    const int contacts = store.count(QStringLiteral("Contact"));
    r = m_client->post(QStringLiteral("sobjects/Contact"),
                       doc({{QStringLiteral("LastName"), QStringLiteral("Orphan")},
                            {QStringLiteral("Account"),
                             QJsonObject {{QStringLiteral("Legacy_Id__c"), QStringLiteral("A-9")}}}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("INVALID_FIELD"));
    QCOMPARE(r.message(),
             QStringLiteral("Foreign key external ID: A-9 not found for field Legacy_Id__c in "
                            "entity Account"));
    QCOMPARE(store.count(QStringLiteral("Contact")), contacts);
    // A field that is neither External ID nor idLookup cannot find a parent.
    r = m_client->post(
        QStringLiteral("sobjects/Contact"),
        doc({{QStringLiteral("LastName"), QStringLiteral("ByName")},
             {QStringLiteral("Account"), QJsonObject {{QStringLiteral("Name"), QStringLiteral("Acme")}}}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("INVALID_FIELD"));
    QCOMPARE(store.count(QStringLiteral("Contact")), contacts);
}

void tst_localorg_rest::upsertByExternalId()
{
    OrgReply r = m_client->patch(QStringLiteral("sobjects/Contact/Legacy_Id__c/CON-1"),
                                 doc({{QStringLiteral("LastName"), QStringLiteral("First")}}));
    QCOMPARE(r.status, 201);
    const QString id = r.object().value(QStringLiteral("id")).toString();
    QCOMPARE(r.object(),
             (QJsonObject {{QStringLiteral("id"), id},
                           {QStringLiteral("success"), true},
                           {QStringLiteral("errors"), QJsonArray()},
                           {QStringLiteral("created"), true}}));
    QCOMPARE(m_org->records().record(id)->value(QStringLiteral("Legacy_Id__c")).toString(),
             QStringLiteral("CON-1"));

    // Matching is case-insensitive on Legacy_Id__c.
    r = m_client->patch(QStringLiteral("sobjects/Contact/Legacy_Id__c/con-1"),
                        doc({{QStringLiteral("LastName"), QStringLiteral("Second")}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object(),
             (QJsonObject {{QStringLiteral("id"), id},
                           {QStringLiteral("success"), true},
                           {QStringLiteral("errors"), QJsonArray()},
                           {QStringLiteral("created"), false}}));
    QCOMPARE(m_org->records().record(id)->value(QStringLiteral("LastName")).toString(),
             QStringLiteral("Second"));
    QCOMPARE(m_org->records().count(QStringLiteral("Contact")), 1);

    // GET by external ID, with a value that needs encoding.
    r = m_client->patch(QStringLiteral("sobjects/Contact/Legacy_Id__c/")
                            + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("A/B C"))),
                        doc({{QStringLiteral("LastName"), QStringLiteral("Slash")}}));
    QCOMPARE(r.status, 201);
    const QString slashId = r.object().value(QStringLiteral("id")).toString();
    QCOMPARE(m_org->records().record(slashId)->value(QStringLiteral("Legacy_Id__c")).toString(),
             QStringLiteral("A/B C"));
    r = m_client->get(QStringLiteral("sobjects/Contact/Legacy_Id__c/A%2FB%20C"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("Id")).toString(), slashId);

    // updateOnly does not create.
    r = m_client->patch(QStringLiteral("sobjects/Contact/Legacy_Id__c/CON-404?updateOnly=true"),
                        doc({{QStringLiteral("LastName"), QStringLiteral("X")}}));
    QCOMPARE(r.status, 404);
    QCOMPARE(m_org->records().count(QStringLiteral("Contact")), 2);

    // Invalid data in an upsert: 400 and nothing written.
    r = m_client->patch(QStringLiteral("sobjects/Contact/Legacy_Id__c/CON-2"),
                        doc({{QStringLiteral("FirstName"), QStringLiteral("No last name")}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("REQUIRED_FIELD_MISSING"));
}

void tst_localorg_rest::upsertAmbiguousIs300()
{
    for (const char *name : {"One", "Two"})
        QVERIFY(m_org->records()
                    .create(QStringLiteral("Contact"),
                            QJsonObject {{QStringLiteral("LastName"), QLatin1String(name)},
                                         {QStringLiteral("Email"), QStringLiteral("dup@example.com")}})
                    .ok());
    const QList<QJsonObject> before = m_org->records().records(QStringLiteral("Contact"));
    OrgReply r = m_client->patch(QStringLiteral("sobjects/Contact/Email/DUP%40example.com"),
                                 doc({{QStringLiteral("LastName"), QStringLiteral("Changed")}}));
    QCOMPARE(r.status, 300);
    QJsonArray expected;
    for (const QJsonObject &c : before)
        expected.append(QString(QStringLiteral("/services/data/v62.0/sobjects/Contact/")
                                + c.value(QStringLiteral("Id")).toString()));
    QCOMPARE(r.array(), expected);
    QCOMPARE(m_org->records().records(QStringLiteral("Contact")), before); // nothing written
    r = m_client->get(QStringLiteral("sobjects/Contact/Email/dup@example.com"));
    QCOMPARE(r.status, 300);
}

void tst_localorg_rest::upsertBadFieldIs404()
{
    OrgReply r = m_client->patch(QStringLiteral("sobjects/Account/Namez/x"),
                                 doc({{QStringLiteral("Name"), QStringLiteral("x")}}));
    QCOMPARE(r.status, 404);
    QCOMPARE(
        r.body,
        QByteArray(
            R"([{"errorCode":"NOT_FOUND","message":"Provided external ID field does not exist or is not accessible: Namez"}])"));
    // A field that exists but is not an external ID.
    r = m_client->patch(QStringLiteral("sobjects/Account/Name/x"),
                        doc({{QStringLiteral("Phone"), QStringLiteral("1")}}));
    QCOMPARE(r.status, 404);
    QCOMPARE(m_org->records().count(QStringLiteral("Account")), 0);
}

void tst_localorg_rest::createViaIdPath()
{
    const OrgReply r = m_client->post(QStringLiteral("sobjects/Account/Id"),
                                      doc({{QStringLiteral("Name"), QStringLiteral("ViaId")}}));
    QCOMPARE(r.status, 201);
    QCOMPARE(m_org->records().count(QStringLiteral("Account")), 1);
}

void tst_localorg_rest::homePage()
{
    m_client->setToken({});
    const OrgReply r = m_client->get(QStringLiteral("/"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("text/html"));
    QVERIFY(r.body.contains("sfsync local org"));
    QCOMPARE(m_client->get(QStringLiteral("/nothing/here")).status, 404);
}

void tst_localorg_rest::persistsAcrossRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LocalOrgOptions options;
    options.dataDir = dir.path();
    options.seed = QStringLiteral("none");
    options.accessToken = QStringLiteral("00D000000000001!AQ.persist");
    QString id;
    {
        LocalOrg org(options);
        QVERIFY(org.start());
        OrgClient client(org.baseUrl(), org.accessToken());
        const OrgReply r = client.post(QStringLiteral("sobjects/Account"),
                                       doc({{QStringLiteral("Name"), QStringLiteral("Durable")}}));
        QCOMPARE(r.status, 201);
        id = r.object().value(QStringLiteral("id")).toString();
    }
    LocalOrg again(options);
    QVERIFY(again.start());
    OrgClient client(again.baseUrl(), again.accessToken());
    const OrgReply r = client.get(QStringLiteral("sobjects/Account/") + id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("Name")).toString(), QStringLiteral("Durable"));

    // The sample seed only goes into an empty org: a seeded data folder is not seeded twice.
    QTemporaryDir seeded;
    LocalOrgOptions sample;
    sample.dataDir = seeded.path();
    {
        LocalOrg org(sample);
        QVERIFY(org.start());
        QCOMPARE(org.records().count(QStringLiteral("Contact")), 300);
    }
    LocalOrg reopened(sample);
    QVERIFY(reopened.start());
    QCOMPARE(reopened.records().count(QStringLiteral("Contact")), 300);
}

QTEST_GUILESS_MAIN(tst_localorg_rest)
#include "tst_localorg_rest.moc"
