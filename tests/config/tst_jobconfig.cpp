#include "core/config/configvalidator.h"
#include "core/config/jobconfig.h"
#include "tests/testsupport/testenvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace sfsync;

namespace {

QByteArray contractExample()
{
    return R"({
  "version": 1,
  "name": "Contacts from the CRM export",
  "source": { "type": "csv", "path": "contacts.csv" },
  "actions": [
    {
      "name": "Upsert contacts",
      "object": "Contact",
      "operation": "upsert",
      "matchers": [ { "field": "Email", "column": "email" },
                    { "field": "Legacy_Id__c", "column": "legacy_id" } ],
      "matcherOperator": "or",
      "fields": [ { "field": "LastName", "column": "last_name" },
                  { "field": "LeadSource", "value": "Web" } ]
    }
  ]
})";
}

QStringList issueTexts(const ConfigIssues &issues)
{
    QStringList out;
    for (const ConfigIssue &i : issues)
        out.append(i.toString());
    return out;
}

ObjectDescribe loadDescribe(const QString &object)
{
    QFile f(QStringLiteral(SFSYNC_FIXTURES_DIR "/describe-%1.json").arg(object));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
    if (object == QLatin1String("Contact") || object == QLatin1String("Account")) {
        // The local org adds Legacy_Id__c by configuration; the validator sees it in the describe.
        QJsonArray fields = json.value(QLatin1String("fields")).toArray();
        fields.append(QJsonObject {{"name", "Legacy_Id__c"},
                                   {"label", "Legacy Id"},
                                   {"type", "string"},
                                   {"length", 40},
                                   {"externalId", true},
                                   {"unique", true},
                                   {"filterable", true},
                                   {"idLookup", true},
                                   {"nillable", true},
                                   {"createable", true},
                                   {"updateable", true},
                                   {"custom", true}});
        json.insert(QLatin1String("fields"), fields);
    }
    return ObjectDescribe::fromJson(json);
}

} // namespace

