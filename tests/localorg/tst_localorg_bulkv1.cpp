// Bulk API 1.0 (/services/async) over real loopback HTTP: XML and JSON jobs, CSV / XML / JSON batches, batch
// states, per-record results, query batches and their results, and the XML errors clients react to.
#include "localorg/data/recordstore.h"
#include "localorg/localorg.h"
#include "tests/testsupport/orgclient.h"
#include "tests/testsupport/testenvironment.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace sfsync::localorg;
using sfsync::test::OrgClient;
using sfsync::test::OrgReply;

namespace {

const QByteArray kNamespace = "http://www.force.com/2009/06/asyncapi/dataload";

// The root element's name and its children's texts.
struct Xml
{
    QString root;
    QString ns;
    QHash<QString, QString> fields;
    QList<QHash<QString, QString>> items; // children that have children (batchInfo in a batchInfoList)
};

Xml parse(const QByteArray &body)
{
    Xml out;
    QXmlStreamReader xml(body);
    if (!xml.readNextStartElement())
        return out;
    out.root = xml.name().toString();
    out.ns = xml.namespaceUri().toString();
    while (xml.readNextStartElement()) {
        const QString name = xml.name().toString();
        QHash<QString, QString> item;
        QString text;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::Characters)
                text += xml.text();
            else if (token == QXmlStreamReader::StartElement)
                item.insert(xml.name().toString(), xml.readElementText());
            else if (token == QXmlStreamReader::EndElement)
                break;
        }
        if (item.isEmpty())
            out.fields.insert(name, text);
        else
            out.items.append(item);
    }
    return out;
}

QByteArray jobXml(const QByteArray &operation, const QByteArray &object, const QByteArray &extra = {},
                  const QByteArray &contentType = "CSV")
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<jobInfo xmlns=\"" + kNamespace + "\">\n  <operation>"
        + operation + "</operation>\n  <object>" + object + "</object>\n  " + extra + "<contentType>"
        + contentType + "</contentType>\n</jobInfo>";
}

} // namespace

class tst_localorg_bulkv1 : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LocalOrg> m_org;
    std::unique_ptr<OrgClient> m_client;

    QString path(const QString &rest) const { return QStringLiteral("/services/async/62.0/") + rest; }

    OrgReply send(const QByteArray &method, const QString &rest, const QByteArray &body = {},
                  const QByteArray &contentType = "application/xml; charset=UTF-8")
    {
        return m_client->send(method, path(rest), body, {{"X-SFDC-Session", m_org->accessToken().toLatin1()}},
                              contentType);
    }

    QString createJob(const QByteArray &body,
                      const QByteArray &contentType = "application/xml; charset=UTF-8")
    {
        const OrgReply r = send("POST", QStringLiteral("job"), body, contentType);
        if (r.status != 201)
            return QString::fromUtf8(r.body);
        if (contentType.contains("json"))
            return r.object().value(QLatin1String("id")).toString();
        return parse(r.body).fields.value(QStringLiteral("id"));
    }

    // Adds a batch and waits until it has finished; returns its final batchInfo fields.
    QHash<QString, QString> runBatch(const QString &job, const QByteArray &data,
                                     const QByteArray &contentType)
    {
        const OrgReply created = send("POST", QStringLiteral("job/%1/batch").arg(job), data, contentType);
        const QString batch = parse(created.body).fields.value(QStringLiteral("id"));
        QHash<QString, QString> info;
        const auto finished = [&] {
            info = parse(send("GET", QStringLiteral("job/%1/batch/%2").arg(job, batch)).body).fields;
            const QString state = info.value(QStringLiteral("state"));
            return state == QLatin1String("Completed") || state == QLatin1String("Failed");
        };
        [&] {
            QTRY_VERIFY(finished());
        }();
        return info;
    }

