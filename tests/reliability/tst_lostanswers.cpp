#include "core/config/jobconfig.h"
#include "core/engine/syncjob.h"
#include "core/salesforce/recordid.h"
#include "localorg/data/recordstore.h"
#include "tests/testsupport/csvfiles.h"
#include "tests/testsupport/engineorg.h"
#include "tests/testsupport/jobconfigs.h"
#include "tests/testsupport/scratchdir.h"
#include "tests/testsupport/testenvironment.h"

#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <tuple>

using namespace sfsync;
using namespace sfsync::test;

// Every write path under every way a real network loses an answer. The local org carries the call out (or
// not) and then loses its answer at the connection: LOSE_REQUEST (reset before the call is carried out),
// LOSE_ANSWER (carried out, reset before any byte of the answer), DROP (carried out, half an answer), STALL
// (carried out, never answered: the client times out). For sObject Collections (create, update, upsert
// looked up by Email, native upsert by external ID, delete) and Bulk API 2.0 jobs (create, upload, close,
// polls and results), afterwards the org holds exactly what the source says, no record twice, and each row
// has one true result whose Id exists (or, for a delete, no longer does).
class tst_LostAnswers : public QObject
{
    Q_OBJECT

    ScratchDir m_dir;

    enum class Op { Create, Update, UpsertByEmail, UpsertByExternalId, Delete };

    struct Case
    {
        Op op;
        bool bulk;
        QString fault;
    };

    static constexpr int Rows = 60;

    static QString email(int i) { return QStringLiteral("lost.%1@answers.example").arg(i); }
    static QString key(int i) { return QStringLiteral("LA-%1").arg(i, 3, 10, QLatin1Char('0')); }

    // Records of this suite (by e-mail, lower case).
    static QHash<QString, QList<QJsonObject>> ours(EngineOrg &o)
    {
        QHash<QString, QList<QJsonObject>> out;
        for (const QJsonObject &r : o.records().records(QStringLiteral("Contact"))) {
            const QString e = r.value(QLatin1String("Email")).toString().toLower();
            if (e.endsWith(QLatin1String("@answers.example")))
                out[e].append(r);
        }
        return out;
    }

    // Half the rows' records exist before the run (updates, deletes and upserts need them).
    static QHash<QString, QString> seed(EngineOrg &o, Op op)
    {
        QHash<QString, QString> ids; // email -> id
        if (op == Op::Create)
            return ids;
        // Created an hour before the run, as records usually are: what a run creates is told from what it
        // finds by CreatedDate.
        o.records().setClock([] { return QDateTime::currentDateTimeUtc().addSecs(-3600); });
        for (int i = 1; i <= Rows; ++i) {
            const bool exists = op == Op::Update || op == Op::Delete || i % 2 == 0;
            if (!exists)
                continue;
            const QJsonObject fields {{QStringLiteral("Email"), email(i)},
                                      {QStringLiteral("LastName"), QStringLiteral("Before")},
                                      {QStringLiteral("Legacy_Id__c"), key(i)}};
            const auto written = o.records().create(QStringLiteral("Contact"), fields);
            ids.insert(email(i), written.id);
        }
        o.records().setClock([] { return QDateTime::currentDateTimeUtc(); });
        return ids;
    }

    QString sourceFor(Op op, const QHash<QString, QString> &ids)
    {
        QByteArray csv = "id,email,key,last\n";
        for (int i = 1; i <= Rows; ++i) {
            const QString last = QStringLiteral("After %1").arg(i);
            csv += csvLine({ids.value(email(i)), email(i), key(i), last});
        }
        Q_UNUSED(op)
        return m_dir.write(QStringLiteral("rows-%1.csv").arg(QDateTime::currentMSecsSinceEpoch()), csv);
    }

    static JobConfig configFor(Op op, const QString &csv, bool bulk, bool composite)
    {
        QList<Matcher> matchers;
        QList<FieldMapping> fields = {columnField(QStringLiteral("LastName"), QStringLiteral("last"))};
        Action::Operation operation = Action::Operation::Create;
        switch (op) {
        case Op::Create:
            fields.append(columnField(QStringLiteral("Email"), QStringLiteral("email")));
            fields.append(columnField(QStringLiteral("Legacy_Id__c"), QStringLiteral("key")));
            break;
        case Op::Update:
            operation = Action::Operation::Update;
            matchers = {columnMatcher(QStringLiteral("Id"), QStringLiteral("id"))};
            break;
        case Op::UpsertByEmail:
            operation = Action::Operation::Upsert;
            matchers = {columnMatcher(QStringLiteral("Email"), QStringLiteral("email"))};
            fields.append(columnField(QStringLiteral("Email"), QStringLiteral("email")));
            fields.append(columnField(QStringLiteral("Legacy_Id__c"), QStringLiteral("key")));
            break;
        case Op::UpsertByExternalId:
            operation = Action::Operation::Upsert;
            matchers = {columnMatcher(QStringLiteral("Legacy_Id__c"), QStringLiteral("key"))};
            fields.append(columnField(QStringLiteral("Email"), QStringLiteral("email")));
            fields.append(columnField(QStringLiteral("Legacy_Id__c"), QStringLiteral("key")));
            break;
        case Op::Delete:
            operation = Action::Operation::Delete;
            matchers = {columnMatcher(QStringLiteral("Id"), QStringLiteral("id"))};
            fields.clear();
            break;
        }
        JobConfig c = oneAction(csv, QStringLiteral("Contact"), operation, matchers, fields);
        // Composite packs five calls into one: smaller calls keep the number of calls (and faults) up.
        c.actions[0].batchSize = composite ? 2 : 10;
        c.actions[0].bulk = bulk ? Action::BulkMode::On : Action::BulkMode::Off;
        c.options.composite = composite;
        // One call at a time: the org draws its faults in a reproducible order.
        c.options.concurrency = 1;
        return c;
    }

