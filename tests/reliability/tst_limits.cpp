#include "tests/testsupport/cliorg.h"
#include "tests/testsupport/clirun.h"
#include "tests/testsupport/csvfiles.h"
#include "tests/testsupport/testenvironment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace sfsync::test;

// API limits through sfsync-run: the daily limit running out mid-run stops it cleanly (exit 4; rows not
// sent are `skipped`, none `failed`; the result files are complete) and `--resume` finishes it without a
// duplicate; the concurrent-request limit is waited out; an org whose daily allowance is nearly spent gets a
// warning before the job writes anything.
class tst_Limits : public QObject
{
    Q_OBJECT

    std::unique_ptr<CliOrg> m_org;
    static constexpr int Rows = 400;

    QString writeJob(const QString &tag)
    {
        QByteArray csv = "email,last\n";
        for (int i = 1; i <= Rows; ++i)
            csv += tag.toUtf8() + '.' + QByteArray::number(i) + "@limits.example,L" + QByteArray::number(i)
                + "\n";
        m_org->writeFile(tag + QStringLiteral(".csv"), csv);
        return m_org->writeFile(
            tag + QStringLiteral(".json"),
            "{\"version\": 1, \"name\": \"" + tag.toUtf8()
                + "\", \"source\": {\"type\": \"csv\", \"path\": \"" + tag.toUtf8()
                + ".csv\"},\n  \"actions\": [{\"name\": \"Upsert\", \"object\": \"Contact\", \"operation\": "
                  "\"upsert\", \"batchSize\": 10,\n               \"matchers\": [{\"field\": \"Email\", "
                  "\"column\": \"email\"}],\n               \"fields\": [{\"field\": \"Email\", \"column\": "
                  "\"email\"}, {\"field\": \"LastName\", \"column\": \"last\"}]}]}");
    }

    int count(const QString &tag) const
    {
        int n = 0;
        for (const QJsonObject &c : m_org->contacts())
            n += c.value(QLatin1String("Email")).toString().startsWith(tag + QLatin1Char('.'));
        return n;
    }

    QSet<QString> emails(const QString &tag, int *total) const
    {
        QSet<QString> out;
        *total = 0;
        for (const QJsonObject &c : m_org->contacts()) {
            const QString e = c.value(QLatin1String("Email")).toString();
            if (e.startsWith(tag + QLatin1Char('.'))) {
                out.insert(e);
                ++*total;
            }
        }
        return out;
    }

