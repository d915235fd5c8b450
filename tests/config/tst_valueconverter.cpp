#include "core/config/valueconverter.h"
#include "core/salesforce/recordid.h"
#include "tests/testsupport/testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sfsync;

Q_DECLARE_METATYPE(QJsonValue)

namespace {

FieldInfo field(const QString &type, int length = 0)
{
    FieldInfo f;
    f.name = QStringLiteral("F__c");
    f.type = type;
    f.length = length;
    f.filterable = true;
    return f;
}

QString jsonText(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact));
}

} // namespace

class tst_ValueConverter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { sfsync::test::isolateEnvironment(QStringLiteral("tst_valueconverter")); }

    void converts_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // compact JSON of [value], or "!" for a failure

        QTest::newRow("int") << "int"
                             << "42"
                             << "[42]";
        QTest::newRow("int leading zeros") << "int"
                                           << "00042"
                                           << "[42]";
        QTest::newRow("int negative") << "int"
                                      << "-7"
                                      << "[-7]";
        QTest::newRow("int with .0") << "int"
                                     << "12.0"
                                     << "[12]";
        QTest::newRow("int decimal") << "int"
                                     << "12.5"
                                     << "!";
        QTest::newRow("int junk") << "int"
                                  << "12abc"
                                  << "!";
        QTest::newRow("int comma") << "int"
                                   << "1,000"
                                   << "!";
        QTest::newRow("int exponent") << "int"
                                      << "1e3"
                                      << "!";
        QTest::newRow("int spaces trimmed") << "int"
                                            << " 5 "
                                            << "[5]";
        QTest::newRow("double") << "double"
                                << "3.25"
                                << "[3.25]";
        QTest::newRow("double leading dot") << "double"
                                            << ".5"
                                            << "[0.5]";
        QTest::newRow("double comma") << "double"
                                      << "3,25"
                                      << "!";
        QTest::newRow("double nan") << "double"
                                    << "NaN"
                                    << "!";
        QTest::newRow("double inf") << "double"
                                    << "inf"
                                    << "!";
        QTest::newRow("currency") << "currency"
                                  << "1999.99"
                                  << "[1999.99]";
        QTest::newRow("percent") << "percent"
                                 << "12.5"
                                 << "[12.5]";
        QTest::newRow("percent sign") << "percent"
                                      << "12.5%"
                                      << "!";
        QTest::newRow("bool true") << "boolean"
                                   << "TRUE"
                                   << "[true]";
        QTest::newRow("bool yes") << "boolean"
                                  << "Yes"
                                  << "[true]";
        QTest::newRow("bool 1") << "boolean"
                                << "1"
                                << "[true]";
        QTest::newRow("bool no") << "boolean"
                                 << "no"
                                 << "[false]";
        QTest::newRow("bool 0") << "boolean"
                                << "0"
                                << "[false]";
        QTest::newRow("bool junk") << "boolean"
                                   << "maybe"
                                   << "!";
        QTest::newRow("date") << "date"
                              << "2024-02-29"
                              << "[\"2024-02-29\"]";
        QTest::newRow("date invalid day") << "date"
                                          << "2023-02-29"
                                          << "!";
        QTest::newRow("date from datetime keeps the day") << "date"
                                                          << "2024-03-01T00:30:00+05:00"
                                                          << "[\"2024-03-01\"]";
        QTest::newRow("date local format without config") << "date"
                                                          << "01.03.2024"
                                                          << "!";
        QTest::newRow("datetime Z") << "datetime"
                                    << "2024-03-01T10:00:00Z"
                                    << "[\"2024-03-01T10:00:00.000Z\"]";
        QTest::newRow("datetime offset") << "datetime"
                                         << "2024-03-01T10:00:00+02:00"
                                         << "[\"2024-03-01T08:00:00.000Z\"]";
        QTest::newRow("datetime sf offset") << "datetime"
                                            << "2024-03-01T10:00:00.000+0000"
                                            << "[\"2024-03-01T10:00:00.000Z\"]";
        QTest::newRow("datetime no offset is UTC") << "datetime"
                                                   << "2024-03-01T10:00:00"
                                                   << "[\"2024-03-01T10:00:00.000Z\"]";
        QTest::newRow("datetime space") << "datetime"
                                        << "2024-03-01 10:00"
                                        << "[\"2024-03-01T10:00:00.000Z\"]";
        QTest::newRow("datetime date only") << "datetime"
                                            << "2024-03-01"
                                            << "[\"2024-03-01T00:00:00.000Z\"]";
        QTest::newRow("datetime junk") << "datetime"
                                       << "yesterday"
                                       << "!";
        QTest::newRow("time") << "time"
                              << "08:30"
                              << "[\"08:30:00.000Z\"]";
        QTest::newRow("email") << "email"
                               << "a.b@example.com"
                               << "[\"a.b@example.com\"]";
        QTest::newRow("email no at") << "email"
                                     << "a.example.com"
                                     << "!";
        QTest::newRow("email two at") << "email"
                                      << "a@b@example.com"
                                      << "!";
        QTest::newRow("email space") << "email"
                                     << "a b@example.com"
                                     << "!";
        QTest::newRow("id 15") << "id"
                               << "001M000000qfPyS"
                               << "[\"001M000000qfPyS\"]";
        QTest::newRow("id 18") << "reference"
                               << "001M000000qfPySIAU"
                               << "[\"001M000000qfPySIAU\"]";
        QTest::newRow("id bad checksum") << "reference"
                                         << "001M000000qfPySAAA"
                                         << "!";
        QTest::newRow("id length") << "id"
                                   << "001M000000qfPy"
                                   << "!";
        QTest::newRow("id injection") << "id"
                                      << "001' OR Id != '"
                                      << "!";
        QTest::newRow("hostile text kept") << "string"
                                           << "x' OR Name != '\\"
                                           << "[\"x' OR Name != '\\\\\"]";
        QTest::newRow("text external id keeps zeros") << "string"
                                                      << "00042"
                                                      << "[\"00042\"]";
    }

    void converts()
    {
        QFETCH(QString, type);
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const ConvertedValue v = ValueConverter().convert(field(type, 80), input);
        if (expected == QLatin1String("!")) {
            QVERIFY2(!v.ok, qPrintable(jsonText(v.json)));
            QVERIFY(!v.error.isEmpty());
        } else {
            QVERIFY2(v.ok, qPrintable(v.error));
            QCOMPARE(jsonText(v.json), expected);
        }
    }

    void textLength()
    {
        const FieldInfo f = field(QStringLiteral("string"), 5);
        QVERIFY(ValueConverter().convert(f, QStringLiteral("12345")).ok);
        const ConvertedValue tooLong = ValueConverter().convert(f, QStringLiteral("123456"));
        QVERIFY(!tooLong.ok);
        QCOMPARE(tooLong.error, QStringLiteral("6 characters, more than the 5 that F__c holds"));
        // Characters, not UTF-16 units: five emoji fit in five characters.
        QVERIFY(ValueConverter().convert(f, QStringLiteral("😀😀😀😀😀")).ok);
    }

    void numberPrecision()
    {
        FieldInfo f = field(QStringLiteral("currency"));
        f.precision = 5;
        f.scale = 2;
        QVERIFY(ValueConverter().convert(f, QStringLiteral("999.99")).ok);
        QVERIFY(!ValueConverter().convert(f, QStringLiteral("1000")).ok);
        FieldInfo i = field(QStringLiteral("int"));
        i.digits = 3;
        QVERIFY(ValueConverter().convert(i, QStringLiteral("999")).ok);
        QVERIFY(!ValueConverter().convert(i, QStringLiteral("1000")).ok);
    }

    void restrictedPicklist()
    {
        FieldInfo f = field(QStringLiteral("picklist"));
        f.restrictedPicklist = true;
        f.picklistValues = {{QStringLiteral("Web"), QStringLiteral("Web"), true, false},
                            {QStringLiteral("Old"), QStringLiteral("Old"), false, false}};
        const ConvertedValue web = ValueConverter().convert(f, QStringLiteral("web"));
        QVERIFY(web.ok);
        QCOMPARE(web.json.toString(), QStringLiteral("Web"));
        QVERIFY(!ValueConverter().convert(f, QStringLiteral("Old")).ok); // inactive
        QVERIFY(!ValueConverter().convert(f, QStringLiteral("Fax")).ok);
        f.restrictedPicklist = false;
        QCOMPARE(ValueConverter().convert(f, QStringLiteral("Fax")).json.toString(), QStringLiteral("Fax"));
        FieldInfo m = field(QStringLiteral("multipicklist"));
        m.restrictedPicklist = true;
        m.picklistValues = f.picklistValues;
        QVERIFY(!ValueConverter().convert(m, QStringLiteral("Web;Fax")).ok);
    }

    void timeZoneRule()
    {
        Action action;
        action.timeZone = QStringLiteral("America/New_York");
        action.dateFormat = QStringLiteral("MM/dd/yyyy");
        action.dateTimeFormat = QStringLiteral("MM/dd/yyyy HH:mm");
        const ValueConverter c(action);
        // A datetime without an offset is New York wall time (EST = UTC-5 in January).
        QCOMPARE(c.convert(field(QStringLiteral("datetime")), QStringLiteral("2024-01-15T23:30:00"))
                     .json.toString(),
                 QStringLiteral("2024-01-16T04:30:00.000Z"));
        QCOMPARE(
            c.convert(field(QStringLiteral("datetime")), QStringLiteral("01/15/2024 23:30")).json.toString(),
            QStringLiteral("2024-01-16T04:30:00.000Z"));
        // An explicit offset wins over the zone.
        QCOMPARE(c.convert(field(QStringLiteral("datetime")), QStringLiteral("2024-01-15T23:30:00Z"))
                     .json.toString(),
                 QStringLiteral("2024-01-15T23:30:00.000Z"));
        // A date never shifts, whatever the zone.
        QCOMPARE(c.convert(field(QStringLiteral("date")), QStringLiteral("01/15/2024")).json.toString(),
                 QStringLiteral("2024-01-15"));
        QCOMPARE(c.convert(field(QStringLiteral("date")), QStringLiteral("2024-01-15")).json.toString(),
                 QStringLiteral("2024-01-15"));
    }

    void matchKeys()
    {
        FieldInfo text = field(QStringLiteral("email"));
        QCOMPARE(ValueConverter::matchKey(text, QStringLiteral("Pat.Garcia@Example.com")),
                 ValueConverter::matchKey(text, QStringLiteral("pat.garcia@example.com")));
        text.caseSensitive = true;
        QVERIFY(ValueConverter::matchKey(text, QStringLiteral("A"))
                != ValueConverter::matchKey(text, QStringLiteral("a")));
        const FieldInfo number = field(QStringLiteral("double"));
        QCOMPARE(ValueConverter::matchKey(number, QJsonValue(42)),
                 ValueConverter::matchKey(number, QJsonValue(42.0)));
        const FieldInfo id = field(QStringLiteral("id"));
        QCOMPARE(ValueConverter::matchKey(id, QStringLiteral("001M000000qfPyS")),
                 ValueConverter::matchKey(id, QStringLiteral("001M000000qfPySIAU")));
        QCOMPARE(ValueConverter::matchKey(id, QStringLiteral("001M000000qfPyS")),
                 ValueConverter::matchKey(id, QStringLiteral("001M000000qfPySiau")));
        QVERIFY(ValueConverter::matchKey(id, QStringLiteral("001m000000qfPyS"))
                != ValueConverter::matchKey(id, QStringLiteral("001M000000qfPyS")));
        const FieldInfo dt = field(QStringLiteral("datetime"));
        QCOMPARE(ValueConverter::matchKey(dt, QStringLiteral("2011-07-07T00:37:00.000+0000")),
                 ValueConverter::matchKey(dt, QStringLiteral("2011-07-07T02:37:00.000+02:00")));
    }

    void storedKeys_data()
    {
        // Values as a query returns them (REST JSON, Bulk API 2.0 CSV text) against converted values.
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonValue>("stored");
        QTest::addColumn<QJsonValue>("written");
        QTest::addColumn<bool>("same");
        QTest::newRow("1 = 1.0") << "double" << QJsonValue(1) << QJsonValue(1.0) << true;
        QTest::newRow("CSV 2.50 = 2.5") << "currency" << QJsonValue("2.50") << QJsonValue(2.5) << true;
        QTest::newRow("2.5 != 2.51") << "double" << QJsonValue(2.5) << QJsonValue(2.51) << false;
        QTest::newRow("int") << "int" << QJsonValue(7) << QJsonValue(7) << true;
        QTest::newRow("true") << "boolean" << QJsonValue(true) << QJsonValue(true) << true;
        QTest::newRow("true != false") << "boolean" << QJsonValue(true) << QJsonValue(false) << false;
        QTest::newRow("date") << "date" << QJsonValue("2024-01-02") << QJsonValue("2024-01-02") << true;
        QTest::newRow("datetime, +0000 = Z") << "datetime" << QJsonValue("2024-01-02T03:04:05.000+0000")
                                             << QJsonValue("2024-01-02T03:04:05.000Z") << true;
        QTest::newRow("datetime, offset") << "datetime" << QJsonValue("2024-01-02T03:04:05.000+0000")
                                          << QJsonValue("2024-01-02T05:04:05+02:00") << true;
        QTest::newRow("datetime, milliseconds are not stored")
            << "datetime" << QJsonValue("2024-01-02T03:04:05.000+0000")
            << QJsonValue("2024-01-02T03:04:05.678Z") << true;
        QTest::newRow("datetime before 1970, milliseconds")
            << "datetime" << QJsonValue("1969-12-31T23:59:59.000+0000")
            << QJsonValue("1969-12-31T23:59:59.500Z") << true;
        QTest::newRow("datetime, next second") << "datetime" << QJsonValue("2024-01-02T03:04:05.000+0000")
                                               << QJsonValue("2024-01-02T03:04:06.000Z") << false;
        QTest::newRow("Id 15 = 18") << "reference" << QJsonValue("001M000000qfPySIAU")
                                    << QJsonValue("001M000000qfPyS") << true;
        QTest::newRow("multi-select, order")
            << "multipicklist" << QJsonValue("a;b") << QJsonValue("b;a") << true;
        QTest::newRow("multi-select, other set")
            << "multipicklist" << QJsonValue("a;b") << QJsonValue("a") << false;
        QTest::newRow("text") << "string" << QJsonValue("Boss") << QJsonValue("Boss") << true;
        QTest::newRow("text, case") << "string" << QJsonValue("Boss") << QJsonValue("boss") << false;
        QTest::newRow("e-mail, case") << "email" << QJsonValue("a@x.test") << QJsonValue("A@x.test") << false;
        QTest::newRow("text, space") << "string" << QJsonValue("Boss") << QJsonValue("Boss ") << false;
        QTest::newRow("picklist, case") << "picklist" << QJsonValue("Web") << QJsonValue("web") << false;
        QTest::newRow("null = null") << "string" << QJsonValue(QJsonValue::Null)
                                     << QJsonValue(QJsonValue::Null) << true;
        QTest::newRow("null = empty") << "string" << QJsonValue(QJsonValue::Null) << QJsonValue("") << true;
        QTest::newRow("CSV empty = null")
            << "double" << QJsonValue("") << QJsonValue(QJsonValue::Null) << true;
        QTest::newRow("null != value")
            << "string" << QJsonValue(QJsonValue::Null) << QJsonValue("x") << false;
        QTest::newRow("0 != null") << "double" << QJsonValue(0) << QJsonValue(QJsonValue::Null) << false;
    }

    void storedKeys()
    {
        QFETCH(QString, type);
        QFETCH(QJsonValue, stored);
        QFETCH(QJsonValue, written);
        QFETCH(bool, same);
        const FieldInfo f = field(type);
        QCOMPARE(ValueConverter::sameValue(f, stored, written), same);
        QCOMPARE(ValueConverter::storedKey(f, stored) == ValueConverter::storedKey(f, written), same);
        // Null and only null has the empty key.
        const bool storedNull = stored.isNull() || (stored.isString() && stored.toString().isEmpty());
        QCOMPARE(ValueConverter::storedKey(f, stored).isEmpty(), storedNull);
    }

    void recordIdVectors()
    {
        QCOMPARE(RecordId::to18(u"001M000000qfPyS"), QStringLiteral("001M000000qfPySIAU"));
        QCOMPARE(RecordId::to18(u"a0RE000000IJmcN"), QStringLiteral("a0RE000000IJmcNMAT"));
        QCOMPARE(RecordId::to18(u"aaaaaaaaaaaaaaa"), QStringLiteral("aaaaaaaaaaaaaaaAAA"));
        QVERIFY(RecordId::isValid(u"001M000000qfPySIAU"));
        QVERIFY(!RecordId::isValid(u"001M000000qfPySIAV"));
        QVERIFY(RecordId::to18(u"001M000000qfPy!").isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ValueConverter)
#include "tst_valueconverter.moc"