    static Bulk2Options quickBulk()
    {
        Bulk2Options o;
        o.initialPollMs = 2;
        o.maxPollMs = 20;
        o.uploadTimeoutMs = 400;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateEnvironment(QStringLiteral("tst_lostanswers"));
        QVERIFY(m_dir.isValid());
    }

    void everyWriteSurvives_data()
    {
        QTest::addColumn<int>("op");
        QTest::addColumn<bool>("bulk");
        QTest::addColumn<bool>("composite");
        QTest::addColumn<QString>("fault");
        const QList<std::pair<const char *, Op>> ops = {{"create", Op::Create},
                                                        {"update", Op::Update},
                                                        {"upsert by Email", Op::UpsertByEmail},
                                                        {"upsert by external id", Op::UpsertByExternalId},
                                                        {"delete", Op::Delete}};
        for (const auto &[name, op] : ops) {
            // REST one Collections call at a time, REST with the calls packed into Composite calls, Bulk.
            for (const auto &[transport, bulk, composite] :
                 {std::tuple {"rest", false, false}, std::tuple {"composite", false, true},
                  std::tuple {"bulk", true, false}}) {
                for (const char *fault : {"LOSE_REQUEST", "LOSE_ANSWER", "DROP", "STALL"})
                    QTest::addRow("%s %s %s", transport, name, fault)
                        << int(op) << bulk << composite << QString::fromLatin1(fault);
            }
        }
    }

