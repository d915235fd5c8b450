// SOQL's relative date literals: the days each one covers (SoqlDateLiteral), and how the evaluator applies
// them to date and datetime fields, counted in the org's time zone.
#include "localorg/data/recordstore.h"
#include "localorg/data/soqldateliteral.h"
#include "localorg/data/soqlevaluator.h"
#include "tests/testsupport/testenvironment.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using sfsync::localorg::RecordStore;
using sfsync::localorg::SoqlDateLiteral;
using sfsync::localorg::SoqlError;
using sfsync::localorg::SoqlEvaluator;
using sfsync::localorg::SoqlResult;

namespace {

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QDateTime utc(const char *iso)
{
    QDateTime when = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    when.setTimeSpec(Qt::UTC);
    return when;
}

} // namespace

class tst_localorg_soqldates : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RecordStore> m_store;
    QDateTime m_now;

    SoqlResult run(const QString &soql) const { return SoqlEvaluator(*m_store).run(soql); }

    // The LastNames of the rows, sorted.
    QStringList names(const QString &soql) const
    {
        const SoqlResult result = run(soql);
        if (!result.ok())
            return {QStringLiteral("ERROR ") + result.error->errorCode + result.error->message};
        QStringList out;
        for (const QJsonValue &row : result.records)
            out.append(row.toObject().value(QLatin1String("LastName")).toString());
        out.sort();
        return out;
    }

    void addContact(const QString &lastName, const QString &birthdate, const QDateTime &created)
    {
        m_now = created;
        QJsonObject fields {{QStringLiteral("LastName"), lastName}};
        if (!birthdate.isEmpty())
            fields.insert(QStringLiteral("Birthdate"), birthdate);
        QVERIFY(m_store->create(QStringLiteral("Contact"), fields).ok());
    }

