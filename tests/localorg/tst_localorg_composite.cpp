// The Composite API on the local org: references between subrequests, allOrNone, limits; always HTTP 200
// (docs/salesforce-api.md §2.9).
#include "localorg/data/recordstore.h"
#include "localorg/localorg.h"
#include "tests/testsupport/orgclient.h"
#include "tests/testsupport/testenvironment.h"

#include <QTest>

using namespace sfsync::localorg;
using sfsync::test::OrgClient;
using sfsync::test::OrgReply;

namespace {

QJsonObject sub(const QString &method, const QString &url, const QString &ref, const QJsonObject &body = {})
{
    QJsonObject o {{QStringLiteral("method"), method},
                   {QStringLiteral("url"), url},
                   {QStringLiteral("referenceId"), ref}};
    if (!body.isEmpty())
        o.insert(QStringLiteral("body"), body);
    return o;
}

QJsonDocument composite(const QJsonArray &requests, bool allOrNone)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("allOrNone"), allOrNone},
                                      {QStringLiteral("compositeRequest"), requests}});
}

const QString base = QStringLiteral("/services/data/v62.0");

} // namespace

class tst_localorg_composite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void referencesEarlierResults();
    void failureWithoutAllOrNoneKeepsOthers();
    void allOrNoneRollsBackEverything();
    void moreThan25Subrequests();
    void countsAsOneCall();

private:
    std::unique_ptr<LocalOrg> m_org;
    std::unique_ptr<OrgClient> m_client;
};

void tst_localorg_composite::initTestCase()
{
    sfsync::test::isolateEnvironment(QStringLiteral("tst_localorg_composite"));
}

void tst_localorg_composite::init()
{
    LocalOrgOptions options;
    options.seed = QStringLiteral("none");
    options.accessToken = QStringLiteral("00D000000000001!AQ.comp");
    m_org = std::make_unique<LocalOrg>(options);
    QVERIFY(m_org->start());
    m_client = std::make_unique<OrgClient>(m_org->baseUrl(), m_org->accessToken());
}

void tst_localorg_composite::cleanup()
{
    m_client.reset();
    m_org.reset();
}

void tst_localorg_composite::referencesEarlierResults()
{
    const QJsonArray requests {
        sub(QStringLiteral("POST"), base + QStringLiteral("/sobjects/Account"), QStringLiteral("refAccount"),
            {{QStringLiteral("Name"), QStringLiteral("Parent")}}),
        sub(QStringLiteral("POST"), base + QStringLiteral("/sobjects/Contact"), QStringLiteral("refContact"),
            {{QStringLiteral("LastName"), QStringLiteral("Child")},
             {QStringLiteral("AccountId"), QStringLiteral("@{refAccount.id}")}}),
        sub(QStringLiteral("GET"), base + QStringLiteral("/sobjects/Account/@{refAccount.id}?fields=Name"),
            QStringLiteral("refRead")),
        sub(QStringLiteral("GET"),
            base + QStringLiteral("/query?q=SELECT+Id,Account.Name+FROM+Contact+WHERE+Id='@{refContact.id}'"),
            QStringLiteral("refQuery")),
    };
    const OrgReply r = m_client->post(QStringLiteral("composite"), composite(requests, false));
    QCOMPARE(r.status, 200);
    const QJsonArray responses = r.object().value(QStringLiteral("compositeResponse")).toArray();
    QCOMPARE(responses.size(), 4);
    const QJsonObject first = responses.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("httpStatusCode")).toInt(), 201);
    QCOMPARE(first.value(QStringLiteral("referenceId")).toString(), QStringLiteral("refAccount"));
    const QString accountId =
        first.value(QStringLiteral("body")).toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(
        first.value(QStringLiteral("httpHeaders")).toObject().value(QStringLiteral("Location")).toString(),
        base + QStringLiteral("/sobjects/Account/") + accountId);
    const QJsonObject second = responses.at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("httpStatusCode")).toInt(), 201);
    const QString contactId =
        second.value(QStringLiteral("body")).toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(m_org->records().record(contactId)->value(QStringLiteral("AccountId")).toString(), accountId);
    QCOMPARE(responses.at(2)
                 .toObject()
                 .value(QStringLiteral("body"))
                 .toObject()
                 .value(QStringLiteral("Name"))
                 .toString(),
             QStringLiteral("Parent"));
    const QJsonObject query = responses.at(3).toObject();
    QCOMPARE(query.value(QStringLiteral("httpStatusCode")).toInt(), 200);
    QCOMPARE(query.value(QStringLiteral("body")).toObject().value(QStringLiteral("totalSize")).toInt(), 1);
}

