#include "core/source/csvsource.h"
#include "tests/testsupport/engineorg.h"
#include "tests/testsupport/jobconfigs.h"
#include "tests/testsupport/scratchdir.h"
#include "tests/testsupport/testenvironment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimer>

using namespace sfsync;
using namespace sfsync::test;

// SyncJob writing through Bulk API 2.0: the same job in REST and in Bulk mode ends with the same org and the
// same results (Ids of new records aside); the bulk path's API calls; the auto threshold; rows sharing a
// record across jobs; lock retries; cancel aborting the open job.
class tst_SyncJobBulk : public QObject
{
    Q_OBJECT

    ScratchDir m_dir;

    static Bulk2Options fastPolls()
    {
        Bulk2Options o;
        o.initialPollMs = 2;
        o.maxPollMs = 20;
        return o;
    }

    // What a user would compare: every Contact's values (Ids and timestamps aside), sorted.
    static QStringList contactState(EngineOrg &o)
    {
        QStringList out;
        for (const QJsonObject &r : o.records().records(QStringLiteral("Contact"), true)) {
            QStringList v;
            for (const char *f : {"Legacy_Id__c", "Email", "FirstName", "LastName", "Title", "IsDeleted"})
                v.append(r.value(QLatin1String(f)).toVariant().toString());
            out.append(v.join(QLatin1Char('|')));
        }
        out.sort();
        return out;
    }

    // results.csv without the id column (new records get different Ids in two orgs).
    static QStringList resultsWithoutIds(const QString &dir)
    {
        QStringList out;
        CsvSource source(dir + QStringLiteral("/results.csv"));
        QString error;
        if (!source.open(&error))
            return {error};
        out.append(source.header().join(QLatin1Char('|')));
        SourceRow row;
        while (source.next(&row)) {
            QStringList cells = row.cells;
            if (cells.size() > 4)
                cells.removeAt(4);
            out.append(cells.join(QLatin1Char('|')) + row.error);
        }
        return out;
    }

    static int endpointCalls(EngineOrg &o, const QString &contains)
    {
        // Requests, however they travelled: as calls or inside Composite calls.
        int n = 0;
        for (const QHash<QString, int> &byEndpoint :
             {o.org.org().apiCallsByEndpoint(), o.org.org().subrequestsByEndpoint()}) {
            for (auto it = byEndpoint.cbegin(); it != byEndpoint.cend(); ++it) {
                if (it.key().contains(contains))
                    n += it.value();
            }
        }
        return n;
    }

    struct Run
    {
        SyncSummary summary;
        QList<RowResult> results;
        QStringList state;
        QStringList resultLines;
        int ingestCalls = 0;
        int queries = 0; // REST query calls (lookups, counts)
        int queryJobs = 0; // Bulk API 2.0 query jobs
    };

    Run runIn(const JobConfig &config, Action::BulkMode mode, const QString &name)
    {
        EngineOrg o;
        Run run;
        if (!o.start())
            return run;
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        job.setBulkMode(mode);
        job.setBulkOptions(fastPolls());
        // Creates of one unique value race when two calls are in flight; one call at a time keeps REST in
        // source order, as the bulk job is.
        job.setConcurrency(1);
        const QString out = m_dir.filePath(name);
        job.setOutputDirectory(out);
        run.summary = runJob(job, &run.results);
        run.state = contactState(o);
        run.resultLines = resultsWithoutIds(out);
        run.ingestCalls = endpointCalls(o, QStringLiteral("jobs/ingest"));
        run.queries = endpointCalls(o, QStringLiteral("GET query"));
        run.queryJobs = endpointCalls(o, QStringLiteral("POST jobs/query"));
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateEnvironment(QStringLiteral("tst_syncjob_bulk"));
        QVERIFY(m_dir.isValid());
    }

