#include "core/engine/createdindex.h"
#include "tests/testsupport/testenvironment.h"

#include <QDir>
#include <QFile>
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

    void spillsOlderRecordsToAFileAndStillFindsThem()
    {
        // Ten records in memory: the rest go to the spill file, and every record is found as before, with
        // its state, oldest first, across the boundary.
        CreatedIndex index(2, 10);
        constexpr int Count = 1000;
        for (int i = 0; i < Count; ++i) {
            auto r = record(i);
            if (i % 3 == 0) {
                r->resolved = true;
                r->id = QStringLiteral("003%1").arg(i, 15, 10, QLatin1Char('0'));
            } else if (i % 3 == 1) {
                r->failed = true;
            } else {
                r->uncertain = true;
            }
            // Every tenth record shares its Email with the one before (AND matching creates such pairs).
            const int email = i % 10 == 9 ? i - 1 : i;
            index.add(r, {QStringLiteral("u%1@example.com").arg(email), QStringLiteral("L-%1").arg(i)});
            index.compact();
        }
        index.compact(); // the last one was still held by this loop
        QVERIFY(index.spilledCount() >= Count - 10);
        QCOMPARE(index.recordCount(), Count);
        QCOMPARE(index.liveCount(), 0);
        for (int i = 0; i < Count; ++i) {
            const auto found = index.find(1, QStringLiteral("L-%1").arg(i));
            QCOMPARE(found.size(), 1);
            const CreatedRecord &r = *found.first();
            QCOMPARE(r.resolved, i % 3 == 0);
            QCOMPARE(r.failed, i % 3 == 1);
            QCOMPARE(r.uncertain, i % 3 == 2);
            if (r.resolved)
                QCOMPARE(r.id, QStringLiteral("003%1").arg(i, 15, 10, QLatin1Char('0')));
            if (r.uncertain)
                QCOMPARE(r.creatorRow, i);
        }
        // The pair sharing an Email comes back oldest first; the same object as through its other key.
        const auto pair = index.find(0, u"u998@example.com");
        QCOMPARE(pair.size(), 2);
        QCOMPARE(pair.at(1).get(), index.find(1, u"L-999").first().get());
        QVERIFY(index.find(0, u"u999@example.com").isEmpty());
        QVERIFY(index.find(0, u"nobody@example.com").isEmpty());
    }

    void aRecordSpilledWhileItsCreateRunsKeepsItsLaterState()
    {
        CreatedIndex index(1, 2);
        auto slow = record(1);
        index.add(slow, {QStringLiteral("slow")});
        for (int i = 2; i < 10; ++i) {
            auto r = record(i);
            r->failed = true;
            index.add(r, {QStringLiteral("k%1").arg(i)});
            index.compact();
        }
        QVERIFY(index.spilledCount() > 0);
        // Still written: the row holds it, the index hands out the same object.
        QCOMPARE(index.find(0, u"slow").first().get(), slow.get());
        slow->resolved = true;
        slow->id = QStringLiteral("003000000000009AAA");
        slow.reset();
        index.compact();
        QCOMPARE(index.liveCount(), 0);
        const auto found = index.find(0, u"slow");
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first()->resolved);
        QCOMPARE(found.first()->id, QStringLiteral("003000000000009AAA"));
    }

    void theSpillFileGoesWithTheIndex()
    {
        const QString tmp = QDir::temp().filePath(QStringLiteral("tst_createdindex_spill"));
        QDir(tmp).removeRecursively();
        QVERIFY(QDir().mkpath(tmp));
        qputenv("TMPDIR", QFile::encodeName(tmp));
        {
            CreatedIndex index(1, 1);
            for (int i = 0; i < 5; ++i)
                index.add(record(i), {QStringLiteral("k%1").arg(i)});
            QVERIFY(index.spilledCount() > 0);
            QCOMPARE(QDir(tmp).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
        }
        QVERIFY(QDir(tmp).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
        qunsetenv("TMPDIR");
    }

    void withoutATemporaryFolderEverythingStaysInMemory()
    {
        qputenv("TMPDIR", QByteArrayLiteral("/nonexistent/sfsync-tmp"));
        CreatedIndex index(1, 2);
        for (int i = 0; i < 50; ++i) {
            auto r = record(i);
            r->resolved = true;
            r->id = QStringLiteral("003%1").arg(i, 15, 10, QLatin1Char('0'));
            index.add(r, {QStringLiteral("k%1").arg(i)});
        }
        qunsetenv("TMPDIR");
        index.compact();
        QCOMPARE(index.spilledCount(), 0);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(index.find(0, QStringLiteral("k%1").arg(i)).value(0)->id,
                     QStringLiteral("003%1").arg(i, 15, 10, QLatin1Char('0')));
    }
};

QTEST_GUILESS_MAIN(tst_CreatedIndex)
#include "tst_createdindex.moc"
