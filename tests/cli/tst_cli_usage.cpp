// sfsync-run's command line without any org: help, version, usage errors and their exit code 2, and the
// refusal of secrets on argv.
#include "tests/testsupport/clirun.h"
#include "tests/testsupport/scratchdir.h"
#include "tests/testsupport/testenvironment.h"

#include <QDir>
#include <QFile>
#include <QTest>

using sfsync::test::CliResult;
using sfsync::test::CliRun;

class TestCliUsage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void overviewHelp();
    void noArgumentsIsUsageError();
    void versionPrintsVersion();
    void commandHelp_data();
    void commandHelp();
    void unknownCommandSuggests();
    void optionBeforeCommand();
    void unknownOptionIsUsageError();
    void tokenOnArgvRefused_data();
    void tokenOnArgvRefused();
    void noOrgChosenExplainsThree();
    void severalOrgsChosen();
    void instanceUrlWithoutToken();
    void insecureInstanceUrl();
    void missingConfig();
    void invalidConfigNamesPaths();
    void unwritableLogFile();
    void previewNeedsConfig();

private:
    sfsync::test::ScratchDir m_dir;
};

void TestCliUsage::initTestCase()
{
    sfsync::test::isolateEnvironment(QStringLiteral("tst_cli_usage"));
    QVERIFY2(QFile::exists(CliRun::binary()), qPrintable(CliRun::binary()));
    QVERIFY(m_dir.isValid());
}

void TestCliUsage::overviewHelp()
{
    CliRun cli;
    const CliResult r = cli.run({QStringLiteral("--help")});
    QVERIFY2(r.exitCode == 0, r.describe());
    for (const char *command : {"login", "logout", "profiles", "describe", "validate", "preview", "run"}) {
        QVERIFY2(r.outText().contains(QLatin1String("\n  ") + QLatin1String(command) + QLatin1Char(' ')),
                 command);
    }
    QVERIFY(r.outText().contains(QLatin1String("SFSYNC_ACCESS_TOKEN")));
    QVERIFY(r.outText().contains(QLatin1String("  4  Salesforce unreachable")));
    QVERIFY(r.err.isEmpty());

    const CliResult viaHelp = cli.run({QStringLiteral("help")});
    QCOMPARE(viaHelp.exitCode, 0);
    QCOMPARE(viaHelp.out, r.out);
}

void TestCliUsage::noArgumentsIsUsageError()
{
    CliRun cli;
    const CliResult r = cli.run({});
    QVERIFY2(r.exitCode == 2, r.describe());
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.errText().startsWith(QLatin1String("Usage: sfsync-run <command> [options]")));
}

void TestCliUsage::versionPrintsVersion()
{
    CliRun cli;
    const CliResult r = cli.run({QStringLiteral("--version")});
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.outText(), QStringLiteral("sfsync-run %1\n").arg(QLatin1String(SFSYNC_VERSION)));
}

void TestCliUsage::commandHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("login") << QStringLiteral("login")
                           << QStringList {QStringLiteral("--sandbox"), QStringLiteral("--login-url <URL>"),
                                           QStringLiteral("--client-id <ID>"),
                                           QStringLiteral("--profile <NAME>")};
    QTest::newRow("logout") << QStringLiteral("logout") << QStringList {QStringLiteral("--profile <NAME>")};
    QTest::newRow("profiles") << QStringLiteral("profiles") << QStringList {QStringLiteral("--json")};
    QTest::newRow("describe") << QStringLiteral("describe")
                              << QStringList {QStringLiteral("[OBJECT]"),
                                              QStringLiteral("--json"),
                                              QStringLiteral("--profile <NAME>"),
                                              QStringLiteral("--instance-url <URL>"),
                                              QStringLiteral("--local-org"),
                                              QStringLiteral("--api-version <VERSION>")};
    QTest::newRow("validate") << QStringLiteral("validate")
                              << QStringList {QStringLiteral("CONFIG"), QStringLiteral("--local-org")};
    QTest::newRow("preview") << QStringLiteral("preview")
                             << QStringList {QStringLiteral("CONFIG"), QStringLiteral("--source <FILE>"),
                                             QStringLiteral("--out <DIR>"), QStringLiteral("--json")};
    QTest::newRow("run") << QStringLiteral("run")
                         << QStringList {QStringLiteral("CONFIG"), QStringLiteral("--source <FILE>"),
                                         QStringLiteral("--out <DIR>"), QStringLiteral("--json"),
                                         QStringLiteral("--resume"), QStringLiteral("--abort-on-ambiguous"),
                                         QStringLiteral("--quiet"), QStringLiteral("--verbose"),
                                         QStringLiteral("--log-file <FILE>"),
                                         // The output's secret redaction leaves words after "bearer" alone.
                                         QStringLiteral("JWT bearer flow")};
}

