// sfsync-run preview and run against a local org in the test process: exit codes, the exact columns and rows
// of preview.csv, results.csv and errors.csv, the --json summary, the records in the org afterwards,
// --abort-on-ambiguous, --source, --quiet, and an interrupted run continued with --resume.
#include "localorg/data/recordstore.h"
#include "tests/testsupport/cliorg.h"
#include "tests/testsupport/clirun.h"
#include "tests/testsupport/csvfiles.h"
#include "tests/testsupport/testenvironment.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using sfsync::test::CliOrg;
using sfsync::test::CliResult;
using sfsync::test::CliRun;
using sfsync::test::readCsv;

namespace {

const QByteArray upsertConfig = R"({
  "version": 1,
  "name": "CLI test upsert",
  "source": { "type": "csv", "path": "rows.csv" },
  "actions": [
    {
      "name": "Upsert contacts",
      "object": "Contact",
      "operation": "upsert",
      "matchers": [ { "field": "Email", "column": "email" } ],
      "fields": [ { "field": "LastName", "column": "last_name" },
                  { "field": "Email", "column": "email" } ]
    }
  ]
})";

const QByteArray mixedRows = "email,last_name\n"
                             "new@example.com,Newman\n"
                             "a@example.com,Updated\n"
                             "dup@example.com,Dupe\n";

const QByteArray goodRows = "email,last_name\n"
                            "new@example.com,Newman\n"
                            "a@example.com,Updated\n";

QString lastNameOf(const QList<QJsonObject> &contacts, const QString &id)
{
    for (const QJsonObject &c : contacts) {
        if (c.value(QLatin1String("Id")).toString() == id) {
            return c.value(QLatin1String("LastName")).toString();
        }
    }
    return {};
}

} // namespace

class TestCliRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void runWritesResultsErrorsAndRecords();
    void runAllSucceededIsExitZeroWithJson();
    void secondRunReportsUnchangedRows();
    void previewWritesPreviewCsvAndNothingElse();
    void previewWithoutProblemsIsExitZero();
    void abortOnAmbiguousWritesNothing();
    void humanSummaryAndProgressLines();
    void quietSuccessPrintsNothing();
    void progressBarOnTerminal();
    void localOrgOption();
    void interruptedRunResumes();
    void bulkFlagsChooseTheApi();

private:
    std::unique_ptr<CliOrg> m_org;
    QString m_a;
    QString m_dup1;
    QString m_dup2;
    QString m_config;
};

void TestCliRun::initTestCase()
{
    sfsync::test::isolateEnvironment(QStringLiteral("tst_cli_run"));
}

void TestCliRun::init()
{
    m_org = std::make_unique<CliOrg>();
    QString error;
    QVERIFY2(m_org->start(&error), qPrintable(error));
    m_a = m_org->createContact(QStringLiteral("Old"), QStringLiteral("a@example.com"));
    m_dup1 = m_org->createContact(QStringLiteral("Twin"), QStringLiteral("dup@example.com"));
    m_dup2 = m_org->createContact(QStringLiteral("Twin"), QStringLiteral("DUP@example.com"));
    QVERIFY(!m_a.isEmpty() && !m_dup1.isEmpty() && !m_dup2.isEmpty());
    m_config = m_org->writeFile(QStringLiteral("job.json"), upsertConfig);
    m_org->writeFile(QStringLiteral("rows.csv"), mixedRows);
    m_org->writeFile(QStringLiteral("good.csv"), goodRows);
}

void TestCliRun::cleanup()
{
    m_org.reset();
}