private Q_SLOTS:
    void initTestCase() { sfsync::test::isolateEnvironment(QStringLiteral("tst_localorg_soqldates")); }

    void init()
    {
        m_store = std::make_unique<RecordStore>();
        m_store->setClock([this] { return m_now; });
    }

    void ranges_data()
    {
        QTest::addColumn<QString>("literal");
        QTest::addColumn<int>("n");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        const QDate wed = day("2024-05-15"); // a Wednesday; its week runs from Sunday 12 to Saturday 18 May
        const auto row = [&](const char *name, const char *literal, int n, const char *first,
                             const char *last, const QDate &today) {
            QTest::newRow(name) << QString::fromLatin1(literal) << n << today << day(first) << day(last);
        };
        row("TODAY", "TODAY", 0, "2024-05-15", "2024-05-15", wed);
        row("YESTERDAY", "YESTERDAY", 0, "2024-05-14", "2024-05-14", wed);
        row("TOMORROW", "TOMORROW", 0, "2024-05-16", "2024-05-16", wed);
        row("LAST_N_DAYS:7 includes today", "LAST_N_DAYS", 7, "2024-05-08", "2024-05-15", wed);
        row("NEXT_N_DAYS:7 starts tomorrow", "NEXT_N_DAYS", 7, "2024-05-16", "2024-05-22", wed);
        row("N_DAYS_AGO:3", "N_DAYS_AGO", 3, "2024-05-12", "2024-05-12", wed);
        row("LAST_90_DAYS", "LAST_90_DAYS", 0, "2024-02-15", "2024-05-15", wed);
        row("NEXT_90_DAYS", "NEXT_90_DAYS", 0, "2024-05-16", "2024-08-13", wed);
        row("THIS_WEEK", "THIS_WEEK", 0, "2024-05-12", "2024-05-18", wed);
        row("THIS_WEEK on its Sunday", "THIS_WEEK", 0, "2024-05-12", "2024-05-18", day("2024-05-12"));
        row("THIS_WEEK on its Saturday", "THIS_WEEK", 0, "2024-05-12", "2024-05-18", day("2024-05-18"));
        row("LAST_WEEK", "LAST_WEEK", 0, "2024-05-05", "2024-05-11", wed);
        row("NEXT_WEEK", "NEXT_WEEK", 0, "2024-05-19", "2024-05-25", wed);
        row("LAST_N_WEEKS:2", "LAST_N_WEEKS", 2, "2024-04-28", "2024-05-11", wed);
        row("NEXT_N_WEEKS:2", "NEXT_N_WEEKS", 2, "2024-05-19", "2024-06-01", wed);
        row("N_WEEKS_AGO:2", "N_WEEKS_AGO", 2, "2024-04-28", "2024-05-04", wed);
        row("THIS_MONTH", "THIS_MONTH", 0, "2024-05-01", "2024-05-31", wed);
        row("LAST_MONTH", "LAST_MONTH", 0, "2024-04-01", "2024-04-30", wed);
        row("NEXT_MONTH", "NEXT_MONTH", 0, "2024-06-01", "2024-06-30", wed);
        row("LAST_MONTH in March of a leap year", "LAST_MONTH", 0, "2024-02-01", "2024-02-29",
            day("2024-03-31"));
        row("LAST_N_MONTHS:3", "LAST_N_MONTHS", 3, "2024-02-01", "2024-04-30", wed);
        row("NEXT_N_MONTHS:2", "NEXT_N_MONTHS", 2, "2024-06-01", "2024-07-31", wed);
        row("N_MONTHS_AGO:2", "N_MONTHS_AGO", 2, "2024-03-01", "2024-03-31", wed);
        row("THIS_QUARTER", "THIS_QUARTER", 0, "2024-04-01", "2024-06-30", wed);
        row("LAST_QUARTER", "LAST_QUARTER", 0, "2024-01-01", "2024-03-31", wed);
        row("NEXT_QUARTER", "NEXT_QUARTER", 0, "2024-07-01", "2024-09-30", wed);
        row("LAST_N_QUARTERS:2", "LAST_N_QUARTERS", 2, "2023-10-01", "2024-03-31", wed);
        row("NEXT_N_QUARTERS:2", "NEXT_N_QUARTERS", 2, "2024-07-01", "2024-12-31", wed);
        row("N_QUARTERS_AGO:1", "N_QUARTERS_AGO", 1, "2024-01-01", "2024-03-31", wed);
        row("THIS_YEAR", "THIS_YEAR", 0, "2024-01-01", "2024-12-31", wed);
        row("LAST_YEAR", "LAST_YEAR", 0, "2023-01-01", "2023-12-31", wed);
        row("NEXT_YEAR", "NEXT_YEAR", 0, "2025-01-01", "2025-12-31", wed);
        row("LAST_N_YEARS:2", "LAST_N_YEARS", 2, "2022-01-01", "2023-12-31", wed);
        row("NEXT_N_YEARS:1", "NEXT_N_YEARS", 1, "2025-01-01", "2025-12-31", wed);
        row("N_YEARS_AGO:3", "N_YEARS_AGO", 3, "2021-01-01", "2021-12-31", wed);
        row("THIS_FISCAL_QUARTER", "THIS_FISCAL_QUARTER", 0, "2024-04-01", "2024-06-30", wed);
        row("LAST_FISCAL_QUARTER", "LAST_FISCAL_QUARTER", 0, "2024-01-01", "2024-03-31", wed);
        row("NEXT_FISCAL_QUARTER", "NEXT_FISCAL_QUARTER", 0, "2024-07-01", "2024-09-30", wed);
        row("LAST_N_FISCAL_QUARTERS:1", "LAST_N_FISCAL_QUARTERS", 1, "2024-01-01", "2024-03-31", wed);
        row("NEXT_N_FISCAL_QUARTERS:1", "NEXT_N_FISCAL_QUARTERS", 1, "2024-07-01", "2024-09-30", wed);
        row("N_FISCAL_QUARTERS_AGO:2", "N_FISCAL_QUARTERS_AGO", 2, "2023-10-01", "2023-12-31", wed);
        row("THIS_FISCAL_YEAR", "THIS_FISCAL_YEAR", 0, "2024-01-01", "2024-12-31", wed);
        row("LAST_FISCAL_YEAR", "LAST_FISCAL_YEAR", 0, "2023-01-01", "2023-12-31", wed);
        row("NEXT_FISCAL_YEAR", "NEXT_FISCAL_YEAR", 0, "2025-01-01", "2025-12-31", wed);
        row("LAST_N_FISCAL_YEARS:2", "LAST_N_FISCAL_YEARS", 2, "2022-01-01", "2023-12-31", wed);
        row("NEXT_N_FISCAL_YEARS:2", "NEXT_N_FISCAL_YEARS", 2, "2025-01-01", "2026-12-31", wed);
        row("N_FISCAL_YEARS_AGO:1", "N_FISCAL_YEARS_AGO", 1, "2023-01-01", "2023-12-31", wed);
    }

    void ranges()
    {
        QFETCH(QString, literal);
        QFETCH(int, n);
        QFETCH(QDate, today);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        bool takesN = false;
        QVERIFY(SoqlDateLiteral::isKnown(literal.toLower(), &takesN));
        QCOMPARE(takesN, literal.contains(QLatin1String("_N_")) || literal.startsWith(QLatin1String("N_")));
        const SoqlDateLiteral::Range range = SoqlDateLiteral::range(literal, n, today);
        QCOMPARE(range.first, first);
        QCOMPARE(range.last, last);
    }

    void unknownNames()
    {
        for (const char *name :
             {"THIS_DAY", "LAST_N_FISCAL_DAYS", "N_DAYS", "NEXT_N", "TODAYS", "FISCAL_YEAR"})
            QVERIFY2(!SoqlDateLiteral::isKnown(QString::fromLatin1(name)), name);
    }

    void dateFields()
    {
        const QDateTime now = utc("2024-05-15T12:00:00");
        for (const auto &[name, birthdate] :
             std::initializer_list<std::pair<const char *, const char *>> {{"Week", "2024-05-07"},
                                                                           {"Seven", "2024-05-08"},
                                                                           {"Yesterday", "2024-05-14"},
                                                                           {"Today", "2024-05-15"},
                                                                           {"Tomorrow", "2024-05-16"},
                                                                           {"None", ""}})
            addContact(QString::fromLatin1(name), QString::fromLatin1(birthdate), now);
        const auto is = [](std::initializer_list<const char *> list) {
            QStringList out;
            for (const char *s : list)
                out.append(QString::fromLatin1(s));
            out.sort();
            return out;
        };
        QCOMPARE(names(QStringLiteral("SELECT LastName FROM Contact WHERE Birthdate = TODAY")),
                 is({"Today"}));
        QCOMPARE(names(QStringLiteral("SELECT LastName FROM Contact WHERE Birthdate = last_n_days:7")),
                 is({"Seven", "Yesterday", "Today"}));
        QCOMPARE(names(QStringLiteral("SELECT LastName FROM Contact WHERE Birthdate > TODAY")),
                 is({"Tomorrow"}));
        QCOMPARE(names(QStringLiteral("SELECT LastName FROM Contact WHERE Birthdate < LAST_N_DAYS:7")),
                 is({"Week"}));
        QCOMPARE(names(QStringLiteral("SELECT LastName FROM Contact WHERE Birthdate >= YESTERDAY")),
                 is({"Yesterday", "Today", "Tomorrow"}));
        QCOMPARE(names(QStringLiteral("SELECT LastName FROM Contact WHERE Birthdate <= YESTERDAY")),
                 is({"Week", "Seven", "Yesterday"}));
        // != matches null as well, as for any literal.
        QCOMPARE(names(QStringLiteral("SELECT LastName FROM Contact WHERE Birthdate != THIS_WEEK")),
                 is({"Week", "Seven", "None"}));
        QCOMPARE(names(QStringLiteral("SELECT LastName FROM Contact WHERE Birthdate IN (TODAY, 2024-05-07)")),
                 is({"Week", "Today"}));
        QCOMPARE(names(QStringLiteral("SELECT LastName FROM Contact WHERE Birthdate NOT IN (LAST_N_DAYS:7)")),
                 is({"Week", "Tomorrow", "None"}));
        QCOMPARE(names(QStringLiteral("SELECT LastName FROM Contact WHERE Birthdate = N_DAYS_AGO:8")),
                 is({"Week"}));
    }

    void datetimeFieldsCountDaysInTheOrgsTimeZone()
    {
        QVERIFY2(QTimeZone(QByteArrayLiteral("America/Los_Angeles")).isValid(),
                 "the time zone database (tzdata) is missing");
        // Created around midnight of 14/15 May in Los Angeles (UTC-7 in May).
        addContact(QStringLiteral("LaYesterdayLate"), {}, utc("2024-05-14T06:59:59"));
        addContact(QStringLiteral("LaTodayFirst"), {}, utc("2024-05-14T07:00:00"));
        addContact(QStringLiteral("LaTodayLast"), {}, utc("2024-05-15T06:59:59"));
        addContact(QStringLiteral("LaTomorrow"), {}, utc("2024-05-15T07:00:00"));
        m_now = utc("2024-05-15T05:00:00"); // 22:00 on 14 May in Los Angeles, already 15 May in GMT

        QCOMPARE(m_store->timeZoneSidKey(), QStringLiteral("GMT"));
        QCOMPARE(names(QStringLiteral("SELECT LastName FROM Contact WHERE CreatedDate = TODAY")),
                 (QStringList {QStringLiteral("LaTodayLast"), QStringLiteral("LaTomorrow")}));

        QVERIFY(m_store->setTimeZone(QStringLiteral("America/Los_Angeles")));
        QCOMPARE(names(QStringLiteral("SELECT LastName FROM Contact WHERE CreatedDate = TODAY")),
                 (QStringList {QStringLiteral("LaTodayFirst"), QStringLiteral("LaTodayLast")}));
        QCOMPARE(names(QStringLiteral("SELECT LastName FROM Contact WHERE CreatedDate = YESTERDAY")),
                 (QStringList {QStringLiteral("LaYesterdayLate")}));
        QCOMPARE(names(QStringLiteral("SELECT LastName FROM Contact WHERE CreatedDate > TODAY")),
                 (QStringList {QStringLiteral("LaTomorrow")}));
        QCOMPARE(names(QStringLiteral("SELECT LastName FROM Contact WHERE CreatedDate < TODAY")),
                 (QStringList {QStringLiteral("LaYesterdayLate")}));
        // The zone is the org's: Organization and User report it.
        const SoqlResult org = run(QStringLiteral("SELECT TimeZoneSidKey FROM Organization"));
        QCOMPARE(org.records.first().toObject().value(QLatin1String("TimeZoneSidKey")).toString(),
                 QStringLiteral("America/Los_Angeles"));
        const SoqlResult user = run(QStringLiteral("SELECT TimeZoneSidKey FROM User"));
        QCOMPARE(user.records.first().toObject().value(QLatin1String("TimeZoneSidKey")).toString(),
                 QStringLiteral("America/Los_Angeles"));
        QVERIFY(!m_store->setTimeZone(QStringLiteral("Mars/Olympus_Mons")));
        QCOMPARE(m_store->timeZoneSidKey(), QStringLiteral("America/Los_Angeles"));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("soql");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::newRow("missing n") << "SELECT Id FROM Contact WHERE Birthdate = LAST_N_DAYS"
                                   << "MALFORMED_QUERY" << 42
                                   << "Date literal LAST_N_DAYS needs a number: LAST_N_DAYS:n";
        QTest::newRow("n where none") << "SELECT Id FROM Contact WHERE Birthdate = TODAY:3"
                                      << "MALFORMED_QUERY" << 42 << "Date literal TODAY takes no number";
        QTest::newRow("n too large") << "SELECT Id FROM Contact WHERE Birthdate = NEXT_N_DAYS:999999999"
                                     << "MALFORMED_QUERY" << 54
                                     << "The number of a date literal must be between 0 and 100000";
        QTest::newRow("unknown literal") << "SELECT Id FROM Contact WHERE Birthdate = SOMEDAY"
                                         << "MALFORMED_QUERY" << 42 << "unexpected token: 'SOMEDAY'";
        QTest::newRow("space before n") << "SELECT Id FROM Contact WHERE Birthdate = LAST_N_DAYS :3"
                                        << "MALFORMED_QUERY" << 54 << "unexpected token: ':'";
        QTest::newRow("text field")
            << "SELECT Id FROM Contact WHERE LastName = TODAY"
            << "INVALID_FIELD" << 41
            << "value of filter criterion for field 'LastName' must be of type string and "
               "should be enclosed in quotes";
        QTest::newRow("number field")
            << "SELECT Id FROM Account WHERE NumberOfEmployees > YESTERDAY"
            << "INVALID_FIELD" << 50
            << "value of filter criterion for field 'NumberOfEmployees' must be of type "
               "integer and should not be enclosed in quotes";
    }

    void errors()
    {
        QFETCH(QString, soql);
        QFETCH(QString, code);
        QFETCH(int, column);
        QFETCH(QString, text);
        const SoqlResult result = run(soql);
        QVERIFY(!result.ok());
        QCOMPARE(result.error->errorCode, code);
        QCOMPARE(result.error->message,
                 SoqlError::at(soql, column - 1, code, text).message); // the located form, caret included
    }
};

QTEST_GUILESS_MAIN(tst_localorg_soqldates)
#include "tst_localorg_soqldates.moc"
