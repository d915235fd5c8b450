// The pieces of the Bulk API 2.0 client that need no org: the streaming CSV builder and its split rule, the
// result CSV reader, sf__Error parsing, and mapping results back to rows by the values they echo.
#include "core/salesforce/bulk2/bulk2correlator.h"
#include "core/salesforce/bulk2/bulk2csvbuilder.h"
#include "core/salesforce/bulk2/bulk2csvreader.h"
#include "core/salesforce/bulk2/bulk2jobspec.h"
#include "core/salesforce/bulk2/bulk2rowresult.h"
#include "tests/testsupport/testenvironment.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <algorithm>
#include <numeric>

using namespace sfsync;

class tst_Bulk2Csv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { sfsync::test::isolateEnvironment(QStringLiteral("tst_bulk2csv")); }

    void cellText_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("null clears") << QJsonValue(QJsonValue::Null) << QStringLiteral("#N/A");
        QTest::newRow("undefined leaves") << QJsonValue(QJsonValue::Undefined) << QString();
        QTest::newRow("true") << QJsonValue(true) << QStringLiteral("true");
        QTest::newRow("false") << QJsonValue(false) << QStringLiteral("false");
        QTest::newRow("int") << QJsonValue(42) << QStringLiteral("42");
        QTest::newRow("negative") << QJsonValue(-7.0) << QStringLiteral("-7");
        QTest::newRow("decimal") << QJsonValue(12.5) << QStringLiteral("12.5");
        QTest::newRow("big, no exponent") << QJsonValue(1e20) << QStringLiteral("100000000000000000000");
        QTest::newRow("small, no exponent") << QJsonValue(0.000125) << QStringLiteral("0.000125");
        QTest::newRow("text") << QJsonValue(QStringLiteral("a,b")) << QStringLiteral("a,b");
        QTest::newRow("date text") << QJsonValue(QStringLiteral("2024-01-31"))
                                   << QStringLiteral("2024-01-31");
    }

    void cellText()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QString, text);
        QCOMPARE(Bulk2CsvBuilder::cellText(value), text);
    }

    void encodeRowQuotesOnlyWhereNeeded()
    {
        const QStringList cells {
            QStringLiteral("plain"),      QStringLiteral("a,b"),         QStringLiteral("say \"hi\""),
            QStringLiteral("two\nlines"), QStringLiteral(" padded "),    QString(),
            QStringLiteral("#N/A"),       QStringLiteral("Müller 東京"), QStringLiteral("back\\slash")};
        QCOMPARE(Bulk2CsvBuilder::encodeRow(cells),
                 QByteArray("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded \",,#N/A,")
                     + QString(QStringLiteral("Müller 東京")).toUtf8() + QByteArray(",back\\slash"));
    }

    void builderWritesHeaderRowsAndLf()
    {
        Bulk2CsvBuilder builder({QStringLiteral("LastName"), QStringLiteral("Email")}, 1000);
        QVERIFY(builder.isEmpty());
        QVERIFY(builder.append({QStringLiteral("O'Brien"), QStringLiteral("o@example.com")}));
        QVERIFY(builder.append({QStringLiteral("Lee, Jr"), QStringLiteral("#N/A")}));
        QCOMPARE(builder.rows(), 2);
        const QByteArray csv = builder.take();
        QCOMPARE(csv, QByteArray("LastName,Email\nO'Brien,o@example.com\n\"Lee, Jr\",#N/A\n"));
        // After take() a new part starts with the header only.
        QVERIFY(builder.isEmpty());
        QCOMPARE(builder.take(), QByteArray("LastName,Email\n"));
    }

    void builderSplitsUnderTheLimit()
    {
        // Header 5 bytes ("Name\n"), each row "rowNN\n" 6 bytes: 17 bytes hold the header and two rows.
        Bulk2CsvBuilder builder({QStringLiteral("Name")}, 17);
        QVERIFY(builder.append({QStringLiteral("row01")}));
        QVERIFY(builder.append({QStringLiteral("row02")}));
        QCOMPARE(builder.size(), 17);
        QVERIFY(!builder.append({QStringLiteral("row03")}));
        QCOMPARE(builder.rows(), 2); // the refused row was not added
        QCOMPARE(builder.take(), QByteArray("Name\nrow01\nrow02\n"));
        // A row larger than the limit still goes, alone.
        QVERIFY(builder.append({QString(40, QLatin1Char('x'))}));
        QVERIFY(!builder.append({QStringLiteral("row04")}));
    }

    void readerParsesWhatTheBuilderWrites()
    {
        const QList<QStringList> rows {
            {QStringLiteral("sf__Id"), QStringLiteral("sf__Created"), QStringLiteral("LastName")},
            {QStringLiteral("0030L0000000001QAA"), QStringLiteral("true"), QStringLiteral("a,b")},
            {QString(), QStringLiteral("false"), QStringLiteral("say \"hi\"\nagain")},
            {QStringLiteral("x"), QString(), QString()},
        };
        QByteArray csv;
        for (const QStringList &r : rows)
            csv += Bulk2CsvBuilder::encodeRow(r) + "\r\n"; // CRLF too
        Bulk2CsvReader reader(csv);
        QStringList cells;
        for (const QStringList &expected : rows) {
            QVERIFY(reader.next(&cells));
            QCOMPARE(cells, expected);
        }
        QVERIFY(!reader.next(&cells));
        QVERIFY(reader.errorString().isEmpty());
    }

    void readerQuotedEverythingAndLastLineWithoutBreak()
    {
        Bulk2CsvReader reader(
            "\"sf__Id\",\"sf__Error\",\"Name\"\n\"\",\"REQUIRED_FIELD_MISSING:x:Name --\",\"\"");
        QStringList cells;
        QVERIFY(reader.next(&cells));
        QCOMPARE(cells, QStringList({"sf__Id", "sf__Error", "Name"}));
        QVERIFY(reader.next(&cells));
        QCOMPARE(cells, QStringList({"", "REQUIRED_FIELD_MISSING:x:Name --", ""}));
        QVERIFY(!reader.next(&cells));
    }

    void readerRejectsMalformed()
    {
        Bulk2CsvReader unterminated("a,\"b\n");
        QStringList cells;
        QVERIFY(!unterminated.next(&cells));
        QVERIFY(!unterminated.errorString().isEmpty());
        Bulk2CsvReader textAfterQuote("\"a\"b,c\n");
        QVERIFY(!textAfterQuote.next(&cells));
        QVERIFY(!textAfterQuote.errorString().isEmpty());
    }

    void parseError_data()
    {
        QTest::addColumn<QString>("sfError");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QStringList>("fields");
        // Real values (docs/salesforce-api.md §3.2).
        QTest::newRow("fields") << "REQUIRED_FIELD_MISSING:Required fields are missing: [Name]:Name --"
                                << "REQUIRED_FIELD_MISSING"
                                << "Required fields are missing: [Name]" << QStringList {"Name"};
        QTest::newRow("lock, no fields")
            << "UNABLE_TO_LOCK_ROW:unable to obtain exclusive access to this record or 200 records: "
               "001xxx,001yyy,...:--"
            << "UNABLE_TO_LOCK_ROW"
            << "unable to obtain exclusive access to this record or 200 records: 001xxx,001yyy,..."
            << QStringList {};
        QTest::newRow("no fields") << "INVALID_CROSS_REFERENCE_KEY:invalid cross reference id:--"
                                   << "INVALID_CROSS_REFERENCE_KEY"
                                   << "invalid cross reference id" << QStringList {};
        QTest::newRow("two fields") << "REQUIRED_FIELD_MISSING:Required fields are missing: [A, B]:A,B --"
                                    << "REQUIRED_FIELD_MISSING"
                                    << "Required fields are missing: [A, B]" << QStringList {"A", "B"};
        QTest::newRow("no terminator") << "MALFORMED_ID:bad id: 003"
                                       << "MALFORMED_ID"
                                       << "bad id: 003" << QStringList {};
    }

    void parseError()
    {
        QFETCH(QString, sfError);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(QStringList, fields);
        const SfError e = Bulk2RowResult::parseError(sfError);
        QCOMPARE(e.errorCode, code);
        QCOMPARE(e.message, message);
        QCOMPARE(e.fields, fields);
        QCOMPARE(e.httpStatus, 400);
    }

    void specValidation()
    {
        Bulk2JobSpec spec;
        spec.object = QStringLiteral("Contact");
        spec.columns = {QStringLiteral("LastName")};
        QVERIFY(spec.validate().isNull());
        QCOMPARE(spec.keyColumn(), -1);
        spec.columns = {QStringLiteral("Id"), QStringLiteral("LastName")};
        QCOMPARE(spec.validate().errorCode, QStringLiteral("INVALIDJOB")); // insert with an Id
        spec.operation = Bulk2JobSpec::Operation::Update;
        QVERIFY(spec.validate().isNull());
        QCOMPARE(spec.keyColumn(), 0);
        spec.operation = Bulk2JobSpec::Operation::Upsert;
        QVERIFY(!spec.validate().isNull()); // no external ID field
        spec.externalIdFieldName = QStringLiteral("Legacy_Id__c");
        QVERIFY(!spec.validate().isNull()); // not among the columns
        spec.columns = {QStringLiteral("LastName"), QStringLiteral("legacy_id__c")};
        QVERIFY(spec.validate().isNull());
        QCOMPARE(spec.keyColumn(), 1);
        spec.columns = {QStringLiteral("LastName"), QStringLiteral("LastName")};
        QVERIFY(!spec.validate().isNull()); // duplicate column
        spec.columns = {QStringLiteral("Last,Name")};
        QVERIFY(!spec.validate().isNull());
    }

    // Results in reverse and random order, echoed with the 18-character Id where a 15-character one was sent.
    void correlatorById()
    {
        const QStringList columns {QStringLiteral("Id"), QStringLiteral("LastName")};
        Bulk2Correlator c(columns, 0, true);
        const QStringList ids15 {QStringLiteral("0030L0000000001"), QStringLiteral("0030L0000000002"),
                                 QStringLiteral("0030L0000000003")};
        const QStringList ids18 {QStringLiteral("0030L0000000001QAA"), QStringLiteral("0030L0000000002QAA"),
                                 QStringLiteral("0030L0000000003QAA")};
        c.add(10, {ids15[0], QStringLiteral("A")});
        c.add(11, {ids18[1], QStringLiteral("B")});
        c.add(12, {ids15[2], QStringLiteral("C")});
        QCOMPARE(c.size(), 3);
        const QStringList header {QStringLiteral("sf__Id"), QStringLiteral("sf__Created"),
                                  QStringLiteral("LastName"), QStringLiteral("ID")};
        const QList<int> pos = c.mapHeader(header);
        QCOMPARE(pos, QList<int>({3, 2}));
        QCOMPARE(c.take({ids18[2], "false", "C", ids18[2]}, pos), std::optional<quint64>(12));
        QCOMPARE(c.take({ids18[0], "false", "A", ids18[0]}, pos), std::optional<quint64>(10));
        // Not sent: no match, and nothing is consumed.
        QCOMPARE(c.take({"x", "false", "Z", QStringLiteral("0030L0000000009QAA")}, pos), std::nullopt);
        QCOMPARE(c.remaining(), QList<quint64>({11}));
        // Another echo of the key with a changed cell still maps through the key.
        QCOMPARE(c.take({ids18[1], "false", "b (changed)", ids15[1]}, pos), std::optional<quint64>(11));
        QCOMPARE(c.size(), 0);
        QCOMPARE(c.take({ids18[1], "false", "B", ids18[1]}, pos), std::nullopt); // never twice
    }

    // Same external ID twice (e.g. two jobs' worth in one): the whole row tells them apart.
    void correlatorByKeyPrefersTheExactRow()
    {
        Bulk2Correlator c({QStringLiteral("Legacy_Id__c"), QStringLiteral("LastName")}, 0, false);
        c.add(1, {QStringLiteral("K-1"), QStringLiteral("first")});
        c.add(2, {QStringLiteral("K-1"), QStringLiteral("second")});
        const QList<int> pos = c.mapHeader({"sf__Id", "sf__Created", "Legacy_Id__c", "LastName"});
        QCOMPARE(c.take({"i", "true", "K-1", "second"}, pos), std::optional<quint64>(2));
        QCOMPARE(c.take({"i", "true", "K-1", "first"}, pos), std::optional<quint64>(1));
    }

    // Inserts: the whole row is the key; identical rows are interchangeable, each result used once.
    void correlatorWholeRowShuffled()
    {
        const QStringList columns {QStringLiteral("LastName"), QStringLiteral("Email")};
        Bulk2Correlator c(columns, -1, false);
        QList<QStringList> sent;
        for (int i = 0; i < 500; ++i) {
            // Every fifth row is a copy of the row before it.
            const int n = i % 5 == 4 ? i - 1 : i;
            sent.append({QStringLiteral("Name %1").arg(n), QStringLiteral("p%1@example.com").arg(n)});
            c.add(quint64(i), sent.last());
        }
        QList<int> order(500);
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), *QRandomGenerator::global());
        const QList<int> pos = c.mapHeader({"sf__Id", "sf__Created", "Email", "LastName"});
        QSet<quint64> seen;
        for (const int i : std::as_const(order)) {
            const std::optional<quint64> tag = c.take({"id", "true", sent[i][1], sent[i][0]}, pos);
            QVERIFY(tag.has_value());
            QCOMPARE(sent.at(int(*tag)), sent.at(i)); // this row or an identical one
            QVERIFY(!seen.contains(*tag));
            seen.insert(*tag);
        }
        QCOMPARE(seen.size(), 500);
        QCOMPARE(c.size(), 0);
        QVERIFY(c.remaining().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Bulk2Csv)
#include "tst_bulk2csv.moc"
