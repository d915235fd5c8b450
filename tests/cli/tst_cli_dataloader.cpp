// sfsync-run import-dataloader: a Data Loader process-conf.xml and its .sdl files (tests/config/dataloader)
// turned into job configs that `sfsync-run run` then runs against a local org (accounts upserted by their
// legacy id, contacts inserted and linked to them through the mapping's Account:Legacy_Id__c lookup); the
// report of settings not carried; an .sdl alone; bad input with exit code 2 and no job written.
#include "localorg/data/recordstore.h"
#include "tests/testsupport/cliorg.h"
#include "tests/testsupport/clirun.h"
#include "tests/testsupport/testenvironment.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using sfsync::test::CliOrg;
using sfsync::test::CliResult;
using sfsync::test::CliRun;

class TestCliDataLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { sfsync::test::isolateEnvironment(QStringLiteral("tst_cli_dataloader")); }
    void init();
    void cleanup() { m_org.reset(); }

    void importedJobsRun();
    void mappingFileAlone();
    void badInput();

private:
    CliResult run(const QStringList &arguments);
    QString path(const QString &name) const { return QDir(m_org->dir()).filePath(name); }

    std::unique_ptr<CliOrg> m_org;
};

void TestCliDataLoader::init()
{
    m_org = std::make_unique<CliOrg>();
    QString error;
    QVERIFY2(m_org->start(&error), qPrintable(error));
    // The fixtures, copied: the jobs and their results are written beside them.
    const QDir from(QStringLiteral(SFSYNC_DATALOADER_FIXTURES));
    QDirIterator it(from.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = path(QStringLiteral("dl/") + from.relativeFilePath(file));
        QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
        QVERIFY(QFile::copy(file, target));
    }
}

CliResult TestCliDataLoader::run(const QStringList &arguments)
{
    CliRun cli;
    cli.setToken(CliOrg::token());
    cli.setWorkingDirectory(path(QStringLiteral("dl")));
    return cli.run(arguments);
}

