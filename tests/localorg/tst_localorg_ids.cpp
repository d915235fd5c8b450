#include "localorg/data/catalogue.h"
#include "localorg/data/idformat.h"
#include "tests/testsupport/testenvironment.h"

#include <QSet>
#include <QTest>

using sfsync::localorg::Catalogue;
using sfsync::localorg::IdFormat;

class tst_localorg_ids : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { sfsync::test::isolateEnvironment(QStringLiteral("tst_localorg_ids")); }

    void checksumVectors_data()
    {
        QTest::addColumn<QString>("id15");
        QTest::addColumn<QString>("id18");
        // docs/salesforce-api.md §2.11
        QTest::newRow("account") << "001M000000qfPyS"
                                 << "001M000000qfPySIAU";
        QTest::newRow("custom") << "a0RE000000IJmcN"
                                << "a0RE000000IJmcNMAT";
        QTest::newRow("lower") << "aaaaaaaaaaaaaaa"
                               << "aaaaaaaaaaaaaaaAAA";
        QTest::newRow("upper") << "AAAAAAAAAAAAAAA"
                               << "AAAAAAAAAAAAAAA555";
    }
    void checksumVectors()
    {
        QFETCH(QString, id15);
        QFETCH(QString, id18);
        QCOMPARE(IdFormat::checksum(id15), id18.right(3));
        QCOMPARE(IdFormat::to18(id15), id18);
        QCOMPARE(IdFormat::to18(id18), id18);
        QCOMPARE(IdFormat::to15(id18), id15);
        QVERIFY(IdFormat::isValid(id15));
        QVERIFY(IdFormat::isValid(id18));
        QVERIFY(IdFormat::same(id15, id18));
    }

    void suffixComparesCaseInsensitively()
    {
        QVERIFY(IdFormat::isValid(u"001M000000qfPySiau"));
        QCOMPARE(IdFormat::to18(u"001M000000qfPySiau"), QStringLiteral("001M000000qfPySIAU"));
    }

    void invalidIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("empty") << "";
        QTest::newRow("short") << "001M000000qfPy";
        QTest::newRow("16") << "001M000000qfPySI";
        QTest::newRow("bad checksum") << "001M000000qfPySAAA";
        QTest::newRow("punctuation") << "001M000000qf-yS";
        QTest::newRow("space") << "001M000000qf yS";
        QTest::newRow("19") << "001M000000qfPySIAUX";
    }
    void invalidIds()
    {
        QFETCH(QString, id);
        QVERIFY(!IdFormat::isValid(id));
        QVERIFY(IdFormat::to18(id).isEmpty());
        QVERIFY(!IdFormat::same(id, id));
    }

    void idsDifferingInCaseAreDifferentRecords()
    {
        QVERIFY(!IdFormat::same(u"001M000000qfPyS", u"001M000000qfPys"));
        QVERIFY(IdFormat::to18(u"001M000000qfPyS") != IdFormat::to18(u"001M000000qfPys"));
    }

    void makeProducesValidUniqueIdsInOrder()
    {
        QSet<QString> seen;
        QString previous;
        for (quint64 n : {quint64(1), quint64(2), quint64(61), quint64(62), quint64(63), quint64(3843),
                          quint64(1000000), quint64(839299365868340223ULL)}) {
            const QString id = IdFormat::make(u"003", n);
            QCOMPARE(id.size(), 18);
            QVERIFY2(IdFormat::isValid(id), qPrintable(id));
            QCOMPARE(IdFormat::keyPrefix(id), QStringLiteral("003"));
            QVERIFY(!seen.contains(id));
            seen.insert(id);
            QVERIFY2(previous < id.left(15), qPrintable(id)); // creation order = Id order
            previous = id.left(15);
        }
        QCOMPARE(IdFormat::make(u"001", 1), QStringLiteral("0010L0000000001QAA"));
        QCOMPARE(IdFormat::make(u"001", 62), QStringLiteral("0010L0000000010QAA"));
    }

    void prefixToObject()
    {
        const Catalogue catalogue = Catalogue::builtIn();
        QCOMPARE(catalogue.objectForId(QStringLiteral("001M000000qfPySIAU"))->name(),
                 QStringLiteral("Account"));
        QCOMPARE(catalogue.objectForId(QStringLiteral("003000000000001"))->name(), QStringLiteral("Contact"));
        QCOMPARE(catalogue.objectForId(QStringLiteral("00Q000000000001"))->name(), QStringLiteral("Lead"));
        QCOMPARE(catalogue.objectForId(QStringLiteral("005000000000001"))->name(), QStringLiteral("User"));
        QCOMPARE(catalogue.objectForId(QStringLiteral("aB5000000000001"))->name(),
                 QStringLiteral("Custom__c"));
        QVERIFY(!catalogue.objectForId(QStringLiteral("zzz000000000001")));
        QVERIFY(!catalogue.objectForId(QStringLiteral("00")));
    }
};

QTEST_GUILESS_MAIN(tst_localorg_ids)
#include "tst_localorg_ids.moc"
