// sObject Collections on the local org: create, update, upsert, delete and retrieve with per-record results
// in request order, the 200-record limit and allOrNone rollback (docs/salesforce-api.md §2.8).
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

QJsonObject account(const QString &name)
{
    return QJsonObject {
        {QStringLiteral("attributes"), QJsonObject {{QStringLiteral("type"), QStringLiteral("Account")}}},
        {QStringLiteral("Name"), name}};
}

QJsonDocument body(const QJsonArray &records, bool allOrNone)
{
    return QJsonDocument(
        QJsonObject {{QStringLiteral("allOrNone"), allOrNone}, {QStringLiteral("records"), records}});
}

QJsonObject ok(const QString &id)
{
    return QJsonObject {{QStringLiteral("id"), id},
                        {QStringLiteral("success"), true},
                        {QStringLiteral("errors"), QJsonArray()}};
}

} // namespace

class tst_localorg_collections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void createReturnsResultsInOrder();
    void createPartialSuccess();
    void createAllOrNoneRollsBack();
    void moreThan200IsRejected();
    void updateByIdAndErrors();
    void upsertByExternalId();
    void upsertAmbiguousAndBadField();
    void deleteWithIds();
    void deleteAllOrNone();
    void retrieve();
    void wrongJsonTypeFailsTheRequest();

private:
    std::unique_ptr<LocalOrg> m_org;
    std::unique_ptr<OrgClient> m_client;
};

void tst_localorg_collections::initTestCase()
{
    sfsync::test::isolateEnvironment(QStringLiteral("tst_localorg_collections"));
}

void tst_localorg_collections::init()
{
    LocalOrgOptions options;
    options.seed = QStringLiteral("none");
    options.accessToken = QStringLiteral("00D000000000001!AQ.coll");
    m_org = std::make_unique<LocalOrg>(options);
    QVERIFY(m_org->start());
    m_client = std::make_unique<OrgClient>(m_org->baseUrl(), m_org->accessToken());
}

void tst_localorg_collections::cleanup()
{
    m_client.reset();
    m_org.reset();
}

void tst_localorg_collections::createReturnsResultsInOrder()
{
    const OrgReply r =
        m_client->post(QStringLiteral("composite/sobjects"),
                       body({account(QStringLiteral("A")), account(QStringLiteral("B"))}, false));
    QCOMPARE(r.status, 200);
    const QJsonArray results = r.array();
    QCOMPARE(results.size(), 2);
    const QList<QJsonObject> stored = m_org->records().records(QStringLiteral("Account"));
    QCOMPARE(stored.size(), 2);
    QCOMPARE(results.at(0).toObject(), ok(stored.at(0).value(QStringLiteral("Id")).toString()));
    QCOMPARE(results.at(1).toObject(), ok(stored.at(1).value(QStringLiteral("Id")).toString()));
    QCOMPARE(stored.at(0).value(QStringLiteral("Name")).toString(), QStringLiteral("A"));
    QCOMPARE(m_org->apiCallsByEndpoint().value(QStringLiteral("POST composite/sobjects")), 1);
}

void tst_localorg_collections::createPartialSuccess()
{
    QJsonObject noName = account(QString());
    noName.remove(QStringLiteral("Name"));
    const OrgReply r =
        m_client->post(QStringLiteral("composite/sobjects"),
                       body({account(QStringLiteral("A")), noName, account(QStringLiteral("C"))}, false));
    QCOMPARE(r.status, 200);
    const QJsonArray results = r.array();
    QCOMPARE(results.size(), 3);
    QVERIFY(results.at(0).toObject().value(QStringLiteral("success")).toBool());
    QCOMPARE(
        results.at(1).toObject(),
        (QJsonObject {{QStringLiteral("success"), false},
                      {QStringLiteral("errors"),
                       QJsonArray {QJsonObject {
                           {QStringLiteral("statusCode"), QStringLiteral("REQUIRED_FIELD_MISSING")},
                           {QStringLiteral("message"), QStringLiteral("Required fields are missing: [Name]")},
                           {QStringLiteral("fields"), QJsonArray {QStringLiteral("Name")}}}}}}));
    QVERIFY(results.at(2).toObject().value(QStringLiteral("success")).toBool());
    QCOMPARE(m_org->records().count(QStringLiteral("Account")), 2);
}

