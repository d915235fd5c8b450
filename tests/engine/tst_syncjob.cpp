#include "core/config/jobconfig.h"
#include "core/engine/runjournal.h"
#include "core/engine/syncjob.h"
#include "tests/testsupport/engineorg.h"
#include "tests/testsupport/scratchdir.h"
#include "tests/testsupport/testenvironment.h"

#include <QTest>
#include <QTimer>

using namespace sfsync;
using namespace sfsync::test;

// SyncJob end to end against the in-process local org: outcomes, result files, preview, API call counts.
class tst_SyncJob : public QObject
{
    Q_OBJECT

    ScratchDir m_dir;

    static JobConfig upsertByLegacyId(const QString &csv, const QString &operation = QStringLiteral("upsert"))
    {
        JobConfig c;
        c.source.path = csv;
        Action a;
        a.name = QStringLiteral("a");
        a.object = QStringLiteral("Contact");
        const bool known = Action::operationFromName(operation, &a.operation);
        Q_ASSERT(known);
        Q_UNUSED(known)
        if (a.operation != Action::Operation::Create)
            a.matchers.append(Matcher {QStringLiteral("Legacy_Id__c"), QStringLiteral("key"), {}, false});
        a.fields.append(FieldMapping {QStringLiteral("LastName"), QStringLiteral("name"), {}, false, false});
        a.fields.append(
            FieldMapping {QStringLiteral("Legacy_Id__c"), QStringLiteral("key"), {}, false, false});
        c.actions.append(a);
        Q_ASSERT(c.validateShape().isEmpty());
        return c;
    }

    static QByteArray rows(int n, const char *prefix, const char *name = "Row")
    {
        QByteArray out = "key,name\n";
        for (int i = 1; i <= n; ++i)
            out += QByteArray(prefix) + QByteArray::number(i) + "," + name + QByteArray::number(i) + "\n";
        return out;
    }

    // Requests to endpoints starting with `prefix`, however they travelled: as calls or inside Composite
    // calls (never counting the Composite call itself).
    static int calls(const sfsync::localorg::LocalOrg &org, const QString &prefix)
    {
        int n = 0;
        for (const QHash<QString, int> &byEndpoint :
             {org.apiCallsByEndpoint(), org.subrequestsByEndpoint()}) {
            for (auto it = byEndpoint.cbegin(); it != byEndpoint.cend(); ++it) {
                if (it.key().startsWith(prefix) && it.key() != QLatin1String("POST composite"))
                    n += it.value();
            }
        }
        return n;
    }

    // API calls the writes and lookups may cost when Composite packs five of them into one call: a full
    // pack for every five, and at most one partial pack more.
    static int packedCalls(int requests) { return (requests + 4) / 5 + 1; }

private Q_SLOTS:
    void initTestCase() { isolateEnvironment(QStringLiteral("tst_syncjob")); }

