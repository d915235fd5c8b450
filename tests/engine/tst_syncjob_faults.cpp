#include "core/engine/runjournal.h"
#include "core/salesforce/auth/accesstokencredentials.h"
#include "core/salesforce/auth/clientcredentials.h"
#include "tests/testsupport/engineorg.h"
#include "tests/testsupport/jobconfigs.h"
#include "tests/testsupport/scratchdir.h"
#include "tests/testsupport/testenvironment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

using namespace sfsync;
using namespace sfsync::test;

// SyncJob under failure: malformed rows, per-record lock errors, bad and expiring tokens, an unreachable org
// and the daily API limit. A fatal failure stops cleanly (rows not sent end `skipped`, result files stay
// complete), maps to the runner's exit code, and the run can be resumed without a duplicate or a gap.
class tst_SyncJobFaults : public QObject
{
    Q_OBJECT

    ScratchDir m_dir;

    static QByteArray keyedRows(int n, const char *prefix)
    {
        QByteArray out = "key,name\n";
        for (int i = 1; i <= n; ++i)
            out += QByteArray(prefix) + QByteArray::number(i) + ",Name" + QByteArray::number(i) + "\n";
        return out;
    }

    static JobConfig byKey(const QString &path, Action::Operation operation)
    {
        QList<Matcher> matchers;
        if (operation != Action::Operation::Create)
            matchers.append(columnMatcher(QStringLiteral("Legacy_Id__c"), QStringLiteral("key")));
        return oneAction(path, QStringLiteral("Contact"), operation, matchers,
                         {columnField(QStringLiteral("LastName"), QStringLiteral("name")),
                          columnField(QStringLiteral("Legacy_Id__c"), QStringLiteral("key"))});
    }

    // Legacy_Id__c -> number of live records holding it, for keys starting with `prefix`.
    static QHash<QString, int> keys(EngineOrg &o, const QString &prefix)
    {
        QHash<QString, int> out;
        for (const QJsonObject &r : o.records().records(QStringLiteral("Contact"))) {
            const QString key = r.value(QLatin1String("Legacy_Id__c")).toString();
            if (key.startsWith(prefix))
                ++out[key];
        }
        return out;
    }