    // Spends `calls` API requests of the org's daily allowance.
    void spend(int calls)
    {
        QNetworkAccessManager network;
        for (int i = 0; i < calls; ++i) {
            QNetworkRequest request(QUrl(m_org->url() + QStringLiteral("/services/data/v62.0/limits")));
            request.setRawHeader("Authorization", "Bearer " + CliOrg::token().toUtf8());
            QNetworkReply *reply = network.get(request);
            QSignalSpy done(reply, &QNetworkReply::finished);
            QVERIFY(done.wait(10000));
            reply->deleteLater();
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateEnvironment(QStringLiteral("tst_limits"));
        m_org = std::make_unique<CliOrg>();
        QString error;
        QVERIFY2(m_org->start(&error), qPrintable(error));
    }

    void init() { m_org->org().setDailyApiLimit(1000000); }

    void dailyLimitStopsCleanlyAndResumes()
    {
        const QString config = writeJob(QStringLiteral("daily"));
        const QString out = m_org->dir() + QStringLiteral("/daily-out");
        CliRun cli;
        cli.setToken(CliOrg::token());
        const QStringList arguments =
            QStringList {QStringLiteral("run"),   config, QStringLiteral("--json"),
                         QStringLiteral("--out"), out,    QStringLiteral("--concurrency"),
                         QStringLiteral("1")}
            + m_org->connectArgs();
        m_org->org().setLatency(5);
        std::unique_ptr<QProcess> child = cli.start(arguments);
        (void)QTest::qWaitFor(
            [&] {
                return count(QStringLiteral("daily")) >= Rows / 4 || child->state() == QProcess::NotRunning;
            },
            60000);
        m_org->org().setDailyApiLimit(m_org->org().apiUsage()); // spent, from the next call on
        const CliResult stopped = CliRun::finish(*child);
        m_org->org().setLatency(0);
        QVERIFY2(stopped.exitCode == 4, stopped.describe());
        const QJsonObject summary = QJsonDocument::fromJson(stopped.out).object();
        const int created = summary.value(QLatin1String("created")).toInt();
        const int skipped = summary.value(QLatin1String("skipped")).toInt();
        QVERIFY2(skipped > 0, stopped.describe());
        QCOMPARE(summary.value(QLatin1String("failed")).toInt(), 0);
        QCOMPARE(created + skipped, Rows);
        QCOMPARE(count(QStringLiteral("daily")), created);
        qInfo("user sees on stderr:\n%s", stopped.err.right(600).constData());
        QVERIFY2(stopped.errText().contains(QLatin1String("REQUEST_LIMIT_EXCEEDED"))
                     || stopped.outText().contains(QLatin1String("REQUEST_LIMIT_EXCEEDED")),
                 stopped.describe());
        QVERIFY2(stopped.errText().contains(QLatin1String("--resume"))
                     || stopped.outText().contains(QLatin1String("--resume")),
                 stopped.describe());

        // Every row has its line; the unsent ones are `skipped`, without an Id, and listed in errors.csv.
        const QList<QStringList> results = readCsv(out + QStringLiteral("/results.csv"));
        QCOMPARE(results.size(), Rows + 1);
        int skippedLines = 0;
        for (int i = 1; i <= Rows; ++i) {
            QCOMPARE(results.at(i).value(0), QString::number(i));
            if (results.at(i).value(2) == QLatin1String("skipped")) {
                ++skippedLines;
                QCOMPARE(results.at(i).value(4), QString());
            } else {
                QCOMPARE(results.at(i).value(2), QStringLiteral("created"));
            }
        }
        QCOMPARE(skippedLines, skipped);
        QCOMPARE(readCsv(out + QStringLiteral("/errors.csv")).size(), skipped + 1);

        m_org->org().setDailyApiLimit(1000000);
        const CliResult resumed = cli.run(arguments + QStringList {QStringLiteral("--resume")});
        QVERIFY2(resumed.exitCode == 0, resumed.describe());
        int total = 0;
        QCOMPARE(emails(QStringLiteral("daily"), &total).size(), Rows);
        QCOMPARE(total, Rows);
    }

    void concurrentLimitIsWaitedOut()
    {
        const QString config = writeJob(QStringLiteral("conc"));
        CliRun cli;
        cli.setToken(CliOrg::token());
        m_org->org().setFaults(0, {QStringLiteral("REQUEST_LIMIT_EXCEEDED=0.1")});
        const CliResult r = cli.run(QStringList {QStringLiteral("run"), config, QStringLiteral("--json")}
                                    + m_org->connectArgs());
        const int injected = m_org->org().injectedFaults().value(QStringLiteral("REQUEST_LIMIT_EXCEEDED"));
        m_org->org().setFaults(0, {});
        QVERIFY(injected > 0);
        QVERIFY2(r.exitCode == 0, r.describe());
        int total = 0;
        QCOMPARE(emails(QStringLiteral("conc"), &total).size(), Rows);
        QCOMPARE(total, Rows);
    }

    void nearLimitWarnsBeforeWriting()
    {
        const QString config = writeJob(QStringLiteral("near"));
        // 95% of a small allowance spent: the job's describes show it before any write.
        m_org->org().setDailyApiLimit(m_org->org().apiUsage() + 40);
        spend(38);
        CliRun cli;
        cli.setToken(CliOrg::token());
        const CliResult r = cli.run(QStringList {QStringLiteral("run"), config, QStringLiteral("--json")}
                                    + m_org->connectArgs());
        qInfo("user sees on stderr:\n%s", r.err.left(800).constData());
        QVERIFY2(r.errText().contains(QLatin1String("warning:"))
                     && r.errText().contains(QLatin1String("API requests")),
                 r.describe());
        // The warning comes before the first write is reported.
        const qsizetype warned = r.errText().indexOf(QLatin1String("API requests"));
        const qsizetype writing = r.errText().indexOf(QLatin1String("Writing"));
        QVERIFY(warned >= 0);
        QVERIFY2(writing < 0 || warned < writing, r.describe());
        QCOMPARE(r.exitCode, 4); // and then the allowance does run out
    }
};

QTEST_GUILESS_MAIN(tst_Limits)
#include "tst_limits.moc"