    void sampleJobRuns()
    {
        EngineOrg o;
        QVERIFY(o.start());
        ConfigIssues issues;
        const JobConfig config =
            JobConfig::load(sourcePath(QStringLiteral("resources/samples/contacts-job.json")), &issues);
        QVERIFY(issues.isEmpty());
        const int contactsBefore = o.records().count(QStringLiteral("Contact"));
        SyncJob job(config, o.rest(), o.metadata.get());
        const QString out = m_dir.filePath(QStringLiteral("sample"));
        job.setOutputDirectory(out);
        job.setJournalPath(m_dir.filePath(QStringLiteral("journal.sqlite")));
        QList<RowResult> results;
        const SyncSummary s = runJob(job, &results);
        QVERIFY2(s.configIssues.isEmpty(), qPrintable(s.configIssues.value(0).toString()));
        QVERIFY2(s.fatalError.isNull(), qPrintable(s.fatalError.toString()));
        QStringList got;
        for (const RowResult &r : std::as_const(results))
            got.append(QStringLiteral("%1/%2 %3 %4")
                           .arg(r.row)
                           .arg(r.actionIndex)
                           .arg(RowResult::outcomeName(r.outcome))
                           .arg(r.status));
        const QStringList expected {"1/0 created 201",   "1/1 updated 200", "2/0 updated 200",
                                    "2/1 updated 200",   "3/0 updated 200", "3/1 not_found 404",
                                    "4/0 ambiguous 300", "4/1 updated 200", "5/0 created 201",
                                    "5/1 not_found 404", "6/0 invalid 400", "6/1 updated 200"};
        QCOMPARE(got, expected);
        QCOMPARE(s.rows, 6);
        QCOMPARE(s.created, 2);
        QCOMPARE(s.updated, 6);
        QCOMPARE(s.ambiguous, 1);
        QCOMPARE(s.notFound, 2);
        QCOMPARE(s.invalid, 1);
        QCOMPARE(s.category, SyncSummary::Category::RowsFailed);
        QCOMPARE(o.records().count(QStringLiteral("Contact")), contactsBefore + 2);
        const QStringList grace = o.records().findByField(
            QStringLiteral("Contact"), QStringLiteral("Legacy_Id__c"), QStringLiteral("CON-9001"));
        QCOMPARE(grace.size(), 1);
        QCOMPARE(results.at(8).id, grace.first());

        const QStringList lines = readLines(out + QStringLiteral("/results.csv"));
        QCOMPARE(lines.size(), 13);
        QCOMPARE(
            lines.first(),
            QStringLiteral(
                "row,action,outcome,status,id,error,email,legacy_id,first_name,last_name,title,birthdate"));
        QVERIFY(lines.at(12).startsWith(QStringLiteral("6,Mark converted leads,updated,200,00Q")));
        const QStringList errors = readLines(out + QStringLiteral("/errors.csv"));
        QCOMPARE(errors.size(), 1 + 4);
        QVERIFY2(errors.at(4).startsWith(
                     QStringLiteral("6,Upsert contacts,invalid,400,,\"INVALID_VALUE: column "
                                    "\"\"birthdate\"\" (Birthdate): \"\"23/06/1912\"\" is not a date")),
                 qPrintable(errors.at(4)));
        QVERIFY(errors.at(4).endsWith(
            QStringLiteral(",lead7@example.org,,Alan,Turing,Mathematician,23/06/1912")));
    }

    void previewWritesNothing()
    {
        EngineOrg o;
        QVERIFY(o.start());
        ConfigIssues issues;
        const JobConfig config =
            JobConfig::load(sourcePath(QStringLiteral("resources/samples/contacts-job.json")), &issues);
        o.org.org().resetCounters();
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setMode(SyncJob::Mode::Preview);
        const QString out = m_dir.filePath(QStringLiteral("preview"));
        job.setOutputDirectory(out);
        QList<RowResult> results;
        const SyncSummary s = runJob(job, &results);
        QVERIFY(s.preview);
        QCOMPARE(s.plannedCreate, 2);
        QCOMPARE(s.plannedUpdate, 6);
        QCOMPARE(s.ambiguous, 1);
        // Reads only: GETs, and Composite calls whose every part is a GET.
        for (const QHash<QString, int> &byEndpoint :
             {o.org.org().apiCallsByEndpoint(), o.org.org().subrequestsByEndpoint()}) {
            for (auto it = byEndpoint.cbegin(); it != byEndpoint.cend(); ++it)
                QVERIFY2(it.key().startsWith(QLatin1String("GET"))
                             || it.key() == QLatin1String("POST composite"),
                         qPrintable(it.key()));
        }
        const QStringList lines = readLines(out + QStringLiteral("/preview.csv"));
        QCOMPARE(lines.size(), 13);
        QCOMPARE(
            lines.first(),
            QStringLiteral(
                "row,action,planned,matches,changes,email,legacy_id,first_name,last_name,title,birthdate"));
        // Contact 1 found by its Legacy_Id__c: old -> new per field, unchanged ones marked.
        QVERIFY2(lines.at(3).startsWith(QStringLiteral("2,Upsert contacts,update,003")),
                 qPrintable(lines.at(3)));
        QVERIFY2(lines.at(3).contains(QStringLiteral("Legacy_Id__c: CON-0001 (unchanged)")),
                 qPrintable(lines.at(3)));
        QVERIFY2(lines.at(3).contains(QStringLiteral("LastName: "))
                     && lines.at(3).contains(QStringLiteral(" -> Babbage")),
                 qPrintable(lines.at(3)));
        QVERIFY2(lines.at(7).startsWith(QStringLiteral("4,Upsert contacts,ambiguous,003")),
                 qPrintable(lines.at(7)));
        QCOMPARE(results.at(6).matches.size(), 3);
    }

