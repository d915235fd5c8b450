#include "core/engine/createdindex.h"
#include "tests/testsupport/testenvironment.h"

#include <QTest>

using namespace sfsync;

// The in-run index of created records: lookups by matcher and key, the same object for a record within one
// resolve, and compaction of finished records into their Id and state without losing what later rows need.
class tst_CreatedIndex : public QObject
{
    Q_OBJECT

    static std::shared_ptr<CreatedRecord> record(qint64 row)
    {
        auto r = std::make_shared<CreatedRecord>();
        r->creatorRow = row;
        return r;
    }

private Q_SLOTS:
    void initTestCase() { sfsync::test::isolateEnvironment(QStringLiteral("tst_createdindex")); }

    void findsByMatcherAndKey()
    {
        CreatedIndex index(2);
        auto a = record(1);
        auto b = record(2);
        index.add(a, {QStringLiteral("ann@example.com"), QStringLiteral("L-1")});
        index.add(b, {QStringLiteral("bob@example.com"), QString()});
        QCOMPARE(index.find(0, u"ann@example.com"), QList<std::shared_ptr<CreatedRecord>>({a}));
        QCOMPARE(index.find(1, u"L-1"), QList<std::shared_ptr<CreatedRecord>>({a}));
        QCOMPARE(index.find(0, u"bob@example.com"), QList<std::shared_ptr<CreatedRecord>>({b}));
        // The same value under another matcher is another key; an empty key is not a value.
        QVERIFY(index.find(1, u"ann@example.com").isEmpty());
        QVERIFY(index.find(1, u"").isEmpty());
        QVERIFY(index.find(0, u"nobody@example.com").isEmpty());
    }

    void oneKeyCanNameSeveralRecords()
    {
        // AND matching: (ann, L-1) and (ann, L-2) are two records sharing the Email key.
        CreatedIndex index(2);
        auto a = record(1);
        auto b = record(2);
        index.add(a, {QStringLiteral("ann"), QStringLiteral("L-1")});
        index.add(b, {QStringLiteral("ann"), QStringLiteral("L-2")});
        QCOMPARE(index.find(0, u"ann"), QList<std::shared_ptr<CreatedRecord>>({a, b}));
        QCOMPARE(index.find(1, u"L-2"), QList<std::shared_ptr<CreatedRecord>>({b}));
    }

    void compactKeepsLiveAndHeldRecords()
    {
        CreatedIndex index(1);
        auto pending = record(1);
        auto held = record(2);
        index.add(pending, {QStringLiteral("p")});
        index.add(held, {QStringLiteral("h")});
        held->resolved = true;
        held->id = QStringLiteral("003000000000001AAA");
        index.compact();
        // Both are still held by their rows (this test), so neither shrinks.
        QCOMPARE(index.liveCount(), 2);
        QCOMPARE(index.find(0, u"h").value(0).get(), held.get());
    }

    void compactedRecordsComeBackWithTheirState()
    {
        CreatedIndex index(2);
        {
            auto created = record(1);
            auto failed = record(2);
            auto uncertain = record(3);
            index.add(created, {QStringLiteral("c"), QStringLiteral("C")});
            index.add(failed, {QStringLiteral("f"), QString()});
            index.add(uncertain, {QStringLiteral("u"), QString()});
            created->resolved = true;
            created->id = QStringLiteral("003000000000001AAA");
            failed->failed = true;
            uncertain->uncertain = true;
        }
        index.compact();
        QCOMPARE(index.liveCount(), 0);
        QCOMPARE(index.recordCount(), 3);

        const auto byEmail = index.find(0, u"c");
        const auto byLegacy = index.find(1, u"C");
        QCOMPARE(byEmail.size(), 1);
        QCOMPARE(byEmail.first()->id, QStringLiteral("003000000000001AAA"));
        QVERIFY(byEmail.first()->resolved);
        // Found through both matchers within one resolve: the same object, so it counts as one match.
        QCOMPARE(byLegacy.first().get(), byEmail.first().get());

        const auto failed = index.find(0, u"f");
        QVERIFY(failed.first()->failed);
        QVERIFY(!failed.first()->resolved);
        const auto uncertain = index.find(0, u"u");
        QVERIFY(uncertain.first()->uncertain);
        // The row that may have created it is named in the message of rows matching it later.
        QCOMPARE(uncertain.first()->creatorRow, 3);
    }

    void previewRecordsStayWhole()
    {
        // A preview never finishes a record and keeps the values the rows would give it.
        CreatedIndex index(1);
        {
            auto r = record(5);
            r->fields.insert(QStringLiteral("LastName"), QJsonValue(QStringLiteral("Lee")));
            index.add(r, {QStringLiteral("k")});
        }
        index.compact();
        QCOMPARE(index.liveCount(), 1);
        QCOMPARE(index.find(0, u"k").first()->fields.value(QStringLiteral("LastName")).toString(),
                 QStringLiteral("Lee"));
    }

    void manyRecords()
    {
        CreatedIndex index(2);
        constexpr int Count = 50000;
        for (int i = 0; i < Count; ++i) {
            auto r = record(i);
            r->resolved = true;
            r->id = QStringLiteral("003%1").arg(i, 15, 10, QLatin1Char('0'));
            index.add(r, {QStringLiteral("user%1@example.com").arg(i), QStringLiteral("L-%1").arg(i)});
        }
        index.compact();
        QCOMPARE(index.liveCount(), 0);
        for (int i = 0; i < Count; i += 997) {
            const auto found = index.find(1, QStringLiteral("L-%1").arg(i));
            QCOMPARE(found.size(), 1);
            QCOMPARE(found.first()->id, QStringLiteral("003%1").arg(i, 15, 10, QLatin1Char('0')));
        }
        QVERIFY(index.find(0, u"user50000@example.com").isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_CreatedIndex)
#include "tst_createdindex.moc"
