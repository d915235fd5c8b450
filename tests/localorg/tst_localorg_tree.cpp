// sObject Tree over real loopback HTTP: POST /composite/tree/{Object} creates parents and children in one
// all-or-none request, answered in Salesforce's shapes (level order, hasErrors, per-record errors).
#include "localorg/data/recordstore.h"
#include "localorg/localorg.h"
#include "tests/testsupport/orgclient.h"
#include "tests/testsupport/testenvironment.h"

#include <QTest>

using namespace sfsync::localorg;
using sfsync::test::OrgClient;
using sfsync::test::OrgReply;

namespace {

QJsonObject record(const QString &type, const QString &ref, QJsonObject fields)
{
    fields.insert(QStringLiteral("attributes"),
                  QJsonObject {{QStringLiteral("type"), type}, {QStringLiteral("referenceId"), ref}});
    return fields;
}

QJsonDocument tree(const QJsonArray &records)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("records"), records}});
}

} // namespace

class tst_localorg_tree : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LocalOrg> m_org;
    std::unique_ptr<OrgClient> m_client;

    int count(const char *object) const { return m_org->records().count(QString::fromLatin1(object)); }

private Q_SLOTS:
    void initTestCase() { sfsync::test::isolateEnvironment(QStringLiteral("tst_localorg_tree")); }

    void init()
    {
        LocalOrgOptions options;
        options.seed = QStringLiteral("none");
        options.accessToken = QStringLiteral("00D000000000001!AQ.tree");
        m_org = std::make_unique<LocalOrg>(options);
        QVERIFY(m_org->start());
        m_client = std::make_unique<OrgClient>(m_org->baseUrl(), m_org->accessToken());
    }

    void cleanup()
    {
        m_client.reset();
        m_org.reset();
    }

    void createsTreesInLevelOrder()
    {
        const QJsonArray children {record(QStringLiteral("Contact"), QStringLiteral("ref2"),
                                          {{QStringLiteral("LastName"), QStringLiteral("Smith")}}),
                                   record(QStringLiteral("Contact"), QStringLiteral("ref3"),
                                          {{QStringLiteral("LastName"), QStringLiteral("Evans")},
                                           {QStringLiteral("Email"), QStringLiteral("e@example.com")}})};
        QJsonObject first = record(QStringLiteral("Account"), QStringLiteral("ref1"),
                                   {{QStringLiteral("Name"), QStringLiteral("SampleAccount1")},
                                    {QStringLiteral("NumberOfEmployees"), 100}});
        first.insert(QStringLiteral("Contacts"), QJsonObject {{QStringLiteral("records"), children}});
        const QJsonObject second = record(QStringLiteral("Account"), QStringLiteral("ref4"),
                                          {{QStringLiteral("Name"), QStringLiteral("SampleAccount2")}});
        const OrgReply r = m_client->post(QStringLiteral("composite/tree/Account"), tree({first, second}));
        QCOMPARE(r.status, 201);
        const QJsonObject body = r.object();
        QCOMPARE(body.keys(), (QStringList {QStringLiteral("hasErrors"), QStringLiteral("results")}));
        QCOMPARE(body.value(QLatin1String("hasErrors")), QJsonValue(false));
        const QJsonArray results = body.value(QLatin1String("results")).toArray();
        QStringList refs;
        for (const QJsonValue &v : results) {
            QCOMPARE(v.toObject().keys(),
                     (QStringList {QStringLiteral("id"), QStringLiteral("referenceId")}));
            refs.append(v.toObject().value(QLatin1String("referenceId")).toString());
        }
        // Both accounts first, then the contacts (Salesforce's documented order).
        QCOMPARE(refs,
                 (QStringList {QStringLiteral("ref1"), QStringLiteral("ref4"), QStringLiteral("ref2"),
                               QStringLiteral("ref3")}));
        const QString accountId = results.at(0).toObject().value(QLatin1String("id")).toString();
        QVERIFY(accountId.startsWith(QLatin1String("001")));
        const auto smith =
            m_org->records().record(results.at(2).toObject().value(QLatin1String("id")).toString());
        QVERIFY(smith);
        QCOMPARE(smith->value(QLatin1String("AccountId")).toString(), accountId);
        QCOMPARE(smith->value(QLatin1String("LastName")).toString(), QStringLiteral("Smith"));
        QCOMPARE(m_org->records().record(accountId)->value(QLatin1String("NumberOfEmployees")).toInt(), 100);
        QCOMPARE(count("Account"), 2);
        QCOMPARE(count("Contact"), 2);
        QCOMPARE(m_org->apiCallsByEndpoint().value(QStringLiteral("POST composite/tree/Account")), 1);
    }

    void aFailingRecordRollsEverythingBack()
    {
        QJsonObject account = record(QStringLiteral("Account"), QStringLiteral("ref1"),
                                     {{QStringLiteral("Name"), QStringLiteral("Kept?")}});
        account.insert(
            QStringLiteral("Contacts"),
            QJsonObject {{QStringLiteral("records"),
                          QJsonArray {record(QStringLiteral("Contact"), QStringLiteral("ref2"),
                                             {{QStringLiteral("LastName"), QStringLiteral("Bad")},
                                              {QStringLiteral("Email"), QStringLiteral("123")}})}}});
        const OrgReply r = m_client->post(QStringLiteral("composite/tree/Account"), tree({account}));
        QCOMPARE(r.status, 400);
        const QJsonObject expected = QJsonDocument::fromJson(R"json({"hasErrors": true, "results": [
            {"referenceId": "ref2", "errors": [{"statusCode": "INVALID_EMAIL_ADDRESS",
              "message": "Email: invalid email address: 123", "fields": ["Email"]}]}]})json")
                                         .object();
        QCOMPARE(r.object(), expected);
        QCOMPARE(count("Account"), 0);
        QCOMPARE(count("Contact"), 0);
    }

    void duplicateReferenceIdsAreEachReported()
    {
        const OrgReply r = m_client->post(QStringLiteral("composite/tree/Account"),
                                          tree({record(QStringLiteral("Account"), QStringLiteral("same"),
                                                       {{QStringLiteral("Name"), QStringLiteral("A")}}),
                                                record(QStringLiteral("Account"), QStringLiteral("other"),
                                                       {{QStringLiteral("Name"), QStringLiteral("B")}}),
                                                record(QStringLiteral("Account"), QStringLiteral("same"),
                                                       {{QStringLiteral("Name"), QStringLiteral("C")}})}));
        QCOMPARE(r.status, 400);
        const QJsonObject error {
            {QStringLiteral("referenceId"), QStringLiteral("same")},
            {QStringLiteral("errors"),
             QJsonArray {QJsonObject {{QStringLiteral("statusCode"), QStringLiteral("INVALID_INPUT")},
                                      {QStringLiteral("message"),
                                       QStringLiteral("Duplicate ReferenceId provided in the request.")},
                                      {QStringLiteral("fields"), QJsonArray()}}}}};
        QCOMPARE(r.object(),
                 (QJsonObject {{QStringLiteral("hasErrors"), true},
                               {QStringLiteral("results"), QJsonArray {error, error}}}));
        QCOMPARE(count("Account"), 0);
    }

    void badRecords_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("message");
        QTest::newRow("no referenceId")
            << QByteArray(R"({"records":[{"attributes":{"type":"Account"},"Name":"x"}]})") << QString()
            << "Include a reference ID for each record in the request.";
        QTest::newRow("wrong type") << QByteArray(
            R"({"records":[{"attributes":{"type":"Contact","referenceId":"r1"},"LastName":"x"}]})")
                                    << "r1"
                                    << "The type Contact does not match the expected type Account.";
        QTest::newRow("child of the wrong type") << QByteArray(
            R"({"records":[{"attributes":{"type":"Account","referenceId":"r1"},"Name":"x","Contacts":{"records":[{"attributes":{"type":"Lead","referenceId":"r2"},"LastName":"y"}]}}]})")
                                                 << "r2"
                                                 << "The type Lead does not match the expected type Contact.";
        QTest::newRow("bad referenceId")
            << QByteArray(R"({"records":[{"attributes":{"type":"Account","referenceId":"a b"},"Name":"x"}]})")
            << "a b"
            << "Invalid reference ID: a b. A reference ID holds letters, digits and underscores only.";
    }

    void badRecords()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reference);
        QFETCH(QString, message);
        const OrgReply r = m_client->send("POST", QStringLiteral("composite/tree/Account"), body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(QLatin1String("hasErrors")), QJsonValue(true));
        const QJsonObject result = r.object().value(QLatin1String("results")).toArray().at(0).toObject();
        QCOMPARE(result.value(QLatin1String("referenceId")).toString(), reference);
        const QJsonObject error = result.value(QLatin1String("errors")).toArray().at(0).toObject();
        QCOMPARE(error.value(QLatin1String("statusCode")).toString(), QStringLiteral("INVALID_INPUT"));
        QCOMPARE(error.value(QLatin1String("message")).toString(), message);
        QCOMPARE(count("Account"), 0);
    }

    void moreThanFiveLevelsOrTwoHundredRecords()
    {
        // Account -> ChildAccounts nests accounts in accounts: six levels are one too many.
        QJsonObject level = record(QStringLiteral("Account"), QStringLiteral("l6"),
                                   {{QStringLiteral("Name"), QStringLiteral("6")}});
        for (int i = 5; i >= 1; --i) {
            QJsonObject parent = record(QStringLiteral("Account"), QStringLiteral("l%1").arg(i),
                                        {{QStringLiteral("Name"), QString::number(i)}});
            parent.insert(QStringLiteral("ChildAccounts"),
                          QJsonObject {{QStringLiteral("records"), QJsonArray {level}}});
            level = parent;
        }
        OrgReply r = m_client->post(QStringLiteral("composite/tree/Account"), tree({level}));
        QCOMPARE(r.status, 400);
        const QJsonObject deep = r.object().value(QLatin1String("results")).toArray().at(0).toObject();
        QCOMPARE(deep.value(QLatin1String("referenceId")).toString(), QStringLiteral("l5"));
        QCOMPARE(deep.value(QLatin1String("errors"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("message"))
                     .toString(),
                 QStringLiteral("A tree can't be more than 5 levels deep."));
        // Five levels are fine, and each account's ParentId is its parent.
        QJsonObject five = level.value(QLatin1String("ChildAccounts"))
                               .toObject()
                               .value(QLatin1String("records"))
                               .toArray()
                               .at(0)
                               .toObject();
        five.insert(QStringLiteral("attributes"),
                    QJsonObject {{QStringLiteral("type"), QStringLiteral("Account")},
                                 {QStringLiteral("referenceId"), QStringLiteral("l2")}});
        r = m_client->post(QStringLiteral("composite/tree/Account"), tree({five}));
        QCOMPARE(r.status, 201);
        const QJsonArray results = r.object().value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), 5);
        const QString top = results.at(0).toObject().value(QLatin1String("id")).toString();
        QCOMPARE(m_org->records()
                     .record(results.at(1).toObject().value(QLatin1String("id")).toString())
                     ->value(QLatin1String("ParentId"))
                     .toString(),
                 top);

        QJsonArray many;
        for (int i = 0; i < 201; ++i)
            many.append(record(QStringLiteral("Account"), QStringLiteral("r%1").arg(i),
                               {{QStringLiteral("Name"), QString::number(i)}}));
        r = m_client->post(QStringLiteral("composite/tree/Account"), tree(many));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("LIMIT_EXCEEDED"));
        QCOMPARE(r.message(),
                 QStringLiteral("The request can't contain more than 200 records (it has 201)."));
        many.removeLast();
        QCOMPARE(m_client->post(QStringLiteral("composite/tree/Account"), tree(many)).status, 201);
        QCOMPARE(count("Account"), 205);
    }

    void requestErrors()
    {
        OrgReply r = m_client->send("POST", QStringLiteral("composite/tree/Account"), "{not json");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("JSON_PARSER_ERROR"));
        r = m_client->send("POST", QStringLiteral("composite/tree/Account"), R"({"records":[]})");
        QCOMPARE(r.errorCode(), QStringLiteral("JSON_PARSER_ERROR"));
        r = m_client->post(QStringLiteral("composite/tree/Xyzzy"), tree({}));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("NOT_FOUND"));
        r = m_client->get(QStringLiteral("composite/tree/Account"));
        QCOMPARE(r.status, 405);
        // An unknown field is the store's per-record error.
        r = m_client->post(QStringLiteral("composite/tree/Account"),
                           tree({record(QStringLiteral("Account"), QStringLiteral("x1"),
                                        {{QStringLiteral("Nope__c"), 1}})}));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object()
                     .value(QLatin1String("results"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("errors"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("statusCode"))
                     .toString(),
                 QStringLiteral("INVALID_FIELD"));
    }
};

QTEST_GUILESS_MAIN(tst_localorg_tree)
#include "tst_localorg_tree.moc"