void TestCliRun::runWritesResultsErrorsAndRecords()
{
    CliRun cli;
    cli.setToken(CliOrg::token());
    const QString out = QDir(m_org->dir()).filePath(QStringLiteral("out"));
    const CliResult r = cli.run(QStringList {QStringLiteral("run"), m_config, QStringLiteral("--out"), out}
                                + m_org->connectArgs());
    QVERIFY2(r.exitCode == 1, r.describe());

    // The org: one created, one updated, the ambiguous pair untouched.
    const QList<QJsonObject> contacts = m_org->contacts();
    QCOMPARE(contacts.size(), 4);
    QString newId;
    for (const QJsonObject &c : contacts) {
        if (c.value(QLatin1String("Email")).toString() == QLatin1String("new@example.com")) {
            newId = c.value(QLatin1String("Id")).toString();
            QCOMPARE(c.value(QLatin1String("LastName")).toString(), QStringLiteral("Newman"));
        }
    }
    QVERIFY(!newId.isEmpty());
    QCOMPARE(lastNameOf(contacts, m_a), QStringLiteral("Updated"));
    QCOMPARE(lastNameOf(contacts, m_dup1), QStringLiteral("Twin"));
    QCOMPARE(lastNameOf(contacts, m_dup2), QStringLiteral("Twin"));

    const QStringList header = {QStringLiteral("row"),     QStringLiteral("action"),
                                QStringLiteral("outcome"), QStringLiteral("status"),
                                QStringLiteral("id"),      QStringLiteral("error"),
                                QStringLiteral("email"),   QStringLiteral("last_name")};
    QString error;
    const QList<QStringList> results = readCsv(QDir(out).filePath(QStringLiteral("results.csv")), &error);
    QVERIFY2(results.size() == 4, qPrintable(error));
    QCOMPARE(results.at(0), header);
    const QString action = QStringLiteral("Upsert contacts");
    QCOMPARE(results.at(1),
             (QStringList {QStringLiteral("1"), action, QStringLiteral("created"), QStringLiteral("201"),
                           newId, QString(), QStringLiteral("new@example.com"), QStringLiteral("Newman")}));
    QCOMPARE(results.at(2),
             (QStringList {QStringLiteral("2"), action, QStringLiteral("updated"), QStringLiteral("200"), m_a,
                           QString(), QStringLiteral("a@example.com"), QStringLiteral("Updated")}));
    const QStringList ambiguous = results.at(3);
    QCOMPARE(ambiguous.size(), header.size());
    QCOMPARE(ambiguous.mid(0, 5),
             (QStringList {QStringLiteral("3"), action, QStringLiteral("ambiguous"), QStringLiteral("300"),
                           QString()}));
    QVERIFY2(ambiguous.at(5).startsWith(QLatin1String("MULTIPLE_RECORDS: ")), qPrintable(ambiguous.at(5)));
    QVERIFY(ambiguous.at(5).contains(m_dup1) && ambiguous.at(5).contains(m_dup2));
    QCOMPARE(ambiguous.mid(6), (QStringList {QStringLiteral("dup@example.com"), QStringLiteral("Dupe")}));

    // errors.csv: only the row that did not succeed, same columns, ready to fix and load again.
    const QList<QStringList> errors = readCsv(QDir(out).filePath(QStringLiteral("errors.csv")));
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0), header);
    QCOMPARE(errors.at(1), ambiguous);
    QVERIFY(!QFile::exists(QDir(out).filePath(QStringLiteral("preview.csv"))));
}

void TestCliRun::runAllSucceededIsExitZeroWithJson()
{
    CliRun cli;
    cli.setToken(CliOrg::token());
    const CliResult r = cli.run(QStringList {QStringLiteral("run"), m_config, QStringLiteral("--source"),
                                             QDir(m_org->dir()).filePath(QStringLiteral("good.csv")),
                                             QStringLiteral("--json")}
                                + m_org->connectArgs());
    QVERIFY2(r.exitCode == 0, r.describe());

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, r.describe());
    QVERIFY(doc.isObject());
    const QJsonObject summary = doc.object();
    for (const char *key : {"rows", "created", "updated", "deleted", "ambiguous", "notFound", "failed",
                            "skipped", "apiCalls", "elapsedMs"}) {
        QVERIFY2(summary.value(QLatin1String(key)).isDouble(), key);
    }
    QCOMPARE(summary.value(QLatin1String("rows")).toInt(), 2);
    QCOMPARE(summary.value(QLatin1String("created")).toInt(), 1);
    QCOMPARE(summary.value(QLatin1String("updated")).toInt(), 1);
    QCOMPARE(summary.value(QLatin1String("deleted")).toInt(), 0);
    QCOMPARE(summary.value(QLatin1String("ambiguous")).toInt(), 0);
    QCOMPARE(summary.value(QLatin1String("notFound")).toInt(), 0);
    QCOMPARE(summary.value(QLatin1String("failed")).toInt(), 0);
    QCOMPARE(summary.value(QLatin1String("skipped")).toInt(), 0);
    QVERIFY(summary.value(QLatin1String("apiCalls")).toInt() >= 2);

    // --source replaced the config's rows.csv: the ambiguous row was never read.
    QCOMPARE(m_org->contacts().size(), 4);
    QCOMPARE(lastNameOf(m_org->contacts(), m_dup1), QStringLiteral("Twin"));
}

