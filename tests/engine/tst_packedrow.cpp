#include "core/engine/fieldvalues.h"
#include "core/engine/packedcells.h"
#include "core/engine/workitem.h"
#include "tests/testsupport/testenvironment.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace sfsync;

// The packed forms a row takes while it waits for its Bulk API 2.0 job: cells and typed values come back
// exactly as they went in.
class tst_PackedRow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { sfsync::test::isolateEnvironment(QStringLiteral("tst_packedrow")); }

    void cellsRoundTrip_data()
    {
        QTest::addColumn<QStringList>("cells");
        QTest::newRow("none") << QStringList();
        QTest::newRow("one empty") << QStringList({QString()});
        QTest::newRow("empty cells around") << QStringList({QString(), QStringLiteral("a"), QString()});
        QTest::newRow("separators and quotes")
            << QStringList({QStringLiteral("a,b"), QStringLiteral("\"q\""), QStringLiteral("line\nbreak"),
                            QString(QChar(0x1f)), QString(QChar(0))});
        // Lone surrogates survive: nothing is re-encoded.
        QTest::newRow("unicode") << QStringList({QStringLiteral("Zoë 日本 😀"), QString(QChar(0xd800))});
        // Longer than 16 bits can count.
        QTest::newRow("long cell") << QStringList(
            {QString(70000, QLatin1Char('x')), QStringLiteral("after")});
    }

    void cellsRoundTrip()
    {
        QFETCH(QStringList, cells);
        const PackedCells packed(cells);
        QCOMPARE(packed.unpack(), cells);
        QCOMPARE(packed.count(), cells.size());
    }

    void valuesRoundTrip()
    {
        FieldValues values;
        values.insert(QStringLiteral("LastName"), QJsonValue(QStringLiteral("O'Brien")));
        values.insert(QStringLiteral("Title"), QJsonValue(QJsonValue::Null));
        values.insert(QStringLiteral("HasOptedOutOfEmail"), QJsonValue(true));
        values.insert(QStringLiteral("NumberOfEmployees"), QJsonValue(qint64(42)));
        values.insert(QStringLiteral("AnnualRevenue"), QJsonValue(1234.5));
        values.insert(QStringLiteral("Description"), QJsonValue(QString()));
        const FieldValues back = FieldValues::fromPacked(values.toPacked());
        QCOMPARE(back.size(), values.size());
        auto a = values.constBegin();
        auto b = back.constBegin();
        for (; a != values.constEnd(); ++a, ++b) {
            QCOMPARE(b.key(), a.key());
            QCOMPARE(b.value(), a.value());
            QCOMPARE(b.value().type(), a.value().type());
        }
        QVERIFY(back.value(QStringLiteral("Title")).isNull());
        QCOMPARE(back.value(QStringLiteral("NumberOfEmployees")).toInteger(), 42);
        QVERIFY(FieldValues::fromPacked(FieldValues().toPacked()).isEmpty());
    }

    void parkedRowComesBack()
    {
        ParkedRowStore store;
        const QStringList cells = {QStringLiteral("lee@example.com"), QString(),
                                   QStringLiteral("Zoë, \"Z\"\n2")};
        {
            WorkItem item;
            item.cells = PackedCells(cells);
            item.fields.insert(QStringLiteral("LastName"), QJsonValue(QStringLiteral("Lee")));
            // An empty matcher cell is Undefined, not null: it must stay so.
            item.matcherValues = {QJsonValue(QStringLiteral("lee@example.com")),
                                  QJsonValue(QJsonValue::Undefined), QJsonValue(7.0)};
            const QList<QJsonValue> matchers = item.matcherValues;
            item.park(&store);
            QVERIFY(item.fields.isEmpty());
            QVERIFY(item.matcherValues.isEmpty());
            QVERIFY(item.cells.isEmpty());
            QVERIFY(store.storedBytes() > 0);
            QCOMPARE(item.sendingFields().value(QStringLiteral("LastName")).toString(),
                     QStringLiteral("Lee"));
            QCOMPARE(item.sourceCells(), cells);
            item.unparkMatchers();
            QCOMPARE(item.matcherValues, matchers);
            QVERIFY(item.matcherValues.at(1).isUndefined());
            // Parked again (a retry): what is stored stays, the matcher values go again.
            item.park(&store);
            QVERIFY(item.matcherValues.isEmpty());
            QCOMPARE(item.sourceCells(), cells);
            QCOMPARE(store.segmentCount(), 1);
        }
        // The row released its bytes: a segment that is still being written stays until the next starts.
        QCOMPARE(store.segmentCount(), 1);
    }

    void parkedRowsGoToDiskAndTheirSegmentsAreDeleted()
    {
        ParkedRowStore store(4096);
        std::vector<std::unique_ptr<WorkItem>> items;
        for (int i = 0; i < 1000; ++i) {
            auto item = std::make_unique<WorkItem>();
            item->cells =
                PackedCells({QStringLiteral("row %1").arg(i), QStringLiteral("x").repeated(i % 50)});
            item->fields.insert(QStringLiteral("Name"), QJsonValue(QStringLiteral("N%1").arg(i)));
            item->park(&store);
            items.push_back(std::move(item));
        }
        QVERIFY(store.onDisk());
        const int segments = store.segmentCount();
        QVERIFY(segments > 10);
        QCOMPARE(QDir(store.folder()).entryList(QDir::Files).size(), segments);
        for (int i = 0; i < 1000; i += 37) {
            QCOMPARE(items[i]->sourceCells().value(0), QStringLiteral("row %1").arg(i));
            QCOMPARE(items[i]->sendingFields().value(QStringLiteral("Name")).toString(),
                     QStringLiteral("N%1").arg(i));
        }
        // Rows finish in about source order: the segments behind them go.
        for (int i = 0; i < 900; ++i)
            items[i].reset();
        QVERIFY(store.segmentCount() < segments / 5);
        QCOMPARE(QDir(store.folder()).entryList(QDir::Files).size(), store.segmentCount());
        QCOMPARE(items[950]->sourceCells().value(0), QStringLiteral("row 950"));
        const QString folder = store.folder();
        items.clear();
        QVERIFY(QDir(folder).exists());
    }

    void withoutATemporaryFolderParkedRowsStayInMemory()
    {
        qputenv("TMPDIR", QByteArrayLiteral("/nonexistent/sfsync-tmp"));
        ParkedRowStore store;
        WorkItem item;
        item.cells = PackedCells({QStringLiteral("a"), QStringLiteral("b")});
        item.park(&store);
        qunsetenv("TMPDIR");
        QVERIFY(!store.onDisk());
        QCOMPARE(item.sourceCells(), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    }

    void theFolderGoesWithTheStore()
    {
        QString folder;
        {
            ParkedRowStore store;
            WorkItem item;
            item.cells = PackedCells({QStringLiteral("a")});
            item.park(&store);
            folder = store.folder();
            QVERIFY(QFileInfo(folder).isDir());
        }
        QVERIFY(!QFileInfo::exists(folder));
    }
};

QTEST_GUILESS_MAIN(tst_PackedRow)
#include "tst_packedrow.moc"
