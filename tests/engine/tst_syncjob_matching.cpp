#include "core/salesforce/recordid.h"
#include "tests/testsupport/engineorg.h"
#include "tests/testsupport/jobconfigs.h"
#include "tests/testsupport/scratchdir.h"
#include "tests/testsupport/testenvironment.h"

#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace sfsync;
using namespace sfsync::test;

// Record matching end to end against the local org: the "and" operator, delete outcomes, the Id shortcut,
// hostile matcher values and describe-driven literal typing. Every assertion looks at the org's records, the
// requests sent and the per-row results.
class tst_SyncJobMatching : public QObject
{
    Q_OBJECT

    ScratchDir m_dir;

    static QString title(EngineOrg &o, const QString &id)
    {
        return o.records().record(id).value_or(QJsonObject()).value(QLatin1String("Title")).toString();
    }

    static QStringList ids(EngineOrg &o, const QString &object, const QString &field, const QJsonValue &value)
    {
        return o.records().findByField(object, field, value);
    }

    // The decoded SOQL of every query request sent.
    static QStringList queries(EngineOrg &o)
    {
        QStringList out;
        for (const FakeNetworkAccessManager::Request &r : o.org.network().requests()) {
            if (r.url.path().contains(QLatin1String("/query")))
                out.append(QUrlQuery(r.url).queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded));
        }
        return out;
    }

    // A non-unique external ID on Contact (Salesforce allows external IDs that are not unique), holding
    // K-ONE on one record and K-TWO on two.
    static void addExtKey(EngineOrg &o, QHash<QString, QStringList> *ids)
    {
        QString error;
        QVERIFY2(o.org.org().addField(QStringLiteral("Contact"),
                                      QJsonObject {{QStringLiteral("name"), QStringLiteral("Ext_Key__c")},
                                                   {QStringLiteral("type"), QStringLiteral("string")},
                                                   {QStringLiteral("length"), 40},
                                                   {QStringLiteral("externalId"), true},
                                                   {QStringLiteral("unique"), false},
                                                   {QStringLiteral("filterable"), true},
                                                   {QStringLiteral("nillable"), true},
                                                   {QStringLiteral("createable"), true},
                                                   {QStringLiteral("updateable"), true},
                                                   {QStringLiteral("custom"), true}},
                                      &error),
                 qPrintable(error));
        for (const char *key : {"K-ONE", "K-TWO", "K-TWO"}) {
            const auto r =
                o.records().create(QStringLiteral("Contact"),
                                   QJsonObject {{QStringLiteral("LastName"), QStringLiteral("Old")},
                                                {QStringLiteral("Ext_Key__c"), QLatin1String(key)}});
            QVERIFY(r.ok());
            (*ids)[QLatin1String(key)].append(r.id);
        }
    }

    static JobConfig extKeyUpsert(const QString &path)
    {
        return oneAction(path, QStringLiteral("Contact"), Action::Operation::Upsert,
                         {columnMatcher(QStringLiteral("Ext_Key__c"), QStringLiteral("key"))},
                         {columnField(QStringLiteral("LastName"), QStringLiteral("name"))});
    }

    static QByteArray extKeyRows()
    {
        // 1 creates; 2 updates the one K-ONE record; 3 matches two records; 4 is row 1's key in other case;
        // 5 has no key.
        return "key,name\nK-NEW,Created\nK-ONE,Updated\nK-TWO,Never\nk-new,Again\n,Nobody\n";
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateEnvironment(QStringLiteral("tst_syncjob_matching"));
        QVERIFY(m_dir.isValid());
    }

    void andRequiresEveryMatcher()
    {
        EngineOrg o;
        QVERIFY(o.start());
        const QStringList jordans = ids(o, QStringLiteral("Contact"), QStringLiteral("Email"),
                                        QStringLiteral("jordan.lee@example.com"));
        QCOMPARE(jordans.size(), 3);
        QString leePark;
        for (const QString &id : jordans) {
            if (o.records().record(id)->value(QLatin1String("LastName")).toString()
                == QLatin1String("Lee-Park"))
                leePark = id;
        }
        QVERIFY(!leePark.isEmpty());

        // 1: both equal on one record; 2: both equal on two records; 3: e-mail matches, name does not;
        // 4: empty matcher value under "and"; 5: name case differs (text compares case-insensitively).
        const QString path = m_dir.write(QStringLiteral("and.csv"),
                                         "email,last,title\n"
                                         "jordan.lee@example.com,Lee-Park,T1\n"
                                         "jordan.lee@example.com,Lee,T2\n"
                                         "jordan.lee@example.com,Nobody,T3\n"
                                         "jordan.lee@example.com,,T4\n"
                                         "JORDAN.LEE@example.com,lee-park,T5\n");
        const JobConfig config = oneAction(
            path, QStringLiteral("Contact"), Action::Operation::Update,
            {columnMatcher(QStringLiteral("Email"), QStringLiteral("email")),
             columnMatcher(QStringLiteral("LastName"), QStringLiteral("last"))},
            {columnField(QStringLiteral("Title"), QStringLiteral("title"))}, Action::MatcherOperator::And);
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        QList<RowResult> results;
        const SyncSummary s = runJob(job, &results);
        QCOMPARE(
            outcomes(results),
            QStringList({"updated 200", "ambiguous 300", "not_found 404", "invalid 400", "updated 200"}));
        QCOMPARE(results.at(0).id, leePark);
        QCOMPARE(results.at(4).id, leePark);
        QCOMPARE(results.at(1).matches.size(), 2);
        QVERIFY2(results.at(3).error.startsWith(QLatin1String("MISSING_MATCHER_VALUE: ")),
                 qPrintable(results.at(3).error));
        QVERIFY2(results.at(3).error.contains(QLatin1String("\"last\"")), qPrintable(results.at(3).error));
        QCOMPARE(s.category, SyncSummary::Category::RowsFailed);
        // Rows apply in source order: row 5 wrote last.
        QCOMPARE(title(o, leePark), QStringLiteral("T5"));
        for (const QString &id : jordans) {
            if (id != leePark)
                QVERIFY(title(o, id) != QLatin1String("T2"));
        }
        // AND is evaluated by the query too: every matcher's field is in the WHERE clause.
        const QStringList sent = queries(o);
        QVERIFY(!sent.isEmpty());
        for (const QString &q : sent) {
            QVERIFY2(q.contains(QLatin1String("Email")) && q.contains(QLatin1String("LastName")),
                     qPrintable(q));
        }
    }

    void andUpsertCreatesWhenNothingMatchesAll()
    {
        EngineOrg o;
        QVERIFY(o.start());
        const int before = o.records().count(QStringLiteral("Contact"));
        const QString path = m_dir.write(QStringLiteral("and-upsert.csv"),
                                         "email,last\n"
                                         "jordan.lee@example.com,Brand-New\n"
                                         "jordan.lee@example.com,Brand-New\n");
        const JobConfig config =
            oneAction(path, QStringLiteral("Contact"), Action::Operation::Upsert,
                      {columnMatcher(QStringLiteral("Email"), QStringLiteral("email")),
                       columnMatcher(QStringLiteral("LastName"), QStringLiteral("last"))},
                      {columnField(QStringLiteral("LastName"), QStringLiteral("last")),
                       columnField(QStringLiteral("Email"), QStringLiteral("email"))},
                      Action::MatcherOperator::And);
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        QList<RowResult> results;
        const SyncSummary s = runJob(job, &results);
        // The second row has the same key as the first: it updates what the first created.
        QCOMPARE(outcomes(results), QStringList({"created 201", "updated 200"}));
        QCOMPARE(results.at(1).id, results.at(0).id);
        QCOMPARE(s.category, SyncSummary::Category::Ok);
        QCOMPARE(o.records().count(QStringLiteral("Contact")), before + 1);
    }

    void duplicateOfAFailedCreateCreatesTheRecord()
    {
        // Row 1's create is refused by the org (its Legacy_Id__c belongs to another contact). Row 2,502 has
        // the same Email and is planned long after row 1 finished (the window holds 2,400 rows): it must
        // create the record itself, as if row 1 had not been there (it used to wait for row 1's Id forever).
        EngineOrg o;
        QVERIFY(o.start());
        const int before = o.records().count(QStringLiteral("Contact"));
        QByteArray rows = "email,last,legacy\ndup@example.com,First,CON-0001\n";
        constexpr int Fillers = 2500;
        for (int i = 0; i < Fillers; ++i)
            rows += "filler" + QByteArray::number(i) + "@example.com,Filler,\n";
        rows += "dup@example.com,Second,\n";
        const JobConfig config = oneAction(
            m_dir.write(QStringLiteral("failed-creator.csv"), rows), QStringLiteral("Contact"),
            Action::Operation::Upsert, {columnMatcher(QStringLiteral("Email"), QStringLiteral("email"))},
            {columnField(QStringLiteral("LastName"), QStringLiteral("last")),
             columnField(QStringLiteral("Email"), QStringLiteral("email")),
             columnField(QStringLiteral("Legacy_Id__c"), QStringLiteral("legacy"))});
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        // Collections calls as they come; Bulk API 2.0 would hold every row until its job ran.
        job.setBulkMode(Action::BulkMode::Off);
        QList<RowResult> results;
        const SyncSummary s = runJob(job, &results);
        QCOMPARE(results.size(), Fillers + 2);
        QCOMPARE(results.first().outcome, RowOutcome::Failed);
        QVERIFY2(results.first().error.startsWith(QLatin1String("DUPLICATE_VALUE")),
                 qPrintable(results.first().error));
        QCOMPARE(results.last().outcome, RowOutcome::Created);
        QCOMPARE(s.created, Fillers + 1);
        const QStringList dup =
            ids(o, QStringLiteral("Contact"), QStringLiteral("Email"), QStringLiteral("dup@example.com"));
        QCOMPARE(dup, QStringList({results.last().id}));
        QCOMPARE(title(o, dup.first()), QString());
        QCOMPARE(o.records().record(dup.first())->value(QLatin1String("LastName")).toString(),
                 QStringLiteral("Second"));
        QCOMPARE(o.records().count(QStringLiteral("Contact")), before + Fillers + 1);
    }

    void deleteOutcomes()
    {
        EngineOrg o;
        QVERIFY(o.start());
        const QString con1 =
            ids(o, QStringLiteral("Contact"), QStringLiteral("Legacy_Id__c"), QStringLiteral("CON-0001"))
                .value(0);
        const QString con2 =
            ids(o, QStringLiteral("Contact"), QStringLiteral("Legacy_Id__c"), QStringLiteral("CON-0002"))
                .value(0);
        QVERIFY(!con1.isEmpty() && !con2.isEmpty());
        const QStringList sams = ids(o, QStringLiteral("Contact"), QStringLiteral("Email"),
                                     QStringLiteral("sam.taylor@example.com"));
        QCOMPARE(sams.size(), 2);
        const int before = o.records().count(QStringLiteral("Contact"));

        // OR of two matchers: 0 matches, 1 match, many (two records share the e-mail), and one row whose two
        // matchers point at two different records (many as well).
        const QString path = m_dir.write(QStringLiteral("delete.csv"),
                                         "key,email\n"
                                         "NOPE-1,nobody@example.com\n"
                                         "CON-0001,\n"
                                         ",sam.taylor@example.com\n"
                                         "CON-0002,jordan.lee@example.com\n");
        const JobConfig config =
            oneAction(path, QStringLiteral("Contact"), Action::Operation::Delete,
                      {columnMatcher(QStringLiteral("Legacy_Id__c"), QStringLiteral("key")),
                       columnMatcher(QStringLiteral("Email"), QStringLiteral("email"))},
                      {});
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        const QString out = m_dir.filePath(QStringLiteral("delete-out"));
        job.setOutputDirectory(out);
        QList<RowResult> results;
        const SyncSummary s = runJob(job, &results);
        QCOMPARE(outcomes(results),
                 QStringList({"not_found 404", "deleted 204", "ambiguous 300", "ambiguous 300"}));
        QCOMPARE(results.at(1).id, con1);
        QCOMPARE(s.deleted, 1);
        QCOMPARE(s.notFound, 1);
        QCOMPARE(s.ambiguous, 2);
        QCOMPARE(s.category, SyncSummary::Category::RowsFailed);
        QCOMPARE(o.records().count(QStringLiteral("Contact")), before - 1);
        QVERIFY(o.records().record(con1)->value(QLatin1String("IsDeleted")).toBool());
        QVERIFY(!o.records().record(con2)->value(QLatin1String("IsDeleted")).toBool());
        for (const QString &id : sams)
            QVERIFY(!o.records().record(id)->value(QLatin1String("IsDeleted")).toBool());
        QCOMPARE(readLines(out + QStringLiteral("/errors.csv")).size(), 1 + 3);
    }

    void deleteMany()
    {
        EngineOrg o;
        QVERIFY(o.start());
        // 250 rows: two Collections delete calls; the deleted records are exactly the listed ones.
        QByteArray content = "key\n";
        QSet<QString> wanted;
        for (int i = 1; i <= 300 && wanted.size() < 250; ++i) {
            if (i % 10 == 0)
                continue; // every tenth contact has no Legacy_Id__c
            const QString key = QStringLiteral("CON-%1").arg(i, 4, 10, QLatin1Char('0'));
            content += key.toUtf8() + "\n";
            wanted.insert(ids(o, QStringLiteral("Contact"), QStringLiteral("Legacy_Id__c"), key).value(0));
        }
        QCOMPARE(wanted.size(), 250);
        const int before = o.records().count(QStringLiteral("Contact"));
        const JobConfig config =
            oneAction(m_dir.write(QStringLiteral("delete-many.csv"), content), QStringLiteral("Contact"),
                      Action::Operation::Delete,
                      {columnMatcher(QStringLiteral("Legacy_Id__c"), QStringLiteral("key"))}, {});
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        QList<RowResult> results;
        const SyncSummary s = runJob(job, &results);
        QCOMPARE(s.deleted, 250);
        QCOMPARE(s.category, SyncSummary::Category::Ok);
        QCOMPARE(o.records().count(QStringLiteral("Contact")), before - 250);
        for (const RowResult &r : std::as_const(results))
            QVERIFY(wanted.contains(r.id));
        QCOMPARE(o.org.org().requestsTo(QStringLiteral("DELETE composite/sobjects")), 2);
    }

    void idShortcut_data()
    {
        QTest::addColumn<bool>("remove");
        QTest::newRow("update") << false;
        QTest::newRow("delete") << true;
    }

    void idShortcut()
    {
        QFETCH(bool, remove);
        EngineOrg o;
        QVERIFY(o.start());
        const QList<QJsonObject> contacts = o.records().records(QStringLiteral("Contact"));
        const QString a = contacts.at(0).value(QLatin1String("Id")).toString();
        const QString b = contacts.at(1).value(QLatin1String("Id")).toString();
        QCOMPARE(a.size(), 18);
        // A well-formed Contact Id that does not exist (the checksum suffix is recomputed).
        const QString missing = RecordId::to18(QStringLiteral("003000000999999"));
        QVERIFY(!o.records().record(missing));

        // The second row gives the 15-character form.
        const QByteArray content = "id,title\n" + a.toLatin1() + ",X1\n" + b.left(15).toLatin1() + ",X2\n"
            + missing.toLatin1() + ",X3\n";
        QList<FieldMapping> fields;
        if (!remove)
            fields.append(columnField(QStringLiteral("Title"), QStringLiteral("title")));
        const JobConfig config =
            oneAction(m_dir.write(QStringLiteral("ids.csv"), content), QStringLiteral("Contact"),
                      remove ? Action::Operation::Delete : Action::Operation::Update,
                      {columnMatcher(QStringLiteral("Id"), QStringLiteral("id"))}, fields);
        o.org.network().clearRequests();
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        QList<RowResult> results;
        const SyncSummary s = runJob(job, &results);
        const QString done = remove ? QStringLiteral("deleted 204") : QStringLiteral("updated 200");
        QCOMPARE(outcomes(results), QStringList({done, done, QStringLiteral("not_found 404")}));
        QCOMPARE(results.at(0).id, a);
        QCOMPARE(RecordId::key(results.at(1).id), RecordId::key(b));
        QVERIFY2(results.at(2).error.contains(QLatin1String("NOT_FOUND"))
                     || results.at(2).error.contains(QLatin1String("INVALID_CROSS_REFERENCE_KEY"))
                     || results.at(2).error.contains(QLatin1String("ENTITY_IS_DELETED")),
                 qPrintable(results.at(2).error));
        QCOMPARE(s.category, SyncSummary::Category::RowsFailed);
        // No lookup query: the Id is the record. One write call for the three rows.
        QCOMPARE(o.org.network().count({}, QStringLiteral("/query")), 0);
        QCOMPARE(o.org.network().count(remove ? "DELETE" : "PATCH", QStringLiteral("composite/sobjects")), 1);
        if (remove) {
            QVERIFY(o.records().record(a)->value(QLatin1String("IsDeleted")).toBool());
            QVERIFY(o.records().record(b)->value(QLatin1String("IsDeleted")).toBool());
        } else {
            QCOMPARE(title(o, a), QStringLiteral("X1"));
            QCOMPARE(title(o, b), QStringLiteral("X2"));
        }
    }

    void idOfAnotherObjectIsRefused()
    {
        // An Account Id in a Contact update names no Contact: refused before anything is sent, with a
        // message saying why, while the Contact Id beside it is updated.
        EngineOrg o;
        QVERIFY(o.start());
        const QString contact =
            o.records().records(QStringLiteral("Contact")).first().value(QLatin1String("Id")).toString();
        const QString account =
            o.records().records(QStringLiteral("Account")).first().value(QLatin1String("Id")).toString();
        const QByteArray content =
            "id,title\n" + account.toLatin1() + ",Wrong\n" + contact.toLatin1() + ",Right\n";
        const JobConfig config =
            oneAction(m_dir.write(QStringLiteral("foreign-id.csv"), content), QStringLiteral("Contact"),
                      Action::Operation::Update, {columnMatcher(QStringLiteral("Id"), QStringLiteral("id"))},
                      {columnField(QStringLiteral("Title"), QStringLiteral("title"))});
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        QList<RowResult> results;
        runJob(job, &results);
        QCOMPARE(outcomes(results), QStringList({"invalid 400", "updated 200"}));
        QCOMPARE(results.at(0).error,
                 QStringLiteral("INVALID_ID: column \"id\" (Id): \"%1\" is not a Contact Id (those "
                                "begin with 003)")
                     .arg(account));
        QCOMPARE(title(o, contact), QStringLiteral("Right"));
    }

    void hostileValuesMatchOnlyTheirRecord()
    {
        EngineOrg o;
        QVERIFY(o.start());
        // Each hostile name next to the decoys an injection, a lost escape or a wildcard would also hit.
        const QStringList names = {
            QStringLiteral("x' OR Name != '"),
            QStringLiteral("back\\'slash"), // backslash before a quote
            QStringLiteral("two\\\\'slashes"),
            QStringLiteral("ends with \\"),
            QStringLiteral("line\nbreak"),
            QStringLiteral("tab\there"),
            QStringLiteral("\u2019curly\u2019 \u201Cquotes\u201D"),
            QStringLiteral("50%"),
            QStringLiteral("a_b"),
            QStringLiteral("say \"hi\""),
        };
        const QStringList decoys = {
            QStringLiteral("x"),
            QStringLiteral("back'slash"),
            QStringLiteral("back\\slash"),
            QStringLiteral("two\\'slashes"),
            QStringLiteral("ends with "),
            QStringLiteral("line break"),
            QStringLiteral("'curly' \"quotes\""),
            QStringLiteral("50"),
            QStringLiteral("500"),
            QStringLiteral("50% off"),
            QStringLiteral("aXb"),
            QStringLiteral("a_bc"),
            QStringLiteral("say 'hi'"),
        };
        QHash<QString, QString> idByName;
        for (const QString &name : names + decoys) {
            const auto r =
                o.records().create(QStringLiteral("Contact"),
                                   QJsonObject {{QStringLiteral("LastName"), name},
                                                {QStringLiteral("Title"), QStringLiteral("before")}});
            QVERIFY2(r.ok(), qPrintable(name));
            idByName.insert(name, r.id);
        }
        QByteArray content = "last,title\n";
        for (int i = 0; i < names.size(); ++i) {
            QString cell = names.at(i);
            cell.replace(QLatin1Char('"'), QLatin1String("\"\""));
            content += "\"" + cell.toUtf8() + "\",T" + QByteArray::number(i) + "\n";
        }
        const JobConfig config = oneAction(
            m_dir.write(QStringLiteral("hostile.csv"), content), QStringLiteral("Contact"),
            Action::Operation::Update, {columnMatcher(QStringLiteral("LastName"), QStringLiteral("last"))},
            {columnField(QStringLiteral("Title"), QStringLiteral("title"))});
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        QList<RowResult> results;
        const SyncSummary s = runJob(job, &results);
        QVERIFY2(s.fatalError.isNull(), qPrintable(s.fatalError.toString()));
        QCOMPARE(results.size(), names.size());
        for (int i = 0; i < names.size(); ++i) {
            QVERIFY2(results.at(i).outcome == RowOutcome::Updated,
                     qPrintable(names.at(i) + QStringLiteral(": ")
                                + RowResult::outcomeName(results.at(i).outcome) + QLatin1Char(' ')
                                + results.at(i).error));
            QCOMPARE(results.at(i).id, idByName.value(names.at(i)));
            QCOMPARE(title(o, idByName.value(names.at(i))), QStringLiteral("T%1").arg(i));
        }
        for (const QString &decoy : decoys)
            QVERIFY2(title(o, idByName.value(decoy)) == QLatin1String("before"), qPrintable(decoy));
        QCOMPARE(s.category, SyncSummary::Category::Ok);
        // Backslash first, then quotes, each escaped with a backslash (never doubled); control characters as
        // escapes.
        const QString sent = queries(o).join(QLatin1Char('\n'));
        for (const char *literal :
             {R"('x\' OR Name != \'')", R"('back\\\'slash')", R"('two\\\\\'slashes')", R"('ends with \\')",
              R"('line\nbreak')", R"('tab\there')", R"('say \"hi\"')"})
            QVERIFY2(sent.contains(QLatin1String(literal)), literal);
        // Nothing else in the org was touched either.
        int touched = 0;
        for (const QJsonObject &r : o.records().records(QStringLiteral("Contact")))
            touched += r.value(QLatin1String("Title")).toString().startsWith(QLatin1Char('T'));
        QCOMPARE(touched, names.size());
    }

    void numberFieldMatchedWithNumber()
    {
        EngineOrg o;
        QVERIFY(o.start());
        // Exactly one account employs 42 people; one has 420 (a text comparison of "42" would not hit it,
        // but a LIKE would).
        QString target;
        for (const QJsonObject &r : o.records().records(QStringLiteral("Account"))) {
            const QString id = r.value(QLatin1String("Id")).toString();
            const int n =
                target.isEmpty() ? 42 : (r.value(QLatin1String("NumberOfEmployees")).toInt() == 42 ? 43 : -1);
            if (target.isEmpty())
                target = id;
            if (n > 0)
                QVERIFY(o.records()
                            .update(QStringLiteral("Account"), id, {{QStringLiteral("NumberOfEmployees"), n}})
                            .ok());
        }
        const QList<QJsonObject> accounts = o.records().records(QStringLiteral("Account"));
        QVERIFY(o.records()
                    .update(QStringLiteral("Account"), accounts.at(1).value(QLatin1String("Id")).toString(),
                            {{QStringLiteral("NumberOfEmployees"), 420}})
                    .ok());
        QCOMPARE(ids(o, QStringLiteral("Account"), QStringLiteral("NumberOfEmployees"), 42),
                 QStringList {target});

        const JobConfig config =
            oneAction(m_dir.write(QStringLiteral("number.csv"),
                                  "employees,phone\n42,+49 1\n42.0,+49 2\nforty-two,+49 3\n"),
                      QStringLiteral("Account"), Action::Operation::Update,
                      {columnMatcher(QStringLiteral("NumberOfEmployees"), QStringLiteral("employees"))},
                      {columnField(QStringLiteral("Phone"), QStringLiteral("phone"))});
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        QList<RowResult> results;
        runJob(job, &results);
        QCOMPARE(outcomes(results), QStringList({"updated 200", "updated 200", "invalid 400"}));
        QCOMPARE(results.at(0).id, target);
        QCOMPARE(results.at(1).id, target);
        QVERIFY2(results.at(2).error.startsWith(QLatin1String("INVALID_VALUE: ")),
                 qPrintable(results.at(2).error));
        QCOMPARE(o.records().record(target)->value(QLatin1String("Phone")).toString(),
                 QStringLiteral("+49 2"));
        // The literal is bare, never quoted, and the invalid row never reached a query.
        const QStringList sent = queries(o);
        QVERIFY(!sent.isEmpty());
        for (const QString &q : sent) {
            QVERIFY2(q.contains(QLatin1String("42")) && !q.contains(QLatin1String("'42")), qPrintable(q));
            QVERIFY2(!q.contains(QLatin1String("forty")), qPrintable(q));
        }
    }

    void textExternalIdKeepsLeadingZeros()
    {
        EngineOrg o;
        QVERIFY(o.start());
        const auto zeros =
            o.records().create(QStringLiteral("Contact"),
                               QJsonObject {{QStringLiteral("LastName"), QStringLiteral("Zeros")},
                                            {QStringLiteral("Legacy_Id__c"), QStringLiteral("00042")}});
        const auto plain =
            o.records().create(QStringLiteral("Contact"),
                               QJsonObject {{QStringLiteral("LastName"), QStringLiteral("Plain")},
                                            {QStringLiteral("Legacy_Id__c"), QStringLiteral("42")}});
        QVERIFY(zeros.ok() && plain.ok());
        const int before = o.records().count(QStringLiteral("Contact"));
        const JobConfig config =
            oneAction(m_dir.write(QStringLiteral("zeros.csv"), "key,title\n00042,Z\n042,N\n"),
                      QStringLiteral("Contact"), Action::Operation::Upsert,
                      {columnMatcher(QStringLiteral("Legacy_Id__c"), QStringLiteral("key"))},
                      {columnField(QStringLiteral("Title"), QStringLiteral("title")),
                       columnField(QStringLiteral("LastName"), QStringLiteral("title"))});
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        QList<RowResult> results;
        const SyncSummary s = runJob(job, &results);
        QCOMPARE(outcomes(results), QStringList({"updated 200", "created 201"}));
        QCOMPARE(results.at(0).id, zeros.id);
        QCOMPARE(title(o, zeros.id), QStringLiteral("Z"));
        QCOMPARE(title(o, plain.id), QString());
        QCOMPARE(o.records().count(QStringLiteral("Contact")), before + 1);
        QCOMPARE(s.category, SyncSummary::Category::Ok);
        for (const QString &q : queries(o))
            QVERIFY2(q.contains(QLatin1String("'00042'")) || !q.contains(QLatin1String("00042")),
                     qPrintable(q));
    }
    void nativeUpsertByExternalId()
    {
        EngineOrg o;
        QVERIFY(o.start());
        QHash<QString, QStringList> ids;
        addExtKey(o, &ids);
        const int before = o.records().count(QStringLiteral("Contact"));
        o.org.network().clearRequests();
        SyncJob job(extKeyUpsert(m_dir.write(QStringLiteral("native.csv"), extKeyRows())), o.rest(),
                    o.metadata.get());
        job.setJournalPath(QString());
        QList<RowResult> results;
        const SyncSummary s = runJob(job, &results);
        QCOMPARE(outcomes(results),
                 QStringList({"created 201", "updated 200", "ambiguous 300", "updated 200", "invalid 400"}));
        QCOMPARE(results.at(1).id, ids.value(QStringLiteral("K-ONE")).first());
        QCOMPARE(results.at(3).id, results.at(0).id);
        QVERIFY2(results.at(2).error.startsWith(QLatin1String("DUPLICATE_EXTERNAL_ID: ")),
                 qPrintable(results.at(2).error));
        QStringList ambiguous = results.at(2).matches;
        ambiguous.sort();
        QCOMPARE(ambiguous, ids.value(QStringLiteral("K-TWO")));
        QCOMPARE(s.category, SyncSummary::Category::RowsFailed);
        QCOMPARE(o.records().count(QStringLiteral("Contact")), before + 1);
        const QJsonObject created = *o.records().record(results.at(0).id);
        QCOMPARE(created.value(QLatin1String("LastName")).toString(), QStringLiteral("Again"));
        QCOMPARE(created.value(QLatin1String("Ext_Key__c")).toString(), QStringLiteral("K-NEW"));
        for (const QString &id : ids.value(QStringLiteral("K-TWO")))
            QCOMPARE(o.records().record(id)->value(QLatin1String("LastName")).toString(),
                     QStringLiteral("Old"));
        // No lookup: Salesforce matched while writing. Rows 1 and 4 share a key, so they went in two calls.
        QCOMPARE(o.org.network().count({}, QStringLiteral("/query")), 0);
        QCOMPARE(o.org.network().count("PATCH", QStringLiteral("composite/sobjects/Contact/Ext_Key__c")), 2);
    }

    void previewOfNativeUpsertLooksUp()
    {
        EngineOrg o;
        QVERIFY(o.start());
        QHash<QString, QStringList> ids;
        addExtKey(o, &ids);
        o.org.network().clearRequests();
        SyncJob job(extKeyUpsert(m_dir.write(QStringLiteral("native-preview.csv"), extKeyRows())), o.rest(),
                    o.metadata.get());
        job.setMode(SyncJob::Mode::Preview);
        const QString out = m_dir.filePath(QStringLiteral("native-preview"));
        job.setOutputDirectory(out);
        QList<RowResult> results;
        runJob(job, &results);
        QCOMPARE(results.size(), 5);
        QCOMPARE(results.at(0).plan, RowPlan::Create);
        QCOMPARE(results.at(1).plan, RowPlan::Update);
        QCOMPARE(results.at(1).matches, ids.value(QStringLiteral("K-ONE")));
        QCOMPARE(results.at(1).changesText(), QStringLiteral("LastName: Old -> Updated"));
        QCOMPARE(results.at(2).plan, RowPlan::Ambiguous);
        // Row 4 updates what row 1 would create: no Id yet, so the placeholder names the row, and the old
        // values are the ones row 1 writes.
        QCOMPARE(results.at(3).plan, RowPlan::Update);
        QCOMPARE(results.at(3).matches, QStringList {QStringLiteral("(created by row 1)")});
        QCOMPARE(results.at(3).changesText(), QStringLiteral("LastName: Created -> Again"));
        QCOMPARE(results.at(4).plan, RowPlan::Invalid);
        QVERIFY(o.org.network().count("GET", QStringLiteral("/query")) >= 1);
        QCOMPARE(o.org.network().count("PATCH", {}) + o.org.network().count("POST", {}), 0);
        const QStringList lines = readLines(out + QStringLiteral("/preview.csv"));
        QCOMPARE(lines.value(4),
                 QStringLiteral("4,a,update,(created by row 1),LastName: Created -> Again,k-new,Again"));
    }

    void abortOnAmbiguousLooksUpFirst()
    {
        EngineOrg o;
        QVERIFY(o.start());
        QHash<QString, QStringList> ids;
        addExtKey(o, &ids);
        const int before = o.records().count(QStringLiteral("Contact"));
        JobConfig config = extKeyUpsert(m_dir.write(QStringLiteral("native-abort.csv"), extKeyRows()));
        config.options.abortOnAmbiguous = true;
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        QList<RowResult> results;
        const SyncSummary s = runJob(job, &results);
        // The ambiguous row is found before anything is written, so nothing is.
        QCOMPARE(s.ambiguous, 1);
        QCOMPARE(s.created + s.updated, 0);
        QCOMPARE(o.records().count(QStringLiteral("Contact")), before);
        QCOMPARE(o.org.network().count("PATCH", {}) + o.org.network().count("POST", {}), 0);
    }
};

QTEST_GUILESS_MAIN(tst_SyncJobMatching)
#include "tst_syncjob_matching.moc"