void TestCliRun::secondRunReportsUnchangedRows()
{
    CliRun cli;
    cli.setToken(CliOrg::token());
    const QStringList arguments = QStringList {QStringLiteral("run"), m_config, QStringLiteral("--source"),
                                               QDir(m_org->dir()).filePath(QStringLiteral("good.csv"))}
        + m_org->connectArgs();
    const CliResult first = cli.run(arguments);
    QVERIFY2(first.exitCode == 0, first.describe());
    QVERIFY2(!first.out.contains("unchanged"), first.describe());

    // The same rows again: the org holds them already, so nothing is sent and the summary says so.
    const CliResult json = cli.run(arguments + QStringList {QStringLiteral("--json")});
    QVERIFY2(json.exitCode == 0, json.describe());
    const QJsonObject summary = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(summary.value(QLatin1String("unchanged")).toInt(), 2);
    QCOMPARE(summary.value(QLatin1String("created")).toInt(), 0);
    QCOMPARE(summary.value(QLatin1String("updated")).toInt(), 0);
    QCOMPARE(summary.value(QLatin1String("category")).toString(), QStringLiteral("ok"));
    const CliResult human = cli.run(arguments);
    QVERIFY2(human.exitCode == 0, human.describe());
    QVERIFY2(human.out.contains("unchanged 2: the org already held their values"), human.describe());
    QCOMPARE(m_org->contacts().size(), 4);
}

void TestCliRun::previewWritesPreviewCsvAndNothingElse()
{
    CliRun cli;
    cli.setToken(CliOrg::token());
    const QString out = QDir(m_org->dir()).filePath(QStringLiteral("preview-out"));
    const CliResult r = cli.run(QStringList {QStringLiteral("preview"), m_config, QStringLiteral("--out"),
                                             out, QStringLiteral("--json")}
                                + m_org->connectArgs());
    // An ambiguous row is a row that would not succeed.
    QVERIFY2(r.exitCode == 1, r.describe());
    const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(summary.value(QLatin1String("rows")).toInt(), 3);
    QCOMPARE(summary.value(QLatin1String("ambiguous")).toInt(), 1);
    QCOMPARE(summary.value(QLatin1String("created")).toInt(), 0);
    QCOMPARE(summary.value(QLatin1String("updated")).toInt(), 0);

    // Nothing written.
    const QList<QJsonObject> contacts = m_org->contacts();
    QCOMPARE(contacts.size(), 3);
    QCOMPARE(lastNameOf(contacts, m_a), QStringLiteral("Old"));

    const QList<QStringList> preview = readCsv(QDir(out).filePath(QStringLiteral("preview.csv")));
    QCOMPARE(preview.size(), 4);
    QCOMPARE(preview.at(0),
             (QStringList {QStringLiteral("row"), QStringLiteral("action"), QStringLiteral("planned"),
                           QStringLiteral("matches"), QStringLiteral("changes"), QStringLiteral("email"),
                           QStringLiteral("last_name")}));
    const QString action = QStringLiteral("Upsert contacts");
    QCOMPARE(preview.at(1).mid(0, 4),
             (QStringList {QStringLiteral("1"), action, QStringLiteral("create"), QString()}));
    QVERIFY2(preview.at(1).at(4).contains(QLatin1String("LastName:  -> Newman")),
             qPrintable(preview.at(1).at(4)));
    QCOMPARE(preview.at(1).mid(5),
             (QStringList {QStringLiteral("new@example.com"), QStringLiteral("Newman")}));

    QCOMPARE(preview.at(2).mid(0, 4),
             (QStringList {QStringLiteral("2"), action, QStringLiteral("update"), m_a}));
    QVERIFY2(preview.at(2).at(4).contains(QLatin1String("LastName: Old -> Updated")),
             qPrintable(preview.at(2).at(4)));

    QCOMPARE(preview.at(3).mid(0, 3),
             (QStringList {QStringLiteral("3"), action, QStringLiteral("ambiguous")}));
    const QStringList matches = preview.at(3).at(3).split(QLatin1Char(';'));
    QCOMPARE(QSet<QString>(matches.begin(), matches.end()), (QSet<QString> {m_dup1, m_dup2}));
    QCOMPARE(preview.at(3).mid(5), (QStringList {QStringLiteral("dup@example.com"), QStringLiteral("Dupe")}));

    QVERIFY(!QFile::exists(QDir(out).filePath(QStringLiteral("results.csv"))));
    QVERIFY(!QFile::exists(QDir(out).filePath(QStringLiteral("errors.csv"))));
}