void TestCliDataLoader::importedJobsRun()
{
    const QString conf = path(QStringLiteral("dl/process-conf.xml"));
    CliResult r = run({QStringLiteral("import-dataloader"), conf, QStringLiteral("--bean"),
                       QStringLiteral("accountUpsert"), QStringLiteral("-o"),
                       path(QStringLiteral("dl/accounts.json"))});
    QVERIFY2(r.exitCode == 0, r.describe());
    // The report: every setting not carried, by bean and key; never the password.
    for (const char *key :
         {"accountUpsert: sfdc.endpoint", "accountUpsert: sfdc.password",
          "accountUpsert: process.outputSuccess", "accountUpsert: process.initialLastRunDate"})
        QVERIFY2(r.errText().contains(QLatin1String(key)), r.describe());
    QVERIFY2(!r.errText().contains(QLatin1String("4e9b3c0d11aa2f7e")), r.describe());
    QVERIFY(r.out.isEmpty());
    QFile json(path(QStringLiteral("dl/accounts.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject accounts = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(accounts.value(QLatin1String("source")).toObject().value(QLatin1String("path")).toString(),
             QStringLiteral("data/accounts.csv"));

    r = run(QStringList {QStringLiteral("run"), path(QStringLiteral("dl/accounts.json"))}
            + m_org->connectArgs());
    QVERIFY2(r.exitCode == 0, r.describe());
    const QStringList erp1 = m_org->org().records().findByField(
        QStringLiteral("Account"), QStringLiteral("Legacy_Id__c"), QStringLiteral("ERP-1"));
    QCOMPARE(erp1.size(), 1);
    const QJsonObject account = *m_org->org().records().record(erp1.first());
    QCOMPARE(account.value(QLatin1String("Name")).toString(), QStringLiteral("Nordwind Handel"));
    QCOMPARE(account.value(QLatin1String("Rating")).toString(), QStringLiteral("Hot")); // the constant
    QCOMPARE(m_org->org().records().count(QStringLiteral("Account")), 2);

    r = run({QStringLiteral("import-dataloader"), conf, QStringLiteral("--bean"),
             QStringLiteral("contactInsert"), QStringLiteral("-o"),
             path(QStringLiteral("dl/contacts.json"))});
    QVERIFY2(r.exitCode == 0, r.describe());
    r = run(QStringList {QStringLiteral("run"), path(QStringLiteral("dl/contacts.json"))}
            + m_org->connectArgs());
    QVERIFY2(r.exitCode == 0, r.describe());
    const QList<QJsonObject> contacts = m_org->contacts();
    QCOMPARE(contacts.size(), 2);
    const QJsonObject first = contacts.first();
    QCOMPARE(first.value(QLatin1String("FirstName")).toString(), QStringLiteral("J\u00fcrgen")); // ISO-8859-1
    QCOMPARE(first.value(QLatin1String("AccountId")).toString(), erp1.first()); // Account:Legacy_Id__c
    QCOMPARE(first.value(QLatin1String("Title")).toString(), QStringLiteral("Einkauf"));
    QCOMPARE(first.value(QLatin1String("Department")).toString(), QStringLiteral("Einkauf"));
    QCOMPARE(first.value(QLatin1String("LeadSource")).toString(), QStringLiteral("Partner Referral"));
}

void TestCliDataLoader::mappingFileAlone()
{
    const CliResult r =
        run({QStringLiteral("import-dataloader"), path(QStringLiteral("dl/mappings/accounts.sdl")),
             QStringLiteral("--object"), QStringLiteral("Account"), QStringLiteral("--operation"),
             QStringLiteral("upsert"), QStringLiteral("--external-id"), QStringLiteral("Legacy_Id__c"),
             QStringLiteral("--csv"), QStringLiteral("data/accounts.csv")});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QJsonObject job = QJsonDocument::fromJson(r.out).object();
    const QJsonObject action = job.value(QLatin1String("actions")).toArray().first().toObject();
    QCOMPARE(action.value(QLatin1String("operation")).toString(), QStringLiteral("upsert"));
    QCOMPARE(action.value(QLatin1String("object")).toString(), QStringLiteral("Account"));
    QCOMPARE(action.value(QLatin1String("matchers"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("column"))
                 .toString(),
             QStringLiteral("LEGACY_ID"));
    QCOMPARE(job.value(QLatin1String("source")).toObject().value(QLatin1String("path")).toString(),
             QStringLiteral("data/accounts.csv"));
}

void TestCliDataLoader::badInput()
{
    const QString conf = path(QStringLiteral("dl/process-conf.xml"));
    CliResult r = run(
        {QStringLiteral("import-dataloader"), conf, QStringLiteral("-o"), path(QStringLiteral("x.json"))});
    QVERIFY2(r.exitCode == 2, r.describe());
    QVERIFY2(
        r.errText().contains(QLatin1String("accountUpsert, contactInsert, contactCleanup, erpDataSource")),
        r.describe());
    QVERIFY(!QFile::exists(path(QStringLiteral("x.json"))));

    r = run({QStringLiteral("import-dataloader"), conf, QStringLiteral("--bean"),
             QStringLiteral("erpDataSource")});
    QVERIFY2(r.exitCode == 2, r.describe());
    QVERIFY2(r.errText().contains(QLatin1String("process-conf.xml, bean erpDataSource")), r.describe());
    QVERIFY(r.out.isEmpty());

    r = run({QStringLiteral("import-dataloader"), path(QStringLiteral("dl/mappings/accounts.sdl"))});
    QVERIFY2(r.exitCode == 2, r.describe());
    QVERIFY2(r.errText().contains(QLatin1String("--object and --operation")), r.describe());

    QCOMPARE(m_org->org().apiCalls(), 0);
}

QTEST_GUILESS_MAIN(TestCliDataLoader)
#include "tst_cli_dataloader.moc"
