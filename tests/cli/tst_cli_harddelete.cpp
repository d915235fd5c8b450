// sfsync-run run with a hardDelete action: refused (exit code 2, nothing sent) until --yes or the action's
// "confirmHardDelete" confirms it; then the records are gone for good. A user without the "Bulk API Hard
// Delete" permission gets exit code 2 and no Bulk job.
#include "localorg/data/recordstore.h"
#include "tests/testsupport/cliorg.h"
#include "tests/testsupport/clirun.h"
#include "tests/testsupport/testenvironment.h"

#include <QDir>
#include <QJsonObject>
#include <QTest>

using sfsync::test::CliOrg;
using sfsync::test::CliResult;
using sfsync::test::CliRun;

namespace {

QByteArray hardDeleteConfig(bool confirmed)
{
    return QByteArray(R"({
  "version": 1,
  "source": { "type": "csv", "path": "rows.csv" },
  "actions": [
    { "name": "Erase contacts", "object": "Contact", "operation": "hardDelete",
      "matchers": [ { "field": "Email", "column": "email" } ])")
        + (confirmed ? ", \"confirmHardDelete\": true" : "") + "\n    }\n  ]\n}\n";
}

} // namespace

class TestCliHardDelete : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { sfsync::test::isolateEnvironment(QStringLiteral("tst_cli_harddelete")); }
    void init();
    void cleanup() { m_org.reset(); }

    void refusedWithoutConfirmation();
    void yesConfirms();
    void configConfirms();
    void missingPermissionIsAConfigProblem();

private:
    CliResult run(const QString &config, const QStringList &extra = {});
    int contactsLeft(bool includeDeleted);

    std::unique_ptr<CliOrg> m_org;
};

void TestCliHardDelete::init()
{
    m_org = std::make_unique<CliOrg>();
    QString error;
    QVERIFY2(m_org->start(&error), qPrintable(error));
    QVERIFY(!m_org->createContact(QStringLiteral("One"), QStringLiteral("one@example.com")).isEmpty());
    QVERIFY(!m_org->createContact(QStringLiteral("Two"), QStringLiteral("two@example.com")).isEmpty());
    QVERIFY(!m_org->createContact(QStringLiteral("Keep"), QStringLiteral("keep@example.com")).isEmpty());
    m_org->writeFile(QStringLiteral("rows.csv"), "email\none@example.com\ntwo@example.com\n");
    m_org->writeFile(QStringLiteral("plain.json"), hardDeleteConfig(false));
    m_org->writeFile(QStringLiteral("confirmed.json"), hardDeleteConfig(true));
    m_org->org().resetCounters();
}

CliResult TestCliHardDelete::run(const QString &config, const QStringList &extra)
{
    CliRun cli;
    cli.setToken(CliOrg::token());
    return cli.run(QStringList {QStringLiteral("run"), QDir(m_org->dir()).filePath(config)} + extra
                   + m_org->connectArgs());
}

int TestCliHardDelete::contactsLeft(bool includeDeleted)
{
    return m_org->org().records().count(QStringLiteral("Contact"), includeDeleted);
}

void TestCliHardDelete::refusedWithoutConfirmation()
{
    const CliResult r = run(QStringLiteral("plain.json"));
    QVERIFY2(r.exitCode == 2, r.describe());
    QVERIFY2(r.errText().contains(QLatin1String("--yes")), r.describe());
    QVERIFY2(r.errText().contains(QLatin1String("confirmHardDelete")), r.describe());
    QVERIFY2(r.errText().contains(QLatin1String("actions[0]")), r.describe());
    // Nothing was asked of the org, let alone written.
    QCOMPARE(m_org->org().apiCalls(), 0);
    QCOMPARE(contactsLeft(true), 3);
}

void TestCliHardDelete::yesConfirms()
{
    const CliResult r = run(QStringLiteral("plain.json"), {QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY2(r.outText().contains(QLatin1String("deleted 2")), r.describe());
    // Erased for good: not even in the recycle bin.
    QCOMPARE(contactsLeft(true), 1);
    QVERIFY(m_org->org().requestsTo(QStringLiteral("POST jobs/ingest")) >= 1);
}

void TestCliHardDelete::configConfirms()
{
    const CliResult r = run(QStringLiteral("confirmed.json"));
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(contactsLeft(true), 1);
}

void TestCliHardDelete::missingPermissionIsAConfigProblem()
{
    m_org->org().setUserPermission(QStringLiteral("PermissionsBulkApiHardDelete"), false);
    const CliResult r = run(QStringLiteral("confirmed.json"));
    QVERIFY2(r.exitCode == 2, r.describe());
    QVERIFY2(r.errText().contains(QLatin1String("'Bulk API Hard Delete'")), r.describe());
    QCOMPARE(m_org->org().requestsTo(QStringLiteral("POST jobs/ingest")), 0);
    QCOMPARE(contactsLeft(false), 3);
}

QTEST_GUILESS_MAIN(TestCliHardDelete)
#include "tst_cli_harddelete.moc"