void TestCliRun::previewWithoutProblemsIsExitZero()
{
    CliRun cli;
    cli.setToken(CliOrg::token());
    const CliResult r = cli.run(QStringList {QStringLiteral("preview"), m_config, QStringLiteral("--source"),
                                             QDir(m_org->dir()).filePath(QStringLiteral("good.csv"))}
                                + m_org->connectArgs());
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY2(r.outText().contains(QLatin1String("create 1, update 1, delete 0, ambiguous 0")), r.describe());
    QCOMPARE(m_org->contacts().size(), 3);
}

void TestCliRun::abortOnAmbiguousWritesNothing()
{
    CliRun cli;
    cli.setToken(CliOrg::token());
    const QString out = QDir(m_org->dir()).filePath(QStringLiteral("abort-out"));
    m_org->org().resetCounters();
    const CliResult r =
        cli.run(QStringList {QStringLiteral("run"), m_config, QStringLiteral("--abort-on-ambiguous"),
                             QStringLiteral("--out"), out, QStringLiteral("--json")}
                + m_org->connectArgs());
    QVERIFY2(r.exitCode == 1, r.describe());
    const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(summary.value(QLatin1String("ambiguous")).toInt(), 1);
    QCOMPARE(summary.value(QLatin1String("created")).toInt(), 0);
    QCOMPARE(summary.value(QLatin1String("updated")).toInt(), 0);

    const QList<QJsonObject> contacts = m_org->contacts();
    QCOMPARE(contacts.size(), 3);
    QCOMPARE(lastNameOf(contacts, m_a), QStringLiteral("Old"));
    // No write call reached the org, only lookups.
    const QHash<QString, int> calls = m_org->org().apiCallsByEndpoint();
    for (auto it = calls.cbegin(); it != calls.cend(); ++it) {
        QVERIFY2(it.key().startsWith(QLatin1String("GET")), qPrintable(it.key()));
    }
    // Every row is reported, none as written.
    const QList<QStringList> results = readCsv(QDir(out).filePath(QStringLiteral("results.csv")));
    QCOMPARE(results.size(), 4);
    for (int i = 1; i < results.size(); ++i) {
        QVERIFY2(results.at(i).at(2) != QLatin1String("created")
                     && results.at(i).at(2) != QLatin1String("updated"),
                 qPrintable(results.at(i).join(QLatin1Char(','))));
    }
}