void tst_localorg_collections::createAllOrNoneRollsBack()
{
    QJsonObject noName = account(QString());
    noName.remove(QStringLiteral("Name"));
    const OrgReply r = m_client->post(QStringLiteral("composite/sobjects"),
                                      body({account(QStringLiteral("A")), noName}, true));
    QCOMPARE(r.status, 200);
    const QJsonArray results = r.array();
    QCOMPARE(results.at(0).toObject(),
             (QJsonObject {
                 {QStringLiteral("success"), false},
                 {QStringLiteral("errors"),
                  QJsonArray {QJsonObject {
                      {QStringLiteral("statusCode"), QStringLiteral("ALL_OR_NONE_OPERATION_ROLLED_BACK")},
                      {QStringLiteral("message"),
                       QStringLiteral("Record rolled back because not all records were valid and the request "
                                      "was using AllOrNone header")},
                      {QStringLiteral("fields"), QJsonArray()}}}}}));
    QCOMPARE(results.at(1)
                 .toObject()
                 .value(QStringLiteral("errors"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("statusCode"))
                 .toString(),
             QStringLiteral("REQUIRED_FIELD_MISSING"));
    QCOMPARE(m_org->records().count(QStringLiteral("Account"), true), 0);
}

void tst_localorg_collections::moreThan200IsRejected()
{
    QJsonArray records;
    for (int i = 0; i < 201; ++i)
        records.append(account(QStringLiteral("N%1").arg(i)));
    const OrgReply r = m_client->post(QStringLiteral("composite/sobjects"), body(records, false));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("EXCEEDED_ID_LIMIT"));
    QCOMPARE(m_org->records().count(QStringLiteral("Account")), 0);
    records.removeLast();
    QCOMPARE(m_client->post(QStringLiteral("composite/sobjects"), body(records, false)).status, 200);
    QCOMPARE(m_org->records().count(QStringLiteral("Account")), 200);
}