    void abortOnAmbiguousWritesNothing()
    {
        EngineOrg o;
        QVERIFY(o.start());
        ConfigIssues issues;
        const JobConfig config =
            JobConfig::load(sourcePath(QStringLiteral("resources/samples/contacts-job.json")), &issues);
        o.org.org().resetCounters();
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        job.setAmbiguityPolicy(SyncJob::AmbiguityPolicy::Abort);
        QList<RowResult> results;
        const SyncSummary s = runJob(job, &results);
        QCOMPARE(results.size(), 12);
        QCOMPARE(s.ambiguous, 1);
        QCOMPARE(s.created + s.updated, 0);
        QCOMPARE(results.at(6).outcome, RowOutcome::Ambiguous);
        QCOMPARE(results.at(0).outcome, RowOutcome::Skipped);
        QCOMPARE(results.at(10).outcome, RowOutcome::Invalid);
        QCOMPARE(calls(o.org.org(), QStringLiteral("POST")) + calls(o.org.org(), QStringLiteral("PATCH")), 0);
    }

    void askThenProceed()
    {
        EngineOrg o;
        QVERIFY(o.start());
        ConfigIssues issues;
        const JobConfig config =
            JobConfig::load(sourcePath(QStringLiteral("resources/samples/contacts-job.json")), &issues);
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        job.setAmbiguityPolicy(SyncJob::AmbiguityPolicy::Ask);
        QList<SyncDecision> asked;
        connect(&job, &SyncJob::decisionNeeded, &job, [&](const SyncDecision &d) {
            asked.append(d);
            QTimer::singleShot(0, &job, [&job] { job.resolveDecision(true); });
        });
        const SyncSummary s = runJob(job);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().ambiguousRows, 1);
        QCOMPARE(s.created, 2);
        QCOMPARE(s.updated, 6);
    }

    void callCounts_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<bool>("composite");
        for (int n : {1, 199, 200, 201, 10000})
            QTest::addRow("%d", n) << n << true;
        for (int n : {201, 10000})
            QTest::addRow("%d, no Composite", n) << n << false;
    }

    void callCounts()
    {
        QFETCH(int, n);
        QFETCH(bool, composite);
        EngineOrg o;
        QVERIFY(o.start());
        const QString csv = m_dir.write(QStringLiteral("count%1%2.csv").arg(n).arg(composite),
                                        rows(n, composite ? "EXT-" : "NXT-"));
        JobConfig config = upsertByLegacyId(csv);
        config.options.composite = composite;
        const int before = o.records().count(QStringLiteral("Contact"));
        for (const bool second : {false, true}) {
            o.org.org().resetCounters();
            SyncJob job(config, o.rest(), o.metadata.get());
            job.setJournalPath(QString());
            job.setBulkMode(Action::BulkMode::Off); // the REST path's call counts
            const SyncSummary s = runJob(job);
            QCOMPARE(s.rows, n);
            QCOMPARE(second ? s.updated : s.created, n);
            QCOMPARE(s.category, SyncSummary::Category::Ok);
            // The only matcher is an external ID: Collections upsert by that field, no lookups at all.
            const int writes =
                calls(o.org.org(), QStringLiteral("PATCH composite/sobjects/Contact/Legacy_Id__c"));
            QCOMPARE(writes, (n + 199) / 200);
            QCOMPARE(calls(o.org.org(), QStringLiteral("GET query")), 0);
            const int describe = second ? 0 : 1; // cached afterwards
            if (composite)
                QVERIFY2(o.org.org().apiCalls() - describe <= qMin(writes, packedCalls(writes)),
                         qPrintable(o.org.org().summary()));
            else
                QCOMPARE(o.org.org().apiCalls(), writes + describe);
        }
        QCOMPARE(o.records().count(QStringLiteral("Contact")), before + n);
    }

    void callCountsWithLookups_data() { callCounts_data(); }

    void callCountsWithLookups()
    {
        QFETCH(int, n);
        QFETCH(bool, composite);
        EngineOrg o;
        QVERIFY(o.start());
        const QString csv = m_dir.write(QStringLiteral("lcount%1%2.csv").arg(n).arg(composite),
                                        rows(n, composite ? "LXT-" : "MXT-"));
        // Two matchers (OR): the records are looked up in batches, then written by Id or created.
        JobConfig config = upsertByLegacyId(csv);
        config.actions[0].matchers.append(
            Matcher {QStringLiteral("LastName"), QStringLiteral("name"), {}, false});
        config.options.composite = composite;
        const int before = o.records().count(QStringLiteral("Contact"));
        for (const bool second : {false, true}) {
            o.org.org().resetCounters();
            SyncJob job(config, o.rest(), o.metadata.get());
            job.setJournalPath(QString());
            job.setBulkMode(Action::BulkMode::Off); // the REST path's call counts
            const SyncSummary s = runJob(job);
            QCOMPARE(s.rows, n);
            // The second run sends the same values: every record holds them already (skipUnchanged), so
            // the lookups are all it costs.
            QCOMPARE(second ? s.unchanged : s.created, n);
            QCOMPARE(s.category, SyncSummary::Category::Ok);
            const int writes = calls(o.org.org(),
                                     second ? QStringLiteral("PATCH composite/sobjects")
                                            : QStringLiteral("POST composite/sobjects"));
            QCOMPARE(writes, second ? 0 : (n + 199) / 200);
            const int lookups = calls(o.org.org(), QStringLiteral("GET query"));
            QVERIFY2(lookups >= 1 && lookups <= (n + 99) / 100, qPrintable(QString::number(lookups)));
            const int describe = second ? 0 : 1;
            if (composite)
                QVERIFY2(o.org.org().apiCalls() - describe <= packedCalls(writes) + packedCalls(lookups),
                         qPrintable(o.org.org().summary()));
            else
                QCOMPARE(o.org.org().apiCalls(), writes + lookups + describe);
        }
        QCOMPARE(o.records().count(QStringLiteral("Contact")), before + n);
    }

    void updatesByEmailCostFifteenCalls()
    {
        // The economy target: 5,000 updates matched by Email, the lookups and the writes packed into
        // Composite calls, in at most 15 API calls (describe included).
        const int n = 5000;
        EngineOrg o;
        QVERIFY(o.start());
        QByteArray content = "email,name\n";
        for (int i = 1; i <= n; ++i) {
            const QString email = QStringLiteral("person%1@example.com").arg(i);
            QVERIFY(o.records()
                        .create(QStringLiteral("Contact"),
                                QJsonObject {{QStringLiteral("LastName"), QStringLiteral("Old")},
                                             {QStringLiteral("Email"), email}})
                        .ok());
            content += email.toUtf8() + ",New" + QByteArray::number(i) + "\n";
        }
        JobConfig config;
        config.name = QStringLiteral("updates by Email");
        config.source.path = m_dir.write(QStringLiteral("byemail.csv"), content);
        Action a;
        a.name = QStringLiteral("Update contacts");
        a.object = QStringLiteral("Contact");
        a.operation = Action::Operation::Update;
        a.matchers.append(Matcher {QStringLiteral("Email"), QStringLiteral("email"), {}, false});
        a.fields.append(FieldMapping {QStringLiteral("LastName"), QStringLiteral("name"), {}, false, false});
        config.actions.append(a);
        QVERIFY(config.validateShape().isEmpty());
        o.org.org().resetCounters();
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        job.setBulkMode(Action::BulkMode::Off);
        const SyncSummary s = runJob(job);
        QCOMPARE(s.updated, n);
        QCOMPARE(s.category, SyncSummary::Category::Ok);
        QCOMPARE(calls(o.org.org(), QStringLiteral("PATCH composite/sobjects")), n / 200);
        QVERIFY2(o.org.org().apiCalls() <= 15, qPrintable(o.org.org().summary()));
        const QStringList last = o.records().findByField(QStringLiteral("Contact"), QStringLiteral("Email"),
                                                         QStringLiteral("person5000@example.com"));
        QCOMPARE(last.size(), 1);
        QCOMPARE(o.records().record(last.first())->value(QStringLiteral("LastName")).toString(),
                 QStringLiteral("New5000"));
    }

    void rowsSharingAKeyCreateOnce()
    {
        EngineOrg o;
        QVERIFY(o.start());
        // Rows 1, 3 and 4 share DUP-1; the first creates it, the later ones update it in source order.
        // 203 and 205 share a key across planning batches.
        QByteArray content = "key,name\nDUP-1,A\nDUP-2,B\nDUP-1,C\ndup-1,D\n";
        for (int i = 5; i <= 205; ++i)
            content += (i == 203 || i == 205 ? QByteArray("DUP-9") : "U-" + QByteArray::number(i)) + ",N"
                + QByteArray::number(i) + "\n";
        const JobConfig config = upsertByLegacyId(m_dir.write(QStringLiteral("dups.csv"), content));
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        QList<RowResult> results;
        const SyncSummary s = runJob(job, &results);
        QCOMPARE(s.failed, 0);
        QCOMPARE(results.at(0).outcome, RowOutcome::Created);
        QCOMPARE(results.at(2).outcome, RowOutcome::Updated);
        QCOMPARE(results.at(3).outcome, RowOutcome::Updated);
        QCOMPARE(results.at(2).id, results.at(0).id);
        QCOMPARE(results.at(3).id, results.at(0).id);
        QCOMPARE(results.at(202).outcome, RowOutcome::Created);
        QCOMPARE(results.at(204).outcome, RowOutcome::Updated);
        QCOMPARE(results.at(204).id, results.at(202).id);
        const QStringList dup1 = o.records().findByField(
            QStringLiteral("Contact"), QStringLiteral("Legacy_Id__c"), QStringLiteral("DUP-1"));
        QCOMPARE(dup1.size(), 1);
        const QJsonObject record = o.records().get(QStringLiteral("Contact"), dup1.first()).record;
        QCOMPARE(record.value(QLatin1String("LastName")).toString(), QStringLiteral("D"));
        QCOMPARE(o.records()
                     .findByField(QStringLiteral("Contact"), QStringLiteral("Legacy_Id__c"),
                                  QStringLiteral("DUP-9"))
                     .size(),
                 1);
    }

    void cancelSkipsUnsentRows()
    {
        EngineOrg o;
        QVERIFY(o.start());
        o.org.org().setLatency(20);
        const JobConfig config = upsertByLegacyId(
            m_dir.write(QStringLiteral("cancel.csv"), rows(3000, "CAN-")), QStringLiteral("create"));
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        job.setBulkMode(Action::BulkMode::Off); // the REST path's call counts
        job.setConcurrency(1);
        connect(&job, &SyncJob::rowFinished, &job, [&job](const RowResult &) { job.cancel(); });
        QList<RowResult> results;
        const SyncSummary s = runJob(job, &results);
        QVERIFY(s.cancelled);
        QCOMPARE(results.size(), 3000);
        QVERIFY(s.skipped > 0);
        QCOMPARE(s.created + s.skipped, 3000);
        QCOMPARE(s.category, SyncSummary::Category::RowsFailed);
        int created = 0;
        for (const QJsonObject &r : o.records().records(QStringLiteral("Contact")))
            created += r.value(QLatin1String("Legacy_Id__c")).toString().startsWith(QLatin1String("CAN-"));
        QCOMPARE(created, s.created);
        for (int i = 0; i < results.size(); ++i)
            QCOMPARE(results.at(i).row, i + 1);
    }

    void resumeAfterACrash_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::newRow("create") << QStringLiteral("create");
        QTest::newRow("upsert") << QStringLiteral("upsert");
        QTest::newRow("upsert-lookup") << QStringLiteral("upsert-lookup");
    }

    void resumeAfterACrash()
    {
        QFETCH(QString, operation);
        EngineOrg o;
        QVERIFY(o.start());
        o.org.org().setLatency(5);
        const int n = 1500;
        const bool lookups = operation == QLatin1String("upsert-lookup");
        const QByteArray prefix = operation == QLatin1String("create") ? "RC-" : (lookups ? "RL-" : "RU-");
        JobConfig config =
            upsertByLegacyId(m_dir.write(operation + QStringLiteral("-resume.csv"), rows(n, prefix)),
                             lookups ? QStringLiteral("upsert") : operation);
        if (lookups)
            config.actions[0].matchers.append(
                Matcher {QStringLiteral("LastName"), QStringLiteral("name"), {}, false});
        // One Collections call per 200 rows, so the crash after 500 results always finds calls in flight
        // (Composite packs deliver 1,000 results at once; tst_crashresume crashes runs with it on).
        config.options.composite = false;
        int sendingAtCrash = 0;
        const QString journal = m_dir.filePath(operation + QStringLiteral("-journal.sqlite"));
        {
            // The "crash": the job object disappears mid-run, with calls in flight and no finished().
            auto *job = new SyncJob(config, o.rest(), o.metadata.get());
            job->setJournalPath(journal);
            int seen = 0;
            bool crashed = false;
            connect(job, &SyncJob::rowFinished, this, [&](const RowResult &) {
                if (++seen == 500 && !crashed) {
                    crashed = true;
                    QTimer::singleShot(0, this, [job] { delete job; });
                }
            });
            job->start();
            QTRY_VERIFY_WITH_TIMEOUT(crashed, 60000);
            QTest::qWait(200); // let the org finish what was already sent
        }
        {
            // The crash left rows finished and rows "sending" (maybe written, maybe not) in the journal.
            RunJournal j;
            QString error;
            QVERIFY(j.open(journal, &error));
            const QString run = j.resumableRun(config.hash());
            QVERIFY(!run.isEmpty());
            QVERIFY(j.countRows(run, RunJournal::RowState::Done) >= 400);
            sendingAtCrash = j.countRows(run, RunJournal::RowState::Sending);
            QVERIFY(sendingAtCrash > 0);
        }
        SyncJob resumed(config, o.rest(), o.metadata.get());
        resumed.setJournalPath(journal);
        resumed.setResume(true);
        const QString out = m_dir.filePath(operation + QStringLiteral("-resumed"));
        resumed.setOutputDirectory(out);
        QList<RowResult> results;
        const SyncSummary s = runJob(resumed, &results);
        QVERIFY2(s.fatalError.isNull(), qPrintable(s.fatalError.toString()));
        QCOMPARE(results.size(), n);
        if (operation == QLatin1String("upsert")) {
            // A native upsert re-sent after the crash finds the record the crashed call wrote: updated.
            QCOMPARE(s.created + s.updated, n);
            QVERIFY(s.updated <= sendingAtCrash);
        } else if (lookups) {
            // A row the crashed run was sending whose record it did write is looked up again and found
            // holding the row's values: unchanged, nothing sent (skipUnchanged). Only such rows.
            QCOMPARE(s.created + s.unchanged, n);
            QVERIFY(s.unchanged <= sendingAtCrash);
        } else {
            QCOMPARE(s.created, n);
        }
        QCOMPARE(s.category, SyncSummary::Category::Ok);
        // No duplicate, no gap: every key exists exactly once.
        QHash<QString, int> keys;
        for (const QJsonObject &r : o.records().records(QStringLiteral("Contact"))) {
            const QString key = r.value(QLatin1String("Legacy_Id__c")).toString();
            if (key.startsWith(QString::fromLatin1(prefix)))
                ++keys[key];
        }
        QCOMPARE(keys.size(), n);
        for (auto it = keys.cbegin(); it != keys.cend(); ++it)
            QCOMPARE(it.value(), 1);
        QCOMPARE(readLines(out + QStringLiteral("/results.csv")).size(), n + 1);
    }
};

QTEST_GUILESS_MAIN(tst_SyncJob)
#include "tst_syncjob.moc"