void TestCliRun::humanSummaryAndProgressLines()
{
    CliRun cli;
    cli.setToken(CliOrg::token());
    const CliResult r = cli.run(QStringList {QStringLiteral("run"), m_config} + m_org->connectArgs());
    QVERIFY2(r.exitCode == 1, r.describe());
    QVERIFY2(r.outText().contains(QLatin1String("created 1, updated 1, deleted 0, ambiguous 1, not found 0, "
                                                "invalid 0, failed 0, skipped 0")),
             r.describe());
    QVERIFY2(r.outText().contains(QLatin1String("add --out DIR")), r.describe());
    // stderr is a pipe here: plain progress lines, no terminal control sequences.
    QVERIFY2(r.errText().contains(QLatin1String("Writing: 3/3 rows (100%)")), r.describe());
    QVERIFY(!r.err.contains('\r'));
    QVERIFY(!r.err.contains("\033["));
}

void TestCliRun::quietSuccessPrintsNothing()
{
    CliRun cli;
    cli.setToken(CliOrg::token());
    const CliResult r = cli.run(QStringList {QStringLiteral("run"), m_config, QStringLiteral("--quiet"),
                                             QStringLiteral("--source"),
                                             QDir(m_org->dir()).filePath(QStringLiteral("good.csv"))}
                                + m_org->connectArgs());
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY2(r.out.isEmpty(), r.describe());
    QVERIFY2(r.err.isEmpty(), r.describe());
    QCOMPARE(m_org->contacts().size(), 4);
}

void TestCliRun::progressBarOnTerminal()
{
    // util-linux `script` gives the runner a pseudo-terminal, as an interactive shell would.
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty()) {
        QSKIP("util-linux 'script' is not installed");
    }
    QStringList command {CliRun::binary(), QStringLiteral("run"), m_config, QStringLiteral("--source"),
                         QDir(m_org->dir()).filePath(QStringLiteral("good.csv"))};
    command += m_org->connectArgs();
    QString line;
    for (const QString &part : std::as_const(command)) {
        line += QLatin1Char('\'') + part + QStringLiteral("' ");
    }
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SFSYNC_ACCESS_TOKEN"), CliOrg::token());
    environment.insert(QStringLiteral("XDG_DATA_HOME"),
                       QDir(m_org->dir()).filePath(QStringLiteral("tty-data")));
    environment.insert(QStringLiteral("COLUMNS"), QStringLiteral("120"));
    process.setProcessEnvironment(environment);
    process.start(script, {QStringLiteral("-qec"), line, QStringLiteral("/dev/null")});
    const CliResult r = CliRun::finish(process);
    QVERIFY2(r.exitCode == 0, r.describe());
    // The live bar: redrawn in place with a carriage return and erased before the summary.
    QVERIFY2(r.out.contains("\r\033[KWriting: [########################] 2/2 rows (100%)"), r.describe());
    QVERIFY2(r.outText().contains(QLatin1String("created 1, updated 1")), r.describe());
}

