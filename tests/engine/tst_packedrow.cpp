#include "core/engine/fieldvalues.h"
#include "core/engine/packedcells.h"
#include "core/engine/workitem.h"
#include "tests/testsupport/testenvironment.h"

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
        WorkItem item;
        item.fields.insert(QStringLiteral("LastName"), QJsonValue(QStringLiteral("Lee")));
        // An empty matcher cell is Undefined, not null: it must stay so.
        item.matcherValues = {QJsonValue(QStringLiteral("lee@example.com")),
                              QJsonValue(QJsonValue::Undefined), QJsonValue(7.0)};
        const QList<QJsonValue> matchers = item.matcherValues;
        item.park();
        QVERIFY(item.fields.isEmpty());
        QVERIFY(item.matcherValues.isEmpty());
        QCOMPARE(item.sendingFields().value(QStringLiteral("LastName")).toString(), QStringLiteral("Lee"));
        item.unparkMatchers();
        QCOMPARE(item.matcherValues, matchers);
        QVERIFY(item.matcherValues.at(1).isUndefined());
    }
};

QTEST_GUILESS_MAIN(tst_PackedRow)
#include "tst_packedrow.moc"