    static void verifyEachKeyOnce(EngineOrg &o, const QString &prefix, int n)
    {
        const QHash<QString, int> found = keys(o, prefix);
        QCOMPARE(found.size(), n);
        for (auto it = found.cbegin(); it != found.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
    }

    // An OAuth access token from the local org (client credentials), which expireAccessTokens() can expire.
    static QString issuedToken(EngineOrg &o)
    {
        o.org.org().registerClient(QStringLiteral("faults-client"), QStringLiteral("faults-secret"));
        QNetworkAccessManager network;
        QNetworkRequest request(o.org.baseUrl().resolved(QUrl(QStringLiteral("/services/oauth2/token"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
        QNetworkReply *reply = network.post(
            request, "grant_type=client_credentials&client_id=faults-client&client_secret=faults-secret");
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(10000))
            return {};
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll())
            .object()
            .value(QLatin1String("access_token"))
            .toString();
    }

    static void useToken(EngineOrg &o, const QString &token)
    {
        o.org.connection().setCredentials(new AccessTokenCredentials(token));
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateEnvironment(QStringLiteral("tst_syncjob_faults"));
        QVERIFY(m_dir.isValid());
    }

    void malformedRow_data()
    {
        QTest::addColumn<bool>("stop");
        QTest::addColumn<bool>("planFirst");
        QTest::newRow("continue") << false << false;
        QTest::newRow("stop") << true << false;
        QTest::newRow("stop, plan first") << true << true;
    }

    void malformedRow()
    {
        QFETCH(bool, stop);
        QFETCH(bool, planFirst);
        EngineOrg o;
        QVERIFY(o.start());
        const QByteArray prefix = stop ? (planFirst ? "MP-" : "MS-") : "MC-";
        // Row 3 has a field too many; rows 1-2 come before it and rows 4-5 after.
        const QByteArray content = "key,name\n" + prefix + "1,A\n" + prefix + "2,B\n" + prefix + "3,C,extra\n"
            + prefix + "4,D\n" + prefix + "5,E\n";
        JobConfig config =
            byKey(m_dir.write(QString::fromLatin1(prefix) + QStringLiteral("malformed.csv"), content),
                  Action::Operation::Create);
        config.options.stopOnMalformedRow = stop;
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        if (planFirst)
            job.setAmbiguityPolicy(SyncJob::AmbiguityPolicy::Abort);
        const QString out = m_dir.filePath(QString::fromLatin1(prefix) + QStringLiteral("out"));
        job.setOutputDirectory(out);
        QList<RowResult> results;
        const SyncSummary s = runJob(job, &results);
        QCOMPARE(results.size(), 5);
        QCOMPARE(results.at(2).outcome, RowOutcome::Invalid);
        QCOMPARE(results.at(2).status, 400);
        QVERIFY2(results.at(2).error.startsWith(QLatin1String("MALFORMED_ROW: line 4")),
                 qPrintable(results.at(2).error));
        if (stop) {
            // The rows before the malformed one are written; nothing after it is read for writing.
            QCOMPARE(outcomes(results),
                     QStringList({"created 201", "created 201", "invalid 400", "skipped 0", "skipped 0"}));
            QCOMPARE(s.fatalError.errorCode, QStringLiteral("MALFORMED_ROW"));
            QCOMPARE(keys(o, QString::fromLatin1(prefix)).size(), 2);
        } else {
            QCOMPARE(
                outcomes(results),
                QStringList({"created 201", "created 201", "invalid 400", "created 201", "created 201"}));
            QVERIFY(s.fatalError.isNull());
            QCOMPARE(keys(o, QStringLiteral("MC-")).size(), 4);
        }
        QCOMPARE(s.category, SyncSummary::Category::RowsFailed);
        QCOMPARE(readLines(out + QStringLiteral("/results.csv")).size(), 6);
    }

    void lockedRowsAreRetried_data()
    {
        QTest::addColumn<int>("operation");
        QTest::newRow("create") << int(Action::Operation::Create);
        QTest::newRow("upsert") << int(Action::Operation::Upsert);
        QTest::newRow("delete") << int(Action::Operation::Delete);
    }

    void lockedRowsAreRetried()
    {
        QFETCH(int, operation);
        const auto op = Action::Operation(operation);
        EngineOrg o;
        QVERIFY(o.start());
        const int n = 400;
        const QString path = m_dir.write(QStringLiteral("lock%1.csv").arg(operation), keyedRows(n, "LK-"));
        if (op != Action::Operation::Create) {
            // The records exist already; the faulty run updates or deletes them.
            SyncJob seed(byKey(path, Action::Operation::Create), o.rest(), o.metadata.get());
            seed.setJournalPath(QString());
            QCOMPARE(runJob(seed).created, n);
        }
        const int before = o.records().count(QStringLiteral("Contact"));
        o.org.org().setFaults(0.15, {QStringLiteral("UNABLE_TO_LOCK_ROW")});
        o.org.org().resetCounters();
        JobConfig config = byKey(path, op);
        if (op == Action::Operation::Delete)
            config.actions[0].fields.clear();
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        QList<RowResult> results;
        const SyncSummary s = runJob(job, &results);
        o.org.org().setFaults(0, {});
        QCOMPARE(s.category, SyncSummary::Category::Ok);
        QSet<QString> ids;
        for (const RowResult &r : std::as_const(results))
            ids.insert(r.id);
        QCOMPARE(ids.size(), n);
        switch (op) {
        case Action::Operation::Create:
            QCOMPARE(s.created, n);
            verifyEachKeyOnce(o, QStringLiteral("LK-"), n);
            QCOMPARE(o.records().count(QStringLiteral("Contact")), before + n);
            break;
        case Action::Operation::Upsert:
            QCOMPARE(s.updated, n);
            verifyEachKeyOnce(o, QStringLiteral("LK-"), n);
            QCOMPARE(o.records().count(QStringLiteral("Contact")), before);
            break;
        default:
            QCOMPARE(s.deleted, n);
            QCOMPARE(keys(o, QStringLiteral("LK-")).size(), 0);
            QCOMPARE(o.records().count(QStringLiteral("Contact")), before - n);
            break;
        }
        // Locked records were sent again: more write calls than the two a clean run needs.
        const QHash<QString, int> calls = o.org.org().apiCallsByEndpoint();
        int writes = 0;
        for (auto it = calls.cbegin(); it != calls.cend(); ++it) {
            if (it.key().contains(QLatin1String("composite/sobjects")))
                writes += it.value();
        }
        QVERIFY2(writes > 2, qPrintable(QString::number(writes)));
    }

    void wrongTokenIsAnAuthFailure()
    {
        EngineOrg o;
        QVERIFY(o.start());
        useToken(o, QStringLiteral("00D000000000001!wrong"));
        const int before = o.records().count(QStringLiteral("Contact"));
        SyncJob job(byKey(m_dir.write(QStringLiteral("wrong-token.csv"), keyedRows(10, "WT-")),
                          Action::Operation::Create),
                    o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        const SyncSummary s = runJob(job);
        QCOMPARE(s.category, SyncSummary::Category::Auth);
        QCOMPARE(s.fatalError.errorCode, QStringLiteral("INVALID_SESSION_ID"));
        QCOMPARE(o.records().count(QStringLiteral("Contact")), before);
        // Refused once, not hammered.
        QVERIFY(o.org.network().requests().size() <= 2);
    }

    // The one classifier: a refused client secret (invalid_client) stops a run as an auth failure, exactly as
    // it makes `sfsync-run describe` exit 3; before, the engine knew three auth codes and called it rows
    // failed.
    void refusedClientIsAnAuthFailure()
    {
        EngineOrg o;
        QVERIFY(o.start());
        useToken(o, issuedToken(o)); // a token the org can expire
        o.org.org().registerClient(QStringLiteral("refused-client"), QStringLiteral("right-secret"));
        o.org.connection().setCredentials(new ClientCredentials(
            o.org.baseUrl(), QStringLiteral("refused-client"), QStringLiteral("wrong-secret")));
        // The session's token stops working: the next call must get a new one, and the org refuses the
        // secret.
        o.org.org().expireAccessTokens();
        const int before = o.records().count(QStringLiteral("Contact"));
        SyncJob job(byKey(m_dir.write(QStringLiteral("refused-client.csv"), keyedRows(10, "RC-")),
                          Action::Operation::Create),
                    o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        const SyncSummary s = runJob(job);
        QCOMPARE(s.category, SyncSummary::Category::Auth);
        QCOMPARE(s.fatalError.errorCode, QStringLiteral("invalid_client"));
        QCOMPARE(o.records().count(QStringLiteral("Contact")), before);
    }

    void tokenExpiresMidRun()
    {
        EngineOrg o;
        QVERIFY(o.start());
        const QString token = issuedToken(o);
        QVERIFY(!token.isEmpty());
        useToken(o, token);
        o.org.org().setLatency(5);
        const int n = 1200;
        const JobConfig config =
            byKey(m_dir.write(QStringLiteral("expiry.csv"), keyedRows(n, "EX-")), Action::Operation::Create);
        const QString journal = m_dir.filePath(QStringLiteral("expiry.sqlite"));
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(journal);
        job.setConcurrency(2);
        const QString out = m_dir.filePath(QStringLiteral("expiry-out"));
        job.setOutputDirectory(out);
        int seen = 0;
        connect(&job, &SyncJob::rowFinished, &job, [&](const RowResult &) {
            if (++seen == 200)
                o.org.org().expireAccessTokens();
        });
        QList<RowResult> results;
        const SyncSummary s = runJob(job, &results);
        QCOMPARE(s.category, SyncSummary::Category::Auth);
        QVERIFY(s.resumable);
        QCOMPARE(results.size(), n);
        QVERIFY(s.created >= 200);
        QVERIFY(s.skipped > 0);
        QCOMPARE(s.created + s.skipped, n);
        QCOMPARE(readLines(out + QStringLiteral("/results.csv")).size(), n + 1);
        QCOMPARE(keys(o, QStringLiteral("EX-")).size(), s.created);

        // Signed in again, the run continues where it stopped.
        useToken(o, o.org.org().accessToken());
        SyncJob resumed(config, o.rest(), o.metadata.get());
        resumed.setJournalPath(journal);
        resumed.setResume(true);
        const SyncSummary r = runJob(resumed);
        QVERIFY2(r.fatalError.isNull(), qPrintable(r.fatalError.toString()));
        QCOMPARE(r.created, n);
        QCOMPARE(r.category, SyncSummary::Category::Ok);
        verifyEachKeyOnce(o, QStringLiteral("EX-"), n);
    }

    void unreachableOrg()
    {
        EngineOrg o;
        QVERIFY(o.start());
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress(QHostAddress::LocalHost)));
            port = probe.serverPort();
        }
        QVERIFY(o.org.connection()
                    .setInstanceUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)))
                    .isNull());
        SyncJob job(
            byKey(m_dir.write(QStringLiteral("closed.csv"), keyedRows(5, "CL-")), Action::Operation::Upsert),
            o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        const SyncSummary s = runJob(job);
        QCOMPARE(s.category, SyncSummary::Category::Unreachable);
        QCOMPARE(s.fatalError.errorCode, QStringLiteral("CONNECTION_REFUSED"));
        QCOMPARE(s.created + s.updated, 0);
    }