class tst_JobConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { sfsync::test::isolateEnvironment(QStringLiteral("tst_jobconfig")); }

    void loadsTheContractExample()
    {
        ConfigIssues issues;
        const JobConfig c = JobConfig::fromJson(contractExample(), QStringLiteral("/data/jobs"), &issues);
        QVERIFY2(issues.isEmpty(), qPrintable(issueTexts(issues).join('\n')));
        QCOMPARE(c.name, QStringLiteral("Contacts from the CRM export"));
        QCOMPARE(c.source.type, SourceConfig::Type::Csv);
        QCOMPARE(c.resolvedSourcePath(), QStringLiteral("/data/jobs/contacts.csv"));
        QCOMPARE(c.actions.size(), 1);
        const Action &a = c.actions.first();
        QCOMPARE(a.operation, Action::Operation::Upsert);
        QCOMPARE(a.matcherOperator, Action::MatcherOperator::Or);
        QCOMPARE(a.matchers.size(), 2);
        QCOMPARE(a.matchers.at(1).field, QStringLiteral("Legacy_Id__c"));
        QCOMPARE(a.matchers.at(1).column, QStringLiteral("legacy_id"));
        QVERIFY(a.fields.at(1).hasValue);
        QCOMPARE(a.fields.at(1).value, QStringLiteral("Web"));
        QCOMPARE(c.referencedColumns(), (QStringList {"email", "legacy_id", "last_name"}));
    }

    void roundTripsAndHashesStably()
    {
        ConfigIssues issues;
        JobConfig c = JobConfig::fromJson(contractExample(), QStringLiteral("/x"), &issues);
        c.actions[0].emptyAs = Action::EmptyAs::Null;
        c.actions[0].timeZone = QStringLiteral("Europe/Berlin");
        c.actions[0].dateFormat = QStringLiteral("dd.MM.yyyy");
        c.actions[0].batchSize = 50;
        c.actions[0].bulk = Action::BulkMode::On;
        c.actions[0].bulkThreshold = 500;
        c.actions[0].skipUnchanged = false;
        c.options.stopOnMalformedRow = true;
        c.options.concurrency = 2;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("job.json"));
        QVERIFY(c.save(path));
        ConfigIssues again;
        const JobConfig loaded = JobConfig::load(path, &again);
        QVERIFY2(again.isEmpty(), qPrintable(issueTexts(again).join('\n')));
        JobConfig expected = c;
        expected.baseDir = dir.path();
        QCOMPARE(loaded.baseDir, dir.path());
        QVERIFY(loaded == expected);
        QCOMPARE(loaded.hash(), c.hash());
        QVERIFY(c.toJsonBytes().contains("\"bulkThreshold\": 500"));
        QVERIFY(c.toJsonBytes().contains("\"skipUnchanged\": false"));
        c.actions[0].batchSize = 51;
        QVERIFY(loaded.hash() != c.hash());
    }

    void skipUnchangedIsOnUnlessTurnedOff()
    {
        ConfigIssues issues;
        JobConfig c = JobConfig::fromJson(contractExample(), QStringLiteral("/x"), &issues);
        QVERIFY(issues.isEmpty());
        QVERIFY(c.actions.at(0).skipUnchanged);
        // The default is not exported, so configs written before the key existed keep their hash (and their
        // interrupted runs stay resumable).
        const QByteArray json = c.toJsonBytes();
        QVERIFY(!json.contains("skipUnchanged"));
        const QString hash = c.hash();
        c.actions[0].skipUnchanged = false;
        QVERIFY(c.hash() != hash);
        const JobConfig again = JobConfig::fromJson(c.toJsonBytes(), QStringLiteral("/x"), &issues);
        QVERIFY(issues.isEmpty());
        QVERIFY(!again.actions.at(0).skipUnchanged);
        // Written out as true, it reads back as the default.
        QByteArray explicitTrue = json;
        explicitTrue.replace("\"operation\"", "\"skipUnchanged\": true, \"operation\"");
        const JobConfig on = JobConfig::fromJson(explicitTrue, QStringLiteral("/x"), &issues);
        QVERIFY2(issues.isEmpty(), qPrintable(issueTexts(issues).join('\n')));
        QVERIFY(on.actions.at(0).skipUnchanged);
        QCOMPARE(on.hash(), hash);
    }

    void exportHoldsNoSecret()
    {
        ConfigIssues issues;
        const JobConfig c = JobConfig::fromJson(contractExample(), QStringLiteral("/x"), &issues);
        const QByteArray json = c.toJsonBytes().toLower();
        for (const char *word : {"token", "password", "secret", "instance", "session", "bearer", "refresh"})
            QVERIFY2(!json.contains(word), word);
        // Only the contract's keys (and documented additions) can appear.
        const QJsonObject root = QJsonDocument::fromJson(c.toJsonBytes()).object();
        QCOMPARE(root.keys(), (QStringList {"actions", "name", "source", "version"}));
    }

    void unknownKeysAreErrorsWithTheirPath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("top") << QByteArray(
            R"({"version":1,"sourc":{},"source":{"type":"csv","path":"a.csv"},"actions":[]})")
                             << QStringLiteral("sourc: unknown key");
        QTest::newRow("source") << QByteArray(
            R"({"version":1,"source":{"type":"csv","path":"a.csv","delimeter":";"},"actions":[]})")
                                << QStringLiteral("source.delimeter: unknown key");
        QTest::newRow("matcher") << QByteArray(
            R"({"version":1,"source":{"type":"csv","path":"a.csv"},"actions":[{"object":"Contact","operation":"update","matchers":[{"field":"Email","colum":"e"}]}]})")
                                 << QStringLiteral("actions[0].matchers[0].colum: unknown key");
        QTest::newRow("field") << QByteArray(
            R"({"version":1,"source":{"type":"csv","path":"a.csv"},"actions":[{"object":"Contact","operation":"create","fields":[{"field":"LastName","column":"n","x":1}]}]})")
                               << QStringLiteral("actions[0].fields[0].x: unknown key");
        QTest::newRow("options") << QByteArray(
            R"({"version":1,"source":{"type":"csv","path":"a.csv"},"actions":[],"options":{"stopOnMalformedRows":true}})")
                                 << QStringLiteral("options.stopOnMalformedRows: unknown key");
        QTest::newRow("operator") << QByteArray(
            R"({"version":1,"source":{"type":"csv","path":"a.csv"},"actions":[{"object":"Lead","operation":"update","matchers":[{"field":"Email","column":"e"}],"matcherOperator":"NOR"}]})")
                                  << QStringLiteral("actions[0].matcherOperator: must be \"or\" or \"and\"");
        QTest::newRow("operation") << QByteArray(
            R"({"version":1,"source":{"type":"csv","path":"a.csv"},"actions":[{"object":"Lead","operation":"merge"}]})")
                                   << QStringLiteral(
                                          "actions[0].operation: must be \"create\", \"update\", "
                                          "\"upsert\", \"delete\" or \"hardDelete\", not \"merge\"");
        QTest::newRow("type") << QByteArray(
            R"({"version":1,"source":{"type":"csv","path":"a.csv"},"actions":{}})")
                              << QStringLiteral("actions: must be an array, not an object");
        QTest::newRow("json") << QByteArray("{\n\"version\": 1,\n}")
                              << QStringLiteral("invalid JSON at line 3");
        QTest::newRow("matcher value object") << QByteArray(
            R"({"version":1,"source":{"type":"csv","path":"a.csv"},"actions":[{"object":"Lead","operation":"update","matchers":[{"field":"Email","value":{"a":1}}]}]})")
                                              << QStringLiteral("actions[0].matchers[0].value: must be a "
                                                                "string, number or boolean");
    }

    void unknownKeysAreErrorsWithTheirPath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        ConfigIssues issues;
        JobConfig::fromJson(json, QString(), &issues);
        const QStringList texts = issueTexts(issues);
        bool found = false;
        for (const QString &t : texts)
            found = found || t.startsWith(expected);
        QVERIFY2(found, qPrintable(texts.join('\n')));
    }

    void shapeRules_data()
    {
        QTest::addColumn<QByteArray>("action");
        QTest::addColumn<QString>("expected");
        QTest::newRow("create with matchers") << QByteArray(
            R"({"object":"Contact","operation":"create","matchers":[{"field":"Email","column":"e"}],"fields":[{"field":"LastName","column":"n"}]})")
                                              << QStringLiteral(
                                                     "actions[0].matchers: create takes no matchers");
        QTest::newRow("update without matchers")
            << QByteArray(R"({"object":"Contact","operation":"update"})")
            << QStringLiteral("actions[0].matchers: update needs at least one matcher");
        QTest::newRow("column and value") << QByteArray(
            R"({"object":"Contact","operation":"delete","matchers":[{"field":"Email","column":"e","value":"x"}]})")
                                          << QStringLiteral("actions[0].matchers[0]: takes either a column "
                                                            "or a value, not both");
        QTest::newRow("neither") << QByteArray(
            R"({"object":"Contact","operation":"delete","matchers":[{"field":"Email"}]})")
                                 << QStringLiteral("actions[0].matchers[0]: needs a column or a value");
        QTest::newRow("injection object")
            << QByteArray(R"({"object":"Contact WHERE Id != null","operation":"create"})")
            << QStringLiteral("actions[0].object: \"Contact WHERE Id != null\" is not a valid object name");
        QTest::newRow("bad field name") << QByteArray(
            R"({"object":"Lead","operation":"update","matchers":[{"field":"email__c's!'","column":"e"}]})")
                                        << QStringLiteral("actions[0].matchers[0].field: \"email__c's!'\" is "
                                                          "not a valid field name");
        QTest::newRow("batch size") << QByteArray(
            R"({"object":"Contact","operation":"create","batchSize":201})")
                                    << QStringLiteral("actions[0].batchSize: must be between 1 and 200");
        QTest::newRow("bulk threshold")
            << QByteArray(R"({"object":"Contact","operation":"create","bulkThreshold":0})")
            << QStringLiteral("actions[0].bulkThreshold: must be between 1 and 100000");
        QTest::newRow("skipUnchanged type")
            << QByteArray(R"({"object":"Contact","operation":"update","skipUnchanged":"no"})")
            << QStringLiteral("actions[0].skipUnchanged: must be true or false, not a string");
        QTest::newRow("bulk mode") << QByteArray(R"({"object":"Contact","operation":"create","bulk":"yes"})")
                                   << QStringLiteral("actions[0].bulk: must be \"auto\", \"on\" or \"off\"");
        QTest::newRow("time zone")
            << QByteArray(R"({"object":"Contact","operation":"create","timeZone":"Mars/Olympus"})")
            << QStringLiteral("actions[0].timeZone: \"Mars/Olympus\" is not a known time zone");
        QTest::newRow("delete fields") << QByteArray(
            R"({"object":"Contact","operation":"delete","matchers":[{"field":"Id","column":"id"}],"fields":[{"field":"LastName","value":"x"}]})")
                                       << QStringLiteral("actions[0].fields: delete takes no fields");
        QTest::newRow("duplicate field") << QByteArray(
            R"({"object":"Contact","operation":"create","fields":[{"field":"LastName","value":"x"},{"field":"lastname","value":"y"}]})")
                                         << QStringLiteral("actions[0].fields[1].field: lastname is already "
                                                           "written by this action");
    }

    void shapeRules()
    {
        QFETCH(QByteArray, action);
        QFETCH(QString, expected);
        const QByteArray json =
            R"({"version":1,"source":{"type":"csv","path":"a.csv"},"actions":[)" + action + "]}";
        ConfigIssues issues;
        JobConfig::fromJson(json, QString(), &issues);
        QVERIFY2(issueTexts(issues).contains(expected), qPrintable(issueTexts(issues).join('\n')));
    }

    void validatesAgainstMetadata()
    {
        const QByteArray json = R"({"version":1,"source":{"type":"csv","path":"a.csv"},"actions":[
            {"object":"Contact","operation":"create","fields":[{"field":"FirstName","column":"f"}]},
            {"object":"Contact","operation":"update","matchers":[{"field":"Description","column":"d"}],
             "fields":[{"field":"Nope__c","column":"x"},{"field":"Birthdate","value":"31.12.2020"},
                       {"field":"Id","column":"id"}]},
            {"object":"Widget__c","operation":"delete","matchers":[{"field":"Id","column":"id"}]},
            {"object":"Account","operation":"upsert","matchers":[{"field":"NumberOfEmployees","value":"many"}],
             "fields":[{"field":"Name","column":"n"}]}]})";
        ConfigIssues issues;
        const JobConfig c = JobConfig::fromJson(json, QString(), &issues);
        // "Id" among fields is a shape error; the rest is for the metadata check.
        QCOMPARE(issueTexts(issues),
                 QStringList {"actions[1].fields[2].field: Id cannot be written; use it as a matcher"});
        QHash<QString, ObjectDescribe> objects;
        objects.insert(QStringLiteral("Contact"), loadDescribe(QStringLiteral("Contact")));
        objects.insert(QStringLiteral("Account"), loadDescribe(QStringLiteral("Account")));
        QVERIFY(objects.value("Contact").isValid());
        const QStringList texts = issueTexts(ConfigValidator::validate(c, objects));
        QVERIFY2(texts.contains("actions[0].fields: Contact requires LastName when creating records"),
                 qPrintable(texts.join('\n')));
        QVERIFY(texts.contains("actions[1].matchers[0].field: Description is not filterable on Contact"));
        QVERIFY(texts.contains("actions[1].fields[0].field: Nope__c is not a field of Contact"));
        QVERIFY(texts.contains("actions[1].fields[1].value: \"31.12.2020\" is not a date (YYYY-MM-DD)"));
        QVERIFY(texts.contains("actions[2].object: Widget__c is not an object of this org"));
        QVERIFY(texts.contains("actions[3].matchers[0].value: \"many\" is not a whole number"));
    }

    void sourceEncodingRoundTrips_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("saved");
        QTest::newRow("canonical") << QStringLiteral("Windows-1252") << QStringLiteral("Windows-1252");
        QTest::newRow("alias") << QStringLiteral("cp1252") << QStringLiteral("Windows-1252");
        QTest::newRow("case and dashes") << QStringLiteral("utf_16le") << QStringLiteral("UTF-16LE");
        QTest::newRow("latin1") << QStringLiteral("Latin1") << QStringLiteral("ISO-8859-1");
        QTest::newRow("latin9") << QStringLiteral("iso-8859-15") << QStringLiteral("ISO-8859-15");
        QTest::newRow("utf-32") << QStringLiteral("UTF-32") << QStringLiteral("UTF-32");
        QTest::newRow("default is not written") << QStringLiteral("utf8") << QString();
    }

    void sourceEncodingRoundTrips()
    {
        QFETCH(QString, written);
        QFETCH(QString, saved);
        // Built as an object: a raw string ending in a quote before its closing delimiter trips moc.
        const QJsonObject source {{QStringLiteral("type"), QStringLiteral("csv")},
                                  {QStringLiteral("path"), QStringLiteral("a.csv")},
                                  {QStringLiteral("encoding"), written}};
        const QJsonObject field {{QStringLiteral("field"), QStringLiteral("LastName")},
                                 {QStringLiteral("column"), QStringLiteral("n")}};
        const QJsonObject action {{QStringLiteral("object"), QStringLiteral("Contact")},
                                  {QStringLiteral("operation"), QStringLiteral("create")},
                                  {QStringLiteral("fields"), QJsonArray {field}}};
        const QJsonObject json {{QStringLiteral("version"), 1},
                                {QStringLiteral("source"), source},
                                {QStringLiteral("actions"), QJsonArray {action}}};
        ConfigIssues issues;
        const JobConfig c = JobConfig::fromJson(json, QString(), &issues);
        QVERIFY2(issues.isEmpty(), qPrintable(issueTexts(issues).join('\n')));
        const QJsonObject exported =
            QJsonDocument::fromJson(c.toJsonBytes()).object().value(QLatin1String("source")).toObject();
        QCOMPARE(exported.value(QLatin1String("encoding")).toString(), saved);
        QCOMPARE(exported.contains(QLatin1String("encoding")), !saved.isEmpty());
        ConfigIssues again;
        const JobConfig reloaded = JobConfig::fromJson(c.toJsonBytes(), QString(), &again);
        QVERIFY(again.isEmpty());
        QCOMPARE(reloaded.source.encoding, c.source.encoding);
        QVERIFY(reloaded == c);
    }

    void sourceEncodingErrors()
    {
        ConfigIssues issues;
        JobConfig::fromJson(
            QByteArray(
                R"({"version":1,"source":{"type":"csv","path":"a.csv","encoding":"cp850"},"actions":[]})"),
            QString(), &issues);
        QVERIFY2(
            issueTexts(issues).contains(QStringLiteral(
                "source.encoding: \"cp850\" is not a supported encoding; use one of UTF-8, UTF-16, UTF-16LE, "
                "UTF-16BE, UTF-32, UTF-32LE, UTF-32BE, ISO-8859-1, Windows-1252, ISO-8859-15")),
            qPrintable(issueTexts(issues).join('\n')));
        ConfigIssues ndjson;
        JobConfig::fromJson(
            QByteArray(
                R"({"version":1,"source":{"type":"ndjson","path":"a.ndjson","encoding":"latin1"},"actions":[{"object":"Contact","operation":"create","fields":[{"field":"LastName","column":"n"}]}]})"),
            QString(), &ndjson);
        QCOMPARE(issueTexts(ndjson), QStringList {"source.encoding: only a csv source takes an encoding"});
        ConfigIssues number;
        JobConfig::fromJson(
            QByteArray(
                R"({"version":1,"source":{"type":"csv","path":"a.csv","encoding":1252},"actions":[]})"),
            QString(), &number);
        QCOMPARE(issueTexts(number), QStringList {"source.encoding: must be a string, not a number"});
    }

    // Field mappings by a parent's key ("Account.Legacy_Id__c"): spelled as Bulk API 2.0 headers spell them,
    // checked against the child's and the parent's describes, every problem named exactly.
    void validatesParentKeys_data()
    {
        QTest::addColumn<QByteArray>("action");
        QTest::addColumn<QString>("expected"); // empty: valid
        // Returns a QByteArray, not the QStringBuilder of `a + ...`, which would outlive `a`.
        const auto contact = [](const char *operation, const char *fields,
                                const char *matchers = nullptr) -> QByteArray {
            QByteArray a = "{\"object\":\"Contact\",\"operation\":\"" + QByteArray(operation) + "\"";
            if (matchers)
                a += R"(,"matchers":[)" + QByteArray(matchers) + "]";
            return a + R"(,"fields":[{"field":"LastName","column":"n"},)" + QByteArray(fields) + "]}";
        };
        const char *byEmail = R"({"field":"Email","column":"e"})";
        QTest::newRow("account by external id")
            << contact("create", R"({"field":"Account.Legacy_Id__c","column":"a"})") << QString();
        QTest::newRow("any case, upsert")
            << contact("upsert", R"({"field":"account.legacy_id__c","column":"a"})", byEmail) << QString();
        QTest::newRow("reports to by idLookup e-mail")
            << contact("update", R"({"field":"ReportsTo.Email","column":"r"})", byEmail) << QString();
        QTest::newRow("constant key")
            << contact("create", R"({"field":"Account.Legacy_Id__c","value":"ACC-1"})") << QString();
        QTest::newRow("explicit type of a plain reference")
            << contact("create", R"({"field":"Account:Account.Legacy_Id__c","column":"a"})") << QString();
        QTest::newRow("unknown relationship")
            << contact("create", R"({"field":"Acount.Legacy_Id__c","column":"a"})")
            << QStringLiteral("actions[0].fields[1].field: Acount is not a relationship of Contact");
        QTest::newRow("reference field name instead of relationship")
            << contact("create", R"({"field":"AccountId.Legacy_Id__c","column":"a"})")
            << QStringLiteral("actions[0].fields[1].field: AccountId is not a relationship of Contact");
        QTest::newRow("parent field is no key")
            << contact("create", R"({"field":"Account.Name","column":"a"})")
            << QStringLiteral("actions[0].fields[1].field: Name of Account is neither an External ID nor an "
                              "idLookup field, so it cannot identify the parent");
        QTest::newRow("unknown parent field")
            << contact("create", R"({"field":"Account.Nope__c","column":"a"})")
            << QStringLiteral("actions[0].fields[1].field: Nope__c is not a field of Account");
        QTest::newRow("reference not createable")
            << contact("create", R"({"field":"MasterRecord.Email","column":"m"})")
            << QStringLiteral(
                   "actions[0].fields[1].field: MasterRecordId cannot be set when creating Contact "
                   "records");
        QTest::newRow("reference not updateable")
            << contact("update", R"({"field":"MasterRecord.Email","column":"m"})", byEmail)
            << QStringLiteral("actions[0].fields[1].field: MasterRecordId cannot be changed when updating "
                              "Contact records");
        QTest::newRow("written twice")
            << contact("create",
                       R"({"field":"AccountId","column":"id"},{"field":"Account.Legacy_Id__c","column":"a"})")
            << QStringLiteral("actions[0].fields[2].field: AccountId is already written by this action");
        QTest::newRow("constant of the key's type") << QByteArray(
            R"({"object":"Contact","operation":"create","fields":[{"field":"LastName","column":"n"},{"field":"Owner.Username","value":"x"}]})")
                                                    << QString();
        QTest::newRow("polymorphic without parent object") << QByteArray(
            R"({"object":"Event","operation":"update","matchers":[{"field":"Id","column":"id"}],"fields":[{"field":"Who.Email","column":"w"}]})")
                                                           << QStringLiteral(
                                                                  "actions[0].fields[0].field: Who is "
                                                                  "polymorphic (Contact, Lead): name the "
                                                                  "parent "
                                                                  "object, e.g. Contact:Who.Email");
        QTest::newRow("polymorphic with parent object") << QByteArray(
            R"({"object":"Event","operation":"update","matchers":[{"field":"Id","column":"id"}],"fields":[{"field":"Lead:Who.Email","column":"w"}]})")
                                                        << QString();
        QTest::newRow("polymorphic with a parent it cannot point to") << QByteArray(
            R"({"object":"Event","operation":"update","matchers":[{"field":"Id","column":"id"}],"fields":[{"field":"Account:Who.Legacy_Id__c","column":"w"}]})")
                                                                      << QStringLiteral(
                                                                             "actions[0].fields[0].field: "
                                                                             "Who cannot point to Account "
                                                                             "(only to Contact, Lead)");
    }

    void validatesParentKeys()
    {
        QFETCH(QByteArray, action);
        QFETCH(QString, expected);
        const QByteArray json =
            R"({"version":1,"source":{"type":"csv","path":"a.csv"},"actions":[)" + action + "]}";
        ConfigIssues issues;
        const JobConfig c = JobConfig::fromJson(json, QString(), &issues);
        QVERIFY2(issues.isEmpty(), qPrintable(issueTexts(issues).join('\n')));
        QHash<QString, ObjectDescribe> objects;
        for (const char *name : {"Contact", "Event"})
            objects.insert(QLatin1String(name), loadDescribe(QLatin1String(name)));
        // The parents' describes are asked for once the actions' objects are known.
        QStringList parents = ConfigValidator::missingParentObjects(c, objects);
        for (const QString &parent : std::as_const(parents))
            objects.insert(parent, loadDescribe(parent));
        const QStringList texts = issueTexts(ConfigValidator::validate(c, objects));
        if (expected.isEmpty())
            QVERIFY2(texts.isEmpty(), qPrintable(texts.join('\n')));
        else
            QVERIFY2(texts.contains(expected), qPrintable(texts.join('\n')));
    }

    void parentKeySpelling_data()
    {
        QTest::addColumn<QByteArray>("mapping");
        QTest::addColumn<QString>("expected");
        QTest::newRow("matcher") << QByteArray(
            R"("matchers":[{"field":"Account.Legacy_Id__c","column":"a"}])")
                                 << QStringLiteral(
                                        "actions[0].matchers[0].field: a parent's key "
                                        "(Account.Legacy_Id__c) cannot be a matcher; map it as a field");
        QTest::newRow("grandparent") << QByteArray(
            R"("matchers":[{"field":"Id","column":"i"}],"fields":[{"field":"Account.Owner.Email","column":"a"}])")
                                     << QStringLiteral("actions[0].fields[0].field: \"Account.Owner.Email\" "
                                                       "is not a valid parent key: write "
                                                       "Relationship.KeyField (Account.Legacy_Id__c), or "
                                                       "Object:Relationship.KeyField for "
                                                       "a polymorphic reference (User:Owner.Email)");
        QTest::newRow("Data Loader's colon") << QByteArray(
            R"("matchers":[{"field":"Id","column":"i"}],"fields":[{"field":"Account:Legacy_Id__c","column":"a"}])")
                                             << QStringLiteral(
                                                    "actions[0].fields[0].field: \"Account:Legacy_Id__c\" is "
                                                    "not a valid parent key: write "
                                                    "Relationship.KeyField (Account.Legacy_Id__c), or "
                                                    "Object:Relationship.KeyField for "
                                                    "a polymorphic reference (User:Owner.Email)");
    }

    void parentKeySpelling()
    {
        QFETCH(QByteArray, mapping);
        QFETCH(QString, expected);
        const QByteArray json =
            R"({"version":1,"source":{"type":"csv","path":"a.csv"},"actions":[{"object":"Contact","operation":"update",)"
            + mapping + "}]}";
        ConfigIssues issues;
        JobConfig::fromJson(json, QString(), &issues);
        QCOMPARE(issueTexts(issues), QStringList {expected});
    }

    void validatesColumnsAgainstTheSource()
    {
        ConfigIssues issues;
        const JobConfig c = JobConfig::fromJson(contractExample(), QString(), &issues);
        const QStringList texts = issueTexts(ConfigValidator::validateColumns(c, {"email", "last_name"}));
        QCOMPARE(texts,
                 QStringList {"actions[0].matchers[1].column: the source has no column \"legacy_id\""});
    }

    void theSampleConfigIsValid()
    {
        ConfigIssues issues;
        const JobConfig c = JobConfig::load(
            sfsync::test::sourcePath(QStringLiteral("resources/samples/contacts-job.json")), &issues);
        QVERIFY2(issues.isEmpty(), qPrintable(issueTexts(issues).join('\n')));
        QVERIFY(QFile::exists(c.resolvedSourcePath()));
        QHash<QString, ObjectDescribe> objects;
        objects.insert(QStringLiteral("Contact"), loadDescribe(QStringLiteral("Contact")));
        objects.insert(QStringLiteral("Lead"), loadDescribe(QStringLiteral("Lead")));
        const QStringList texts = issueTexts(ConfigValidator::validate(c, objects));
        QVERIFY2(texts.isEmpty(), qPrintable(texts.join('\n')));
    }
};

QTEST_GUILESS_MAIN(tst_JobConfig)
#include "tst_jobconfig.moc"