void tst_localorg_composite::failureWithoutAllOrNoneKeepsOthers()
{
    const QJsonArray requests {
        sub(QStringLiteral("POST"), base + QStringLiteral("/sobjects/Account"), QStringLiteral("bad"),
            {{QStringLiteral("Phone"), QStringLiteral("1")}}),
        sub(QStringLiteral("POST"), base + QStringLiteral("/sobjects/Account"), QStringLiteral("good"),
            {{QStringLiteral("Name"), QStringLiteral("Fine")}}),
        sub(QStringLiteral("GET"), base + QStringLiteral("/sobjects/Account/@{bad.id}"),
            QStringLiteral("dependent")),
        sub(QStringLiteral("GET"), base + QStringLiteral("/sobjects/Nope/describe"),
            QStringLiteral("missing")),
    };
    const OrgReply r = m_client->post(QStringLiteral("composite"), composite(requests, false));
    QCOMPARE(r.status, 200);
    const QJsonArray responses = r.object().value(QStringLiteral("compositeResponse")).toArray();
    QCOMPARE(responses.at(0).toObject().value(QStringLiteral("httpStatusCode")).toInt(), 400);
    QCOMPARE(responses.at(0)
                 .toObject()
                 .value(QStringLiteral("body"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("errorCode"))
                 .toString(),
             QStringLiteral("REQUIRED_FIELD_MISSING"));
    QCOMPARE(responses.at(1).toObject().value(QStringLiteral("httpStatusCode")).toInt(), 201);
    QCOMPARE(responses.at(2).toObject().value(QStringLiteral("httpStatusCode")).toInt(), 400);
    QCOMPARE(responses.at(2)
                 .toObject()
                 .value(QStringLiteral("body"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("errorCode"))
                 .toString(),
             QStringLiteral("PROCESSING_HALTED"));
    QCOMPARE(responses.at(3).toObject().value(QStringLiteral("httpStatusCode")).toInt(), 404);
    QCOMPARE(responses.at(3).toObject().value(QStringLiteral("body")).toArray(),
             (QJsonArray {QJsonObject {
                 {QStringLiteral("errorCode"), QStringLiteral("NOT_FOUND")},
                 {QStringLiteral("message"), QStringLiteral("The requested resource does not exist")}}}));
    QCOMPARE(m_org->records().count(QStringLiteral("Account")), 1);
}

void tst_localorg_composite::allOrNoneRollsBackEverything()
{
    const QJsonArray requests {
        sub(QStringLiteral("POST"), base + QStringLiteral("/sobjects/Account"), QStringLiteral("first"),
            {{QStringLiteral("Name"), QStringLiteral("Rolled back")}}),
        sub(QStringLiteral("POST"), base + QStringLiteral("/sobjects/Account"), QStringLiteral("bad"),
            {{QStringLiteral("Phone"), QStringLiteral("1")}}),
        sub(QStringLiteral("POST"), base + QStringLiteral("/sobjects/Account"), QStringLiteral("after"),
            {{QStringLiteral("Name"), QStringLiteral("Never")}}),
    };
    const OrgReply r = m_client->post(QStringLiteral("composite"), composite(requests, true));
    QCOMPARE(r.status, 200);
    const QJsonArray responses = r.object().value(QStringLiteral("compositeResponse")).toArray();
    const QJsonArray halted {
        QJsonObject {{QStringLiteral("errorCode"), QStringLiteral("PROCESSING_HALTED")},
                     {QStringLiteral("message"),
                      QStringLiteral("The transaction was rolled back since another operation in "
                                     "the same transaction failed.")}}};
    QCOMPARE(responses.at(0).toObject().value(QStringLiteral("httpStatusCode")).toInt(), 400);
    QCOMPARE(responses.at(0).toObject().value(QStringLiteral("body")).toArray(), halted);
    QCOMPARE(responses.at(1)
                 .toObject()
                 .value(QStringLiteral("body"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("errorCode"))
                 .toString(),
             QStringLiteral("REQUIRED_FIELD_MISSING"));
    QCOMPARE(responses.at(2).toObject().value(QStringLiteral("body")).toArray(), halted);
    QCOMPARE(m_org->records().count(QStringLiteral("Account"), true), 0);
}

void tst_localorg_composite::moreThan25Subrequests()
{
    QJsonArray requests;
    for (int i = 0; i < 26; ++i)
        requests.append(
            sub(QStringLiteral("GET"), base + QStringLiteral("/limits"), QStringLiteral("r%1").arg(i)));
    const OrgReply r = m_client->post(QStringLiteral("composite"), composite(requests, false));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("LIMIT_EXCEEDED"));
    requests.removeLast();
    QCOMPARE(m_client->post(QStringLiteral("composite"), composite(requests, false)).status, 200);
}

void tst_localorg_composite::countsAsOneCall()
{
    const QJsonArray requests {
        sub(QStringLiteral("GET"), base + QStringLiteral("/limits"), QStringLiteral("a")),
        sub(QStringLiteral("GET"), base + QStringLiteral("/sobjects"), QStringLiteral("b"))};
    QCOMPARE(m_client->post(QStringLiteral("composite"), composite(requests, false)).status, 200);
    QCOMPARE(m_org->apiCalls(), 1);
    QCOMPARE(m_org->apiCallsByEndpoint().value(QStringLiteral("POST composite")), 1);
}

QTEST_GUILESS_MAIN(tst_localorg_composite)
#include "tst_localorg_composite.moc"
