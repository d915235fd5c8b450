// The sfsync-localorg program: the base URL is the first line of stdout, the org answers over HTTP with the
// fixed token and the sample data, and SIGTERM ends it cleanly with the counters printed.
#include "tests/testsupport/orgclient.h"
#include "tests/testsupport/testenvironment.h"

#include <QProcess>
#include <QTest>

using sfsync::test::OrgClient;
using sfsync::test::OrgReply;

class tst_localorg_executable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void servesAndStopsOnSigterm();
    void rejectsBadArguments();

private:
    static QString program() { return QStringLiteral(SFSYNC_LOCALORG_EXE); }
};

void tst_localorg_executable::initTestCase()
{
    sfsync::test::isolateEnvironment(QStringLiteral("tst_localorg_executable"));
    QVERIFY2(QFileInfo::exists(program()), qPrintable(program()));
}

void tst_localorg_executable::servesAndStopsOnSigterm()
{
    const QString token = QStringLiteral("00D000000000001!AQ.exe");
    QProcess process;
    process.start(program(),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"),
                   QStringLiteral("sample"), QStringLiteral("--access-token"), token});
    QVERIFY(process.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QString first = QString::fromUtf8(process.readLine()).trimmed();
    QVERIFY2(first.startsWith(QLatin1String("http://127.0.0.1:")), qPrintable(first));
    const QUrl base(first);
    QVERIFY(base.port() > 0);

    OrgClient client(base, token);
    OrgReply r = client.get(QStringLiteral("query?q=SELECT%20COUNT()%20FROM%20Contact"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("totalSize")).toInt(), 300);
    r = client.get(QStringLiteral("sobjects/Account/describe"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("name")).toString(), QStringLiteral("Account"));

    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QString rest = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(rest.contains(QLatin1String("API calls: 2")), qPrintable(rest));
    QVERIFY(rest.contains(QLatin1String("GET sobjects/Account/describe")));
    // The token is never printed.
    QVERIFY(!rest.contains(token));
    QVERIFY(!QString::fromUtf8(process.readAllStandardError()).contains(token));
}

void tst_localorg_executable::rejectsBadArguments()
{
    QProcess process;
    process.start(program(), {QStringLiteral("--seed"), QStringLiteral("lots")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("--seed"));
}

QTEST_GUILESS_MAIN(tst_localorg_executable)
#include "tst_localorg_executable.moc"
