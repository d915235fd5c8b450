// SOSL: the parser (FIND {...} IN ... FIELDS RETURNING ... LIMIT) and the search over the record store, with
// Salesforce's result rows and errors.
#include "localorg/data/recordstore.h"
#include "localorg/data/soqlerror.h"
#include "localorg/data/soslparser.h"
#include "localorg/data/soslsearch.h"
#include "tests/testsupport/testenvironment.h"

#include <QJsonArray>
#include <QTest>

using sfsync::localorg::RecordStore;
using sfsync::localorg::SoqlError;
using sfsync::localorg::SoslParser;
using sfsync::localorg::SoslQuery;
using sfsync::localorg::SoslSearch;

class tst_localorg_sosl : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RecordStore> m_store;

    // "Type:Name" of every hit, in order; or the error code and text.
    QStringList search(const QString &sosl) const
    {
        const auto parsed = SoslParser::parse(sosl);
        if (const SoqlError *error = std::get_if<SoqlError>(&parsed))
            return {error->errorCode, error->message};
        const auto found = SoslSearch::run(*m_store, std::get<SoslQuery>(parsed), QStringLiteral("62.0"));
        if (const SoqlError *error = std::get_if<SoqlError>(&found))
            return {error->errorCode, error->message};
        QStringList out;
        for (const QJsonValue &v : std::get<QJsonArray>(found)) {
            const QJsonObject row = v.toObject();
            const QString type =
                row.value(QLatin1String("attributes")).toObject().value(QLatin1String("type")).toString();
            QString name = row.value(QLatin1String("Name")).toString();
            if (name.isEmpty())
                name = row.value(QLatin1String("LastName")).toString();
            if (name.isEmpty())
                name = row.value(QLatin1String("Id")).toString().left(3);
            out.append(type + QLatin1Char(':') + name);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        sfsync::test::isolateEnvironment(QStringLiteral("tst_localorg_sosl"));
        m_store = std::make_unique<RecordStore>();
        const auto account = [this](const char *name, const char *city) {
            QVERIFY(m_store
                        ->create(QStringLiteral("Account"),
                                 {{QStringLiteral("Name"), QString::fromLatin1(name)},
                                  {QStringLiteral("BillingCity"), QString::fromLatin1(city)}})
                        .ok());
        };
        account("Acme Corporation", "Berlin");
        account("Acmeville Supplies", "Paris");
        account("Globex", "Berlin");
        const auto contact = [this](const char *first, const char *last, const char *email,
                                    const char *phone) {
            QVERIFY(m_store
                        ->create(QStringLiteral("Contact"),
                                 {{QStringLiteral("FirstName"), QString::fromLatin1(first)},
                                  {QStringLiteral("LastName"), QString::fromLatin1(last)},
                                  {QStringLiteral("Email"), QString::fromLatin1(email)},
                                  {QStringLiteral("Phone"), QString::fromLatin1(phone)}})
                        .ok());
        };
        contact("Jordan", "Lee", "jordan.lee@example.com", "+49 30 1234");
        contact("Sam", "Acme", "sam@globex.example", "+33 1 9999");
        contact("Liam", "O'Brien", "liam@example.org", "+1 555 0100");
    }

    void parses()
    {
        const auto parsed = SoslParser::parse(
            QStringLiteral("find {\"Acme Corp\" OR Glob* AND NOT Paris} in name fields returning "
                           "Account(Name, BillingCity WHERE "
                           "BillingCity != 'x(y)' ORDER BY Name LIMIT 5), Contact limit 20"));
        QVERIFY(std::holds_alternative<SoslQuery>(parsed));
        const SoslQuery &q = std::get<SoslQuery>(parsed);
        QCOMPARE(q.scope, SoslQuery::Scope::NameFields);
        QCOMPARE(q.search.size(), 2);
        QCOMPARE(q.search.at(0).size(), 1);
        QCOMPARE(q.search.at(0).at(0).words, (QStringList {QStringLiteral("acme"), QStringLiteral("corp")}));
        QCOMPARE(q.search.at(1).size(), 2);
        QCOMPARE(q.search.at(1).at(0).words, QStringList {QStringLiteral("glob*")});
        QVERIFY(q.search.at(1).at(1).negated);
        QCOMPARE(q.returning.size(), 2);
        QCOMPARE(q.returning.at(0).object, QStringLiteral("Account"));
        QCOMPARE(q.returning.at(0).fields, QStringLiteral("Name, BillingCity"));
        QCOMPARE(q.returning.at(0).tail, QStringLiteral("WHERE BillingCity != 'x(y)' ORDER BY Name LIMIT 5"));
        QCOMPARE(q.returning.at(1).fields, QStringLiteral("Id"));
        QCOMPARE(*q.limit, 20);
    }

    void searches_data()
    {
        QTest::addColumn<QString>("sosl");
        QTest::addColumn<QStringList>("hits");
        const auto list = [](std::initializer_list<const char *> items) {
            QStringList out;
            for (const char *s : items)
                out.append(QString::fromLatin1(s));
            return out;
        };
        QTest::newRow("whole words only") << "FIND {acme} RETURNING Account(Name), Contact(LastName)"
                                          << list({"Account:Acme Corporation", "Contact:Acme"});
        QTest::newRow("wildcard") << "FIND {Acme*} RETURNING Account(Name)"
                                  << list({"Account:Acme Corporation", "Account:Acmeville Supplies"});
        QTest::newRow("any field") << "FIND {Berlin} RETURNING Account(Name)"
                                   << list({"Account:Acme Corporation", "Account:Globex"});
        QTest::newRow("name fields skip the city")
            << "FIND {Berlin} IN NAME FIELDS RETURNING Account(Name)" << list({});
        QTest::newRow("e-mail as a phrase")
            << "FIND {jordan.lee@example.com} IN EMAIL FIELDS RETURNING Contact(LastName)"
            << list({"Contact:Lee"});
        QTest::newRow("phone") << "FIND {9999} IN PHONE FIELDS RETURNING Contact(LastName)"
                               << list({"Contact:Acme"});
        QTest::newRow("OR and AND NOT")
            << "FIND {Globex OR Supplies AND NOT Paris} RETURNING Account(Name)" << list({"Account:Globex"});
        QTest::newRow("escaped quote")
            << "FIND {O\\'Brien} RETURNING Contact(LastName)" << list({"Contact:O'Brien"});
        QTest::newRow("RETURNING WHERE, ORDER BY, LIMIT")
            << "FIND {Acme*} RETURNING Account(Name WHERE BillingCity = 'Paris'), Contact(LastName ORDER BY "
               "LastName "
               "LIMIT 1)"
            << list({"Account:Acmeville Supplies", "Contact:Acme"});
        QTest::newRow("overall LIMIT")
            << "FIND {Berlin OR Acme} RETURNING Account(Name), Contact(LastName) LIMIT 2"
            << list({"Account:Acme Corporation", "Account:Globex"});
        QTest::newRow("no RETURNING: Ids of every object")
            << "FIND {Acme}" << list({"Account:001", "Contact:003"});
    }

    void searches()
    {
        QFETCH(QString, sosl);
        QFETCH(QStringList, hits);
        QCOMPARE(search(sosl), hits);
    }

    void rowShape()
    {
        const auto parsed =
            SoslParser::parse(QStringLiteral("FIND {Globex} RETURNING Account(Name, BillingCity)"));
        const auto found = SoslSearch::run(*m_store, std::get<SoslQuery>(parsed), QStringLiteral("62.0"));
        const QJsonArray rows = std::get<QJsonArray>(found);
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.keys(),
                 (QStringList {QStringLiteral("BillingCity"), QStringLiteral("Name"),
                               QStringLiteral("attributes")}));
        QCOMPARE(row.value(QLatin1String("attributes")).toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("Account"));
        QVERIFY(row.value(QLatin1String("attributes"))
                    .toObject()
                    .value(QLatin1String("url"))
                    .toString()
                    .startsWith(QLatin1String("/services/data/v62.0/sobjects/Account/001")));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("sosl");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("tail");
        QTest::newRow("no FIND") << "SEARCH {x}"
                                 << "MALFORMED_SEARCH"
                                 << "unexpected token: 'SEARCH'";
        QTest::newRow("no braces") << "FIND Acme"
                                   << "MALFORMED_SEARCH"
                                   << "No search term found. The search term must be enclosed in braces.";
        QTest::newRow("unclosed") << "FIND {Acme"
                                  << "MALFORMED_SEARCH"
                                  << "The search term must be enclosed in braces: no closing brace.";
        QTest::newRow("one character") << "FIND {a} RETURNING Account"
                                       << "INVALID_SEARCH"
                                       << "search term must be longer than one character";
        QTest::newRow("bad scope") << "FIND {Acme} IN CITY FIELDS"
                                   << "MALFORMED_SEARCH"
                                   << "unexpected token: 'CITY'";
        QTest::newRow("trailing words") << "FIND {Acme} RETURNING Account WITH SNIPPET"
                                        << "MALFORMED_SEARCH"
                                        << "unexpected token: 'WITH'";
        QTest::newRow("unknown object") << "FIND {Acme} RETURNING Nope"
                                        << "INVALID_TYPE"
                                        << "sObject type 'Nope' is not supported or cannot be searched.";
        QTest::newRow("bad field")
            << "FIND {Acme} RETURNING Account(Nope)"
            << "INVALID_FIELD"
            << "No such column 'Nope' on entity 'Account'. If you are attempting to use a custom "
               "field, be sure to append the '__c' after the custom field name. Please "
               "reference your WSDL or the describe call for the appropriate names.";
    }

    void errors()
    {
        QFETCH(QString, sosl);
        QFETCH(QString, code);
        QFETCH(QString, tail);
        const QStringList result = search(sosl);
        QCOMPARE(result.value(0), code);
        QVERIFY2(result.value(1).endsWith(QLatin1Char('\n') + tail), qPrintable(result.value(1)));
        QVERIFY(result.value(1).contains(QLatin1String("ERROR at Row:1:Column:")));
    }
};

QTEST_GUILESS_MAIN(tst_localorg_sosl)
#include "tst_localorg_sosl.moc"