    void networkLostMidRun()
    {
        EngineOrg o;
        QVERIFY(o.start());
        o.org.org().setLatency(5);
        // Enough rows that the network goes down with calls still to come: one Composite call carries
        // 1,000 creates.
        const int n = 3000;
        const JobConfig config =
            byKey(m_dir.write(QStringLiteral("netloss.csv"), keyedRows(n, "NL-")), Action::Operation::Create);
        const QString journal = m_dir.filePath(QStringLiteral("netloss.sqlite"));
        bool down = false;
        o.org.network().setHandler([&down](const FakeNetworkAccessManager::Request &)
                                       -> std::optional<FakeNetworkAccessManager::Reply> {
            if (down)
                return FakeNetworkAccessManager::Reply::failure(QNetworkReply::ConnectionRefusedError);
            return std::nullopt;
        });
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(journal);
        job.setConcurrency(1);
        job.setBulkMode(Action::BulkMode::Off);
        int seen = 0;
        connect(&job, &SyncJob::rowFinished, &job, [&](const RowResult &) {
            if (++seen == 200)
                down = true;
        });
        QList<RowResult> results;
        const SyncSummary s = runJob(job, &results);
        QCOMPARE(s.category, SyncSummary::Category::Unreachable);
        QVERIFY(s.resumable);
        QCOMPARE(results.size(), n);
        // A refused connection sent nothing: those rows are skipped, not failed or "maybe created".
        QCOMPARE(s.failed, 0);
        QCOMPARE(s.created + s.skipped, n);
        QCOMPARE(keys(o, QStringLiteral("NL-")).size(), s.created);

        down = false;
        SyncJob resumed(config, o.rest(), o.metadata.get());
        resumed.setJournalPath(journal);
        resumed.setResume(true);
        const SyncSummary r = runJob(resumed);
        QCOMPARE(r.created, n);
        QCOMPARE(r.category, SyncSummary::Category::Ok);
        verifyEachKeyOnce(o, QStringLiteral("NL-"), n);
    }