void tst_localorg_collections::updateByIdAndErrors()
{
    const QString a = m_org->records().create(QStringLiteral("Account"), account(QStringLiteral("A"))).id;
    QJsonObject change = account(QStringLiteral("A2"));
    change.insert(QStringLiteral("id"), a);
    QJsonObject missing = account(QStringLiteral("X"));
    QJsonObject unknown = account(QStringLiteral("Y"));
    unknown.insert(QStringLiteral("Id"), IdFormat::make(u"001", 987654));
    const OrgReply r =
        m_client->patch(QStringLiteral("composite/sobjects"), body({change, missing, unknown}, false));
    QCOMPARE(r.status, 200);
    const QJsonArray results = r.array();
    QCOMPARE(results.at(0).toObject(), ok(a));
    QCOMPARE(results.at(1)
                 .toObject()
                 .value(QStringLiteral("errors"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("statusCode"))
                 .toString(),
             QStringLiteral("MISSING_ARGUMENT"));
    QCOMPARE(results.at(2).toObject().value(QStringLiteral("success")).toBool(), false);
    QCOMPARE(results.at(2)
                 .toObject()
                 .value(QStringLiteral("errors"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("statusCode"))
                 .toString(),
             QStringLiteral("NOT_FOUND"));
    QCOMPARE(m_org->records().record(a)->value(QStringLiteral("Name")).toString(), QStringLiteral("A2"));
}

void tst_localorg_collections::upsertByExternalId()
{
    const QString existing =
        m_org->records()
            .create(QStringLiteral("Account"),
                    QJsonObject {{QStringLiteral("Name"), QStringLiteral("Old")},
                                 {QStringLiteral("Legacy_Id__c"), QStringLiteral("ACC-1")}})
            .id;
    QJsonObject update = account(QStringLiteral("Renamed"));
    update.insert(QStringLiteral("Legacy_Id__c"), QStringLiteral("acc-1"));
    QJsonObject insert = account(QStringLiteral("New"));
    insert.insert(QStringLiteral("Legacy_Id__c"), QStringLiteral("ACC-2"));
    const OrgReply r = m_client->patch(QStringLiteral("composite/sobjects/Account/Legacy_Id__c"),
                                       body({update, insert}, false));
    QCOMPARE(r.status, 200);
    const QJsonArray results = r.array();
    QJsonObject expectedUpdate = ok(existing);
    expectedUpdate.insert(QStringLiteral("created"), false);
    QCOMPARE(results.at(0).toObject(), expectedUpdate);
    const QString created = results.at(1).toObject().value(QStringLiteral("id")).toString();
    QJsonObject expectedCreate = ok(created);
    expectedCreate.insert(QStringLiteral("created"), true);
    QCOMPARE(results.at(1).toObject(), expectedCreate);
    QCOMPARE(m_org->records().record(existing)->value(QStringLiteral("Name")).toString(),
             QStringLiteral("Renamed"));
    QCOMPARE(m_org->records().record(existing)->value(QStringLiteral("Legacy_Id__c")).toString(),
             QStringLiteral("ACC-1"));
    QCOMPARE(m_org->records().record(created)->value(QStringLiteral("Legacy_Id__c")).toString(),
             QStringLiteral("ACC-2"));
}

void tst_localorg_collections::upsertAmbiguousAndBadField()
{
    for (int i = 0; i < 2; ++i)
        m_org->records().create(QStringLiteral("Contact"),
                                QJsonObject {{QStringLiteral("LastName"), QStringLiteral("D")},
                                             {QStringLiteral("Email"), QStringLiteral("d@example.com")}});
    QJsonObject c {
        {QStringLiteral("attributes"), QJsonObject {{QStringLiteral("type"), QStringLiteral("Contact")}}},
        {QStringLiteral("Email"), QStringLiteral("d@example.com")},
        {QStringLiteral("LastName"), QStringLiteral("Changed")}};
    OrgReply r = m_client->patch(QStringLiteral("composite/sobjects/Contact/Email"), body({c}, false));
    QCOMPARE(r.status, 200);
    const QJsonObject result = r.array().at(0).toObject();
    QCOMPARE(result.value(QStringLiteral("success")).toBool(), false);
    QCOMPARE(result.value(QStringLiteral("errors"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("statusCode"))
                 .toString(),
             QStringLiteral("DUPLICATE_EXTERNAL_ID"));
    for (const QJsonObject &stored : m_org->records().records(QStringLiteral("Contact")))
        QCOMPARE(stored.value(QStringLiteral("LastName")).toString(), QStringLiteral("D"));

    r = m_client->patch(QStringLiteral("composite/sobjects/Contact/LastName"), body({c}, false));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("INVALID_FIELD"));
    r = m_client->patch(QStringLiteral("composite/sobjects/Contact/Nope__c"), body({c}, false));
    QCOMPARE(r.status, 404);
}

void tst_localorg_collections::deleteWithIds()
{
    const QString a = m_org->records().create(QStringLiteral("Account"), account(QStringLiteral("A"))).id;
    const QString b = m_org->records().create(QStringLiteral("Account"), account(QStringLiteral("B"))).id;
    const OrgReply r = m_client->del(
        QStringLiteral("composite/sobjects?ids=%1,%2,001RM000003oLrB000&allOrNone=false").arg(a, b.left(15)));
    QCOMPARE(r.status, 200);
    const QJsonArray results = r.array();
    QCOMPARE(results.at(0).toObject(), ok(a));
    QCOMPARE(results.at(1).toObject(), ok(b));
    QCOMPARE(
        results.at(2).toObject(),
        (QJsonObject {{QStringLiteral("success"), false},
                      {QStringLiteral("errors"),
                       QJsonArray {QJsonObject {
                           {QStringLiteral("statusCode"), QStringLiteral("MALFORMED_ID")},
                           {QStringLiteral("message"), QStringLiteral("malformed id 001RM000003oLrB000")},
                           {QStringLiteral("fields"), QJsonArray()}}}}}));
    QCOMPARE(m_org->records().count(QStringLiteral("Account")), 0);
    const OrgReply none = m_client->del(QStringLiteral("composite/sobjects"));
    QCOMPARE(none.status, 400);
    QCOMPARE(
        none.body,
        QByteArray(
            R"([{"errorCode":"REQUIRED_FIELD_MISSING","fields":[],"message":"At least 1 Id is required."}])"));
}

void tst_localorg_collections::deleteAllOrNone()
{
    const QString a = m_org->records().create(QStringLiteral("Account"), account(QStringLiteral("A"))).id;
    const OrgReply r = m_client->del(
        QStringLiteral("composite/sobjects?ids=%1,%2&allOrNone=true").arg(a, IdFormat::make(u"001", 424242)));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.array()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("errors"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("statusCode"))
                 .toString(),
             QStringLiteral("ALL_OR_NONE_OPERATION_ROLLED_BACK"));
    QCOMPARE(m_org->records().count(QStringLiteral("Account")), 1);
}

void tst_localorg_collections::retrieve()
{
    const QString a = m_org->records().create(QStringLiteral("Account"), account(QStringLiteral("A"))).id;
    const OrgReply r = m_client->get(QStringLiteral("composite/sobjects/Account?ids=%1,%2&fields=Name")
                                         .arg(a, IdFormat::make(u"001", 5555)));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.array().size(), 2);
    QCOMPARE(r.array().at(0).toObject().value(QStringLiteral("Name")).toString(), QStringLiteral("A"));
    QVERIFY(r.array().at(1).isNull());
    const OrgReply viaPost = m_client->post(
        QStringLiteral("composite/sobjects/Account"),
        QJsonDocument(QJsonObject {
            {QStringLiteral("ids"), QJsonArray {a}},
            {QStringLiteral("fields"), QJsonArray {QStringLiteral("Id"), QStringLiteral("Name")}}}));
    QCOMPARE(viaPost.status, 200);
    QCOMPARE(viaPost.array().at(0).toObject().value(QStringLiteral("Id")).toString(), a);
}

void tst_localorg_collections::wrongJsonTypeFailsTheRequest()
{
    QJsonObject bad = account(QStringLiteral("A"));
    bad.insert(QStringLiteral("NumberOfEmployees"), QJsonObject {{QStringLiteral("x"), 1}});
    const OrgReply r = m_client->post(QStringLiteral("composite/sobjects"),
                                      body({account(QStringLiteral("B")), bad}, false));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("JSON_PARSER_ERROR"));
    QCOMPARE(m_org->records().count(QStringLiteral("Account")), 0);
}

QTEST_GUILESS_MAIN(tst_localorg_collections)
#include "tst_localorg_collections.moc"
