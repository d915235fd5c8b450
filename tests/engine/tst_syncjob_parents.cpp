#include "tests/testsupport/engineorg.h"
#include "tests/testsupport/jobconfigs.h"
#include "tests/testsupport/scratchdir.h"
#include "tests/testsupport/testenvironment.h"

#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace sfsync;
using namespace sfsync::test;

// References set by the parent's key ("Account.Legacy_Id__c") end to end against the local org: the
// parents are found before any write, rows whose parent is missing or ambiguous fail without a write, and
// the others are written with the right AccountId, through REST and through Bulk API 2.0 alike.
class tst_SyncJobParents : public QObject
{
    Q_OBJECT

    ScratchDir m_dir;

    static QString accountId(EngineOrg &o, const QString &legacyId)
    {
        return o.records()
            .findByField(QStringLiteral("Account"), QStringLiteral("Legacy_Id__c"), legacyId)
            .value(0);
    }

    static QJsonObject contactByEmail(EngineOrg &o, const QString &email)
    {
        const QStringList ids =
            o.records().findByField(QStringLiteral("Contact"), QStringLiteral("Email"), email);
        return ids.size() == 1 ? o.records().record(ids.first()).value_or(QJsonObject()) : QJsonObject();
    }

    // The decoded SOQL of every query sent (as a call or inside a Composite call).
    static QStringList queries(EngineOrg &o)
    {
        QStringList out;
        for (const FakeNetworkAccessManager::Request &r : o.org.network().requests()) {
            if (r.url.path().contains(QLatin1String("/query")))
                out.append(QUrlQuery(r.url).queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded));
            if (r.url.path().endsWith(QLatin1String("/composite"))) {
                const QString body = QString::fromUtf8(r.body);
                for (const QString &part : body.split(QStringLiteral("query?q=")).mid(1))
                    out.append(QUrl::fromPercentEncoding(part.section(QLatin1Char('"'), 0, 0).toUtf8()));
            }
        }
        return out;
    }

    // Every write body sent: Collections, Composite and Bulk API 2.0 uploads.
    static QByteArray writeBodies(EngineOrg &o)
    {
        QByteArray all;
        for (const FakeNetworkAccessManager::Request &r : o.org.network().requests()) {
            if (r.method != "GET")
                all += r.body + '\n';
        }
        return all;
    }

    // A contact the seed holds, by its Legacy_Id__c; its Email identifies it.
    static QString seededEmail(EngineOrg &o, const QString &legacyId)
    {
        const QString id =
            o.records()
                .findByField(QStringLiteral("Contact"), QStringLiteral("Legacy_Id__c"), legacyId)
                .value(0);
        return o.records().record(id).value_or(QJsonObject()).value(QLatin1String("Email")).toString();
    }

    static JobConfig linkByAccountKey(const QString &path)
    {
        return oneAction(path, QStringLiteral("Contact"), Action::Operation::Upsert,
                         {columnMatcher(QStringLiteral("Email"), QStringLiteral("email"))},
                         {columnField(QStringLiteral("Email"), QStringLiteral("email")),
                          columnField(QStringLiteral("LastName"), QStringLiteral("last")),
                          columnField(QStringLiteral("Account.Legacy_Id__c"), QStringLiteral("account"))});
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateEnvironment(QStringLiteral("tst_syncjob_parents"));
        QVERIFY(m_dir.isValid());
    }

    void linksContactsByTheAccountKey_data()
    {
        QTest::addColumn<bool>("bulk");
        QTest::newRow("REST") << false;
        QTest::newRow("Bulk API 2.0") << true;
    }

    // Creates and updates linked by Account.Legacy_Id__c; a missing parent fails its row, nothing sent.
    void linksContactsByTheAccountKey()
    {
        QFETCH(bool, bulk);
        EngineOrg o;
        QVERIFY(o.start());
        const QString existing = seededEmail(o, QStringLiteral("CON-0001"));
        QVERIFY(!existing.isEmpty());
        // 1, 2: created under ACC-0001 / ACC-0002; 3: no such account; 4: updates a seeded contact (the key
        // in another case: Legacy_Id__c is case-insensitive); 5: no key, no account set.
        const QByteArray csv = "email,last,account\n"
                               "new.one@example.org,One,ACC-0001\n"
                               "new.two@example.org,Two,ACC-0002\n"
                               "new.three@example.org,Three,ACC-9999\n"
            + existing.toUtf8()
            + ",Four,acc-0005\n"
              "new.five@example.org,Five,\n";
        const QString path = m_dir.write(QStringLiteral("link.csv"), csv);
        o.org.network().clearRequests();
        SyncJob job(linkByAccountKey(path), o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        job.setBulkMode(bulk ? Action::BulkMode::On : Action::BulkMode::Off);
        QList<RowResult> results;
        runJob(job, &results);
        QCOMPARE(outcomes(results),
                 QStringList({"created 201", "created 201", "failed 400", "updated 200", "created 201"}));
        QCOMPARE(results.at(2).error,
                 QStringLiteral("PARENT_NOT_FOUND: Account with Legacy_Id__c = 'ACC-9999' not found"));

        QCOMPARE(contactByEmail(o, QStringLiteral("new.one@example.org")).value(QLatin1String("AccountId")),
                 QJsonValue(accountId(o, QStringLiteral("ACC-0001"))));
        QCOMPARE(contactByEmail(o, QStringLiteral("new.two@example.org")).value(QLatin1String("AccountId")),
                 QJsonValue(accountId(o, QStringLiteral("ACC-0002"))));
        QCOMPARE(contactByEmail(o, existing).value(QLatin1String("AccountId")),
                 QJsonValue(accountId(o, QStringLiteral("ACC-0005"))));
        QCOMPARE(contactByEmail(o, existing).value(QLatin1String("LastName")), QJsonValue("Four"));
        const QJsonValue none = contactByEmail(o, QStringLiteral("new.five@example.org")).value("AccountId");
        QVERIFY(none.isNull() || none.isUndefined());
        // The row whose parent is missing was never sent.
        QVERIFY(contactByEmail(o, QStringLiteral("new.three@example.org")).isEmpty());
        QVERIFY(!writeBodies(o).contains("new.three@example.org"));
        // The four keys took one query on Account, typed and escaped as text.
        QStringList accountQueries;
        for (const QString &q : queries(o)) {
            if (q.contains(QLatin1String("FROM Account")))
                accountQueries.append(q);
        }
        QCOMPARE(accountQueries.size(), 1);
        QVERIFY2(
            accountQueries.first().contains(QLatin1String("SELECT Id, Legacy_Id__c, Name FROM Account WHERE "
                                                          "Legacy_Id__c IN ('ACC-0001', 'ACC-0002', "
                                                          "'ACC-9999', 'acc-0005')")),
            qPrintable(accountQueries.first()));
    }

    // A key that several parents hold (Email is idLookup, not unique) fails the row, nothing written.
    void ambiguousParentFails()
    {
        EngineOrg o;
        QVERIFY(o.start());
        const QStringList jordans = o.records().findByField(
            QStringLiteral("Contact"), QStringLiteral("Email"), QStringLiteral("jordan.lee@example.com"));
        QCOMPARE(jordans.size(), 3);
        const QString boss = seededEmail(o, QStringLiteral("CON-0002"));
        const QString path =
            m_dir.write(QStringLiteral("reports.csv"),
                        "last,boss\nUnder Jordan,jordan.lee@example.com\nUnder Boss," + boss.toUtf8() + "\n");
        const JobConfig config =
            oneAction(path, QStringLiteral("Contact"), Action::Operation::Create, {},
                      {columnField(QStringLiteral("LastName"), QStringLiteral("last")),
                       columnField(QStringLiteral("ReportsTo.Email"), QStringLiteral("boss"))});
        o.org.network().clearRequests();
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        QList<RowResult> results;
        runJob(job, &results);
        QCOMPARE(outcomes(results), QStringList({"failed 400", "created 201"}));
        QVERIFY2(results.at(0).error.startsWith(QLatin1String(
                     "MULTIPLE_PARENTS: 3 Contact records have Email = 'jordan.lee@example.com': ")),
                 qPrintable(results.at(0).error));
        for (const QString &id : jordans)
            QVERIFY(results.at(0).error.contains(id));
        QVERIFY(!writeBodies(o).contains("Under Jordan"));
        const QJsonObject created = o.records().record(results.at(1).id).value_or(QJsonObject());
        QCOMPARE(
            created.value(QLatin1String("ReportsToId")),
            QJsonValue(
                o.records().findByField(QStringLiteral("Contact"), QStringLiteral("Email"), boss).value(0)));
    }

    // The preview looks the parents up, shows each one's name beside its key, and fails the missing one.
    void previewShowsTheParents()
    {
        EngineOrg o;
        QVERIFY(o.start());
        const QString path = m_dir.write(QStringLiteral("preview.csv"),
                                         "email,last,account\n"
                                         "p.one@example.org,One,ACC-0001\n"
                                         "p.two@example.org,Two,ACC-0404\n");
        const QString acc1 = accountId(o, QStringLiteral("ACC-0001"));
        const QString name1 = o.records().record(acc1)->value(QLatin1String("Name")).toString();
        QVERIFY(!name1.isEmpty());
        o.org.org().resetCounters();
        SyncJob job(linkByAccountKey(path), o.rest(), o.metadata.get());
        job.setMode(SyncJob::Mode::Preview);
        const QString out = m_dir.filePath(QStringLiteral("preview-out"));
        job.setOutputDirectory(out);
        QList<RowResult> results;
        runJob(job, &results);
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).plan, RowPlan::Create);
        QCOMPARE(results.at(1).plan, RowPlan::Invalid);
        QCOMPARE(results.at(1).error,
                 QStringLiteral("PARENT_NOT_FOUND: Account with Legacy_Id__c = 'ACC-0404' not found"));
        const QStringList lines = readLines(out + QStringLiteral("/preview.csv"));
        QCOMPARE(lines.size(), 3);
        QVERIFY2(
            lines.at(1).contains(
                QStringLiteral("AccountId:  -> %1 (Account Legacy_Id__c = 'ACC-0001': %2)").arg(acc1, name1)),
            qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).contains(QStringLiteral(
                     "invalid,,PARENT_NOT_FOUND: Account with Legacy_Id__c = 'ACC-0404' not found")),
                 qPrintable(lines.at(2)));
        // Reads only.
        for (const QHash<QString, int> &byEndpoint :
             {o.org.org().apiCallsByEndpoint(), o.org.org().subrequestsByEndpoint()}) {
            for (auto it = byEndpoint.cbegin(); it != byEndpoint.cend(); ++it)
                QVERIFY2(it.key().startsWith(QLatin1String("GET"))
                             || it.key() == QLatin1String("POST composite"),
                         qPrintable(it.key()));
        }
        QVERIFY(contactByEmail(o, QStringLiteral("p.one@example.org")).isEmpty());
    }

    // The parents' keys are looked up once each: 450 rows over 3 accounts cost one Account query.
    void eachKeyIsLookedUpOnce()
    {
        EngineOrg o;
        QVERIFY(o.start());
        QByteArray csv = "last,account\n";
        for (int i = 0; i < 450; ++i)
            csv += "Row" + QByteArray::number(i) + ",ACC-000" + QByteArray::number(1 + i % 3) + "\n";
        const QString path = m_dir.write(QStringLiteral("many.csv"), csv);
        const JobConfig config =
            oneAction(path, QStringLiteral("Contact"), Action::Operation::Create, {},
                      {columnField(QStringLiteral("LastName"), QStringLiteral("last")),
                       columnField(QStringLiteral("Account.Legacy_Id__c"), QStringLiteral("account"))});
        o.org.network().clearRequests();
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        QList<RowResult> results;
        const SyncSummary s = runJob(job, &results);
        QCOMPARE(s.created, 450);
        int accountQueries = 0;
        for (const QString &q : queries(o))
            accountQueries += q.contains(QLatin1String("FROM Account")) ? 1 : 0;
        QCOMPARE(accountQueries, 1);
        const QString acc2 = accountId(o, QStringLiteral("ACC-0002"));
        QCOMPARE(o.records().record(results.at(1).id)->value(QLatin1String("AccountId")), QJsonValue(acc2));
    }
};

QTEST_GUILESS_MAIN(tst_SyncJobParents)
#include "tst_syncjob_parents.moc"