    void dailyLimitStopsCleanly()
    {
        EngineOrg o;
        QVERIFY(o.start());
        o.org.org().setLatency(5);
        const int n = 1200;
        const JobConfig config =
            byKey(m_dir.write(QStringLiteral("limit.csv"), keyedRows(n, "DL-")), Action::Operation::Upsert);
        const QString journal = m_dir.filePath(QStringLiteral("limit.sqlite"));
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(journal);
        job.setConcurrency(2);
        const QString out = m_dir.filePath(QStringLiteral("limit-out"));
        job.setOutputDirectory(out);
        int seen = 0;
        connect(&job, &SyncJob::rowFinished, &job, [&](const RowResult &) {
            if (++seen == 200)
                o.org.org().setDailyApiLimit(o.org.org().apiUsage());
        });
        QList<RowResult> results;
        const SyncSummary s = runJob(job, &results);
        QCOMPARE(s.category, SyncSummary::Category::Unreachable);
        QCOMPARE(s.fatalError.errorCode, QStringLiteral("REQUEST_LIMIT_EXCEEDED"));
        QVERIFY(s.resumable);
        QCOMPARE(results.size(), n);
        QVERIFY(s.skipped > 0);
        QCOMPARE(s.failed, 0);
        QCOMPARE(s.created + s.skipped, n);
        for (int i = 0; i < results.size(); ++i) {
            QCOMPARE(results.at(i).row, i + 1);
            if (results.at(i).outcome == RowOutcome::Skipped)
                QCOMPARE(results.at(i).id, QString());
        }
        QCOMPARE(readLines(out + QStringLiteral("/results.csv")).size(), n + 1);
        QCOMPARE(readLines(out + QStringLiteral("/errors.csv")).size(), int(s.skipped) + 1);
        {
            RunJournal j;
            QString error;
            QVERIFY(j.open(journal, &error));
            QCOMPARE(j.runStatus(s.runId), QStringLiteral("interrupted"));
        }

        o.org.org().setDailyApiLimit(1000000);
        SyncJob resumed(config, o.rest(), o.metadata.get());
        resumed.setJournalPath(journal);
        resumed.setResume(true);
        QList<RowResult> again;
        const SyncSummary r = runJob(resumed, &again);
        QVERIFY2(r.fatalError.isNull(), qPrintable(r.fatalError.toString()));
        QCOMPARE(r.runId, s.runId);
        QCOMPARE(r.created, n);
        QCOMPARE(r.category, SyncSummary::Category::Ok);
        verifyEachKeyOnce(o, QStringLiteral("DL-"), n);
        for (int i = 0; i < again.size(); ++i) {
            if (results.at(i).outcome == RowOutcome::Created)
                QCOMPARE(again.at(i).id, results.at(i).id);
        }
    }
};

QTEST_GUILESS_MAIN(tst_SyncJobFaults)
#include "tst_syncjob_faults.moc"