void TestCliUsage::commandHelp()
{
    QFETCH(QString, command);
    QFETCH(QStringList, expected);
    CliRun cli;
    const CliResult r = cli.run({command, QStringLiteral("--help")});
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY2(r.outText().startsWith(QStringLiteral("Usage: sfsync-run %1 ").arg(command)), r.describe());
    for (const QString &text : std::as_const(expected)) {
        QVERIFY2(r.outText().contains(text), qPrintable(text + QLatin1Char('\n') + r.outText()));
    }
    QVERIFY2(!r.outText().contains(QLatin1String("***")), qPrintable(r.outText()));
    // `sfsync-run help CMD` prints the same.
    const CliResult viaHelp = cli.run({QStringLiteral("help"), command});
    QCOMPARE(viaHelp.out, r.out);
}

void TestCliUsage::unknownCommandSuggests()
{
    CliRun cli;
    const CliResult r = cli.run({QStringLiteral("preveiw"), QStringLiteral("job.json")});
    QVERIFY2(r.exitCode == 2, r.describe());
    QVERIFY2(r.errText().contains(QLatin1String("unknown command 'preveiw'")), r.describe());
    QVERIFY2(r.errText().contains(QLatin1String("Did you mean 'sfsync-run preview'?")), r.describe());

    const CliResult far = cli.run({QStringLiteral("frobnicate")});
    QCOMPARE(far.exitCode, 2);
    QVERIFY(!far.errText().contains(QLatin1String("Did you mean")));
    QVERIFY(far.errText().contains(QLatin1String("sfsync-run --help")));
}

void TestCliUsage::optionBeforeCommand()
{
    CliRun cli;
    const CliResult r = cli.run({QStringLiteral("--local-org"), QStringLiteral("describe")});
    QVERIFY2(r.exitCode == 2, r.describe());
    QVERIFY2(r.errText().contains(QLatin1String("the command comes first")), r.describe());
}

void TestCliUsage::unknownOptionIsUsageError()
{
    CliRun cli;
    const CliResult r = cli.run({QStringLiteral("describe"), QStringLiteral("--frobnicate")});
    QVERIFY2(r.exitCode == 2, r.describe());
    QVERIFY2(r.errText().contains(QLatin1String("frobnicate")), r.describe());
    QVERIFY2(r.errText().contains(QLatin1String("sfsync-run describe --help")), r.describe());
}

void TestCliUsage::tokenOnArgvRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString secret = QStringLiteral("00D000000000001!SECRETVALUE123456");
    QTest::newRow("separate") << QStringList {QStringLiteral("describe"), QStringLiteral("--access-token"),
                                              secret, QStringLiteral("--instance-url"),
                                              QStringLiteral("https://example.my.salesforce.com")};
    QTest::newRow("assigned") << QStringList {QStringLiteral("run"), QStringLiteral("job.json"),
                                              QStringLiteral("--token=") + secret};
}

void TestCliUsage::tokenOnArgvRefused()
{
    QFETCH(QStringList, arguments);
    CliRun cli;
    const CliResult r = cli.run(arguments);
    QVERIFY2(r.exitCode == 2, r.describe());
    QVERIFY2(r.errText().contains(QLatin1String("not accepted on the command line")), r.describe());
    QVERIFY2(r.errText().contains(QLatin1String("SFSYNC_ACCESS_TOKEN")), r.describe());
    QVERIFY(!r.errText().contains(QLatin1String("SECRETVALUE")));
    QVERIFY(!r.outText().contains(QLatin1String("SECRETVALUE")));
}

void TestCliUsage::noOrgChosenExplainsThree()
{
    CliRun cli;
    const CliResult r = cli.run({QStringLiteral("describe")});
    QVERIFY2(r.exitCode == 2, r.describe());
    QVERIFY2(r.errText().contains(QLatin1String("no org chosen")), r.describe());
    QVERIFY(r.errText().contains(QLatin1String("--profile NAME")));
    QVERIFY(r.errText().contains(QLatin1String("--instance-url URL")));
    QVERIFY(r.errText().contains(QLatin1String("SFSYNC_ACCESS_TOKEN")));
    QVERIFY(r.errText().contains(QLatin1String("--local-org")));
}