private Q_SLOTS:
    void initTestCase() { sfsync::test::isolateEnvironment(QStringLiteral("tst_localorg_bulkv1")); }

    void init()
    {
        LocalOrgOptions options;
        options.seed = QStringLiteral("none");
        options.accessToken = QStringLiteral("00D000000000001!AQ.bulkv1");
        m_org = std::make_unique<LocalOrg>(options);
        QVERIFY(m_org->start());
        m_client = std::make_unique<OrgClient>(m_org->baseUrl(), QString());
    }

    void cleanup()
    {
        m_client.reset();
        m_org.reset();
    }

    void csvInsertJob()
    {
        const OrgReply created = send("POST", QStringLiteral("job"), jobXml("insert", "Account"));
        QCOMPARE(created.status, 201);
        QVERIFY(created.header("Content-Type").startsWith("application/xml"));
        Xml job = parse(created.body);
        QCOMPARE(job.root, QStringLiteral("jobInfo"));
        QCOMPARE(job.ns, QString::fromLatin1(kNamespace));
        const QString id = job.fields.value(QStringLiteral("id"));
        QVERIFY2(id.startsWith(QLatin1String("7500L")) && id.size() == 18, qPrintable(id));
        QCOMPARE(job.fields.value(QStringLiteral("operation")), QStringLiteral("insert"));
        QCOMPARE(job.fields.value(QStringLiteral("object")), QStringLiteral("Account"));
        QCOMPARE(job.fields.value(QStringLiteral("state")), QStringLiteral("Open"));
        QCOMPARE(job.fields.value(QStringLiteral("contentType")), QStringLiteral("CSV"));
        QCOMPARE(job.fields.value(QStringLiteral("apiVersion")), QStringLiteral("62.0"));
        QCOMPARE(job.fields.value(QStringLiteral("createdById")), m_org->userId());
        QVERIFY(job.fields.value(QStringLiteral("createdDate")).endsWith(QLatin1String(".000Z"))
                || job.fields.value(QStringLiteral("createdDate")).endsWith(QLatin1Char('Z')));

        const OrgReply batch = send("POST", QStringLiteral("job/%1/batch").arg(id),
                                    "Name,NumberOfEmployees\nAcme,10\n\"Comma, Inc.\",20\n,30\n", "text/csv");
        QCOMPARE(batch.status, 201);
        const Xml batchInfo = parse(batch.body);
        QCOMPARE(batchInfo.root, QStringLiteral("batchInfo"));
        QCOMPARE(batchInfo.fields.value(QStringLiteral("state")), QStringLiteral("Queued"));
        QCOMPARE(batchInfo.fields.value(QStringLiteral("jobId")), id);
        const QString batchId = batchInfo.fields.value(QStringLiteral("id"));
        QVERIFY(batchId.startsWith(QLatin1String("751")));
        QStringList states;
        QTRY_VERIFY([&] {
            const QString state = parse(send("GET", QStringLiteral("job/%1/batch/%2").arg(id, batchId)).body)
                                      .fields.value(QStringLiteral("state"));
            if (states.isEmpty() || states.last() != state)
                states.append(state);
            return state == QLatin1String("Completed");
        }());
        QVERIFY2(!states.contains(QStringLiteral("Failed")), qPrintable(states.join(QLatin1Char(','))));

        const OrgReply results = send("GET", QStringLiteral("job/%1/batch/%2/result").arg(id, batchId));
        QCOMPARE(results.status, 200);
        QCOMPARE(results.header("Content-Type"), QByteArray("text/csv"));
        const QList<QByteArray> lines = results.body.split('\n');
        QCOMPARE(lines.at(0), QByteArray(R"("Id","Success","Created","Error")"));
        const QString acme =
            m_org->records()
                .findByField(QStringLiteral("Account"), QStringLiteral("Name"), QStringLiteral("Acme"))
                .value(0);
        QCOMPARE(lines.at(1), QByteArray("\"" + acme.toLatin1() + "\",\"true\",\"true\",\"\""));
        QVERIFY(lines.at(2).startsWith("\"001"));
        QCOMPARE(
            lines.at(3),
            QByteArray(
                R"("","false","false","REQUIRED_FIELD_MISSING:Required fields are missing: [Name]:Name --")"));
        QCOMPARE(m_org->records().count(QStringLiteral("Account")), 2);

        // The job counts its batches and records; closing it ends it.
        job = parse(send("GET", QStringLiteral("job/%1").arg(id)).body);
        QCOMPARE(job.fields.value(QStringLiteral("numberBatchesCompleted")), QStringLiteral("1"));
        QCOMPARE(job.fields.value(QStringLiteral("numberBatchesTotal")), QStringLiteral("1"));
        QCOMPARE(job.fields.value(QStringLiteral("numberRecordsProcessed")), QStringLiteral("3"));
        QCOMPARE(job.fields.value(QStringLiteral("numberRecordsFailed")), QStringLiteral("1"));
        const OrgReply closed = send("POST", QStringLiteral("job/%1").arg(id),
                                     "<?xml version=\"1.0\" encoding=\"UTF-8\"?><jobInfo xmlns=\""
                                         + kNamespace + "\"><state>Closed</state></jobInfo>");
        QCOMPARE(closed.status, 200);
        QCOMPARE(parse(closed.body).fields.value(QStringLiteral("state")), QStringLiteral("Closed"));
        const OrgReply late =
            send("POST", QStringLiteral("job/%1/batch").arg(id), "Name\nLate\n", "text/csv");
        QCOMPARE(late.status, 400);
        QCOMPARE(parse(late.body).fields.value(QStringLiteral("exceptionCode")),
                 QStringLiteral("InvalidJobState"));

        const Xml list = parse(send("GET", QStringLiteral("job/%1/batch").arg(id)).body);
        QCOMPARE(list.root, QStringLiteral("batchInfoList"));
        QCOMPARE(list.items.size(), 1);
        QCOMPARE(list.items.first().value(QStringLiteral("id")), batchId);
        QCOMPARE(send("GET", QStringLiteral("job/%1/batch/%2/request").arg(id, batchId)).body,
                 QByteArray("Name,NumberOfEmployees\nAcme,10\n\"Comma, Inc.\",20\n,30\n"));
        QCOMPARE(m_org->apiCallsByEndpoint().value(QStringLiteral("POST async/job/{id}/batch")), 2);
    }

    void upsertWithXmlBatch()
    {
        m_org->records().create(QStringLiteral("Account"),
                                {{QStringLiteral("Name"), QStringLiteral("Old")},
                                 {QStringLiteral("Legacy_Id__c"), QStringLiteral("L-1")}});
        const QString job = createJob(
            jobXml("upsert", "Account", "<externalIdFieldName>Legacy_Id__c</externalIdFieldName>", "XML"));
        QVERIFY2(job.startsWith(QLatin1String("750")), qPrintable(job));
        const QHash<QString, QString> info =
            runBatch(job,
                     "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sObjects xmlns=\"" + kNamespace
                         + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                           "<sObject><Legacy_Id__c>L-1</Legacy_Id__c><Name>Renamed</Name><Phone "
                           "xsi:nil=\"true\"/></sObject>"
                           "<sObject><Legacy_Id__c>L-2</Legacy_Id__c><Name>New</Name></sObject></sObjects>",
                     "application/xml");
        QCOMPARE(info.value(QStringLiteral("state")), QStringLiteral("Completed"));
        QCOMPARE(info.value(QStringLiteral("numberRecordsProcessed")), QStringLiteral("2"));
        const OrgReply results =
            send("GET", QStringLiteral("job/%1/batch/%2/result").arg(job, info.value(QStringLiteral("id"))));
        const Xml xml = parse(results.body);
        QCOMPARE(xml.root, QStringLiteral("results"));
        QCOMPARE(xml.items.size(), 2);
        QCOMPARE(xml.items.at(0).value(QStringLiteral("success")), QStringLiteral("true"));
        QCOMPARE(xml.items.at(0).value(QStringLiteral("created")), QStringLiteral("false"));
        QCOMPARE(xml.items.at(1).value(QStringLiteral("created")), QStringLiteral("true"));
        const QStringList renamed = m_org->records().findByField(
            QStringLiteral("Account"), QStringLiteral("Legacy_Id__c"), QStringLiteral("L-1"));
        QCOMPARE(m_org->records().record(renamed.value(0))->value(QLatin1String("Name")).toString(),
                 QStringLiteral("Renamed"));
        QCOMPARE(xml.items.at(0).value(QStringLiteral("id")), renamed.value(0));
    }

    void jsonJobAndBatch()
    {
        const QString job = createJob(R"({"operation":"insert","object":"Contact","contentType":"JSON"})",
                                      "application/json");
        QVERIFY2(job.startsWith(QLatin1String("750")), qPrintable(job));
        const OrgReply info = send("GET", QStringLiteral("job/%1").arg(job));
        QVERIFY(info.header("Content-Type").startsWith("application/json"));
        QCOMPARE(info.object().value(QLatin1String("apiVersion")).toDouble(), 62.0);
        QCOMPARE(info.object().value(QLatin1String("contentType")).toString(), QStringLiteral("JSON"));
        const OrgReply created =
            send("POST", QStringLiteral("job/%1/batch").arg(job),
                 R"([{"LastName":"Json","Email":"json@example.com"},{"FirstName":"No last name"}])",
                 "application/json");
        QCOMPARE(created.status, 201);
        const QString batch = created.object().value(QLatin1String("id")).toString();
        QTRY_COMPARE(send("GET", QStringLiteral("job/%1/batch/%2").arg(job, batch))
                         .object()
                         .value(QLatin1String("state"))
                         .toString(),
                     QStringLiteral("Completed"));
        const QJsonArray results =
            send("GET", QStringLiteral("job/%1/batch/%2/result").arg(job, batch)).array();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).toObject().value(QLatin1String("success")), QJsonValue(true));
        QCOMPARE(results.at(0).toObject().value(QLatin1String("errors")).toArray(), QJsonArray());
        const QJsonObject failed = results.at(1).toObject();
        QCOMPARE(failed.value(QLatin1String("success")), QJsonValue(false));
        QVERIFY(failed.value(QLatin1String("id")).isNull());
        QCOMPARE(failed.value(QLatin1String("errors")).toArray().at(0).toObject(),
                 (QJsonObject {
                     {QStringLiteral("statusCode"), QStringLiteral("REQUIRED_FIELD_MISSING")},
                     {QStringLiteral("message"), QStringLiteral("Required fields are missing: [LastName]")},
                     {QStringLiteral("fields"), QJsonArray {QStringLiteral("LastName")}}}));
        QCOMPARE(m_org->records().count(QStringLiteral("Contact")), 1);
    }

    void queryJob()
    {
        const QString acme =
            m_org->records()
                .create(QStringLiteral("Account"), {{QStringLiteral("Name"), QStringLiteral("Acme")}})
                .id;
        m_org->records().create(
            QStringLiteral("Contact"),
            {{QStringLiteral("LastName"), QStringLiteral("Lee \"Q\"")}, {QStringLiteral("AccountId"), acme}});
        m_org->records().create(QStringLiteral("Contact"),
                                {{QStringLiteral("LastName"), QStringLiteral("Solo")}});
        const QString job = createJob(jobXml("query", "Contact"));
        const QHash<QString, QString> info =
            runBatch(job, "SELECT Id, LastName, Account.Name FROM Contact ORDER BY LastName", "text/csv");
        QCOMPARE(info.value(QStringLiteral("state")), QStringLiteral("Completed"));
        const QString batch = info.value(QStringLiteral("id"));
        const Xml list = parse(send("GET", QStringLiteral("job/%1/batch/%2/result").arg(job, batch)).body);
        QCOMPARE(list.root, QStringLiteral("result-list"));
        const QString result = list.fields.value(QStringLiteral("result"));
        QVERIFY2(result.startsWith(QLatin1String("752")), qPrintable(result));
        const OrgReply rows =
            send("GET", QStringLiteral("job/%1/batch/%2/result/%3").arg(job, batch, result));
        QCOMPARE(rows.status, 200);
        const QList<QByteArray> lines = rows.body.split('\n');
        QCOMPARE(lines.at(0), QByteArray(R"("Id","LastName","Account.Name")"));
        QVERIFY(lines.at(1).endsWith(R"(,"Lee ""Q""","Acme")"));
        QVERIFY(lines.at(2).endsWith(R"(,"Solo","")"));
        QCOMPARE(lines.size(), 4); // and the final newline

        const QHash<QString, QString> bad = runBatch(job, "SELECT Nope FROM Contact", "text/csv");
        QCOMPARE(bad.value(QStringLiteral("state")), QStringLiteral("Failed"));
        QVERIFY2(bad.value(QStringLiteral("stateMessage"))
                     .startsWith(QLatin1String("InvalidBatch : Failed to process query: INVALID_FIELD")),
                 qPrintable(bad.value(QStringLiteral("stateMessage"))));
        const QHash<QString, QString> grouped =
            runBatch(job, "SELECT LastName, COUNT(Id) FROM Contact GROUP BY LastName", "text/csv");
        QCOMPARE(grouped.value(QStringLiteral("state")), QStringLiteral("Failed"));
        const OrgReply early = send(
            "GET", QStringLiteral("job/%1/batch/%2/result").arg(job, grouped.value(QStringLiteral("id"))));
        QCOMPARE(early.status, 400);
        QCOMPARE(parse(early.body).fields.value(QStringLiteral("exceptionCode")),
                 QStringLiteral("InvalidBatch"));
    }

    void failedBatch()
    {
        const QString job = createJob(jobXml("insert", "Account"));
        QHash<QString, QString> info = runBatch(job, "Name,Nope__c\nA,1\n", "text/csv");
        QCOMPARE(info.value(QStringLiteral("state")), QStringLiteral("Failed"));
        QCOMPARE(info.value(QStringLiteral("stateMessage")),
                 QStringLiteral("InvalidBatch : Field name not found : Nope__c"));
        info = runBatch(job, "Name\n\"unterminated\n", "text/csv");
        QCOMPARE(info.value(QStringLiteral("state")), QStringLiteral("Failed"));
        QCOMPARE(info.value(QStringLiteral("stateMessage")),
                 QStringLiteral("InvalidBatch : unterminated quoted value"));
        QCOMPARE(parse(send("GET", QStringLiteral("job/%1").arg(job)).body)
                     .fields.value(QStringLiteral("numberBatchesFailed")),
                 QStringLiteral("2"));
        QCOMPARE(m_org->records().count(QStringLiteral("Account")), 0);
    }

    void errors()
    {
        // An invalid session is a 400 with InvalidSessionId: what makes jsforce refresh its token.
        OrgReply r = m_client->send("POST", path(QStringLiteral("job")), jobXml("insert", "Account"),
                                    {{"X-SFDC-Session", "00D000000000001!AQ.wrong"}}, "application/xml");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body,
                 QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><error xmlns=\"" + kNamespace
                            + "\"><exceptionCode>InvalidSessionId</exceptionCode><exceptionMessage>Invalid "
                              "session id</exceptionMessage></error>\n"));
        // Authorization: Bearer works as well.
        r = m_client->send("POST", path(QStringLiteral("job")), jobXml("insert", "Account"),
                           {{"Authorization", "Bearer " + m_org->accessToken().toLatin1()}},
                           "application/xml");
        QCOMPARE(r.status, 201);

        const auto code = [this](const QByteArray &body,
                                 const QByteArray &type = "application/xml") -> QString {
            const OrgReply reply = send("POST", QStringLiteral("job"), body, type);
            const QString exception = type.contains("json")
                ? reply.object().value(QLatin1String("exceptionCode")).toString()
                : parse(reply.body).fields.value(QStringLiteral("exceptionCode"));
            return QString::number(reply.status) + QLatin1Char(' ') + exception;
        };
        QCOMPARE(code(jobXml("insert", "Xyzzy")), QStringLiteral("400 InvalidEntity"));
        QCOMPARE(code(jobXml("merge", "Account")), QStringLiteral("400 InvalidJob"));
        QCOMPARE(code(jobXml("upsert", "Account")), QStringLiteral("400 InvalidJob"));
        QCOMPARE(code(jobXml("insert", "Account", {}, "ZIP_CSV")), QStringLiteral("400 InvalidJob"));
        QCOMPARE(code("not xml"), QStringLiteral("400 InvalidJob"));
        QCOMPARE(code(R"({"operation":"insert","object":"Xyzzy"})", "application/json"),
                 QStringLiteral("400 InvalidEntity"));

        r = send("GET", QStringLiteral("job/7500L000000000AQAQ"));
        QCOMPARE(parse(r.body).fields.value(QStringLiteral("exceptionCode")), QStringLiteral("InvalidJob"));
        r = m_client->send("GET", QStringLiteral("/services/async/99.0/job/x"), {},
                           {{"X-SFDC-Session", m_org->accessToken().toLatin1()}});
        QCOMPARE(r.status, 404);
        QCOMPARE(parse(r.body).fields.value(QStringLiteral("exceptionCode")),
                 QStringLiteral("InvalidVersion"));
    }

    void abortedJob()
    {
        const QString job = createJob(jobXml("delete", "Account"));
        const OrgReply aborted =
            send("POST", QStringLiteral("job/%1").arg(job),
                 "<jobInfo xmlns=\"" + kNamespace + "\"><state>Aborted</state></jobInfo>");
        QCOMPARE(aborted.status, 200);
        QCOMPARE(parse(aborted.body).fields.value(QStringLiteral("state")), QStringLiteral("Aborted"));
        const OrgReply again = send("POST", QStringLiteral("job/%1").arg(job),
                                    "<jobInfo xmlns=\"" + kNamespace + "\"><state>Closed</state></jobInfo>");
        QCOMPARE(again.status, 400);
        QCOMPARE(parse(again.body).fields.value(QStringLiteral("exceptionCode")),
                 QStringLiteral("InvalidJobState"));
    }
};

QTEST_GUILESS_MAIN(tst_localorg_bulkv1)
#include "tst_localorg_bulkv1.moc"
