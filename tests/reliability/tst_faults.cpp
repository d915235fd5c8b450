#include "core/config/jobconfig.h"
#include "core/engine/syncjob.h"
#include "core/salesforce/auth/refreshtokencredentials.h"
#include "core/salesforce/metadata/metadataservice.h"
#include "core/salesforce/restclient.h"
#include "localorg/data/recordstore.h"
#include "tests/testsupport/browser.h"
#include "tests/testsupport/csvfiles.h"
#include "tests/testsupport/scratchdir.h"
#include "tests/testsupport/testenvironment.h"
#include "tests/testsupport/testorg.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace sfsync;
using namespace sfsync::test;

// 10,000-row upserts by Email against a local org that loses a fifth of the answers (the connection reset
// before the call is carried out, after it, or in the middle of the answer), refuses 5% of calls with 503 and
// 2% of records with UNABLE_TO_LOCK_ROW, adds latency jitter and expires the access token twice mid-run (the
// run refreshes through a real OAuth refresh token and goes on). Once over sObject Collections (REST) and
// once over Bulk API 2.0.
//
// The key is Email, which the org does NOT keep unique, so only the engine stands between a repeat and a
// duplicate record. What must hold afterwards: one result per source row, every one created or updated (no
// failed, no uncertain row: every lost answer was read back); no key twice in the org; every row's record is
// in the org with its Id and exactly the source values; running the job again changes nothing.
class tst_Faults : public QObject
{
    Q_OBJECT

    ScratchDir m_dir;

    struct SourceRow
    {
        QString email, first, last, phone;
        bool exists = false;
    };

    static QList<SourceRow> makeRows(int n, const QString &tag)
    {
        QList<SourceRow> rows;
        rows.reserve(n);
        for (int i = 1; i <= n; ++i) {
            SourceRow r;
            r.email = QStringLiteral("%1.%2@faults.example").arg(tag).arg(i);
            r.first = QStringLiteral("First%1").arg(i);
            r.last = QStringLiteral("Last, \"%1\"").arg(i); // quoting survives every hop
            r.phone = QStringLiteral("+1 555 %1").arg(i, 5, 10, QLatin1Char('0'));
            r.exists = i % 2 == 0;
            rows.append(r);
        }
        return rows;
    }

    QString writeCsv(const QString &name, const QList<SourceRow> &rows)
    {
        QByteArray out = "email,first,last,phone\n";
        for (const SourceRow &r : rows)
            out += csvLine({r.email, r.first, r.last, r.phone});
        return m_dir.write(name, out);
    }

    static JobConfig upsertConfig(const QString &csv, bool bulk)
    {
        JobConfig c;
        c.name = QStringLiteral("faults");
        c.source.path = csv;
        Action a;
        a.name = QStringLiteral("Upsert contacts");
        a.object = QStringLiteral("Contact");
        a.operation = Action::Operation::Upsert;
        a.matchers = {Matcher {QStringLiteral("Email"), QStringLiteral("email"), {}, false}};
        for (const auto &[field, column] :
             {std::pair {"Email", "email"}, {"FirstName", "first"}, {"LastName", "last"}, {"Phone", "phone"}})
            a.fields.append(
                FieldMapping {QString::fromLatin1(field), QString::fromLatin1(column), {}, false, false});
        a.bulk = bulk ? Action::BulkMode::On : Action::BulkMode::Off;
        c.actions.append(a);
        return c;
    }

    // Email (lower case) -> live Contact records holding it.
    static QHash<QString, QList<QJsonObject>> byEmail(localorg::LocalOrg &org, const QString &tag)
    {
        QHash<QString, QList<QJsonObject>> out;
        const QString suffix = QStringLiteral("@faults.example");
        for (const QJsonObject &r : org.records().records(QStringLiteral("Contact"))) {
            const QString email = r.value(QLatin1String("Email")).toString().toLower();
            if (email.startsWith(tag.toLower() + QLatin1Char('.')) && email.endsWith(suffix))
                out[email].append(r);
        }
        return out;
    }

    static bool sameValues(const QJsonObject &record, const SourceRow &row, QString *why)
    {
        const auto check = [&](const char *field, const QString &expected) {
            const QString actual = record.value(QLatin1String(field)).toString();
            if (actual == expected)
                return true;
            *why = QStringLiteral("%1: %2 != %3").arg(QLatin1String(field), actual, expected);
            return false;
        };
        return check("Email", row.email) && check("FirstName", row.first) && check("LastName", row.last)
            && check("Phone", row.phone);
    }

    struct Run
    {
        SyncSummary summary;
        QList<RowResult> results;
    };