void TestCliUsage::severalOrgsChosen()
{
    CliRun cli;
    const CliResult r = cli.run({QStringLiteral("describe"), QStringLiteral("--local-org"),
                                 QStringLiteral("--profile"), QStringLiteral("prod")});
    QVERIFY2(r.exitCode == 2, r.describe());
    QVERIFY2(r.errText().contains(QLatin1String("exclude each other")), r.describe());
}

void TestCliUsage::instanceUrlWithoutToken()
{
    CliRun cli;
    const CliResult r = cli.run({QStringLiteral("describe"), QStringLiteral("--instance-url"),
                                 QStringLiteral("https://example.my.salesforce.com")});
    QVERIFY2(r.exitCode == 2, r.describe());
    QVERIFY2(r.errText().contains(QLatin1String("SFSYNC_ACCESS_TOKEN")), r.describe());
}

void TestCliUsage::insecureInstanceUrl()
{
    CliRun cli;
    cli.setToken(QStringLiteral("00D000000000001!TOKENVALUEABCDEF"));
    const CliResult r = cli.run({QStringLiteral("describe"), QStringLiteral("--instance-url"),
                                 QStringLiteral("http://example.my.salesforce.com")});
    QVERIFY2(r.exitCode == 2, r.describe());
    QVERIFY2(r.errText().contains(QLatin1String("https")), r.describe());
    QVERIFY(!r.errText().contains(QLatin1String("TOKENVALUE")));
}

void TestCliUsage::missingConfig()
{
    CliRun cli;
    const CliResult r =
        cli.run({QStringLiteral("run"), QDir(m_dir.path()).filePath(QStringLiteral("none.json")),
                 QStringLiteral("--local-org")});
    QVERIFY2(r.exitCode == 2, r.describe());
    QVERIFY2(r.errText().contains(QLatin1String("does not exist")), r.describe());
}

void TestCliUsage::invalidConfigNamesPaths()
{
    const QString unknownKey = m_dir.write(QStringLiteral("typo.json"), R"({
  "version": 1,
  "source": { "type": "csv", "path": "rows.csv" },
  "actions": [
    { "object": "Contact", "operation": "create", "fields": [ { "field": "LastName", "column": "name" } ],
      "colour": "blue" }
  ]
})");
    const QString noMatchers = m_dir.write(QStringLiteral("shape.json"), R"({
  "version": 1,
  "source": { "type": "csv", "path": "rows.csv" },
  "actions": [
    { "object": "Contact", "operation": "create", "fields": [ { "field": "LastName", "column": "name" } ] },
    { "object": "Contact", "operation": "update", "matchers": [], "fields": [] }
  ]
})");
    m_dir.write(QStringLiteral("rows.csv"), "name\nLovelace\n");
    CliRun cli;
    for (const QString &command :
         {QStringLiteral("run"), QStringLiteral("preview"), QStringLiteral("validate")}) {
        // Every problem with its JSON path; nothing is sent (the org is never contacted).
        const CliResult typo = cli.run({command, unknownKey, QStringLiteral("--local-org")});
        QVERIFY2(typo.exitCode == 2, typo.describe());
        QVERIFY2(typo.errText().contains(QLatin1String("typo.json: actions[0].colour: unknown key")),
                 typo.describe());

        const CliResult shape = cli.run({command, noMatchers, QStringLiteral("--local-org")});
        QVERIFY2(shape.exitCode == 2, shape.describe());
        QVERIFY2(shape.errText().contains(QLatin1String("shape.json: actions[1].matchers: ")),
                 shape.describe());
    }
}

void TestCliUsage::unwritableLogFile()
{
    CliRun cli;
    const CliResult r = cli.run({QStringLiteral("describe"), QStringLiteral("--local-org"),
                                 QStringLiteral("--log-file"), QStringLiteral("/nonexistent-dir/x/log.txt")});
    QVERIFY2(r.exitCode == 2, r.describe());
    QVERIFY2(r.errText().contains(QLatin1String("cannot write the log file")), r.describe());
}

void TestCliUsage::previewNeedsConfig()
{
    CliRun cli;
    const CliResult r = cli.run({QStringLiteral("preview"), QStringLiteral("--local-org")});
    QVERIFY2(r.exitCode == 2, r.describe());
    QVERIFY2(r.errText().contains(QLatin1String("needs a job config file")), r.describe());
}

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cli_usage.moc"