void TestCliRun::localOrgOption()
{
    // The in-process org of --local-org, seeded with the sample data, runs the sample job end to end.
    CliRun cli;
    const QString out = QDir(m_org->dir()).filePath(QStringLiteral("local-out"));
    const CliResult r =
        cli.run({QStringLiteral("run"),
                 sfsync::test::sourcePath(QStringLiteral("resources/samples/contacts-job.json")),
                 QStringLiteral("--local-org"), QStringLiteral("--json"), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.describe());
    const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
    QVERIFY2(summary.value(QLatin1String("rows")).toInt() > 0, r.describe());
    const QList<QStringList> results = readCsv(QDir(out).filePath(QStringLiteral("results.csv")));
    QVERIFY(results.size() > 1);
    QCOMPARE(results.first().mid(0, 6),
             (QStringList {QStringLiteral("row"), QStringLiteral("action"), QStringLiteral("outcome"),
                           QStringLiteral("status"), QStringLiteral("id"), QStringLiteral("error")}));
    // One result per source row and action.
    const int actions = 2;
    QCOMPARE(qint64(results.size() - 1), summary.value(QLatin1String("rows")).toInteger() * actions);
    QCOMPARE(r.exitCode == 0,
             results.size() - 1
                 == summary.value(QLatin1String("created")).toInt()
                     + summary.value(QLatin1String("updated")).toInt());
}

void TestCliRun::interruptedRunResumes()
{
    // Slow writes (one record per call, one call at a time, latency) so SIGTERM lands in the middle.
    constexpr int rowCount = 40;
    QByteArray rows = "email,last_name\n";
    for (int i = 0; i < rowCount; ++i) {
        rows += "bulk" + QByteArray::number(i) + "@example.com,Row" + QByteArray::number(i) + "\n";
    }
    m_org->writeFile(QStringLiteral("many.csv"), rows);
    QByteArray config = upsertConfig;
    config.replace("\"path\": \"rows.csv\"", "\"path\": \"many.csv\"");
    config.replace("\"operation\": \"upsert\",", "\"operation\": \"upsert\", \"batchSize\": 1,");
    const QString configPath = m_org->writeFile(QStringLiteral("many.json"), config);
    m_org->org().setLatency(60);

    CliRun cli;
    cli.setToken(CliOrg::token());
    const QStringList arguments =
        QStringList {QStringLiteral("run"), configPath, QStringLiteral("--concurrency"), QStringLiteral("1")}
        + m_org->connectArgs();
    std::unique_ptr<QProcess> first = cli.start(arguments);
    QTRY_VERIFY_WITH_TIMEOUT(m_org->contacts().size() >= 3 + 3, 60000);
    first->terminate(); // SIGTERM: the runner cancels cleanly
    const CliResult stopped = CliRun::finish(*first);
    QVERIFY2(stopped.finished && !stopped.crashed, stopped.describe());
    QVERIFY2(stopped.exitCode == 1, stopped.describe());
    const int afterStop = int(m_org->contacts().size());
    QVERIFY2(afterStop < 3 + rowCount, "the run finished before it could be interrupted");
    QVERIFY2(stopped.outText().contains(QLatin1String("--resume")), stopped.describe());

    m_org->org().setLatency(0);
    const CliResult resumed =
        cli.run(arguments + QStringList {QStringLiteral("--resume"), QStringLiteral("--json")});
    QVERIFY2(resumed.exitCode == 0, resumed.describe());

    // Every row exactly once: no duplicates from rows the first run had already written.
    QSet<QString> emails;
    int loaded = 0;
    for (const QJsonObject &c : m_org->contacts()) {
        const QString email = c.value(QLatin1String("Email")).toString();
        if (email.startsWith(QLatin1String("bulk"))) {
            ++loaded;
            emails.insert(email);
        }
    }
    QCOMPARE(loaded, rowCount);
    QCOMPARE(emails.size(), rowCount);
}

void TestCliRun::bulkFlagsChooseTheApi()
{
    CliRun cli;
    cli.setToken(CliOrg::token());
    const QStringList base = QStringList {QStringLiteral("run"), m_config, QStringLiteral("--source"),
                                          QDir(m_org->dir()).filePath(QStringLiteral("good.csv"))}
        + m_org->connectArgs();

    // Two rows are far below the Bulk threshold: --bulk forces Bulk API 2.0 anyway.
    m_org->org().resetCounters();
    const CliResult bulk = cli.run(base + QStringList {QStringLiteral("--bulk")});
    QVERIFY2(bulk.exitCode == 0, bulk.describe());
    QVERIFY(m_org->org().apiCallsByEndpoint().value(QStringLiteral("POST jobs/ingest")) >= 1);
    QCOMPARE(m_org->org().apiCallsByEndpoint().value(QStringLiteral("POST composite/sobjects")), 0);

    m_org->org().resetCounters();
    const CliResult rest = cli.run(base + QStringList {QStringLiteral("--no-bulk")});
    QVERIFY2(rest.exitCode == 0, rest.describe());
    QCOMPARE(m_org->org().apiCallsByEndpoint().value(QStringLiteral("POST jobs/ingest")), 0);
}

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_cli_run.moc"