    static Run runJob(SyncJob &job)
    {
        Run run;
        QSignalSpy finished(&job, &SyncJob::finished);
        QObject::connect(&job, &SyncJob::rowFinished, &job,
                         [&run](const RowResult &r) { run.results.append(r); });
        job.start();
        if (finished.wait(240000))
            run.summary = finished.first().first().value<SyncSummary>();
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateEnvironment(QStringLiteral("tst_faults"));
        QVERIFY(m_dir.isValid());
    }

    // The local org's DROP fault stands for a connection lost after Salesforce committed the call: the
    // client gets no answer, the record exists. (It used to fail the call before doing it, which hid the one
    // case that makes a create's outcome unknown.)
    void droppedConnectionCommitsTheCall()
    {
        TestOrg org;
        QVERIFY(org.start());
        org.org().setFaults(0, {QStringLiteral("DROP=1")});
        RestRequest request;
        request.method = "POST";
        request.path = QStringLiteral("sobjects/Contact");
        request.body = R"({"LastName":"Dropped","Email":"dropped@faults.example"})";
        RestCall *call = org.rest().send(request);
        QSignalSpy finished(call, &RestCall::finished);
        QVERIFY(finished.wait(20000));
        const auto response = finished.first().first().value<RestResponse>();
        org.org().setFaults(0, {});
        QVERIFY2(response.httpStatus == 0,
                 qPrintable(QStringLiteral("%1 %2 [%3] cl=%4")
                                .arg(response.httpStatus)
                                .arg(response.body.size())
                                .arg(QString::fromUtf8(response.body))
                                .arg(QString::fromLatin1(response.headers.value("content-length")))));
        QCOMPARE(response.attempts, 1); // a create is never resent blindly
        QVERIFY(response.answerLost);
        QCOMPARE(response.firstError().errorCode, QStringLiteral("ANSWER_LOST"));
        int found = 0;
        for (const QJsonObject &r : org.org().records().records(QStringLiteral("Contact")))
            found += r.value(QLatin1String("Email")).toString() == QLatin1String("dropped@faults.example");
        QCOMPARE(found, 1);
        QCOMPARE(org.org().injectedFaults().value(QStringLiteral("DROP")), 1);
    }

    void perCodeRates()
    {
        TestOrg org;
        QVERIFY(org.start());
        org.rest().setRetryPolicy(RetryPolicy {1, 1, 1});
        const auto get = [&] {
            RestRequest request;
            request.path = QStringLiteral("limits");
            RestCall *call = org.rest().send(request);
            QSignalSpy finished(call, &RestCall::finished);
            return finished.wait(20000) ? finished.first().first().value<RestResponse>().httpStatus : -1;
        };
        // A code's own rate applies on its own, whatever the shared rate says.
        org.org().setFaults(0, {QStringLiteral("503=1")});
        QCOMPARE(get(), 503);
        org.org().setFaults(1, {QStringLiteral("503=0"), QStringLiteral("UNABLE_TO_LOCK_ROW=0")});
        QCOMPARE(get(), 200);
        // Locks at their own rate, calls untouched.
        org.org().setFaults(0, {QStringLiteral("UNABLE_TO_LOCK_ROW=1")});
        RestRequest create;
        create.method = "POST";
        create.path = QStringLiteral("composite/sobjects");
        create.body = R"({"allOrNone":false,"records":[{"attributes":{"type":"Contact"},"LastName":"A"}]})";
        RestCall *call = org.rest().send(create);
        QSignalSpy finished(call, &RestCall::finished);
        QVERIFY(finished.wait(20000));
        const auto response = finished.first().first().value<RestResponse>();
        QCOMPARE(response.httpStatus, 200);
        QVERIFY(response.body.contains("UNABLE_TO_LOCK_ROW"));
        QCOMPARE(org.org().injectedFaults().value(QStringLiteral("UNABLE_TO_LOCK_ROW")), 1);
        QCOMPARE(org.org().injectedFaults().value(QStringLiteral("503")), 1);
    }

    void upsertSurvivesFaults_data()
    {
        QTest::addColumn<bool>("bulk");
        QTest::addColumn<bool>("composite");
        QTest::newRow("rest") << false << false;
        QTest::newRow("composite") << false << true;
        QTest::newRow("bulk") << true << false;
    }

