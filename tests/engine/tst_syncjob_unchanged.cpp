#include "core/config/jobconfig.h"
#include "core/engine/syncjob.h"
#include "tests/testsupport/csvfiles.h"
#include "tests/testsupport/engineorg.h"
#include "tests/testsupport/jobconfigs.h"
#include "tests/testsupport/scratchdir.h"
#include "tests/testsupport/testenvironment.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sfsync;
using namespace sfsync::test;

// skipUnchanged end to end against the local org: a row whose values the matched record already holds is not
// sent (outcome `unchanged`), through REST and Bulk API 2.0, compared by the fields' types; the preview marks
// such rows; `skipUnchanged: false`, native upserts and updates by Id write as before.
class tst_SyncJobUnchanged : public QObject
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

    // Requests that change data, however they travelled (as calls or inside Composite calls): sObject and
    // Collections writes, Bulk API 2.0 ingest jobs and their uploads. Reads (queries, query jobs) are not.
    static int writeRequests(EngineOrg &o)
    {
        int n = 0;
        for (const QHash<QString, int> &byEndpoint :
             {o.org.org().apiCallsByEndpoint(), o.org.org().subrequestsByEndpoint()}) {
            for (auto it = byEndpoint.cbegin(); it != byEndpoint.cend(); ++it) {
                const QString &e = it.key();
                const bool write = e.startsWith(QLatin1String("PATCH "))
                    || e.startsWith(QLatin1String("PUT ")) || e.startsWith(QLatin1String("DELETE "))
                    || (e.startsWith(QLatin1String("POST ")) && e != QLatin1String("POST composite")
                        && !e.startsWith(QLatin1String("POST jobs/query")));
                if (write)
                    n += it.value();
            }
        }
        return n;
    }

    // Records sent to be written: in Collections update bodies (as calls or Composite subrequests) and in
    // Bulk API 2.0 uploads (CSV lines after the header).
    static int sentRecords(EngineOrg &o)
    {
        int n = 0;
        const auto collections = [&n](const QString &method, const QString &url, const QJsonObject &body) {
            if (method == QLatin1String("PATCH") && url.endsWith(QLatin1String("composite/sobjects")))
                n += int(body.value(QLatin1String("records")).toArray().size());
        };
        for (const FakeNetworkAccessManager::Request &r : o.org.network().requests()) {
            const QString path = r.url.path();
            collections(QString::fromLatin1(r.method), path, QJsonDocument::fromJson(r.body).object());
            if (r.method == "POST" && path.endsWith(QLatin1String("/composite"))) {
                const QJsonArray parts = QJsonDocument::fromJson(r.body)
                                             .object()
                                             .value(QLatin1String("compositeRequest"))
                                             .toArray();
                for (const QJsonValue &part : parts) {
                    const QJsonObject p = part.toObject();
                    collections(p.value(QLatin1String("method")).toString(),
                                p.value(QLatin1String("url")).toString(),
                                p.value(QLatin1String("body")).toObject());
                }
            }
            if (r.method == "PUT" && path.contains(QLatin1String("jobs/ingest"))) {
                int lines = 0;
                for (const QByteArray &line : r.body.split('\n'))
                    lines += line.trimmed().isEmpty() ? 0 : 1;
                n += qMax(0, lines - 1);
            }
        }
        return n;
    }

    static int endpointCalls(EngineOrg &o, const QString &prefix)
    {
        int n = 0;
        for (const QHash<QString, int> &byEndpoint :
             {o.org.org().apiCallsByEndpoint(), o.org.org().subrequestsByEndpoint()}) {
            for (auto it = byEndpoint.cbegin(); it != byEndpoint.cend(); ++it) {
                if (it.key().startsWith(prefix))
                    n += it.value();
            }
        }
        return n;
    }

    // Contacts matched by e-mail (a lookup, not an external ID), writing LastName, Title and Email.
    static JobConfig upsertByEmail(const QString &csv)
    {
        return oneAction(csv, QStringLiteral("Contact"), Action::Operation::Upsert,
                         {columnMatcher(QStringLiteral("Email"), QStringLiteral("email"))},
                         {columnField(QStringLiteral("LastName"), QStringLiteral("name")),
                          columnField(QStringLiteral("Title"), QStringLiteral("title")),
                          columnField(QStringLiteral("Email"), QStringLiteral("email"))});
    }

    // n rows; rows whose number is in `changed` get another title.
    static QByteArray people(int n, const char *tag, const QSet<int> &changed = {})
    {
        QByteArray out = "email,name,title\n";
        for (int i = 1; i <= n; ++i) {
            out += QByteArray(tag) + QByteArray::number(i) + "@unchanged.test,Person " + QByteArray::number(i)
                + (changed.contains(i) ? ",Changed\n" : ",Original\n");
        }
        return out;
    }

    SyncSummary run(EngineOrg &o, const JobConfig &config, Action::BulkMode mode, const QString &out,
                    QList<RowResult> *results = nullptr, SyncJob::Mode jobMode = SyncJob::Mode::Run)
    {
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        job.setMode(jobMode);
        job.setBulkMode(mode);
        job.setBulkOptions(fastPolls());
        job.setOutputDirectory(m_dir.filePath(out));
        return runJob(job, results);
    }

    // results.csv's outcome column (or preview.csv's planned column), one per data row.
    QStringList column(const QString &out, const QString &file, int index)
    {
        const QList<QStringList> rows = readCsv(m_dir.filePath(out + QLatin1Char('/') + file));
        QStringList values;
        for (int i = 1; i < rows.size(); ++i)
            values.append(rows.at(i).value(index));
        return values;
    }

    static QString lastModified(EngineOrg &o, const QString &id)
    {
        return o.records()
            .record(id)
            .value_or(QJsonObject())
            .value(QLatin1String("LastModifiedDate"))
            .toString();
    }

    // A custom field on Contact (the catalogue's Contact has few typed updateable fields).
    static bool addField(EngineOrg &o, QJsonObject field)
    {
        field.insert(QStringLiteral("nillable"), true);
        field.insert(QStringLiteral("createable"), true);
        field.insert(QStringLiteral("updateable"), true);
        field.insert(QStringLiteral("filterable"), true);
        field.insert(QStringLiteral("custom"), true);
        QString error;
        const bool ok = o.org.org().addField(QStringLiteral("Contact"), field, &error);
        if (!ok)
            qWarning() << error;
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateEnvironment(QStringLiteral("tst_syncjob_unchanged"));
        QVERIFY(m_dir.isValid());
    }

    void rerunWritesNothing_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("rows");
        QTest::newRow("REST") << int(Action::BulkMode::Off) << 450;
        QTest::newRow("Bulk") << int(Action::BulkMode::On) << 450;
        // Enough rows for the org index (one Bulk API 2.0 query) to answer the lookups, with the values.
        QTest::newRow("Bulk, org index") << int(Action::BulkMode::On) << 3000;
    }

    void rerunWritesNothing()
    {
        QFETCH(int, mode);
        QFETCH(int, rows);
        const auto bulk = Action::BulkMode(mode);
        EngineOrg o;
        QVERIFY(o.start());
        const QString tag = QStringLiteral("re%1m%2-").arg(rows).arg(mode);
        const JobConfig config =
            upsertByEmail(m_dir.write(tag + QStringLiteral(".csv"), people(rows, qPrintable(tag))));
        QList<RowResult> first;
        const SyncSummary s1 = run(o, config, bulk, tag + QStringLiteral("1"), &first);
        QCOMPARE(s1.created, rows);
        QCOMPARE(s1.unchanged, 0);
        const QString sample = first.at(7).id;
        const QString modified = lastModified(o, sample);
        QVERIFY(!modified.isEmpty());

        // The same file again, a minute later: every record already holds its row's values.
        o.records().setClock([] { return QDateTime::currentDateTimeUtc().addSecs(60); });
        o.org.org().resetCounters();
        QList<RowResult> second;
        const SyncSummary s2 = run(o, config, bulk, tag + QStringLiteral("2"), &second);
        QCOMPARE(s2.rows, rows);
        QCOMPARE(s2.unchanged, rows);
        QCOMPARE(s2.created + s2.updated, 0);
        QCOMPARE(s2.category, SyncSummary::Category::Ok);
        QCOMPARE(writeRequests(o), 0);
        QCOMPARE(endpointCalls(o, QStringLiteral("POST jobs/ingest")), 0);
        QCOMPARE(lastModified(o, sample), modified);
        QCOMPARE(second.at(7).outcome, RowOutcome::Unchanged);
        QCOMPARE(second.at(7).status, 304);
        QCOMPARE(second.at(7).id, sample);
        QCOMPARE(column(tag + QStringLiteral("2"), QStringLiteral("results.csv"), 2),
                 QStringList(rows, QStringLiteral("unchanged")));
        // Nothing to fix: errors.csv has only its header.
        QCOMPARE(readCsv(m_dir.filePath(tag + QStringLiteral("2/errors.csv"))).size(), 1);
        QCOMPARE(s2.toJson().value(QLatin1String("unchanged")).toInteger(), rows);
        if (rows >= 3000)
            QCOMPARE(endpointCalls(o, QStringLiteral("POST jobs/query")), 1); // the org index, with values
    }

    void halfChangedWritesOnlyTheChangedHalf_data() { rerunWritesNothing_data(); }

    void halfChangedWritesOnlyTheChangedHalf()
    {
        QFETCH(int, mode);
        QFETCH(int, rows);
        const auto bulk = Action::BulkMode(mode);
        EngineOrg o;
        QVERIFY(o.start());
        const QString tag = QStringLiteral("half%1m%2-").arg(rows).arg(mode);
        QList<RowResult> first;
        run(o, upsertByEmail(m_dir.write(tag + QStringLiteral("a.csv"), people(rows, qPrintable(tag)))), bulk,
            tag + QStringLiteral("1"), &first);
        QSet<int> even;
        for (int i = 2; i <= rows; i += 2)
            even.insert(i);
        const JobConfig changed =
            upsertByEmail(m_dir.write(tag + QStringLiteral("b.csv"), people(rows, qPrintable(tag), even)));
        o.records().setClock([] { return QDateTime::currentDateTimeUtc().addSecs(60); });
        o.org.org().resetCounters();
        o.org.network().clearRequests();
        QList<RowResult> second;
        const SyncSummary s = run(o, changed, bulk, tag + QStringLiteral("2"), &second);
        QCOMPARE(s.updated, rows / 2);
        QCOMPARE(s.unchanged, rows / 2);
        for (int i = 0; i < rows; ++i) {
            const bool isChanged = (i + 1) % 2 == 0;
            QCOMPARE(second.at(i).outcome, isChanged ? RowOutcome::Updated : RowOutcome::Unchanged);
            QCOMPARE(second.at(i).id, first.at(i).id);
            QCOMPARE(o.records().record(first.at(i).id)->value(QLatin1String("Title")).toString(),
                     isChanged ? QStringLiteral("Changed") : QStringLiteral("Original"));
        }
        // Only the changed half went out: count the records in the write bodies.
        QCOMPARE(sentRecords(o), rows / 2);
        if (bulk == Action::BulkMode::On)
            QCOMPARE(endpointCalls(o, QStringLiteral("POST jobs/ingest")), 1);
    }

    void recordEditedByHandIsPutBack()
    {
        EngineOrg o;
        QVERIFY(o.start());
        const JobConfig config = upsertByEmail(m_dir.write(QStringLiteral("hand.csv"), people(3, "hand")));
        QList<RowResult> first;
        run(o, config, Action::BulkMode::Off, QStringLiteral("hand1"), &first);
        const QString edited = first.at(1).id;
        QVERIFY(o.records()
                    .update(QStringLiteral("Contact"), edited,
                            {{QStringLiteral("Title"), QStringLiteral("Edited by hand")}})
                    .ok());
        QList<RowResult> second;
        const SyncSummary s = run(o, config, Action::BulkMode::Off, QStringLiteral("hand2"), &second);
        QCOMPARE(outcomes(second), QStringList({"unchanged 304", "updated 200", "unchanged 304"}));
        QCOMPARE(second.at(1).id, edited);
        QCOMPARE(s.updated, 1);
        QCOMPARE(o.records().record(edited)->value(QLatin1String("Title")).toString(),
                 QStringLiteral("Original"));
    }

    void skipUnchangedFalseForcesWrites()
    {
        EngineOrg o;
        QVERIFY(o.start());
        JobConfig config = upsertByEmail(m_dir.write(QStringLiteral("force.csv"), people(5, "force")));
        run(o, config, Action::BulkMode::Off, QStringLiteral("force1"));
        config.actions[0].skipUnchanged = false;
        o.org.org().resetCounters();
        QList<RowResult> second;
        const SyncSummary s = run(o, config, Action::BulkMode::Off, QStringLiteral("force2"), &second);
        QCOMPARE(s.updated, 5);
        QCOMPARE(s.unchanged, 0);
        QCOMPARE(endpointCalls(o, QStringLiteral("PATCH composite/sobjects")), 1);
    }

    void laterRowOfTheSameRecordIsWritten()
    {
        // Row 1 changes the title; row 2, for the same record, sets the title the record had when it was
        // looked up. Row 2 must still be written, or row 1's title would stay.
        EngineOrg o;
        QVERIFY(o.start());
        QList<RowResult> first;
        run(o, upsertByEmail(m_dir.write(QStringLiteral("twice1.csv"), people(1, "twice"))),
            Action::BulkMode::Off, QStringLiteral("twice1"), &first);
        const QByteArray rows = "email,name,title\ntwice1@unchanged.test,Person 1,Changed\n"
                                "twice1@unchanged.test,Person 1,Original\n";
        QList<RowResult> second;
        run(o, upsertByEmail(m_dir.write(QStringLiteral("twice2.csv"), rows)), Action::BulkMode::Off,
            QStringLiteral("twice2"), &second);
        QCOMPARE(outcomes(second), QStringList({"updated 200", "updated 200"}));
        QCOMPARE(o.records().record(first.at(0).id)->value(QLatin1String("Title")).toString(),
                 QStringLiteral("Original"));
    }

    void recordCreatedInTheRunIsWritten()
    {
        // Row 1 creates the record, row 2 changes it (it has no Id yet, only the record row 1 creates); the
        // last row, planned batches later, gives row 1's values again. Its lookup may run before row 2's
        // write, so it must be written rather than compared: the record ends with the last row's title.
        EngineOrg o;
        QVERIFY(o.start());
        QByteArray rows = "email,name,title\nmade@unchanged.test,Made,A\nmade@unchanged.test,Made,B\n";
        for (int i = 1; i <= 450; ++i)
            rows += "filler" + QByteArray::number(i) + "@unchanged.test,Filler,F\n";
        rows += "made@unchanged.test,Made,A\n";
        QList<RowResult> results;
        const SyncSummary s = run(o, upsertByEmail(m_dir.write(QStringLiteral("made.csv"), rows)),
                                  Action::BulkMode::Off, QStringLiteral("made"), &results);
        QCOMPARE(s.unchanged, 0);
        QCOMPARE(results.at(0).outcome, RowOutcome::Created);
        QCOMPARE(results.at(1).outcome, RowOutcome::Updated);
        QCOMPARE(results.last().outcome, RowOutcome::Updated);
        QCOMPARE(results.last().id, results.at(0).id);
        QCOMPARE(o.records().record(results.at(0).id)->value(QLatin1String("Title")).toString(),
                 QStringLiteral("A"));
    }

    void typedEquality_data()
    {
        QTest::addColumn<QJsonObject>("field"); // the custom field's describe
        QTest::addColumn<QJsonValue>("stored"); // what the record holds
        QTest::addColumn<QString>("cell"); // the source value
        QTest::addColumn<bool>("emptyAsNull");
        QTest::addColumn<bool>("unchanged");

        const QJsonObject number {{"name", "Score__c"}, {"type", "double"}, {"precision", 18}, {"scale", 2}};
        const QJsonObject integer {{"name", "Visits__c"}, {"type", "int"}, {"digits", 9}};
        const QJsonObject boolean {{"name", "Vip__c"}, {"type", "boolean"}, {"nillable", false}};
        const QJsonObject date {{"name", "Joined__c"}, {"type", "date"}};
        const QJsonObject datetime {{"name", "Seen__c"}, {"type", "datetime"}};
        const QJsonObject text {{"name", "Nick__c"}, {"type", "string"}, {"length", 40}};
        const QJsonArray tiers {QJsonObject {{"value", "Gold"}, {"label", "Gold"}, {"active", true}},
                                QJsonObject {{"value", "Silver"}, {"label", "Silver"}, {"active", true}}};
        const QJsonObject restricted {{"name", "Tier__c"},
                                      {"type", "picklist"},
                                      {"restrictedPicklist", true},
                                      {"picklistValues", tiers}};
        const QJsonObject open {{"name", "Source__c"}, {"type", "picklist"}, {"picklistValues", tiers}};
        const QJsonObject multi {{"name", "Tags__c"},
                                 {"type", "multipicklist"},
                                 {"restrictedPicklist", true},
                                 {"picklistValues", tiers}};

        QTest::newRow("number 1 = 1.0") << number << QJsonValue(1) << "1.0" << false << true;
        QTest::newRow("number 2.5 = 2.50") << number << QJsonValue(2.5) << "2.50" << false << true;
        QTest::newRow("number 2.5 != 2.51") << number << QJsonValue(2.5) << "2.51" << false << false;
        QTest::newRow("int 7 = 7.0") << integer << QJsonValue(7) << "7.0" << false << true;
        QTest::newRow("int 7 != 8") << integer << QJsonValue(7) << "8" << false << false;
        QTest::newRow("boolean true = 1") << boolean << QJsonValue(true) << "1" << false << true;
        QTest::newRow("boolean true = yes") << boolean << QJsonValue(true) << "yes" << false << true;
        QTest::newRow("boolean false != true") << boolean << QJsonValue(false) << "true" << false << false;
        QTest::newRow("date") << date << QJsonValue("2024-01-02") << "2024-01-02" << false << true;
        QTest::newRow("date, other day")
            << date << QJsonValue("2024-01-02") << "2024-01-03" << false << false;
        QTest::newRow("datetime, offset") << datetime << QJsonValue("2024-01-02T03:04:05.000+0000")
                                          << "2024-01-02T04:04:05+01:00" << false << true;
        QTest::newRow("datetime, Z") << datetime << QJsonValue("2024-01-02T03:04:05.000+0000")
                                     << "2024-01-02T03:04:05Z" << false << true;
        QTest::newRow("datetime, a second later") << datetime << QJsonValue("2024-01-02T03:04:05.000+0000")
                                                  << "2024-01-02T03:04:06Z" << false << false;
        QTest::newRow("restricted picklist, any case")
            << restricted << QJsonValue("Gold") << "gold" << false << true;
        QTest::newRow("picklist, other case") << open << QJsonValue("Gold") << "gold" << false << false;
        QTest::newRow("multi-select, any order")
            << multi << QJsonValue("Gold;Silver") << "Silver;Gold" << false << true;
        QTest::newRow("text") << text << QJsonValue("Boss") << "Boss" << false << true;
        QTest::newRow("text, other case") << text << QJsonValue("Boss") << "boss" << false << false;
        QTest::newRow("text, trailing space") << text << QJsonValue("Boss") << "Boss " << false << false;
        QTest::newRow("null, empty as null") << text << QJsonValue(QJsonValue::Null) << "" << true << true;
        QTest::newRow("value, empty as null") << text << QJsonValue("Boss") << "" << true << false;
        QTest::newRow("value, empty skipped") << text << QJsonValue("Boss") << "" << false << true;
    }

    void typedEquality()
    {
        QFETCH(QJsonObject, field);
        QFETCH(QJsonValue, stored);
        QFETCH(QString, cell);
        QFETCH(bool, emptyAsNull);
        QFETCH(bool, unchanged);
        EngineOrg o;
        QVERIFY(o.start());
        QVERIFY(addField(o, field));
        const QString name = field.value(QLatin1String("name")).toString();
        QJsonObject values {{QStringLiteral("LastName"), QStringLiteral("Typed")},
                            {QStringLiteral("Email"), QStringLiteral("typed@unchanged.test")}};
        if (!stored.isNull())
            values.insert(name, stored);
        const auto created = o.records().create(QStringLiteral("Contact"), values);
        QVERIFY(created.ok());
        const QString before = o.records().record(created.id)->value(name).toVariant().toString();

        JobConfig config = oneAction(
            m_dir.write(QStringLiteral("typed.csv"), "email,value\ntyped@unchanged.test," + csvField(cell)),
            QStringLiteral("Contact"), Action::Operation::Update,
            {columnMatcher(QStringLiteral("Email"), QStringLiteral("email"))},
            {columnField(name, QStringLiteral("value"))});
        if (emptyAsNull)
            config.actions[0].emptyAs = Action::EmptyAs::Null;
        o.org.org().resetCounters();
        QList<RowResult> results;
        run(o, config, Action::BulkMode::Off, QStringLiteral("typed"), &results);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).outcome, unchanged ? RowOutcome::Unchanged : RowOutcome::Updated);
        QCOMPARE(results.at(0).id, created.id);
        QCOMPARE(writeRequests(o), unchanged ? 0 : 1);
        if (unchanged)
            QCOMPARE(o.records().record(created.id)->value(name).toVariant().toString(), before);
    }

    void previewMarksUnchangedRows()
    {
        EngineOrg o;
        QVERIFY(o.start());
        QList<RowResult> first;
        run(o, upsertByEmail(m_dir.write(QStringLiteral("pv1.csv"), people(4, "pv"))), Action::BulkMode::Off,
            QStringLiteral("pv1"), &first);
        const JobConfig changed =
            upsertByEmail(m_dir.write(QStringLiteral("pv2.csv"), people(4, "pv", {2, 4})));
        o.org.org().resetCounters();
        QList<RowResult> results;
        const SyncSummary s =
            run(o, changed, Action::BulkMode::Off, QStringLiteral("pv2"), &results, SyncJob::Mode::Preview);
        QCOMPARE(results.size(), 4);
        QCOMPARE(results.at(0).plan, RowPlan::Unchanged);
        QCOMPARE(results.at(1).plan, RowPlan::Update);
        QCOMPARE(results.at(0).matches, QStringList {first.at(0).id});
        QCOMPARE(results.at(0).changesText(),
                 QStringLiteral("LastName: Person 1 (unchanged); Title: Original (unchanged); "
                                "Email: pv1@unchanged.test (unchanged)"));
        QCOMPARE(results.at(1).changesText(),
                 QStringLiteral("LastName: Person 2 (unchanged); Title: Original -> Changed; "
                                "Email: pv2@unchanged.test (unchanged)"));
        QCOMPARE(s.unchanged, 2);
        QCOMPARE(s.plannedUpdate, 2);
        QCOMPARE(column(QStringLiteral("pv2"), QStringLiteral("preview.csv"), 2),
                 QStringList({"unchanged", "update", "unchanged", "update"}));
        QCOMPARE(writeRequests(o), 0);
    }

    void nativeUpsertAndUpdateByIdAreWritten()
    {
        // No lookup to compare with: finding out would cost as many calls as the writes it could save, so
        // these rows are written as before (docs/config.md, skipUnchanged).
        EngineOrg o;
        QVERIFY(o.start());
        QVERIFY(addField(o,
                         QJsonObject {{"name", "Ext__c"},
                                      {"type", "string"},
                                      {"length", 20},
                                      {"externalId", true},
                                      {"unique", true}}));
        const JobConfig native =
            oneAction(m_dir.write(QStringLiteral("native.csv"), "key,name\nN-1,One\nN-2,Two\n"),
                      QStringLiteral("Contact"), Action::Operation::Upsert,
                      {columnMatcher(QStringLiteral("Ext__c"), QStringLiteral("key"))},
                      {columnField(QStringLiteral("LastName"), QStringLiteral("name"))});
        QList<RowResult> first;
        run(o, native, Action::BulkMode::Off, QStringLiteral("native1"), &first);
        QCOMPARE(outcomes(first), QStringList({"created 201", "created 201"}));
        o.org.org().resetCounters();
        QList<RowResult> second;
        run(o, native, Action::BulkMode::Off, QStringLiteral("native2"), &second);
        QCOMPARE(outcomes(second), QStringList({"updated 200", "updated 200"}));
        QCOMPARE(endpointCalls(o, QStringLiteral("GET query")), 0);
        // The preview plans what the run does.
        QList<RowResult> planned;
        run(o, native, Action::BulkMode::Off, QStringLiteral("native3"), &planned, SyncJob::Mode::Preview);
        QCOMPARE(planned.at(0).plan, RowPlan::Update);
        // A job that decides on ambiguous rows first looks its upserts up, and so compares them.
        JobConfig careful = native;
        careful.options.abortOnAmbiguous = true;
        QList<RowResult> looked;
        run(o, careful, Action::BulkMode::Off, QStringLiteral("native4"), &looked);
        QCOMPARE(outcomes(looked), QStringList({"unchanged 304", "unchanged 304"}));

        const QByteArray byId = "id,name\n" + first.at(0).id.toLatin1() + ",One\n";
        const JobConfig update =
            oneAction(m_dir.write(QStringLiteral("byid.csv"), byId), QStringLiteral("Contact"),
                      Action::Operation::Update, {columnMatcher(QStringLiteral("Id"), QStringLiteral("id"))},
                      {columnField(QStringLiteral("LastName"), QStringLiteral("name"))});
        o.org.org().resetCounters();
        QList<RowResult> third;
        run(o, update, Action::BulkMode::Off, QStringLiteral("byid"), &third);
        QCOMPARE(outcomes(third), QStringList({"updated 200"}));
        QCOMPARE(endpointCalls(o, QStringLiteral("GET query")), 0);
    }
};

QTEST_GUILESS_MAIN(tst_SyncJobUnchanged)
#include "tst_syncjob_unchanged.moc"
