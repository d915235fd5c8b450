// sfsync-run validate: offline checks, checks against a local org's metadata (every problem with its JSON
// path, exit code 2), and the --json report.
#include "tests/testsupport/cliorg.h"
#include "tests/testsupport/clirun.h"
#include "tests/testsupport/testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using sfsync::test::CliOrg;
using sfsync::test::CliResult;
using sfsync::test::CliRun;

namespace {

const QByteArray goodConfig = R"({
  "version": 1,
  "source": { "type": "csv", "path": "rows.csv" },
  "actions": [
    { "name": "Contacts", "object": "Contact", "operation": "upsert",
      "matchers": [ { "field": "Email", "column": "email" } ],
      "fields": [ { "field": "LastName", "column": "last_name" } ] }
  ]
})";

// Description cannot be a matcher (not filterable), Nope__c does not exist, `phone` is not a column.
const QByteArray badConfig = R"({
  "version": 1,
  "source": { "type": "csv", "path": "rows.csv" },
  "actions": [
    { "name": "Contacts", "object": "Contact", "operation": "update",
      "matchers": [ { "field": "Description", "column": "email" } ],
      "fields": [ { "field": "Nope__c", "column": "last_name" },
                  { "field": "Phone", "column": "phone" } ] }
  ]
})";

} // namespace

class TestCliValidate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validOffline();
    void validAgainstOrg();
    void problemsAgainstOrgWithPaths();
    void jsonReport();
    void missingColumnOffline();

private:
    std::unique_ptr<CliOrg> m_org;
    QString m_good;
    QString m_bad;
};

void TestCliValidate::initTestCase()
{
    sfsync::test::isolateEnvironment(QStringLiteral("tst_cli_validate"));
    m_org = std::make_unique<CliOrg>();
    QString error;
    QVERIFY2(m_org->start(&error), qPrintable(error));
    m_org->writeFile(QStringLiteral("rows.csv"), "email,last_name\na@example.com,Lovelace\n");
    m_good = m_org->writeFile(QStringLiteral("good.json"), goodConfig);
    m_bad = m_org->writeFile(QStringLiteral("bad.json"), badConfig);
}

void TestCliValidate::validOffline()
{
    CliRun cli;
    const CliResult r = cli.run({QStringLiteral("validate"), m_good});
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY2(r.outText().contains(QLatin1String("is valid (checked offline")), r.describe());
}

void TestCliValidate::validAgainstOrg()
{
    CliRun cli;
    cli.setToken(CliOrg::token());
    m_org->org().resetCounters();
    const CliResult r = cli.run(QStringList {QStringLiteral("validate"), m_good} + m_org->connectArgs());
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY2(r.outText().contains(QLatin1String("is valid for ")), r.describe());
    QVERIFY(
        m_org->org().apiCallsByEndpoint().keys().join(QLatin1Char(' ')).contains(QLatin1String("describe")));
}

void TestCliValidate::problemsAgainstOrgWithPaths()
{
    CliRun cli;
    cli.setToken(CliOrg::token());
    const CliResult r = cli.run(QStringList {QStringLiteral("validate"), m_bad} + m_org->connectArgs());
    QVERIFY2(r.exitCode == 2, r.describe());
    const QString err = r.errText();
    QVERIFY2(err.contains(QLatin1String("bad.json: actions[0].matchers[0].field: ")), r.describe());
    QVERIFY2(err.contains(QLatin1String("bad.json: actions[0].fields[0].field: ")), r.describe());
    QVERIFY2(err.contains(QLatin1String("bad.json: actions[0].fields[1].column: ")), r.describe());
    QVERIFY2(err.contains(QLatin1String("has 3 problems")), r.describe());
}

void TestCliValidate::jsonReport()
{
    CliRun cli;
    cli.setToken(CliOrg::token());
    const CliResult r = cli.run(QStringList {QStringLiteral("validate"), m_bad, QStringLiteral("--json")}
                                + m_org->connectArgs());
    QVERIFY2(r.exitCode == 2, r.describe());
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(report.value(QLatin1String("valid")).toBool(true), false);
    QCOMPARE(report.value(QLatin1String("checkedAgainstOrg")).toBool(), true);
    QStringList paths;
    for (const QJsonValue &v : report.value(QLatin1String("issues")).toArray()) {
        paths.append(v.toObject().value(QLatin1String("path")).toString());
        QVERIFY(!v.toObject().value(QLatin1String("message")).toString().isEmpty());
    }
    QVERIFY2(paths.contains(QStringLiteral("actions[0].matchers[0].field")),
             qPrintable(paths.join(QLatin1Char(' '))));
    QVERIFY2(paths.contains(QStringLiteral("actions[0].fields[0].field")),
             qPrintable(paths.join(QLatin1Char(' '))));
    QVERIFY2(paths.contains(QStringLiteral("actions[0].fields[1].column")),
             qPrintable(paths.join(QLatin1Char(' '))));
}

void TestCliValidate::missingColumnOffline()
{
    CliRun cli;
    const CliResult r = cli.run({QStringLiteral("validate"), m_bad});
    QVERIFY2(r.exitCode == 2, r.describe());
    // Offline: only what the file and the source can tell.
    QVERIFY2(r.errText().contains(QLatin1String("actions[0].fields[1].column: ")), r.describe());
    QVERIFY(!r.errText().contains(QLatin1String("actions[0].fields[0].field: ")));
}

QTEST_GUILESS_MAIN(TestCliValidate)
#include "tst_cli_validate.moc"