    void upsertSurvivesFaults()
    {
        QFETCH(bool, bulk);
        QFETCH(bool, composite);
        const QString tag = bulk ? QStringLiteral("bulk")
                                 : (composite ? QStringLiteral("composite") : QStringLiteral("rest"));
        constexpr int n = 10000;

        localorg::LocalOrgOptions options = TestOrg::defaultOptions();
        options.seed = QStringLiteral("none");
        options.autoApprove = true;
        options.randomSeed = bulk ? 11 : 7;
        TestOrg org(options);
        QString error;
        QVERIFY2(org.start(&error), qPrintable(error));
        MetadataService metadata(&org.rest(), QString());

        if (bulk) {
            // Only meaningful once the engine has a Bulk 2.0 path: probe with one row.
            const QString probe = writeCsv(QStringLiteral("probe.csv"), makeRows(1, QStringLiteral("probe")));
            SyncJob job(upsertConfig(probe, true), &org.rest(), &metadata);
            job.setJournalPath(QString());
            runJob(job);
            if (!org.org().apiCallsByEndpoint().contains(QStringLiteral("POST jobs/ingest")))
                QSKIP("the engine does not use Bulk API 2.0 yet (Action::bulk is ignored)");
        }

        // A refreshable sign-in: the refresh token comes from the org's browser flow.
        const TokenResponse tokens = browserSignIn(org.org(), &org.network(), &error);
        QVERIFY2(tokens.isValid() && !tokens.refreshToken.isEmpty(), qPrintable(error));
        auto *credentials =
            new RefreshTokenCredentials(org.baseUrl(), QStringLiteral("sfsync-local"), tokens.refreshToken);
        org.connection().setCredentials(credentials);
        org.connection().setAccessToken(tokens.accessToken);
        org.rest().setRetryPolicy(RetryPolicy {8, 5, 80});

        const QList<SourceRow> rows = makeRows(n, tag);
        for (const SourceRow &r : rows) {
            if (!r.exists)
                continue;
            const QJsonObject old {{QStringLiteral("Email"), r.email},
                                   {QStringLiteral("LastName"), QStringLiteral("Old")},
                                   {QStringLiteral("Phone"), QStringLiteral("0")}};
            QVERIFY(org.org().records().create(QStringLiteral("Contact"), old).ok());
        }
        const QString csv = writeCsv(tag + QStringLiteral(".csv"), rows);
        JobConfig config = upsertConfig(csv, bulk);
        config.options.composite = composite;

        org.org().setLatency(1, 6);
        // The mix of a bad network (docs/robustness.md): a fifth of the calls lose their answer (reset
        // before the call is carried out, reset after it, cut in the middle of the answer), 5% are refused
        // with 503, 2% of records are locked, and the access token expires twice. (A bulk run makes a few
        // dozen calls instead of a few hundred, so it meets fewer faults at the same rates.)
        const auto rate = [](const char *code, double r) {
            return QStringLiteral("%1=%2").arg(QLatin1String(code)).arg(r);
        };
        QStringList faults {rate("LOSE_ANSWER", 0.10), rate("LOSE_REQUEST", 0.05), rate("DROP", 0.05),
                            rate("503", 0.05), QStringLiteral("UNABLE_TO_LOCK_ROW=0.02")};
        // Packed into Composite calls, the run makes a few dozen calls; the lookups and writes inside them
        // are refused one by one as well (a routed 503 applies to subrequests).
        if (composite)
            faults << QStringLiteral("503=0.05@GET:query*")
                   << QStringLiteral("503=0.05@*:composite/sobjects*");
        QVERIFY(org.org().setFaults(0, faults));
        SyncJob job(config, &org.rest(), &metadata);
        job.setJournalPath(m_dir.filePath(tag + QStringLiteral("-journal.sqlite")));
        // The local org commits before it loses an answer: no write is still running when it is read back.
        job.setLostAnswerSettleMs(50);
        const QString out = m_dir.filePath(tag + QStringLiteral("-out"));
        job.setOutputDirectory(out);
        // The token expires twice mid-run, counted in calls (bulk results arrive in bursts at the end).
        const int callsBefore = org.rest().apiCalls();
        // Far enough apart that no call meets both (a call renews its token once; Composite: about 60 calls).
        const QList<int> expireAt =
            bulk ? QList<int> {8, 20} : (composite ? QList<int> {10, 40} : QList<int> {15, 45});
        connect(&org.rest(), &RestClient::apiCallsChanged, &job, [&](int total) {
            if (expireAt.contains(total - callsBefore))
                org.org().expireAccessTokens();
        });
        const Run first = runJob(job);
        const QHash<QString, int> injected = org.org().injectedFaults();
        org.org().setFaults(0, {});
        const int lost = injected.value(QStringLiteral("LOSE_ANSWER"))
            + injected.value(QStringLiteral("LOSE_REQUEST")) + injected.value(QStringLiteral("DROP"));
        qInfo("faults injected: %d lost answers (%d LOSE_ANSWER, %d LOSE_REQUEST, %d DROP), %d x 503, %d x "
              "UNABLE_TO_LOCK_ROW; token refreshes: %d; created %lld, updated %lld, failed %lld, uncertain "
              "%lld, "
              "API calls %d",
              lost, injected.value(QStringLiteral("LOSE_ANSWER")),
              injected.value(QStringLiteral("LOSE_REQUEST")), injected.value(QStringLiteral("DROP")),
              injected.value(QStringLiteral("503")), injected.value(QStringLiteral("UNABLE_TO_LOCK_ROW")),
              org.connection().refreshCount(), first.summary.created, first.summary.updated,
              first.summary.failed, first.summary.uncertain, first.summary.apiCalls);
        QVERIFY(lost > 0);

        // The faults really happened.
        QVERIFY(injected.value(QStringLiteral("503")) > 0);
        QVERIFY(injected.value(QStringLiteral("UNABLE_TO_LOCK_ROW")) > 0);
        QVERIFY(org.connection().refreshCount() >= 2);

        // One result per source row, in order, and no fatal stop.
        QCOMPARE(first.results.size(), n);
        for (int i = 0; i < n; ++i)
            QCOMPARE(first.results.at(i).row, qint64(i + 1));
        QVERIFY2(first.summary.fatalError.isNull(), qPrintable(first.summary.fatalError.toString()));
        // Nothing lost, nothing unknown: every lost answer was read back and settled.
        for (const RowResult &r : std::as_const(first.results)) {
            if (!r.succeeded())
                qWarning("row %lld: %s %d %s", r.row, qPrintable(RowResult::outcomeName(r.outcome)), r.status,
                         qPrintable(r.error));
        }
        QCOMPARE(first.summary.skipped, 0);
        QCOMPARE(first.summary.failed, 0);
        QCOMPARE(first.summary.uncertain, 0);
        QCOMPARE(first.summary.created + first.summary.updated, qint64(n));
        QCOMPARE(qint64(first.summary.updated), qint64(n / 2));
        {
            QFile results(out + QStringLiteral("/results.csv"));
            QVERIFY(results.open(QIODevice::ReadOnly));
            // A header plus one line per row (no cell holds a newline).
            QCOMPARE(results.readAll().count('\n'), n + 1);
        }

        QHash<QString, QList<QJsonObject>> found = byEmail(org.org(), tag);
        for (int i = 0; i < n; ++i) {
            const RowResult &r = first.results.at(i);
            const SourceRow &row = rows.at(i);
            const QList<QJsonObject> records = found.value(row.email.toLower());
            QVERIFY2(records.size() <= 1, qPrintable(row.email + QStringLiteral(" exists twice")));
            QString why;
            switch (r.outcome) {
            case RowOutcome::Created:
            case RowOutcome::Updated:
                QVERIFY2(records.size() == 1, qPrintable(row.email));
                QCOMPARE(records.first().value(QLatin1String("Id")).toString(), r.id);
                QVERIFY2(sameValues(records.first(), row, &why),
                         qPrintable(row.email + QLatin1Char(' ') + why));
                QCOMPARE(r.outcome == RowOutcome::Updated, row.exists);
                break;
            default:
                QFAIL(qPrintable(QStringLiteral("row %1: unexpected outcome %2 (%3)")
                                     .arg(r.row)
                                     .arg(RowResult::outcomeName(r.outcome), r.error)));
            }
        }

        // The same job again, now without faults: every row lands, nothing twice.
        SyncJob again(config, &org.rest(), &metadata);
        again.setJournalPath(m_dir.filePath(tag + QStringLiteral("-journal.sqlite")));
        const Run second = runJob(again);
        QCOMPARE(second.results.size(), n);
        QCOMPARE(second.summary.failed, 0);
        // Rows the first run wrote are unchanged now (nothing sent for them); the rest land.
        QCOMPARE(second.summary.created + second.summary.updated + second.summary.unchanged, qint64(n));
        found = byEmail(org.org(), tag);
        QCOMPARE(found.size(), n);
        for (const SourceRow &row : rows) {
            const QList<QJsonObject> records = found.value(row.email.toLower());
            QCOMPARE(records.size(), 1);
            QString why;
            QVERIFY2(sameValues(records.first(), row, &why), qPrintable(row.email + QLatin1Char(' ') + why));
        }
    }
};

QTEST_GUILESS_MAIN(tst_Faults)
#include "tst_faults.moc"
