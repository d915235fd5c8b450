// sfsync-run describe against a local org: the object list, one object's fields with the flags that matter
// for matchers, --json for scripts, --matchers, and an unknown object.
#include "tests/testsupport/cliorg.h"
#include "tests/testsupport/clirun.h"
#include "tests/testsupport/testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using sfsync::test::CliOrg;
using sfsync::test::CliResult;
using sfsync::test::CliRun;

class TestCliDescribe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsObjects();
    void listsObjectsAsJson();
    void fieldsWithFlags();
    void fieldsAsJson();
    void matchersOnly();
    void unknownObjectIsUsageError();

private:
    CliResult describe(const QStringList &arguments);
    std::unique_ptr<CliOrg> m_org;
};

void TestCliDescribe::initTestCase()
{
    sfsync::test::isolateEnvironment(QStringLiteral("tst_cli_describe"));
    m_org = std::make_unique<CliOrg>();
    QString error;
    QVERIFY2(m_org->start(&error), qPrintable(error));
}

CliResult TestCliDescribe::describe(const QStringList &arguments)
{
    CliRun cli;
    cli.setToken(CliOrg::token());
    return cli.run(QStringList {QStringLiteral("describe")} + arguments + m_org->connectArgs());
}

void TestCliDescribe::listsObjects()
{
    const CliResult r = describe({});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QStringList lines = r.outText().split(QLatin1Char('\n'));
    QVERIFY(lines.first().startsWith(QLatin1String("NAME ")));
    static const QRegularExpression contact(
        QStringLiteral("^Contact\\s+Contact\\s+-\\s+yes\\s+yes\\s+yes\\s+yes$"));
    static const QRegularExpression custom(
        QStringLiteral("^Custom__c\\s+.*\\s+yes\\s+yes\\s+yes\\s+yes\\s+yes$"));
    QVERIFY2(!lines.filter(contact).isEmpty(), r.describe());
    QVERIFY2(!lines.filter(custom).isEmpty(), r.describe());
    QVERIFY2(r.errText().contains(QLatin1String(" objects. Fields of one")), r.describe());
}

void TestCliDescribe::listsObjectsAsJson()
{
    const CliResult r = describe({QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.describe());
    QJsonParseError parseError;
    const QJsonArray objects = QJsonDocument::fromJson(r.out, &parseError).array();
    QVERIFY2(parseError.error == QJsonParseError::NoError, r.describe());
    bool found = false;
    for (const QJsonValue &v : objects) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("name")).toString() == QLatin1String("Contact")) {
            found = true;
            QCOMPARE(o.value(QLatin1String("keyPrefix")).toString(), QStringLiteral("003"));
            QVERIFY(o.value(QLatin1String("createable")).toBool());
            QVERIFY(!o.value(QLatin1String("custom")).toBool());
        }
    }
    QVERIFY(found);
}

void TestCliDescribe::fieldsWithFlags()
{
    const CliResult r = describe({QStringLiteral("Contact")});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QStringList lines = r.outText().split(QLatin1Char('\n'));
    QVERIFY2(lines.first().contains(
                 QRegularExpression(QStringLiteral("^FIELD\\s+TYPE\\s+FILTERABLE\\s+EXTERNAL_ID\\s+ID_"
                                                   "LOOKUP\\s+UNIQUE\\s+CREATEABLE\\s+UPDATEABLE\\s+"
                                                   "REQUIRED\\s+LABEL$"))),
             qPrintable(lines.first()));
    // FIELD TYPE FILTERABLE EXTERNAL_ID ID_LOOKUP UNIQUE CREATEABLE UPDATEABLE REQUIRED LABEL
    auto row = [&lines](const QString &pattern) {
        return !lines.filter(QRegularExpression(pattern)).isEmpty();
    };
    QVERIFY2(
        row(QStringLiteral("^Email\\s+email\\(80\\)\\s+yes\\s+-\\s+yes\\s+-\\s+yes\\s+yes\\s+-\\s+Email$")),
        r.describe());
    QVERIFY2(row(QStringLiteral(
                 "^LastName\\s+string\\(80\\)\\s+yes\\s+-\\s+-\\s+-\\s+yes\\s+yes\\s+yes\\s+Last Name$")),
             r.describe());
    QVERIFY2(row(QStringLiteral("^Description\\s+textarea\\(32000\\)\\s+-\\s+")), r.describe());
    QVERIFY2(row(QStringLiteral("^Legacy_Id__c\\s+\\S+\\s+yes\\s+yes\\s+")), r.describe());
}

void TestCliDescribe::fieldsAsJson()
{
    const CliResult r = describe({QStringLiteral("contact"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QJsonObject object = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(object.value(QLatin1String("name")).toString(), QStringLiteral("Contact"));
    QHash<QString, QJsonObject> fields;
    for (const QJsonValue &v : object.value(QLatin1String("fields")).toArray()) {
        fields.insert(v.toObject().value(QLatin1String("name")).toString(), v.toObject());
    }
    QVERIFY(fields.contains(QStringLiteral("Email")));
    const QJsonObject email = fields.value(QStringLiteral("Email"));
    QCOMPARE(email.value(QLatin1String("type")).toString(), QStringLiteral("email"));
    QVERIFY(email.value(QLatin1String("filterable")).toBool());
    QVERIFY(email.value(QLatin1String("idLookup")).toBool());
    QVERIFY(!email.value(QLatin1String("externalId")).toBool());
    QVERIFY(!email.value(QLatin1String("requiredOnCreate")).toBool());
    QVERIFY(fields.value(QStringLiteral("LastName")).value(QLatin1String("requiredOnCreate")).toBool());
    QVERIFY(fields.value(QStringLiteral("Legacy_Id__c")).value(QLatin1String("externalId")).toBool());
    QVERIFY(!fields.value(QStringLiteral("Description")).value(QLatin1String("filterable")).toBool());
    QCOMPARE(fields.value(QStringLiteral("AccountId")).value(QLatin1String("referenceTo")).toArray(),
             QJsonArray {QStringLiteral("Account")});
}

void TestCliDescribe::matchersOnly()
{
    const CliResult r =
        describe({QStringLiteral("Contact"), QStringLiteral("--matchers"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QJsonArray fields =
        QJsonDocument::fromJson(r.out).object().value(QLatin1String("fields")).toArray();
    QVERIFY(fields.size() > 5);
    for (const QJsonValue &v : fields) {
        QVERIFY2(v.toObject().value(QLatin1String("filterable")).toBool(),
                 qPrintable(v.toObject().value(QLatin1String("name")).toString()));
    }
}

void TestCliDescribe::unknownObjectIsUsageError()
{
    const CliResult r = describe({QStringLiteral("NoSuchThing__c")});
    QVERIFY2(r.exitCode == 2, r.describe());
    QVERIFY2(r.errText().contains(QLatin1String("no object named 'NoSuchThing__c'")), r.describe());
    QVERIFY2(r.errText().contains(QLatin1String("sfsync-run describe")), r.describe());
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliDescribe)
#include "tst_cli_describe.moc"
