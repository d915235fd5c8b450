#include "core/salesforce/soql/lookupquerybuilder.h"
#include "core/salesforce/soql/soql.h"
#include "tests/testsupport/testenvironment.h"

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QTest>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

using namespace sfsync;

namespace {

FieldInfo field(const QString &name, const QString &type)
{
    FieldInfo f;
    f.name = name;
    f.type = type;
    f.filterable = true;
    return f;
}

QString lit(const QString &type, const QVariant &value)
{
    QString error;
    const auto result = Soql::literal(field(QStringLiteral("F"), type), value, &error);
    return result ? *result : QStringLiteral("<error: %1>").arg(error);
}

// The SOQL a server would decode from a LookupQuery path.
QString decodedSoql(const QString &path)
{
    const QUrl url(QStringLiteral("https://h/") + path, QUrl::TolerantMode);
    return QUrlQuery(url).queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
}

} // namespace

class tst_Soql : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { sfsync::test::isolateEnvironment(QStringLiteral("tst_soql")); }

    void escapeString_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "Acme"
                               << "Acme";
        QTest::newRow("apostrophe") << "O'Brien"
                                    << "O\\'Brien";
        QTest::newRow("double quote") << "say \"hi\""
                                      << "say \\\"hi\\\"";
        QTest::newRow("backslash") << "C:\\dir"
                                   << "C:\\\\dir";
        QTest::newRow("trailing backslash") << "end\\"
                                            << "end\\\\";
        QTest::newRow("backslash then quote") << "\\'"
                                              << "\\\\\\'";
        QTest::newRow("newline") << "a\nb"
                                 << "a\\nb";
        QTest::newRow("carriage return") << "a\rb"
                                         << "a\\rb";
        QTest::newRow("tab") << "a\tb"
                             << "a\\tb";
        QTest::newRow("backspace") << "a\bb"
                                   << "a\\bb";
        QTest::newRow("form feed") << "a\fb"
                                   << "a\\fb";
        QTest::newRow("other control") << QStringLiteral("a") + QChar(0x01) + "b"
                                       << "a\\u0001b";
        QTest::newRow("percent and underscore untouched") << "50%_off"
                                                          << "50%_off";
        QTest::newRow("unicode") << "Zoë ☃ 日本"
                                 << "Zoë ☃ 日本";
        QTest::newRow("never doubled quotes") << "''"
                                              << "\\'\\'";
    }

    void escapeString()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Soql::escapeString(input), expected);
    }

    void escapeLike()
    {
        QCOMPARE(Soql::escapeLike(u"50%_off"), QStringLiteral("50\\%\\_off"));
        QCOMPARE(Soql::escapeLike(u"a\\%"), QStringLiteral("a\\\\\\%"));
        QCOMPARE(Soql::escapeLike(u"O'B"), QStringLiteral("O\\'B"));
    }

    void literalTypedByField_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text number stays quoted") << "string" << QVariant(42) << "'42'";
        QTest::newRow("email") << "email" << QVariant("a@b.com") << "'a@b.com'";
        QTest::newRow("picklist") << "picklist" << QVariant("Hot") << "'Hot'";
        QTest::newRow("phone") << "phone" << QVariant("+1 (555)") << "'+1 (555)'";
        QTest::newRow("id 18") << "id" << QVariant("001M000000qfPySIAU") << "'001M000000qfPySIAU'";
        QTest::newRow("reference 15") << "reference" << QVariant("001M000000qfPyS") << "'001M000000qfPyS'";
        QTest::newRow("int from string") << "int" << QVariant("42") << "42";
        QTest::newRow("int plus sign") << "int" << QVariant("+7") << "7";
        QTest::newRow("int negative") << "int" << QVariant(-3) << "-3";
        QTest::newRow("double from string") << "double" << QVariant("3.25") << "3.25";
        QTest::newRow("double leading dot") << "currency" << QVariant(".5") << "0.5";
        QTest::newRow("double from double") << "percent" << QVariant(12.5) << "12.5";
        QTest::newRow("double no exponent") << "double" << QVariant(1e21) << "1000000000000000000000";
        QTest::newRow("int from whole double") << "int" << QVariant(8.0) << "8";
        QTest::newRow("bool true") << "boolean" << QVariant(true) << "TRUE";
        QTest::newRow("bool string") << "boolean" << QVariant("False") << "FALSE";
        QTest::newRow("bool 1") << "boolean" << QVariant("1") << "TRUE";
        QTest::newRow("date") << "date" << QVariant(QDate(2024, 2, 29)) << "2024-02-29";
        QTest::newRow("date string") << "date" << QVariant("2010-01-01") << "2010-01-01";
        QTest::newRow("datetime utc")
            << "datetime" << QVariant(QDateTime(QDate(2011, 7, 7), QTime(0, 37), QTimeZone::utc()))
            << "2011-07-07T00:37:00Z";
        QTest::newRow("datetime offset converted to UTC")
            << "datetime" << QVariant(QDateTime(QDate(2011, 7, 7), QTime(2, 37), QTimeZone(7200)))
            << "2011-07-07T00:37:00Z";
        QTest::newRow("datetime salesforce string")
            << "datetime" << QVariant("2011-07-07T00:37:00.000+0000") << "2011-07-07T00:37:00Z";
        QTest::newRow("datetime string +02:00")
            << "datetime" << QVariant("2011-07-07T02:37:00+02:00") << "2011-07-07T00:37:00Z";
        QTest::newRow("datetime without zone is UTC")
            << "datetime" << QVariant("2011-07-07T00:37:00") << "2011-07-07T00:37:00Z";
        QTest::newRow("null") << "string" << QVariant() << "null";
        QTest::newRow("null number") << "int" << QVariant(QMetaType(QMetaType::Int)) << "null";
    }

    void literalTypedByField()
    {
        QFETCH(QString, type);
        QFETCH(QVariant, value);
        QFETCH(QString, expected);
        QCOMPARE(lit(type, value), expected);
    }

    void literalRejects_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("int text") << "int" << QVariant("12abc");
        QTest::newRow("int fraction") << "int" << QVariant("1.5");
        QTest::newRow("int fraction double") << "int" << QVariant(1.5);
        QTest::newRow("double injection") << "double" << QVariant("1 OR Name != null");
        QTest::newRow("double exponent text") << "double" << QVariant("1e5");
        QTest::newRow("nan") << "double" << QVariant(qQNaN());
        QTest::newRow("bool text") << "boolean" << QVariant("yes please");
        QTest::newRow("date text") << "date" << QVariant("2024-02-30");
        QTest::newRow("date injection") << "date" << QVariant("2024-01-01 OR Id != null");
        QTest::newRow("datetime text") << "datetime" << QVariant("tomorrow");
        QTest::newRow("datetime injection") << "datetime" << QVariant("2011-07-07T00:37:00Z OR Id != null");
        QTest::newRow("datetime from date only") << "datetime" << QVariant(QDate(2020, 1, 1));
        QTest::newRow("malformed id") << "id" << QVariant("001' OR Name != '");
        QTest::newRow("short id") << "reference" << QVariant("001abc");
        QTest::newRow("address not comparable") << "address" << QVariant("Main St");
        QTest::newRow("base64") << "base64" << QVariant("AAAA");
    }

    void literalRejects()
    {
        QFETCH(QString, type);
        QFETCH(QVariant, value);
        QString error;
        const auto result = Soql::literal(field(QStringLiteral("F"), type), value, &error);
        QVERIFY2(!result, qPrintable(result.value_or(QString())));
        QVERIFY(!error.isEmpty());
    }

    void identifier()
    {
        QCOMPARE(Soql::identifier(u"Name"), std::optional<QString>(QStringLiteral("Name")));
        QCOMPARE(Soql::identifier(u"ns__Legacy_Id__c"),
                 std::optional<QString>(QStringLiteral("ns__Legacy_Id__c")));
        QCOMPARE(Soql::identifier(u"Account.Name"), std::optional<QString>(QStringLiteral("Account.Name")));
        QVERIFY(!Soql::identifier(u""));
        QVERIFY(!Soql::identifier(u"Name FROM Account--"));
        QVERIFY(!Soql::identifier(u"email__c's!'"));
        QVERIFY(!Soql::identifier(u"1Name"));
        QVERIFY(!Soql::identifier(u"A.B.C"));
        QVERIFY(!Soql::identifier(u"Name,Id"));
        QVERIFY(!Soql::identifier(u"Näme"));
    }

    void queryPathEncodesEverything()
    {
        const QString soql = QStringLiteral("SELECT Id FROM Account WHERE Name = 'O\\'Brien & Co %2F #1+2'");
        const QString path = Soql::queryPath(soql);
        QVERIFY(path.startsWith(QLatin1String("query?q=SELECT%20Id")));
        QVERIFY(!path.contains(QLatin1Char(' ')));
        QVERIFY(!path.contains(QLatin1Char('&'), Qt::CaseSensitive) || path.indexOf(QLatin1Char('&')) < 0);
        QCOMPARE(decodedSoql(path), soql);
        QVERIFY(Soql::queryPath(u"SELECT Id FROM Account", true).startsWith(QLatin1String("queryAll?q=")));
    }

    void lookupOrSingleQuery()
    {
        LookupQueryBuilder builder(QStringLiteral("Lead"), {QStringLiteral("Name")},
                                   QStringLiteral("https://x.my.salesforce.com/services/data/v62.0/"));
        const auto result = builder.buildOr(
            {{field(QStringLiteral("Email"), QStringLiteral("email")),
              {QStringLiteral("a@b.com"), QStringLiteral("c@d.com"), QStringLiteral("a@b.com")}},
             {field(QStringLiteral("NumberOfEmployees"), QStringLiteral("int")), {3, QStringLiteral("x")}}});
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.queries.size(), 1);
        QCOMPARE(
            result.queries[0].soql,
            QStringLiteral("SELECT Id, Name, Email, NumberOfEmployees FROM Lead WHERE Email IN ('a@b.com', "
                           "'c@d.com') OR NumberOfEmployees IN (3)"));
        QCOMPARE(result.queries[0].values, (QList<QList<int>> {{0, 1, 2}, {0}}));
        QCOMPARE(result.invalid.size(), 1);
        QCOMPARE(result.invalid[0].matcher, 1);
        QCOMPARE(result.invalid[0].index, 1);
        QCOMPARE(decodedSoql(result.queries[0].path), result.queries[0].soql);
    }

    void lookupAndForm()
    {
        LookupQueryBuilder builder(QStringLiteral("Lead"), {},
                                   QStringLiteral("https://h/services/data/v62.0/"));
        const auto result = builder.buildAnd({field(QStringLiteral("Email"), QStringLiteral("email")),
                                              field(QStringLiteral("IsDeleted"), QStringLiteral("boolean"))},
                                             {{QStringLiteral("a@b.com"), false},
                                              {QStringLiteral("c'd@e.com"), true},
                                              {QStringLiteral("a@b.com"), false},
                                              {QString(), true}});
        QCOMPARE(result.queries.size(), 1);
        QCOMPARE(
            result.queries[0].soql,
            QStringLiteral("SELECT Id, Email, IsDeleted FROM Lead WHERE (Email = 'a@b.com' AND IsDeleted = "
                           "FALSE) OR (Email = 'c\\'d@e.com' AND IsDeleted = TRUE)"));
        QCOMPARE(result.queries[0].values, (QList<QList<int>> {{0, 1, 2}}));
        QCOMPARE(result.invalid.size(), 1);
        QCOMPARE(result.invalid[0].index, 3);
    }

    void lookupRejectsBadNames()
    {
        LookupQueryBuilder bad(QStringLiteral("Lead WHERE"), {}, QString());
        QVERIFY(
            !bad.buildOr({{field(QStringLiteral("Email"), QStringLiteral("email")), {QStringLiteral("a")}}})
                 .error.isEmpty());
        LookupQueryBuilder badField(QStringLiteral("Lead"), {}, QString());
        const auto r = badField.buildOr(
            {{field(QStringLiteral("email__c's!'"), QStringLiteral("email")), {QStringLiteral("a")}}});
        QVERIFY(!r.error.isEmpty());
        QVERIFY(r.queries.isEmpty());
    }

    void lookupSplitsUnderUriBudget_data()
    {
        QTest::addColumn<int>("budget");
        QTest::addColumn<int>("values");
        QTest::newRow("target 8000, 3000 values") << int(Soql::TargetUriBytes) << 3000;
        QTest::newRow("2000 bytes, 500 values") << 2000 << 500;
        QTest::newRow("max 16384, 6000 values") << int(Soql::MaxUriBytes) << 6000;
    }

    void lookupSplitsUnderUriBudget()
    {
        QFETCH(int, budget);
        QFETCH(int, values);
        const QString prefix = QStringLiteral("https://x.my.salesforce.com/services/data/v62.0/");
        LookupQueryBuilder builder(QStringLiteral("Contact"), {QStringLiteral("LastName")}, prefix);
        builder.setMaxUriBytes(budget);
        QVariantList emails;
        QVariantList ids;
        for (int i = 0; i < values; ++i) {
            // Values that need escaping and percent-encoding, of varying length.
            emails.append(
                QStringLiteral("user.%1+o'x%2@exämple.com").arg(i).arg(QString(i % 17, QLatin1Char('_'))));
            ids.append(QStringLiteral("EXT-%1 & %2").arg(i).arg(i * 7));
        }
        const auto result =
            builder.buildOr({{field(QStringLiteral("Email"), QStringLiteral("email")), emails},
                             {field(QStringLiteral("Ext__c"), QStringLiteral("string")), ids}});
        QVERIFY(result.invalid.isEmpty());
        QVERIFY(result.queries.size() > 1);

        QList<int> seenEmails(values, 0);
        QList<int> seenIds(values, 0);
        qsizetype totalBytes = 0;
        for (const LookupQuery &q : result.queries) {
            // The URI as QNetworkAccessManager would send it.
            const QUrl url(prefix + q.path, QUrl::TolerantMode);
            const QByteArray sent = url.toEncoded();
            QCOMPARE(int(sent.size()), q.uriBytes);
            QVERIFY2(sent.size() <= budget, qPrintable(QString::number(sent.size())));
            QVERIFY(q.soql.size() <= Soql::MaxQueryLength);
            QCOMPARE(decodedSoql(q.path), q.soql);
            totalBytes += sent.size();
            for (int i : q.values.value(0)) {
                ++seenEmails[i];
                QVERIFY(q.soql.contains(QLatin1Char('\'') + Soql::escapeString(emails[i].toString())
                                        + QLatin1Char('\'')));
            }
            for (int i : q.values.value(1)) {
                ++seenIds[i];
                QVERIFY(q.soql.contains(QLatin1Char('\'') + Soql::escapeString(ids[i].toString())
                                        + QLatin1Char('\'')));
            }
        }
        QVERIFY(std::all_of(seenEmails.cbegin(), seenEmails.cend(), [](int n) { return n == 1; }));
        QVERIFY(std::all_of(seenIds.cbegin(), seenIds.cend(), [](int n) { return n == 1; }));
        // "As few queries as possible": greedy filling leaves at most one query less than half full on
        // average.
        QVERIFY(result.queries.size() <= totalBytes / (budget / 2) + 1);
    }

    void lookupTooLongValueIsInvalid()
    {
        LookupQueryBuilder builder(QStringLiteral("Contact"), {},
                                   QStringLiteral("https://h/services/data/v62.0/"));
        builder.setMaxUriBytes(1000);
        const auto result = builder.buildOr({{field(QStringLiteral("LastName"), QStringLiteral("string")),
                                              {QString(2000, QLatin1Char('a')), QStringLiteral("ok")}}});
        QCOMPARE(result.invalid.size(), 1);
        QCOMPARE(result.invalid[0].index, 0);
        QCOMPARE(result.queries.size(), 1);
        QCOMPARE(result.queries[0].values, (QList<QList<int>> {{1}}));
    }
};

QTEST_GUILESS_MAIN(tst_Soql)
#include "tst_soql.moc"
