#include "localorg/data/recordstore.h"
#include "localorg/data/sampleseed.h"
#include "localorg/data/soqlevaluator.h"
#include "tests/testsupport/testenvironment.h"

#include <QJsonArray>
#include <QTest>

using sfsync::localorg::RecordStore;
using sfsync::localorg::SampleSeed;
using sfsync::localorg::SoqlEvaluator;

class tst_localorg_seed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { sfsync::test::isolateEnvironment(QStringLiteral("tst_localorg_seed")); }

    void counts()
    {
        RecordStore store;
        QString error;
        QVERIFY2(SampleSeed::apply(store, &error), qPrintable(error));
        QCOMPARE(store.count(QStringLiteral("Account")), 100);
        QCOMPARE(store.count(QStringLiteral("Contact")), 300);
        QCOMPARE(store.count(QStringLiteral("Lead")), 100);
        const SoqlEvaluator soql(store);
        QCOMPARE(soql.run(QStringLiteral("SELECT COUNT() FROM Contact WHERE Legacy_Id__c != null")).totalSize,
                 270);
        QCOMPARE(soql.run(QStringLiteral("SELECT COUNT() FROM Contact WHERE AccountId = null")).totalSize, 0);
        QCOMPARE(
            soql.run(QStringLiteral("SELECT COUNT() FROM Account WHERE Legacy_Id__c LIKE 'ACC-%'")).totalSize,
            100);
        QCOMPARE(soql.run(QStringLiteral("SELECT COUNT() FROM Lead WHERE Status = 'Working - Contacted'"))
                     .totalSize,
                 20);
        QCOMPARE(soql.run(QStringLiteral("SELECT COUNT() FROM Lead WHERE Status = 'Open - Not Contacted'"))
                     .totalSize,
                 80);
        // A second seed into a seeded org is refused and changes nothing.
        QVERIFY(!SampleSeed::apply(store, &error));
        QCOMPARE(error, QStringLiteral("the org already holds Account records"));
        QCOMPARE(store.count(QStringLiteral("Account")), 100);
    }

    void duplicateEmails_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<int>("contacts");
        QTest::newRow("jordan") << "jordan.lee@example.com" << 3;
        QTest::newRow("sam") << "sam.taylor@example.com" << 2;
        QTest::newRow("alex") << "alex.kim@example.org" << 3;
        QTest::newRow("chris") << "chris.jones@example.net" << 2;
        QTest::newRow("pat (case differs)") << "pat.garcia@example.com" << 2;
        QTest::newRow("unique") << "o.brien@example.com" << 1;
    }
    void duplicateEmails()
    {
        QFETCH(QString, email);
        QFETCH(int, contacts);
        RecordStore store;
        QVERIFY(SampleSeed::apply(store));
        QCOMPARE(store.findByField(QStringLiteral("Contact"), QStringLiteral("Email"), email).size(),
                 contacts);
        const auto result = SoqlEvaluator(store).run(
            QStringLiteral("SELECT Id FROM Contact WHERE Email = '%1'").arg(email.toUpper()));
        QCOMPARE(result.totalSize, qint64(contacts));
    }

    void onlyTheDocumentedEmailsAreShared()
    {
        RecordStore store;
        QVERIFY(SampleSeed::apply(store));
        QHash<QString, int> perEmail;
        for (const QJsonObject &c : store.records(QStringLiteral("Contact")))
            ++perEmail[c.value(QLatin1String("Email")).toString().toLower()];
        QStringList shared;
        for (auto it = perEmail.cbegin(); it != perEmail.cend(); ++it) {
            if (it.value() > 1)
                shared.append(it.key());
        }
        shared.sort();
        QCOMPARE(
            shared,
            (QStringList {QStringLiteral("alex.kim@example.org"), QStringLiteral("chris.jones@example.net"),
                          QStringLiteral("jordan.lee@example.com"), QStringLiteral("pat.garcia@example.com"),
                          QStringLiteral("sam.taylor@example.com")}));
        // The lead shares an address with contacts, which matters only across objects.
        QCOMPARE(store
                     .findByField(QStringLiteral("Lead"), QStringLiteral("Email"),
                                  QStringLiteral("jordan.lee@example.com"))
                     .size(),
                 1);
    }

    void deterministic()
    {
        RecordStore first;
        RecordStore second;
        QVERIFY(SampleSeed::apply(first));
        QVERIFY(SampleSeed::apply(second));
        for (const QString &object :
             {QStringLiteral("Account"), QStringLiteral("Contact"), QStringLiteral("Lead")}) {
            QList<QJsonObject> a = first.records(object);
            QList<QJsonObject> b = second.records(object);
            QCOMPARE(a.size(), b.size());
            for (qsizetype i = 0; i < a.size(); ++i) {
                for (QJsonObject *r : {&a[i], &b[i]}) {
                    for (const QString &stamp :
                         {QStringLiteral("CreatedDate"), QStringLiteral("LastModifiedDate"),
                          QStringLiteral("SystemModstamp")})
                        r->remove(stamp);
                }
                QCOMPARE(a.at(i), b.at(i));
            }
        }
        // The first account and the hostile contact have fixed Ids.
        QCOMPARE(first.records(QStringLiteral("Account")).first().value(QLatin1String("Id")).toString(),
                 QStringLiteral("0010L0000000001QAA"));
        const QJsonObject obrien = first.records(QStringLiteral("Contact")).last();
        QCOMPARE(obrien.value(QLatin1String("LastName")).toString(), QStringLiteral("O'Brien \\ Sons"));
        QCOMPARE(obrien.value(QLatin1String("Email")).toString(), QStringLiteral("o.brien@example.com"));
    }
};

QTEST_GUILESS_MAIN(tst_localorg_seed)
#include "tst_localorg_seed.moc"