    void everyWriteSurvives()
    {
        QFETCH(int, op);
        QFETCH(bool, bulk);
        QFETCH(bool, composite);
        QFETCH(QString, fault);
        const Op operation = Op(op);
        EngineOrg o;
        QVERIFY(o.start());
        o.org.rest().setRetryPolicy(RetryPolicy {8, 2, 10});
        const QHash<QString, QString> before = seed(o, operation);
        const QString csv = sourceFor(operation, before);

        // Every write route of the path loses a third of its answers (with Composite: the Composite calls,
        // reads and writes alike, and a call sent alone when it had no company).
        const QString route = bulk ? QStringLiteral("*:jobs/ingest*")
            : composite            ? QStringLiteral("*:composite*")
                                   : QStringLiteral("*:composite/sobjects*");
        QVERIFY(o.org.org().setFaults(0, {fault + QStringLiteral("=0.34@") + route}));
        SyncJob job(configFor(operation, csv, bulk, composite), o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        job.setBulkOptions(quickBulk());
        job.setBulkRowsPerJob(20);
        job.setLostAnswerSettleMs(20);
        job.setRequestTimeoutMs(fault == QLatin1String("STALL") ? 300 : 5000);
        QList<RowResult> results;
        const SyncSummary summary = runJob(job, &results);
        const QHash<QString, int> injected = o.org.org().injectedFaults();
        o.org.org().setFaults(0, {});
        QVERIFY2(injected.value(fault) > 0, "the fault never happened");

        // One true result per row.
        QCOMPARE(results.size(), Rows);
        QCOMPARE(summary.skipped + summary.failed + summary.uncertain + summary.invalid, 0);
        const QHash<QString, QList<QJsonObject>> after = ours(o);
        QSet<QString> reported;
        for (int i = 1; i <= Rows; ++i) {
            const RowResult &r = results.at(i - 1);
            QCOMPARE(r.row, qint64(i));
            const QList<QJsonObject> records = after.value(email(i));
            if (operation == Op::Delete) {
                QCOMPARE(RowResult::outcomeName(r.outcome), QStringLiteral("deleted"));
                QVERIFY2(records.isEmpty(), qPrintable(email(i)));
                continue;
            }
            QCOMPARE(records.size(), 1); // exactly once
            const QJsonObject &record = records.first();
            QCOMPARE(record.value(QLatin1String("LastName")).toString(), QStringLiteral("After %1").arg(i));
            QCOMPARE(RecordId::key(r.id), RecordId::key(record.value(QLatin1String("Id")).toString()));
            QVERIFY(!reported.contains(RecordId::key(r.id)));
            reported.insert(RecordId::key(r.id));
            const bool existed = before.contains(email(i));
            QCOMPARE(RowResult::outcomeName(r.outcome),
                     existed ? QStringLiteral("updated") : QStringLiteral("created"));
        }
    }

    // The three cases that broke against a stand-in that loses answers after committing: 1,500 new
    // Contacts upserted by Email in batches of 25 with one write answer in five lost; the same as plain
    // creates; 3,000 rows upserted by Email through Bulk API 2.0 with half of the job calls' answers lost.
    void reportedScenarios_data()
    {
        QTest::addColumn<bool>("bulk");
        QTest::addColumn<bool>("create");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("composite");
        QTest::newRow("rest upsert by Email")
            << false << false << 1500 << QStringLiteral("LOSE_ANSWER=0.2@*:composite/sobjects*") << false;
        QTest::newRow("rest create") << false << true << 1500
                                     << QStringLiteral("LOSE_ANSWER=0.2@*:composite/sobjects*") << false;
        QTest::newRow("bulk upsert by Email")
            << true << false << 3000 << QStringLiteral("LOSE_ANSWER=0.5@*:jobs/ingest*") << false;
        // The same with the Collections calls packed five to a Composite call, a fifth of whose answers
        // are lost (reads and writes alike).
        QTest::newRow("composite upsert by Email")
            << false << false << 1500 << QStringLiteral("LOSE_ANSWER=0.2@*:composite*") << true;
        QTest::newRow("composite create")
            << false << true << 1500 << QStringLiteral("LOSE_ANSWER=0.2@*:composite*") << true;
    }

    void reportedScenarios()
    {
        QFETCH(bool, bulk);
        QFETCH(bool, create);
        QFETCH(int, rows);
        QFETCH(QString, fault);
        QFETCH(bool, composite);
        EngineOrg o;
        QVERIFY(o.start());
        o.org.rest().setRetryPolicy(RetryPolicy {8, 2, 10});
        QByteArray content = "email,last\n";
        for (int i = 1; i <= rows; ++i)
            content += csvLine(
                {QStringLiteral("scenario.%1@answers.example").arg(i), QStringLiteral("S %1").arg(i)});
        const QString csv =
            m_dir.write(QStringLiteral("scenario-%1.csv").arg(QTest::currentDataTag()), content);
        QList<FieldMapping> fields = {columnField(QStringLiteral("Email"), QStringLiteral("email")),
                                      columnField(QStringLiteral("LastName"), QStringLiteral("last"))};
        JobConfig config = create
            ? oneAction(csv, QStringLiteral("Contact"), Action::Operation::Create, {}, fields)
            : oneAction(csv, QStringLiteral("Contact"), Action::Operation::Upsert,
                        {columnMatcher(QStringLiteral("Email"), QStringLiteral("email"))}, fields);
        config.actions[0].batchSize = 25;
        config.actions[0].bulk = bulk ? Action::BulkMode::On : Action::BulkMode::Off;
        config.options.composite = composite;
        QVERIFY(o.org.org().setFaults(0, {fault}));
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        job.setBulkOptions(quickBulk());
        job.setBulkRowsPerJob(500);
        job.setLostAnswerSettleMs(20);
        QList<RowResult> results;
        const SyncSummary summary = runJob(job, &results);
        const int lost = o.org.org().injectedFaults().value(QStringLiteral("LOSE_ANSWER"));
        o.org.org().setFaults(0, {});
        QVERIFY(lost > 0);

        // No record twice, every row reported once, every reported Id in the org with the row's values.
        QCOMPARE(results.size(), rows);
        QCOMPARE(summary.created, qint64(rows));
        QHash<QString, QList<QJsonObject>> byEmail;
        for (const QJsonObject &r : o.records().records(QStringLiteral("Contact"))) {
            const QString e = r.value(QLatin1String("Email")).toString();
            if (e.startsWith(QLatin1String("scenario.")))
                byEmail[e].append(r);
        }
        QCOMPARE(byEmail.size(), rows);
        for (int i = 1; i <= rows; ++i) {
            const QList<QJsonObject> records =
                byEmail.value(QStringLiteral("scenario.%1@answers.example").arg(i));
            QVERIFY2(records.size() == 1,
                     qPrintable(QStringLiteral("row %1: %2 records").arg(i).arg(records.size())));
            const RowResult &r = results.at(i - 1);
            QCOMPARE(r.row, qint64(i));
            QCOMPARE(r.outcome, RowOutcome::Created);
            QCOMPARE(RecordId::key(r.id),
                     RecordId::key(records.first().value(QLatin1String("Id")).toString()));
        }
        qInfo("%d answers lost; %d rows created once each, %d API calls", lost, rows, summary.apiCalls);
    }
};

QTEST_GUILESS_MAIN(tst_LostAnswers)
#include "tst_lostanswers.moc"