    void sameOutcomeAsRest_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("upsert by lookup") << QStringLiteral("upsert-or");
        QTest::newRow("upsert by external id") << QStringLiteral("upsert-native");
        QTest::newRow("create") << QStringLiteral("create");
        QTest::newRow("update by id") << QStringLiteral("update-id");
        QTest::newRow("delete") << QStringLiteral("delete");
    }

    void sameOutcomeAsRest()
    {
        QFETCH(QString, kind);
        // Existing keys (CON-0010, -0020, ... do not exist), new keys, a key repeated later in the run, an
        // ambiguous e-mail, a value Salesforce refuses (Title over 128 characters), a value sfsync refuses,
        // and text that needs quoting in a CSV.
        QByteArray content = "key,email,name,title\n";
        for (int i = 1; i <= 120; ++i)
            content += QStringLiteral("CON-%1,,Name %1,T%1\n").arg(i, 4, 10, QLatin1Char('0')).toUtf8();
        for (int i = 1; i <= 150; ++i)
            content += "NEW-" + QByteArray::number(i) + ",new" + QByteArray::number(i)
                + "@example.org,\"New, " + QByteArray::number(i) + "\",\"say \"\"" + QByteArray::number(i)
                + "\"\"\"\n";
        content += "NEW-5,,Again,T\n";
        content += ",jordan.lee@example.com,Ambiguous,T\n";
        content += "NEW-900,,Long," + QByteArray(200, 'x') + "\n";
        content += "NEW-901,not-an-email,Bad,T\n";
        content += "new-7,,Case,\"multi\nline\"\n";
        const QString path = m_dir.write(kind + QStringLiteral(".csv"), content);

        JobConfig config;
        const QList<FieldMapping> fields {columnField(QStringLiteral("LastName"), QStringLiteral("name")),
                                          columnField(QStringLiteral("Title"), QStringLiteral("title")),
                                          columnField(QStringLiteral("Legacy_Id__c"), QStringLiteral("key"))};
        if (kind == QLatin1String("upsert-or")) {
            config = oneAction(path, QStringLiteral("Contact"), Action::Operation::Upsert,
                               {columnMatcher(QStringLiteral("Legacy_Id__c"), QStringLiteral("key")),
                                columnMatcher(QStringLiteral("Email"), QStringLiteral("email"))},
                               fields);
        } else if (kind == QLatin1String("upsert-native")) {
            config =
                oneAction(path, QStringLiteral("Contact"), Action::Operation::Upsert,
                          {columnMatcher(QStringLiteral("Legacy_Id__c"), QStringLiteral("key"))}, fields);
        } else if (kind == QLatin1String("create")) {
            config = oneAction(path, QStringLiteral("Contact"), Action::Operation::Create, {}, fields);
        } else if (kind == QLatin1String("update-id")) {
            // Update by lookup on the key, writing the title only; rows 1-2 name the same record twice.
            config = oneAction(path, QStringLiteral("Contact"), Action::Operation::Update,
                               {columnMatcher(QStringLiteral("Legacy_Id__c"), QStringLiteral("key")),
                                columnMatcher(QStringLiteral("Email"), QStringLiteral("email"))},
                               {columnField(QStringLiteral("Title"), QStringLiteral("title"))});
        } else {
            config = oneAction(path, QStringLiteral("Contact"), Action::Operation::Delete,
                               {columnMatcher(QStringLiteral("Legacy_Id__c"), QStringLiteral("key")),
                                columnMatcher(QStringLiteral("Email"), QStringLiteral("email"))},
                               {});
        }

        const Run rest = runIn(config, Action::BulkMode::Off, kind + QStringLiteral("-rest"));
        const Run bulk = runIn(config, Action::BulkMode::On, kind + QStringLiteral("-bulk"));
        QCOMPARE(rest.results.size(), 275);
        QCOMPARE(rest.ingestCalls, 0);
        QVERIFY2(bulk.ingestCalls > 0, "the bulk run used no ingest job");
        QCOMPARE(bulk.resultLines, rest.resultLines);
        QCOMPARE(bulk.state, rest.state);
        QCOMPARE(bulk.summary.created, rest.summary.created);
        QCOMPARE(bulk.summary.updated, rest.summary.updated);
        QCOMPARE(bulk.summary.deleted, rest.summary.deleted);
        QCOMPARE(bulk.summary.failed, rest.summary.failed);
        QCOMPARE(bulk.summary.category, rest.summary.category);
        // Ids are reported for every written row in both modes.
        for (int i = 0; i < bulk.results.size(); ++i) {
            QCOMPARE(bulk.results.at(i).row, rest.results.at(i).row);
            QCOMPARE(bulk.results.at(i).id.isEmpty(), rest.results.at(i).id.isEmpty());
        }
        // The cases the rows were written for did happen.
        if (kind != QLatin1String("delete"))
            QCOMPARE(rest.results.at(272).outcome, RowOutcome::Invalid); // Title too long: never sent
        else
            QCOMPARE(rest.summary.deleted, 108);
        if (kind == QLatin1String("upsert-or") || kind == QLatin1String("upsert-native")) {
            // CON-0010, -0020, ... -0120 and the new keys are created (and NEW-901 where its e-mail is not
            // a matcher).
            QCOMPARE(rest.summary.created, 150 + 12 + (kind == QLatin1String("upsert-native") ? 1 : 0));
            QCOMPARE(rest.results.at(270).outcome, RowOutcome::Updated); // NEW-5 again
            QCOMPARE(rest.results.at(274).outcome, RowOutcome::Updated); // new-7
        }
        if (kind == QLatin1String("create")) {
            // Existing and repeated keys are refused by Salesforce (unique external ID), in both modes.
            QCOMPARE(rest.summary.failed, 108 + 2);
            QVERIFY(rest.results.at(270).error.startsWith(QLatin1String("DUPLICATE_VALUE: ")));
        }
    }

    // A contact of the sample org without a Legacy_Id__c (every tenth), found only by its e-mail.
    static QString emailOfContactWithoutKey()
    {
        EngineOrg o;
        if (!o.start())
            return {};
        for (const QJsonObject &r : o.records().records(QStringLiteral("Contact"), false)) {
            if (r.value(QLatin1String("Legacy_Id__c")).toString().isEmpty())
                return r.value(QLatin1String("Email")).toString();
        }
        return {};
    }

    void largeJobLooksUpInAnIndex()
    {
        // 12,000 rows: new keys first, then the cases of sameOutcomeAsRest after the first few thousand rows,
        // so that they are matched by the index. The outcome must be the REST run's, with a fraction of the
        // lookup queries and one Bulk API 2.0 query job.
        const QString byEmail = emailOfContactWithoutKey();
        QVERIFY(!byEmail.isEmpty());
        QByteArray content = "key,email,name,title\n";
        for (int i = 1; i <= 11700; ++i)
            content += "BIG-" + QByteArray::number(i) + ",big" + QByteArray::number(i) + "@example.org,N,T\n";
        for (int i = 1; i <= 120; ++i)
            content += QStringLiteral("CON-%1,,Name %1,T%1\n").arg(i, 4, 10, QLatin1Char('0')).toUtf8();
        content += ",jordan.lee@example.com,Ambiguous,T\n";
        content += "," + byEmail.toUtf8() + ",ByEmail,T\n";
        content += "BIG-5,,Again,T\n";
        content += "big-7,,Case,T\n";
        content += ",BIG11@EXAMPLE.ORG,EmailCase,T\n";
        const JobConfig config =
            oneAction(m_dir.write(QStringLiteral("index.csv"), content), QStringLiteral("Contact"),
                      Action::Operation::Upsert,
                      {columnMatcher(QStringLiteral("Legacy_Id__c"), QStringLiteral("key")),
                       columnMatcher(QStringLiteral("Email"), QStringLiteral("email"))},
                      {columnField(QStringLiteral("LastName"), QStringLiteral("name")),
                       columnField(QStringLiteral("Title"), QStringLiteral("title")),
                       columnField(QStringLiteral("Legacy_Id__c"), QStringLiteral("key"))});
        const Run rest = runIn(config, Action::BulkMode::Off, QStringLiteral("index-rest"));
        const Run bulk = runIn(config, Action::BulkMode::On, QStringLiteral("index-bulk"));
        QCOMPARE(rest.results.size(), 11825);
        QCOMPARE(bulk.resultLines, rest.resultLines);
        QCOMPARE(bulk.state, rest.state);
        QCOMPARE(bulk.summary.category, rest.summary.category);
        // The cases happened: CON-0010, -0020 ... do not exist and are created; the rest update.
        QCOMPARE(rest.summary.created, 11700 + 12);
        QCOMPARE(rest.summary.updated, 108 + 4);
        QCOMPARE(rest.summary.ambiguous, 1);
        QCOMPARE(rest.results.at(11821).outcome, RowOutcome::Updated); // by e-mail only
        QCOMPARE(rest.results.at(11822).id, rest.results.at(4).id); // BIG-5 again
        QCOMPARE(bulk.results.at(11822).id, bulk.results.at(4).id);
        QCOMPARE(bulk.results.at(11824).id, bulk.results.at(10).id); // e-mail in other case
        // Lookups: the index is decided before the first lookup, so the count is the only query; one query
        // job loaded the index. The REST run looked up batch by batch.
        QCOMPARE(bulk.queryJobs, 1);
        QCOMPARE(rest.queryJobs, 0);
        QCOMPARE(bulk.queries, 1);
        QVERIFY2(rest.queries >= 100, qPrintable(QString::number(rest.queries)));
    }

    void indexFollowsTheRunsWrites()
    {
        // Rows matched from the index after earlier rows changed what it holds: a record whose e-mail an
        // update changed is found by the new address and no longer by the old; a deleted record is not
        // found again. (With lookup queries running ahead of the writes neither is certain.)
        EngineOrg o;
        QVERIFY(o.start());
        const QStringList con1 = o.records().findByField(
            QStringLiteral("Contact"), QStringLiteral("Legacy_Id__c"), QStringLiteral("CON-0001"));
        QCOMPARE(con1.size(), 1);
        const QString oldEmail = o.records().record(con1.first())->value(QLatin1String("Email")).toString();
        QByteArray content = "key,email,title\n";
        for (int i = 1; i <= 10000; ++i)
            content += "NONE-" + QByteArray::number(i) + ",,T\n";
        content += "CON-0001,rekeyed@example.org,Moved\n"; // row 10001
        content += ",rekeyed@example.org,FoundByNewAddress\n"; // 10002
        content += "," + oldEmail.toUtf8() + ",OldAddress\n"; // 10003
        const JobConfig config =
            oneAction(m_dir.write(QStringLiteral("rekey.csv"), content), QStringLiteral("Contact"),
                      Action::Operation::Update,
                      {columnMatcher(QStringLiteral("Legacy_Id__c"), QStringLiteral("key")),
                       columnMatcher(QStringLiteral("Email"), QStringLiteral("email"))},
                      {columnField(QStringLiteral("Email"), QStringLiteral("email")),
                       columnField(QStringLiteral("Title"), QStringLiteral("title"))});
        o.org.org().resetCounters();
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        job.setBulkMode(Action::BulkMode::On);
        job.setBulkOptions(fastPolls());
        QList<RowResult> results;
        runJob(job, &results);
        QCOMPARE(results.size(), 10003);
        QCOMPARE(endpointCalls(o, QStringLiteral("POST jobs/query")), 1);
        QCOMPARE(results.at(10000).outcome, RowOutcome::Updated);
        QCOMPARE(results.at(10001).outcome, RowOutcome::Updated);
        QCOMPARE(results.at(10001).id, con1.first());
        QCOMPARE(results.at(10002).outcome, RowOutcome::NotFound);
        QCOMPARE(o.records().record(con1.first())->value(QLatin1String("Title")).toString(),
                 QStringLiteral("FoundByNewAddress"));

        // Delete: the second row naming CON-0002 finds nothing (404), not a deleted record.
        QByteArray deletes = "key,email\n";
        for (int i = 1; i <= 10000; ++i)
            deletes += "NONE-" + QByteArray::number(i) + ",\n";
        deletes += "CON-0002,\nCON-0002,\n";
        const JobConfig deleteConfig =
            oneAction(m_dir.write(QStringLiteral("redelete.csv"), deletes), QStringLiteral("Contact"),
                      Action::Operation::Delete,
                      {columnMatcher(QStringLiteral("Legacy_Id__c"), QStringLiteral("key")),
                       columnMatcher(QStringLiteral("Email"), QStringLiteral("email"))},
                      {});
        SyncJob deleteJob(deleteConfig, o.rest(), o.metadata.get());
        deleteJob.setJournalPath(QString());
        deleteJob.setBulkMode(Action::BulkMode::On);
        deleteJob.setBulkOptions(fastPolls());
        QList<RowResult> deleted;
        runJob(deleteJob, &deleted);
        QCOMPARE(deleted.size(), 10002);
        QCOMPARE(deleted.at(10000).outcome, RowOutcome::Deleted);
        QCOMPARE(deleted.at(10001).outcome, RowOutcome::NotFound);
        QCOMPARE(endpointCalls(o, QStringLiteral("POST jobs/query")), 2);
    }

    void emptyObjectNeedsNoLookups()
    {
        // Nothing in the org carries a matcher value: the count says so, and no row is looked up after it.
        EngineOrg o;
        QVERIFY(o.start());
        QByteArray content = "key,name\n";
        for (int i = 1; i <= 8000; ++i)
            content += "EMPTY-" + QByteArray::number(i) + ",N\n";
        const JobConfig config = oneAction(m_dir.write(QStringLiteral("emptyindex.csv"), content),
                                           QStringLiteral("Lead"), Action::Operation::Upsert,
                                           {columnMatcher(QStringLiteral("Title"), QStringLiteral("key"))},
                                           {columnField(QStringLiteral("LastName"), QStringLiteral("name")),
                                            columnField(QStringLiteral("Company"), QStringLiteral("name")),
                                            columnField(QStringLiteral("Title"), QStringLiteral("key"))});
        o.org.org().resetCounters();
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        job.setBulkMode(Action::BulkMode::On);
        job.setBulkOptions(fastPolls());
        const SyncSummary s = runJob(job);
        QCOMPARE(s.created, 8000);
        QCOMPARE(endpointCalls(o, QStringLiteral("POST jobs/query")), 0);
        // The count, decided before the first lookup, is the only query.
        QVERIFY2(endpointCalls(o, QStringLiteral("GET query")) == 1, qPrintable(o.org.org().summary()));
    }

    void bulkCallCounts_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("n");
        QTest::newRow("insert 20000") << QStringLiteral("create") << 20000;
        QTest::newRow("upsert 20000") << QStringLiteral("upsert") << 20000;
        QTest::newRow("insert 100000") << QStringLiteral("create") << 100000;
    }

    void bulkCallCounts()
    {
        QFETCH(QString, operation);
        QFETCH(int, n);
        QByteArray content = "key,name\n";
        content.reserve(n * 24);
        for (int i = 1; i <= n; ++i)
            content += "BC-" + QByteArray::number(i) + ",Name" + QByteArray::number(i) + "\n";
        Action::Operation op;
        QVERIFY(Action::operationFromName(operation, &op));
        const JobConfig config = oneAction(
            m_dir.write(operation + QStringLiteral("-count%1.csv").arg(n), content),
            QStringLiteral("Contact"), op,
            op == Action::Operation::Create
                ? QList<Matcher>()
                : QList<Matcher> {columnMatcher(QStringLiteral("Legacy_Id__c"), QStringLiteral("key"))},
            {columnField(QStringLiteral("LastName"), QStringLiteral("name")),
             columnField(QStringLiteral("Legacy_Id__c"), QStringLiteral("key"))});
        EngineOrg o;
        QVERIFY(o.start());
        const int before = o.records().count(QStringLiteral("Contact"));
        o.org.org().resetCounters();
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        // Default: auto from 2,000 rows on, default poll timing.
        QList<RowResult> results;
        const SyncSummary s = runJob(job, &results);
        QCOMPARE(s.created, n);
        QCOMPARE(s.category, SyncSummary::Category::Ok);
        QCOMPARE(o.records().count(QStringLiteral("Contact")), before + n);
        QSet<QString> ids;
        for (const RowResult &r : std::as_const(results))
            ids.insert(r.id);
        QCOMPARE(ids.size(), n);
        QCOMPARE(results.first().row, 1);
        QCOMPARE(results.last().row, n);

        const int polls = endpointCalls(o, QStringLiteral("GET jobs/ingest/{id}"))
            - endpointCalls(o, QStringLiteral("GET jobs/ingest/{id}/"));
        const int all = o.org.org().apiCalls();
        // Per job of up to 50,000 rows: create, upload, close, the successful results; plus the describe. No
        // lookups, no Collections calls.
        const int jobs = (n + 49999) / 50000;
        qInfo("%d rows: %d calls, of which %d polls, in %lld ms", n, all, polls, qint64(s.elapsedMs));
        QVERIFY2(all - polls <= 10, qPrintable(o.org.org().summary()));
        QCOMPARE(all - polls, 1 + 4 * jobs);
        QCOMPARE(endpointCalls(o, QStringLiteral("POST jobs/ingest")), jobs);
        QCOMPARE(endpointCalls(o, QStringLiteral("GET query")), 0);
        QCOMPARE(endpointCalls(o, QStringLiteral("composite")), 0);
        QVERIFY(polls >= 1);
        QCOMPARE(s.apiCalls, all);
    }

    void autoThreshold_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<bool>("bulk");
        QTest::newRow("below") << 299 << false;
        QTest::newRow("at") << 300 << true;
    }

    void autoThreshold()
    {
        QFETCH(int, rows);
        QFETCH(bool, bulk);
        QByteArray content = "key,name\n";
        for (int i = 1; i <= rows; ++i)
            content += "AT-" + QByteArray::number(i) + ",N\n";
        JobConfig config = oneAction(m_dir.write(QStringLiteral("auto%1.csv").arg(rows), content),
                                     QStringLiteral("Contact"), Action::Operation::Create, {},
                                     {columnField(QStringLiteral("LastName"), QStringLiteral("name")),
                                      columnField(QStringLiteral("Legacy_Id__c"), QStringLiteral("key"))});
        config.actions[0].bulkThreshold = 300;
        QVERIFY(config.validateShape().isEmpty());
        EngineOrg o;
        QVERIFY(o.start());
        o.org.org().resetCounters();
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        job.setBulkOptions(fastPolls());
        const SyncSummary s = runJob(job);
        QCOMPARE(s.created, rows);
        QCOMPARE(endpointCalls(o, QStringLiteral("POST jobs/ingest")), bulk ? 1 : 0);
        QCOMPARE(endpointCalls(o, QStringLiteral("POST composite/sobjects")), bulk ? 0 : 2);
    }

    void rowsSharingARecordGoInLaterJobs()
    {
        EngineOrg o;
        QVERIFY(o.start());
        // Upsert by lookup: row 3 updates the record row 1 creates, so it waits for row 1's job (and its
        // Id). Rows 4 and 5 update one existing record: two jobs, in source order.
        QByteArray content = "key,name\nSH-1,First\nSH-2,Other\nsh-1,Second\nCON-0001,A\nCON-0001,B\n";
        for (int i = 3; i <= 400; ++i)
            content += "SH-" + QByteArray::number(i) + ",N\n";
        const JobConfig config =
            oneAction(m_dir.write(QStringLiteral("shared.csv"), content), QStringLiteral("Contact"),
                      Action::Operation::Upsert,
                      {columnMatcher(QStringLiteral("Legacy_Id__c"), QStringLiteral("key")),
                       columnMatcher(QStringLiteral("LastName"), QStringLiteral("name"))},
                      {columnField(QStringLiteral("LastName"), QStringLiteral("name")),
                       columnField(QStringLiteral("Legacy_Id__c"), QStringLiteral("key"))});
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        job.setBulkMode(Action::BulkMode::On);
        job.setBulkOptions(fastPolls());
        QList<RowResult> results;
        const SyncSummary s = runJob(job, &results);
        QVERIFY2(s.failed == 0, qPrintable(results.value(0).error));
        QCOMPARE(results.at(0).outcome, RowOutcome::Created);
        QCOMPARE(results.at(2).outcome, RowOutcome::Updated);
        QCOMPARE(results.at(2).id, results.at(0).id);
        QCOMPARE(results.at(3).outcome, RowOutcome::Updated);
        QCOMPARE(results.at(4).outcome, RowOutcome::Updated);
        QCOMPARE(results.at(4).id, results.at(3).id);
        QCOMPARE(o.records().record(results.at(0).id)->value(QLatin1String("LastName")).toString(),
                 QStringLiteral("Second"));
        QCOMPARE(o.records().record(results.at(3).id)->value(QLatin1String("LastName")).toString(),
                 QStringLiteral("B"));
        QCOMPARE(o.records().findByField(QStringLiteral("Contact"), QStringLiteral("Legacy_Id__c"),
                                         QStringLiteral("SH-1")),
                 QStringList {results.at(0).id});
        QVERIFY(endpointCalls(o, QStringLiteral("POST jobs/ingest")) >= 3);
    }

    void lockedRowsAreRetriedInNewJobs()
    {
        EngineOrg o;
        QVERIFY(o.start());
        const int n = 1000;
        QByteArray content = "key,name\n";
        for (int i = 1; i <= n; ++i)
            content += "BL-" + QByteArray::number(i) + ",N" + QByteArray::number(i) + "\n";
        const JobConfig config = oneAction(
            m_dir.write(QStringLiteral("bulk-lock.csv"), content), QStringLiteral("Contact"),
            Action::Operation::Upsert, {columnMatcher(QStringLiteral("Legacy_Id__c"), QStringLiteral("key"))},
            {columnField(QStringLiteral("LastName"), QStringLiteral("name"))});
        o.org.org().setFaults(0.1, {QStringLiteral("UNABLE_TO_LOCK_ROW")});
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        job.setBulkMode(Action::BulkMode::On);
        job.setBulkOptions(fastPolls());
        const SyncSummary s = runJob(job);
        o.org.org().setFaults(0, {});
        QCOMPARE(s.created, n);
        QCOMPARE(s.category, SyncSummary::Category::Ok);
        QHash<QString, int> keys;
        for (const QJsonObject &r : o.records().records(QStringLiteral("Contact"))) {
            const QString key = r.value(QLatin1String("Legacy_Id__c")).toString();
            if (key.startsWith(QLatin1String("BL-")))
                ++keys[key];
        }
        QCOMPARE(keys.size(), n);
        for (auto it = keys.cbegin(); it != keys.cend(); ++it)
            QCOMPARE(it.value(), 1);
        QVERIFY(endpointCalls(o, QStringLiteral("POST jobs/ingest")) >= 2);
    }

    static QByteArray upsertRows(int n)
    {
        QByteArray content = "key,name\n";
        for (int i = 1; i <= n; ++i)
            content += "BU-" + QByteArray::number(i) + ",N" + QByteArray::number(i) + "\n";
        return content;
    }

    static int writtenWithPrefix(EngineOrg &o, const QString &prefix, QSet<QString> *duplicates)
    {
        QHash<QString, int> keys;
        for (const QJsonObject &r : o.records().records(QStringLiteral("Contact"))) {
            const QString key = r.value(QLatin1String("Legacy_Id__c")).toString();
            if (key.startsWith(prefix) && ++keys[key] > 1)
                duplicates->insert(key);
        }
        return int(keys.size());
    }

    // A 503 on the upload means the org refused it without storing anything: RestClient sends the same
    // upload to the same job again (the refusal is logged), and the job runs once.
    void refusedUploadIsSentAgainToTheSameJob()
    {
        EngineOrg o;
        QVERIFY(o.start());
        const int n = 300;
        const JobConfig config = oneAction(
            m_dir.write(QStringLiteral("bulk-upload.csv"), upsertRows(n)), QStringLiteral("Contact"),
            Action::Operation::Upsert, {columnMatcher(QStringLiteral("Legacy_Id__c"), QStringLiteral("key"))},
            {columnField(QStringLiteral("LastName"), QStringLiteral("name"))});
        int failedUploads = 0;
        o.org.network().setHandler([&failedUploads](const FakeNetworkAccessManager::Request &request)
                                       -> std::optional<FakeNetworkAccessManager::Reply> {
            if (request.method == "PUT" && request.url.path().endsWith(QLatin1String("/batches"))
                && failedUploads < 2) {
                ++failedUploads;
                return FakeNetworkAccessManager::Reply::json(
                    503, "[{\"errorCode\":\"SERVER_UNAVAILABLE\",\"message\":\"Server unavailable\"}]");
            }
            return std::nullopt;
        });
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        job.setBulkMode(Action::BulkMode::On);
        job.setBulkOptions(fastPolls());
        const SyncSummary s = runJob(job);
        QCOMPARE(failedUploads, 2);
        QCOMPARE(s.failed, 0);
        QCOMPARE(s.created, n);
        QCOMPARE(s.category, SyncSummary::Category::Ok);
        QSet<QString> duplicates;
        QCOMPARE(writtenWithPrefix(o, QStringLiteral("BU-"), &duplicates), n);
        QVERIFY2(duplicates.isEmpty(),
                 qPrintable(QStringList(duplicates.cbegin(), duplicates.cend()).join(u',')));
        QCOMPARE(endpointCalls(o, QStringLiteral("POST jobs/ingest")), 1);
        QCOMPARE(o.org.network().count(QStringLiteral("/batches")), 3);
    }

    // The org stores the upload, then the connection dies before the answer. The job is never uploaded to
    // twice: it is aborted (never closed, it processes nothing) and its rows go in a fresh job.
    void lostUploadAnswerMovesTheRowsToAFreshJob()
    {
        EngineOrg o;
        QVERIFY(o.start());
        const int n = 300;
        const JobConfig config = oneAction(
            m_dir.write(QStringLiteral("bulk-lost-upload.csv"), upsertRows(n)), QStringLiteral("Contact"),
            Action::Operation::Upsert, {columnMatcher(QStringLiteral("Legacy_Id__c"), QStringLiteral("key"))},
            {columnField(QStringLiteral("LastName"), QStringLiteral("name"))});
        QVERIFY(o.org.org().setFaults(0, {QStringLiteral("LOSE_ANSWER=1@PUT:jobs/ingest/*/batches")}));
        int uploads = 0;
        o.org.network().setHandler([&](const FakeNetworkAccessManager::Request &request)
                                       -> std::optional<FakeNetworkAccessManager::Reply> {
            // Only the first upload loses its answer.
            if (uploads > 0)
                o.org.org().setFaults(0, {});
            if (request.method == "PUT" && request.url.path().endsWith(QLatin1String("/batches")))
                ++uploads;
            return std::nullopt;
        });
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        job.setBulkMode(Action::BulkMode::On);
        job.setBulkOptions(fastPolls());
        const SyncSummary s = runJob(job);
        QCOMPARE(s.created, n);
        QCOMPARE(s.failed + s.uncertain + s.skipped, 0);
        QSet<QString> duplicates;
        QCOMPARE(writtenWithPrefix(o, QStringLiteral("BU-"), &duplicates), n);
        QVERIFY(duplicates.isEmpty());
        // One upload per job: the job whose upload answer was lost got no second one.
        QVERIFY(uploads >= 2);
        QCOMPARE(endpointCalls(o, QStringLiteral("POST jobs/ingest")), uploads);
        QCOMPARE(o.org.org().injectedFaults().value(QStringLiteral("LOSE_ANSWER")), 1);
    }

    void cancelAbortsTheOpenJob()
    {
        EngineOrg o;
        QVERIFY(o.start());
        const int n = 20000;
        QByteArray content = "key,name\n";
        for (int i = 1; i <= n; ++i)
            content += "CB-" + QByteArray::number(i) + ",N\n";
        const JobConfig config =
            oneAction(m_dir.write(QStringLiteral("bulk-cancel.csv"), content), QStringLiteral("Contact"),
                      Action::Operation::Create, {},
                      {columnField(QStringLiteral("LastName"), QStringLiteral("name")),
                       columnField(QStringLiteral("Legacy_Id__c"), QStringLiteral("key"))});
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        job.setBulkMode(Action::BulkMode::On);
        job.setBulkOptions(fastPolls());
        // Cancel as soon as the job was closed (processing starts on the server).
        bool canceled = false;
        o.org.network().setHandler([&](const FakeNetworkAccessManager::Request &r)
                                       -> std::optional<FakeNetworkAccessManager::Reply> {
            if (!canceled && r.method == "GET" && r.url.path().contains(QLatin1String("/jobs/ingest/"))) {
                canceled = true;
                QTimer::singleShot(0, &job, [&job] { job.cancel(); });
            }
            return std::nullopt;
        });
        QList<RowResult> results;
        const SyncSummary s = runJob(job, &results);
        QVERIFY(canceled);
        QVERIFY(s.cancelled);
        QCOMPARE(results.size(), n);
        QVERIFY(s.skipped > 0);
        QCOMPARE(s.created + s.skipped, n);
        QCOMPARE(s.category, SyncSummary::Category::RowsFailed);
        // The job was aborted on the server, and what it wrote before is reported as written.
        bool aborted = false;
        for (const FakeNetworkAccessManager::Request &r : o.org.network().requests()) {
            if (r.method == "PATCH" && r.url.path().contains(QLatin1String("/jobs/ingest/")))
                aborted = aborted
                    || QJsonDocument::fromJson(r.body).object().value(QLatin1String("state")).toString()
                        == QLatin1String("Aborted");
        }
        QVERIFY(aborted);
        int written = 0;
        for (const QJsonObject &r : o.records().records(QStringLiteral("Contact")))
            written += r.value(QLatin1String("Legacy_Id__c")).toString().startsWith(QLatin1String("CB-"));
        QCOMPARE(written, s.created);
    }
};

QTEST_GUILESS_MAIN(tst_SyncJobBulk)
#include "tst_syncjob_bulk.moc"
