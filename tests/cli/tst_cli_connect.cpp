// How sfsync-run fails to connect, and that it never shows a secret: a wrong token (exit 3), a closed port
// (exit 4), an exhausted API limit (exit 4), and a token from the environment absent from stdout, stderr and
// the --log-file even with --verbose.
#include "tests/testsupport/cliorg.h"
#include "tests/testsupport/clirun.h"
#include "tests/testsupport/testenvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

using sfsync::test::CliOrg;
using sfsync::test::CliResult;
using sfsync::test::CliRun;

namespace {

const QByteArray config = R"({
  "version": 1,
  "source": { "type": "csv", "path": "rows.csv" },
  "actions": [
    { "name": "Contacts", "object": "Contact", "operation": "upsert",
      "matchers": [ { "field": "Email", "column": "email" } ],
      "fields": [ { "field": "LastName", "column": "last_name" } ] }
  ]
})";

} // namespace

class TestCliConnect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wrongTokenIsExit3_data();
    void wrongTokenIsExit3();
    void closedPortIsExit4();
    void exhaustedLimitIsExit4();
    void tokenNeverPrinted();
    void clientCredentialsFromEnvironment();

private:
    std::unique_ptr<CliOrg> m_org;
    QString m_config;
};

void TestCliConnect::initTestCase()
{
    sfsync::test::isolateEnvironment(QStringLiteral("tst_cli_connect"));
    m_org = std::make_unique<CliOrg>();
    QString error;
    QVERIFY2(m_org->start(&error), qPrintable(error));
    m_org->writeFile(QStringLiteral("rows.csv"), "email,last_name\nnew@example.com,Newman\n");
    m_config = m_org->writeFile(QStringLiteral("job.json"), config);
}

void TestCliConnect::wrongTokenIsExit3_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("describe") << QStringList {QStringLiteral("describe")};
    QTest::newRow("run") << QStringList {QStringLiteral("run"), m_config, QStringLiteral("--json")};
    QTest::newRow("preview") << QStringList {QStringLiteral("preview"), m_config};
}

void TestCliConnect::wrongTokenIsExit3()
{
    QFETCH(QStringList, arguments);
    CliRun cli;
    const QString wrong = QStringLiteral("00D000000000001!AQwrongWRONGwrong0123456789");
    cli.setToken(wrong);
    const CliResult r = cli.run(arguments + m_org->connectArgs());
    QVERIFY2(r.exitCode == 3, r.describe());
    QVERIFY2(r.errText().contains(QLatin1String("cannot connect to the org")), r.describe());
    QVERIFY2(r.errText().contains(QLatin1String("SFSYNC_ACCESS_TOKEN")), r.describe()); // what to do next
    QVERIFY(!r.errText().contains(QLatin1String("wrongWRONG")));
    QVERIFY(!r.outText().contains(QLatin1String("wrongWRONG")));
    QCOMPARE(m_org->contacts().size(), 0);
}

void TestCliConnect::closedPortIsExit4()
{
    // A port that was free a moment ago and is closed now: connection refused.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();

    CliRun cli;
    cli.setToken(CliOrg::token());
    const CliResult r = cli.run({QStringLiteral("run"), m_config, QStringLiteral("--instance-url"),
                                 QStringLiteral("http://127.0.0.1:%1").arg(port)});
    QVERIFY2(r.exitCode == 4, r.describe());
    QVERIFY2(r.errText().contains(QLatin1String("cannot connect")), r.describe());
    QVERIFY2(r.errText().contains(QLatin1String("network")), r.describe());
}

void TestCliConnect::exhaustedLimitIsExit4()
{
    m_org->org().setDailyApiLimit(0);
    CliRun cli;
    cli.setToken(CliOrg::token());
    const CliResult r =
        cli.run(QStringList {QStringLiteral("describe"), QStringLiteral("Contact")} + m_org->connectArgs());
    m_org->org().setDailyApiLimit(100000);
    QVERIFY2(r.exitCode == 4, r.describe());
    QVERIFY2(r.errText().contains(QLatin1String("REQUEST_LIMIT_EXCEEDED")), r.describe());
}

void TestCliConnect::tokenNeverPrinted()
{
    CliRun cli;
    cli.setToken(CliOrg::token());
    const QString logFile = QDir(cli.home()).filePath(QStringLiteral("run.log"));
    const QString out = QDir(cli.home()).filePath(QStringLiteral("out"));
    const CliResult r =
        cli.run(QStringList {QStringLiteral("run"), m_config, QStringLiteral("--verbose"),
                             QStringLiteral("--log-file"), logFile, QStringLiteral("--out"), out}
                + m_org->connectArgs());
    QVERIFY2(r.exitCode == 0, r.describe());

    QFile log(logFile);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray logged = log.readAll();
    // --verbose really logged (despite QT_LOGGING_RULES=sfsync.*.debug=false in the test environment), so the
    // absence of the token below means something.
    QVERIFY2(logged.contains(" debug [sfsync."), logged.left(2000).constData());
    QVERIFY(logged.size() > 500);
    QCOMPARE(log.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());

    const QByteArray token = CliOrg::token().toUtf8();
    const QByteArray opaque = token.mid(token.indexOf('!') + 1);
    for (const QByteArray &text : {r.out, r.err, logged}) {
        QVERIFY(!text.contains(token));
        QVERIFY(!text.contains(opaque));
    }
    for (const QString &file : QDir(out).entryList(QDir::Files)) {
        QFile f(QDir(out).filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(opaque), qPrintable(file));
    }
}

void TestCliConnect::clientCredentialsFromEnvironment()
{
    const QString secret = QStringLiteral("cc-SECRET-value-0123456789");
    m_org->org().registerClient(QStringLiteral("sfsync-cc"), secret);
    CliRun cli;
    cli.environment().insert(QStringLiteral("SFSYNC_CLIENT_ID"), QStringLiteral("sfsync-cc"));
    cli.environment().insert(QStringLiteral("SFSYNC_CLIENT_SECRET"), secret);
    const CliResult r = cli.run(QStringList {QStringLiteral("describe"), QStringLiteral("Contact"),
                                             QStringLiteral("--json"), QStringLiteral("--verbose")}
                                + m_org->connectArgs());
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("name")).toString(),
             QStringLiteral("Contact"));
    QVERIFY(!r.out.contains(secret.toUtf8()));
    QVERIFY(!r.err.contains(secret.toUtf8()));

    cli.environment().insert(QStringLiteral("SFSYNC_CLIENT_SECRET"), QStringLiteral("not-the-secret-000"));
    const CliResult wrong = cli.run(QStringList {QStringLiteral("describe")} + m_org->connectArgs());
    QVERIFY2(wrong.exitCode == 3, wrong.describe());
    QVERIFY2(wrong.errText().contains(QLatin1String("SFSYNC_CLIENT_SECRET")), wrong.describe());
}

QTEST_GUILESS_MAIN(TestCliConnect)
#include "tst_cli_connect.moc"
