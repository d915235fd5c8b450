#include "localorg/data/idformat.h"
#include "localorg/data/recordstore.h"
#include "localorg/data/soqlevaluator.h"
#include "localorg/data/soqlparser.h"
#include "tests/testsupport/testenvironment.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using sfsync::localorg::IdFormat;
using sfsync::localorg::RecordStore;
using sfsync::localorg::SoqlError;
using sfsync::localorg::SoqlEvaluator;
using sfsync::localorg::SoqlParser;
using sfsync::localorg::SoqlQuery;
using sfsync::localorg::SoqlResult;

namespace {

const QString kNoSuchColumnTail = QStringLiteral(
    ". If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. "
    "Please reference your WSDL or the describe call for the appropriate names.");

} // namespace

class tst_localorg_soql : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RecordStore> m_store;
    QHash<QString, QString> m_ids; // key -> 18-char Id

    SoqlResult run(const QString &soql, bool all = false) const
    {
        return SoqlEvaluator(*m_store).run(soql, QStringLiteral("62.0"), all);
    }

    // The LastNames (or Names) of the rows, in order.
    QStringList names(const QString &soql, bool all = false) const
    {
        const SoqlResult result = run(soql, all);
        if (!result.ok())
            return {QStringLiteral("ERROR ") + result.error->errorCode + result.error->message};
        QStringList out;
        for (const QJsonValue &row : result.records) {
            const QJsonObject o = row.toObject();
            out.append(o.contains(QLatin1String("LastName")) ? o.value(QLatin1String("LastName")).toString()
                                                             : o.value(QLatin1String("Name")).toString());
        }
        return out;
    }

    SoqlError error(const QString &soql) const
    {
        const SoqlResult result = run(soql);
        return result.error.value_or(SoqlError {QStringLiteral("NONE"), QString()});
    }

    void add(const QString &key, const QString &object, const QJsonObject &fields)
    {
        const auto result = m_store->create(object, fields);
        QVERIFY2(result.ok(), qPrintable(key + QLatin1Char(' ') + result.statusCode()));
        m_ids.insert(key, result.id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        sfsync::test::isolateEnvironment(QStringLiteral("tst_localorg_soql"));
        m_store = std::make_unique<RecordStore>();
        QVERIFY(m_store->addField(QStringLiteral("Contact"),
                                  QJsonObject {{QStringLiteral("name"), QStringLiteral("Code__c")},
                                               {QStringLiteral("length"), 10},
                                               {QStringLiteral("caseSensitive"), true}}));
        add(QStringLiteral("acme"), QStringLiteral("Account"),
            {{QStringLiteral("Name"), QStringLiteral("Acme")},
             {QStringLiteral("NumberOfEmployees"), 100},
             {QStringLiteral("Industry"), QStringLiteral("Technology")}});
        add(QStringLiteral("globex"), QStringLiteral("Account"),
            {{QStringLiteral("Name"), QStringLiteral("Globex")}, {QStringLiteral("NumberOfEmployees"), 50}});
        add(QStringLiteral("initech"), QStringLiteral("Account"),
            {{QStringLiteral("Name"), QStringLiteral("Initech")}});
        auto person = [](const QString &last) {
            return QJsonObject {{QStringLiteral("LastName"), last}};
        };
        QJsonObject ada = person(QStringLiteral("Lovelace"));
        ada.insert(QStringLiteral("FirstName"), QStringLiteral("Ada"));
        ada.insert(QStringLiteral("Email"), QStringLiteral("ada@example.com"));
        ada.insert(QStringLiteral("AccountId"), m_ids.value(QStringLiteral("acme")));
        ada.insert(QStringLiteral("Birthdate"), QStringLiteral("1815-12-10"));
        ada.insert(QStringLiteral("Legacy_Id__c"), QStringLiteral("L-1"));
        ada.insert(QStringLiteral("Code__c"), QStringLiteral("ABC"));
        add(QStringLiteral("ada"), QStringLiteral("Contact"), ada);
        QJsonObject grace = person(QStringLiteral("Hopper"));
        grace.insert(QStringLiteral("FirstName"), QStringLiteral("Grace"));
        grace.insert(QStringLiteral("Email"), QStringLiteral("GRACE@example.com"));
        grace.insert(QStringLiteral("AccountId"), m_ids.value(QStringLiteral("globex")));
        grace.insert(QStringLiteral("Birthdate"), QStringLiteral("1906-12-09"));
        grace.insert(QStringLiteral("Legacy_Id__c"), QStringLiteral("L-2"));
        add(QStringLiteral("grace"), QStringLiteral("Contact"), grace);
        QJsonObject alan = person(QStringLiteral("Turing"));
        alan.insert(QStringLiteral("Description"), QStringLiteral("long text"));
        alan.insert(QStringLiteral("Legacy_Id__c"), QStringLiteral("L-3"));
        add(QStringLiteral("alan"), QStringLiteral("Contact"), alan);
        add(QStringLiteral("hostile"), QStringLiteral("Contact"), person(QStringLiteral("x' OR Name != '")));
        add(QStringLiteral("percent"), QStringLiteral("Contact"), person(QStringLiteral("100%")));
        add(QStringLiteral("hundred"), QStringLiteral("Contact"), person(QStringLiteral("1000")));
        add(QStringLiteral("underscore"), QStringLiteral("Contact"), person(QStringLiteral("under_score")));
        add(QStringLiteral("underx"), QStringLiteral("Contact"), person(QStringLiteral("underXscore")));
        add(QStringLiteral("tab"), QStringLiteral("Contact"), person(QStringLiteral("Tab\there")));
        add(QStringLiteral("backslash"), QStringLiteral("Contact"), person(QStringLiteral("back\\slash")));
        add(QStringLiteral("quote"), QStringLiteral("Contact"), person(QStringLiteral("quote\"d")));
        add(QStringLiteral("unicode"), QStringLiteral("Contact"), person(QString::fromUtf8("uni\xC3\xA9")));
        add(QStringLiteral("newline"), QStringLiteral("Contact"), person(QStringLiteral("line\nbreak")));
        add(QStringLiteral("deleted"), QStringLiteral("Contact"), person(QStringLiteral("Deleted")));
        QVERIFY(m_store->remove(QStringLiteral("Contact"), m_ids.value(QStringLiteral("deleted"))).ok());
    }

    void rowShape()
    {
        const QString id = m_ids.value(QStringLiteral("ada"));
        const SoqlResult result =
            run(QStringLiteral("SELECT Id, lastname, Email FROM contact WHERE Id = '%1'").arg(id.left(15)));
        QVERIFY(result.ok());
        QCOMPARE(result.totalSize, 1);
        QCOMPARE(result.columns,
                 (QStringList {QStringLiteral("Id"), QStringLiteral("LastName"), QStringLiteral("Email")}));
        const QJsonObject expected {
            {QStringLiteral("attributes"),
             QJsonObject {{QStringLiteral("type"), QStringLiteral("Contact")},
                          {QStringLiteral("url"),
                           QString(QStringLiteral("/services/data/v62.0/sobjects/Contact/") + id)}}},
            {QStringLiteral("Id"), id},
            {QStringLiteral("LastName"), QStringLiteral("Lovelace")},
            {QStringLiteral("Email"), QStringLiteral("ada@example.com")}};
        QCOMPARE(result.records, QJsonArray {expected});
        QCOMPARE(result.toJson().value(QLatin1String("done")).toBool(), true);
        QCOMPARE(result.toJson().value(QLatin1String("totalSize")).toInt(), 1);
        const SoqlResult none = run(QStringLiteral("SELECT Id FROM Contact WHERE LastName = 'Nobody'"));
        QCOMPARE(none.totalSize, 0);
        QCOMPARE(none.records, QJsonArray());
    }

    void comparisonOperators_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<QStringList>("expected");
        const auto list = [](std::initializer_list<const char *> names) {
            QStringList out;
            for (const char *n : names)
                out.append(QString::fromLatin1(n));
            return out;
        };
        QTest::newRow("=") << "NumberOfEmployees = 100" << list({"Acme"});
        QTest::newRow("!= includes null") << "NumberOfEmployees != 100" << list({"Globex", "Initech"});
        QTest::newRow("<>") << "NumberOfEmployees <> 50" << list({"Acme", "Initech"});
        QTest::newRow("<") << "NumberOfEmployees < 100" << list({"Globex"});
        QTest::newRow("<=") << "NumberOfEmployees <= 100" << list({"Acme", "Globex"});
        QTest::newRow(">") << "NumberOfEmployees > 50" << list({"Acme"});
        QTest::newRow(">=") << "NumberOfEmployees >= 50.0" << list({"Acme", "Globex"});
        QTest::newRow("= null") << "NumberOfEmployees = null" << list({"Initech"});
        QTest::newRow("!= NULL") << "NumberOfEmployees != NULL" << list({"Acme", "Globex"});
        QTest::newRow("IN numbers") << "NumberOfEmployees IN (50, 7)" << list({"Globex"});
        QTest::newRow("NOT IN includes null") << "NumberOfEmployees NOT IN (50)" << list({"Acme", "Initech"});
        QTest::newRow("IN with null") << "NumberOfEmployees IN (50, null)" << list({"Globex", "Initech"});
        QTest::newRow("text =") << "Name = 'acme'" << list({"Acme"});
        QTest::newRow("text <") << "Name < 'GLOBEX'" << list({"Acme"});
        QTest::newRow("text >=") << "Name >= 'globex'" << list({"Globex", "Initech"});
        QTest::newRow("LIKE") << "Name LIKE '%e%'" << list({"Acme", "Globex", "Initech"});
        QTest::newRow("AND") << "Name LIKE '%e%' AND NumberOfEmployees > 60" << list({"Acme"});
        QTest::newRow("OR") << "Name = 'Acme' OR Name = 'Initech'" << list({"Acme", "Initech"});
        QTest::newRow("NOT") << "NOT Name = 'Acme'" << list({"Globex", "Initech"});
        QTest::newRow("NOT ()") << "NOT (Name = 'Acme' OR Name = 'Globex')" << list({"Initech"});
        QTest::newRow("nested") << "(Name = 'Acme' OR Name = 'Globex') AND (NumberOfEmployees < 60)"
                                << list({"Globex"});
        QTest::newRow("boolean") << "IsDeleted = FALSE AND Name IN ('ACME', 'initech')"
                                 << list({"Acme", "Initech"});
        QTest::newRow("picklist") << "Industry = 'technology'" << list({"Acme"});
        QTest::newRow("datetime") << "CreatedDate > 2000-01-01T00:00:00Z AND Name = 'Acme'" << list({"Acme"});
        QTest::newRow("datetime offset") << "CreatedDate < 2000-01-01T00:00:00+01:00" << QStringList();
    }
    void comparisonOperators()
    {
        QFETCH(QString, where);
        QFETCH(QStringList, expected);
        QCOMPARE(names(QStringLiteral("SELECT Name FROM Account WHERE ") + where), expected);
    }

    void dates()
    {
        QCOMPARE(names(QStringLiteral("SELECT LastName FROM Contact WHERE Birthdate > 1900-01-01")),
                 QStringList {QStringLiteral("Hopper")});
        QCOMPARE(names(QStringLiteral("SELECT LastName FROM Contact WHERE Birthdate = 1815-12-10")),
                 QStringList {QStringLiteral("Lovelace")});
        QCOMPARE(names(QStringLiteral(
                     "SELECT LastName FROM Contact WHERE Birthdate != null ORDER BY Birthdate DESC")),
                 (QStringList {QStringLiteral("Hopper"), QStringLiteral("Lovelace")}));
    }

    void escapesMatchLiterally_data()
    {
        QTest::addColumn<QString>("literal");
        QTest::addColumn<QString>("key");
        QTest::newRow("\\'") << R"('x\' OR Name != \'')"
                             << "hostile";
        QTest::newRow("\\t") << R"('Tab\there')"
                             << "tab";
        QTest::newRow("\\T") << R"('Tab\There')"
                             << "tab";
        QTest::newRow("\\\\") << R"('back\\slash')"
                              << "backslash";
        QTest::newRow("\\\"") << R"('quote\"d')"
                              << "quote";
        QTest::newRow("\\u") << R"('uni\u00e9')"
                             << "unicode";
        QTest::newRow("\\U00E9 hex case") << R"('uni\u00E9')"
                                          << "unicode";
        QTest::newRow("\\n") << R"('line\nbreak')"
                             << "newline";
        QTest::newRow("\\N") << R"('line\Nbreak')"
                             << "newline";
    }
    void escapesMatchLiterally()
    {
        QFETCH(QString, literal);
        QFETCH(QString, key);
        const SoqlResult result = run(QStringLiteral("SELECT Id FROM Contact WHERE LastName = ") + literal);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->message : QString()));
        QCOMPARE(result.totalSize, 1);
        QCOMPARE(result.records.first().toObject().value(QLatin1String("Id")).toString(), m_ids.value(key));
    }

    void decodeEveryEscape_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("decoded");
        QTest::newRow("n N") << R"(a\nb\Nc)"
                             << "a\nb\nc";
        QTest::newRow("r R") << R"(a\rb\Rc)"
                             << "a\rb\rc";
        QTest::newRow("t T") << R"(a\tb\Tc)"
                             << "a\tb\tc";
        QTest::newRow("b B") << R"(a\bb\Bc)" << QStringLiteral("a\bb\bc");
        QTest::newRow("f F") << R"(a\fb\Fc)"
                             << "a\fb\fc";
        QTest::newRow("quotes") << R"(\"\'\\)"
                                << "\"'\\";
        QTest::newRow("unicode") << R"(\u0041\u00fc)" << QString::fromUtf8("A\xC3\xBC");
        QTest::newRow("plain %_") << "50%_off"
                                  << "50%_off";
    }
    void decodeEveryEscape()
    {
        QFETCH(QString, body);
        QFETCH(QString, decoded);
        QString out;
        QVERIFY(SoqlParser::decodeString(body, false, &out));
        QCOMPARE(out, decoded);
    }

    void invalidEscapes_data()
    {
        QTest::addColumn<QString>("literal");
        QTest::addColumn<QString>("sequence");
        QTest::newRow("unknown \\q") << R"('a\qb')"
                                     << "\\q";
        QTest::newRow("\\_ outside LIKE") << R"('a\_b')"
                                          << "\\_";
        QTest::newRow("\\% outside LIKE") << R"('a\%b')"
                                          << "\\%";
        QTest::newRow("short \\u") << R"('\u12')"
                                   << "\\u12";
        QTest::newRow("bad hex \\u") << R"('\u12G4')"
                                     << "\\u12G4";
        QTest::newRow("\\x") << R"('\x41')"
                             << "\\x";
        QTest::newRow("\\0") << R"('\0')"
                             << "\\0";
    }
    void invalidEscapes()
    {
        QFETCH(QString, literal);
        QFETCH(QString, sequence);
        const QString soql = QStringLiteral("SELECT Id FROM Contact WHERE LastName = ") + literal;
        const SoqlError e = error(soql);
        QCOMPARE(e.errorCode, QStringLiteral("MALFORMED_QUERY"));
        QCOMPARE(
            e,
            SoqlError::at(soql, 40, QStringLiteral("MALFORMED_QUERY"),
                          QStringLiteral("Invalid string literal '%1'. Illegal character sequence '%2' in "
                                         "string literal.")
                              .arg(literal.mid(1, literal.size() - 2), sequence)));
    }

    void loneBackslashIsMalformed()
    {
        // 'abc\' : the backslash escapes the closing quote, so the literal never ends.
        QCOMPARE(error(QStringLiteral(R"(SELECT Id FROM Contact WHERE LastName = 'abc\')")).errorCode,
                 QStringLiteral("MALFORMED_QUERY"));
        // A backslash outside a string literal.
        QCOMPARE(error(QStringLiteral(R"(SELECT Id FROM Contact WHERE LastName = \'x')")).errorCode,
                 QStringLiteral("MALFORMED_QUERY"));
        // Doubled quotes are not an escape in SOQL.
        QCOMPARE(error(QStringLiteral("SELECT Id FROM Contact WHERE LastName = 'O''Brien'")).errorCode,
                 QStringLiteral("MALFORMED_QUERY"));
    }

    void like_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("prefix %") << "'Love%'" << QStringList {QStringLiteral("Lovelace")};
        QTest::newRow("case-insensitive") << "'%OVEL%'" << QStringList {QStringLiteral("Lovelace")};
        QTest::newRow("_ one char") << "'Lovela_e'" << QStringList {QStringLiteral("Lovelace")};
        QTest::newRow("_ needs a char") << "'Lovelace_'" << QStringList();
        QTest::newRow("\\% literal") << R"('100\%')" << QStringList {QStringLiteral("100%")};
        QTest::newRow("% wildcard") << "'100%'"
                                    << (QStringList {QStringLiteral("100%"), QStringLiteral("1000")});
        QTest::newRow("\\%%") << R"('100\%%')" << QStringList {QStringLiteral("100%")};
        QTest::newRow("\\_ literal") << R"('under\_score')" << QStringList {QStringLiteral("under_score")};
        QTest::newRow("_ wildcard") << "'under_score'"
                                    << (QStringList {QStringLiteral("under_score"),
                                                     QStringLiteral("underXscore")});
        QTest::newRow("regex chars are literal")
            << "'x'' OR%'" << QStringList(); // '' is not an escape: error
        QTest::newRow("dot is literal") << "'Lovelac.'" << QStringList();
        QTest::newRow("escaped quote") << R"('x\' OR %')" << QStringList {QStringLiteral("x' OR Name != '")};
    }
    void like()
    {
        QFETCH(QString, pattern);
        QFETCH(QStringList, expected);
        const QString soql = QStringLiteral("SELECT LastName FROM Contact WHERE LastName LIKE ") + pattern;
        if (pattern.contains(QLatin1String("''"))) {
            QCOMPARE(error(soql).errorCode, QStringLiteral("MALFORMED_QUERY"));
            return;
        }
        QCOMPARE(names(soql), expected);
    }

    void hostileStringMatchesOnlyTheLiteralRecord()
    {
        const SoqlResult result =
            run(QStringLiteral(R"(SELECT Id, LastName FROM Contact WHERE LastName = 'x\' OR Name != \'')"));
        QVERIFY(result.ok());
        QCOMPARE(result.totalSize, 1);
        QCOMPARE(result.records.first().toObject().value(QLatin1String("Id")).toString(),
                 m_ids.value(QStringLiteral("hostile")));
    }

    void textCaseRules()
    {
        QCOMPARE(names(QStringLiteral("SELECT LastName FROM Contact WHERE Email = 'grace@EXAMPLE.com'")),
                 QStringList {QStringLiteral("Hopper")});
        QCOMPARE(names(QStringLiteral(
                     "SELECT LastName FROM Contact WHERE Email IN ('ADA@example.com', 'nobody@x.com')")),
                 QStringList {QStringLiteral("Lovelace")});
        QCOMPARE(names(QStringLiteral("SELECT LastName FROM Contact WHERE Legacy_Id__c = 'l-2'")),
                 QStringList {QStringLiteral("Hopper")});
        // A case-sensitive field compares exactly, but LIKE never does.
        QCOMPARE(names(QStringLiteral("SELECT LastName FROM Contact WHERE Code__c = 'abc'")), QStringList());
        QCOMPARE(names(QStringLiteral("SELECT LastName FROM Contact WHERE Code__c = 'ABC'")),
                 QStringList {QStringLiteral("Lovelace")});
        QCOMPARE(names(QStringLiteral("SELECT LastName FROM Contact WHERE Code__c LIKE 'ab%'")),
                 QStringList {QStringLiteral("Lovelace")});
    }

    void idsMatchIn15And18Forms()
    {
        const QString id = m_ids.value(QStringLiteral("grace"));
        for (const QString &form : QStringList {id, id.left(15), id.left(15) + id.right(3).toLower()}) {
            QCOMPARE(names(QStringLiteral("SELECT LastName FROM Contact WHERE Id = '%1'").arg(form)),
                     QStringList {QStringLiteral("Hopper")});
        }
        const QString acme = m_ids.value(QStringLiteral("acme"));
        QCOMPARE(
            names(QStringLiteral("SELECT LastName FROM Contact WHERE AccountId = '%1'").arg(acme.left(15))),
            QStringList {QStringLiteral("Lovelace")});
        QCOMPARE(
            names(QStringLiteral("SELECT LastName FROM Contact WHERE Id IN ('%1', '%2') ORDER BY LastName")
                      .arg(id.left(15), m_ids.value(QStringLiteral("ada")))),
            (QStringList {QStringLiteral("Hopper"), QStringLiteral("Lovelace")}));
        // Ids that differ only in case are different records.
        QString other = id.left(15);
        other[4] =
            other.at(4).isUpper() ? other.at(4).toLower() : other.at(4).toUpper(); // the "L" pod marker
        QCOMPARE(names(QStringLiteral("SELECT LastName FROM Contact WHERE Id = '%1'").arg(other)),
                 QStringList());
        // An Account Id never matches a Contact.
        QCOMPARE(names(QStringLiteral("SELECT LastName FROM Contact WHERE Id = '%1'").arg(acme)),
                 QStringList());
    }

    void typedLiteralErrors_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("text");
        QTest::newRow("number quoted") << "Birthdate != null AND Title = 'x' OR NumberOfEmployees = '1'"
                                       << ""
                                       << "";
        QTest::newRow("int quoted")
            << "NumberOfEmployees = '100'"
            << "INVALID_FIELD"
            << "value of filter criterion for field 'NumberOfEmployees' must be of type integer "
               "and should not be enclosed in quotes";
        QTest::newRow("currency quoted")
            << "AnnualRevenue > '5'"
            << "INVALID_FIELD"
            << "value of filter criterion for field 'AnnualRevenue' must be of type "
               "double and should not be enclosed in quotes";
        QTest::newRow("bare number on text")
            << "Name = 5"
            << "INVALID_FIELD"
            << "value of filter criterion for field 'Name' must be of type string and "
               "should be enclosed in quotes";
        QTest::newRow("boolean on text")
            << "Name = true"
            << "INVALID_FIELD"
            << "value of filter criterion for field 'Name' must be of type string and "
               "should be enclosed in quotes";
        QTest::newRow("quoted boolean")
            << "IsDeleted = 'false'"
            << "INVALID_FIELD"
            << "value of filter criterion for field 'IsDeleted' must be of type boolean and "
               "should not be enclosed in quotes";
        QTest::newRow("quoted date")
            << "LastActivityDate = '2020-01-01'"
            << "INVALID_FIELD"
            << "value of filter criterion for field 'LastActivityDate' must be of type date "
               "and should not be enclosed in quotes";
        QTest::newRow("date on datetime")
            << "CreatedDate > 2020-01-01"
            << "INVALID_FIELD"
            << "value of filter criterion for field 'CreatedDate' must be of type "
               "dateTime and should not be enclosed in quotes";
        QTest::newRow("bad id") << "Id = 'abc'"
                                << "INVALID_QUERY_FILTER_OPERATOR"
                                << "invalid ID field: abc";
        QTest::newRow("bad id in list") << "ParentId IN ('001000000000001', 'nope')"
                                        << "INVALID_QUERY_FILTER_OPERATOR"
                                        << "invalid ID field: nope";
        QTest::newRow("LIKE on number") << "NumberOfEmployees LIKE 5"
                                        << "INVALID_QUERY_FILTER_OPERATOR"
                                        << "invalid operator on field 'NumberOfEmployees'";
    }
    void typedLiteralErrors()
    {
        QFETCH(QString, where);
        QFETCH(QString, code);
        QFETCH(QString, text);
        const QString soql = QStringLiteral("SELECT Id FROM Account WHERE ") + where;
        if (code.isEmpty()) { // mixing AND and OR without parentheses
            QCOMPARE(error(soql).errorCode, QStringLiteral("MALFORMED_QUERY"));
            return;
        }
        const SoqlError e = error(soql);
        QCOMPARE(e.errorCode, code);
        QVERIFY2(e.message.endsWith(QLatin1Char('\n') + text), qPrintable(e.message));
        QVERIFY2(e.message.contains(QLatin1String("\nERROR at Row:1:Column:")), qPrintable(e.message));
    }

    void nonFilterableField()
    {
        const QString soql = QStringLiteral("SELECT Id FROM Contact WHERE Description = 'x'");
        const SoqlError e = error(soql);
        QCOMPARE(e.errorCode, QStringLiteral("INVALID_FIELD"));
        QCOMPARE(e.message,
                 QStringLiteral("\nSELECT Id FROM Contact WHERE Description = 'x'\n"
                                "                             ^\n"
                                "ERROR at Row:1:Column:30\n"
                                "field 'Description' can not be filtered in query call"));
        // Selecting it is fine.
        QCOMPARE(run(QStringLiteral("SELECT Description FROM Contact WHERE Legacy_Id__c = 'L-3'"))
                     .records.first()
                     .toObject()
                     .value(QLatin1String("Description"))
                     .toString(),
                 QStringLiteral("long text"));
    }

    void unknownField()
    {
        SoqlError e = error(QStringLiteral("SELECT Id, Foo FROM Contact"));
        QCOMPARE(e.errorCode, QStringLiteral("INVALID_FIELD"));
        QCOMPARE(e.message,
                 QStringLiteral("\nSELECT Id, Foo FROM Contact\n           ^\nERROR at Row:1:Column:12\n"
                                "No such column 'Foo' on entity 'Contact'")
                     + kNoSuchColumnTail);
        e = error(QStringLiteral("SELECT Id\nFROM Contact\nWHERE Bar__c = 1"));
        QCOMPARE(e.message,
                 QStringLiteral("\nWHERE Bar__c = 1\n      ^\nERROR at Row:3:Column:7\n"
                                "No such column 'Bar__c' on entity 'Contact'")
                     + kNoSuchColumnTail);
        e = error(QStringLiteral("SELECT Id FROM Contact ORDER BY Nope"));
        QCOMPARE(e.errorCode, QStringLiteral("INVALID_FIELD"));
        e = error(QStringLiteral("SELECT Account.Nope FROM Contact"));
        QCOMPARE(
            e.message,
            QStringLiteral("\nSELECT Account.Nope FROM Contact\n               ^\nERROR at Row:1:Column:16\n"
                           "No such column 'Nope' on entity 'Account'")
                + kNoSuchColumnTail);
        e = error(QStringLiteral("SELECT Acount.Name FROM Contact"));
        QCOMPARE(e.errorCode, QStringLiteral("INVALID_FIELD"));
        QVERIFY(e.message.endsWith(QStringLiteral(
            "\nDidn't understand relationship 'Acount' in field path. If you are attempting to use a custom "
            "relationship, be sure to append the '__r' after the custom relationship name. Please reference "
            "your "
            "WSDL or the describe call for the appropriate names.")));
    }

    void unknownObject()
    {
        const SoqlError e = error(QStringLiteral("select count() from XYZZY"));
        QCOMPARE(e.errorCode, QStringLiteral("INVALID_TYPE"));
        // The exact text of a real org (CumulusCI cassette TestCompositeParallelSalesforce.test_errors).
        QCOMPARE(
            e.message,
            QStringLiteral("\nselect count() from XYZZY\n                    ^\nERROR at Row:1:Column:21\n"
                           "sObject type 'XYZZY' is not supported. If you are attempting to use a "
                           "custom object, be sure to append the '__c' after the entity name. Please "
                           "reference your WSDL or the describe call for the appropriate names."));
    }

    void malformedQueries_data()
    {
        QTest::addColumn<QString>("soql");
        QTest::addColumn<QString>("token");
        // FRM reads as an alias of Id (as in Salesforce's grammar); the statement then breaks at Contact.
        QTest::newRow("FRM") << "SELECT Id FRM Contact"
                             << "Contact";
        QTest::newRow("no fields") << "SELECT FROM Contact"
                                   << "FROM";
        QTest::newRow("trailing comma") << "SELECT Id, FROM Contact"
                                        << "FROM";
        QTest::newRow("eof") << "SELECT Id FROM Contact WHERE"
                             << "<EOF>";
        QTest::newRow("missing value") << "SELECT Id FROM Contact WHERE LastName ="
                                       << "<EOF>";
        QTest::newRow("missing paren") << "SELECT Id FROM Contact WHERE (LastName = 'a'"
                                       << "<EOF>";
        QTest::newRow("and/or mix")
            << "SELECT Id FROM Contact WHERE LastName = 'a' AND LastName = 'b' OR LastName = 'c'"
            << "OR";
        QTest::newRow("limit text") << "SELECT Id FROM Contact LIMIT 'a'"
                                    << "'a'";
        QTest::newRow("junk at end") << "SELECT Id FROM Contact LIMIT 1 foo"
                                     << "foo";
        QTest::newRow("double equals") << "SELECT Id FROM Contact WHERE LastName == 'a'"
                                       << "=";
    }
    void malformedQueries()
    {
        QFETCH(QString, soql);
        QFETCH(QString, token);
        const SoqlError e = error(soql);
        QCOMPARE(e.errorCode, QStringLiteral("MALFORMED_QUERY"));
        QVERIFY2(e.message.endsWith(QStringLiteral("\nunexpected token: '%1'").arg(token)),
                 qPrintable(e.message));
    }

    void queryTooLong()
    {
        QString soql = QStringLiteral("SELECT Id FROM Contact WHERE LastName IN ('a'");
        while (soql.size() <= SoqlParser::MaxQueryLength)
            soql += QStringLiteral(", 'abcdefgh'");
        soql += QLatin1Char(')');
        const SoqlError e = error(soql);
        QCOMPARE(e.errorCode, QStringLiteral("MALFORMED_QUERY"));
        QVERIFY(e.message.startsWith(QLatin1String("Query is too long")));
        // Just under the limit is fine.
        QString ok = QStringLiteral("SELECT Id FROM Contact WHERE LastName = 'x'");
        ok += QString(SoqlParser::MaxQueryLength - ok.size(), QLatin1Char(' '));
        QVERIFY(run(ok).ok());
    }

    void parentRelationship()
    {
        const SoqlResult result = run(QStringLiteral(
            "SELECT Id, Account.Name, account.Industry, LastName FROM Contact WHERE Account.Name = 'ACME'"));
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->message : QString()));
        QCOMPARE(result.totalSize, 1);
        QCOMPARE(result.columns,
                 (QStringList {QStringLiteral("Id"), QStringLiteral("Account.Name"),
                               QStringLiteral("Account.Industry"), QStringLiteral("LastName")}));
        const QString acme = m_ids.value(QStringLiteral("acme"));
        const QJsonObject account =
            result.records.first().toObject().value(QLatin1String("Account")).toObject();
        QCOMPARE(account,
                 (QJsonObject {{QStringLiteral("attributes"),
                                QJsonObject {{QStringLiteral("type"), QStringLiteral("Account")},
                                             {QStringLiteral("url"),
                                              QString(QStringLiteral("/services/data/v62.0/sobjects/Account/")
                                                      + acme)}}},
                               {QStringLiteral("Name"), QStringLiteral("Acme")},
                               {QStringLiteral("Industry"), QStringLiteral("Technology")}}));
        // Without a parent the relationship is null.
        const SoqlResult noParent =
            run(QStringLiteral("SELECT Account.Name, Owner.Username FROM Contact WHERE LastName = 'Turing'"));
        QVERIFY(noParent.ok());
        QVERIFY(noParent.records.first().toObject().value(QLatin1String("Account")).isNull());
        QCOMPARE(noParent.records.first()
                     .toObject()
                     .value(QLatin1String("Owner"))
                     .toObject()
                     .value(QLatin1String("Username"))
                     .toString(),
                 QStringLiteral("admin@localorg.sfsync"));
        // Filter and order through the relationship; "Contact.LastName" names the queried object.
        QCOMPARE(
            names(QStringLiteral("SELECT Contact.LastName FROM Contact WHERE Account.NumberOfEmployees > 10 "
                                 "ORDER BY Account.Name DESC")),
            (QStringList {QStringLiteral("Hopper"), QStringLiteral("Lovelace")}));
    }

    void countQueries()
    {
        SoqlResult result = run(QStringLiteral("SELECT COUNT() FROM Contact"));
        QVERIFY(result.ok());
        QCOMPARE(result.totalSize, 13);
        QCOMPARE(result.records, QJsonArray());
        QVERIFY(result.columns.isEmpty());
        QCOMPARE(run(QStringLiteral("select count() from Contact"), true).totalSize, 14);
        QCOMPARE(run(QStringLiteral("SELECT COUNT() FROM Contact WHERE Email != null")).totalSize, 2);
        QCOMPARE(run(QStringLiteral("SELECT COUNT() FROM Account LIMIT 2")).totalSize, 2);
    }

    void queryAllIncludesDeleted()
    {
        QCOMPARE(names(QStringLiteral("SELECT LastName FROM Contact WHERE LastName = 'Deleted'")),
                 QStringList());
        const SoqlResult all =
            run(QStringLiteral("SELECT LastName, IsDeleted FROM Contact WHERE LastName = 'Deleted'"), true);
        QCOMPARE(all.totalSize, 1);
        QCOMPARE(all.records.first().toObject().value(QLatin1String("IsDeleted")).toBool(), true);
        QCOMPARE(run(QStringLiteral("SELECT Id FROM Contact WHERE IsDeleted = true"), true).totalSize, 1);
        // By Id too (the index path).
        QCOMPARE(run(QStringLiteral("SELECT Id FROM Contact WHERE Id = '%1'")
                         .arg(m_ids.value(QStringLiteral("deleted"))))
                     .totalSize,
                 0);
        QCOMPARE(run(QStringLiteral("SELECT Id FROM Contact WHERE Id = '%1'")
                         .arg(m_ids.value(QStringLiteral("deleted"))),
                     true)
                     .totalSize,
                 1);
    }

    void orderLimitOffset()
    {
        QCOMPARE(names(QStringLiteral("SELECT Name FROM Account ORDER BY NumberOfEmployees")),
                 (QStringList {QStringLiteral("Initech"), QStringLiteral("Globex"), QStringLiteral("Acme")}));
        QCOMPARE(names(QStringLiteral("SELECT Name FROM Account ORDER BY NumberOfEmployees ASC NULLS LAST")),
                 (QStringList {QStringLiteral("Globex"), QStringLiteral("Acme"), QStringLiteral("Initech")}));
        QCOMPARE(names(QStringLiteral("SELECT Name FROM Account ORDER BY NumberOfEmployees DESC")),
                 (QStringList {QStringLiteral("Acme"), QStringLiteral("Globex"), QStringLiteral("Initech")}));
        QCOMPARE(
            names(QStringLiteral("SELECT Name FROM Account ORDER BY NumberOfEmployees DESC NULLS FIRST")),
            (QStringList {QStringLiteral("Initech"), QStringLiteral("Acme"), QStringLiteral("Globex")}));
        QCOMPARE(names(QStringLiteral("SELECT Name FROM Account ORDER BY Name DESC LIMIT 2")),
                 (QStringList {QStringLiteral("Initech"), QStringLiteral("Globex")}));
        QCOMPARE(names(QStringLiteral("SELECT Name FROM Account ORDER BY Name LIMIT 1 OFFSET 1")),
                 QStringList {QStringLiteral("Globex")});
        QCOMPARE(names(QStringLiteral("SELECT Name FROM Account ORDER BY Name OFFSET 5")), QStringList());
        QCOMPARE(run(QStringLiteral("SELECT Name FROM Account ORDER BY Name LIMIT 0")).totalSize, 0);
        // Text orders case-insensitively; ties keep creation order.
        QCOMPARE(names(QStringLiteral(
                     "SELECT LastName FROM Contact WHERE LastName LIKE 'under%' ORDER BY LastName")),
                 (QStringList {QStringLiteral("under_score"), QStringLiteral("underXscore")}));
        QCOMPARE(names(QStringLiteral(
                     "SELECT LastName FROM Contact WHERE Email != null ORDER BY Email, LastName DESC")),
                 (QStringList {QStringLiteral("Lovelace"), QStringLiteral("Hopper")}));
        // Without ORDER BY rows come in creation order.
        QCOMPARE(names(QStringLiteral("SELECT Name FROM Account")),
                 (QStringList {QStringLiteral("Acme"), QStringLiteral("Globex"), QStringLiteral("Initech")}));

        SoqlError e = error(QStringLiteral("SELECT Id FROM Contact ORDER BY Description"));
        QCOMPARE(e.errorCode, QStringLiteral("INVALID_FIELD"));
        QVERIFY(e.message.endsWith(QLatin1String("\nfield 'Description' can not be sorted in a query call")));
        e = error(QStringLiteral("SELECT Id FROM Contact LIMIT 10 OFFSET 2001"));
        QCOMPARE(e.errorCode, QStringLiteral("NUMBER_OUTSIDE_VALID_RANGE"));
        QVERIFY(e.message.endsWith(QLatin1String("\nMaximum SOQL offset allowed is 2000")));
        QVERIFY(run(QStringLiteral("SELECT Id FROM Contact OFFSET 2000")).ok());
    }

    void parsedTree()
    {
        const auto parsed = SoqlParser::parse(QStringLiteral(
            "SELECT Id, Account.Name FROM Contact WHERE NOT (Email IN ('a', 'b') OR LastName LIKE 'x%') "
            "ORDER BY LastName DESC NULLS FIRST LIMIT 5 OFFSET 2"));
        QVERIFY(std::holds_alternative<SoqlQuery>(parsed));
        const SoqlQuery &q = std::get<SoqlQuery>(parsed);
        QCOMPARE(q.select.size(), 2);
        QCOMPARE(q.select.at(1).kind, SoqlQuery::SelectItem::Kind::Field);
        QCOMPARE(q.select.at(1).field.path,
                 (QStringList {QStringLiteral("Account"), QStringLiteral("Name")}));
        QCOMPARE(q.object, QStringLiteral("Contact"));
        QVERIFY(q.where);
        QCOMPARE(q.where->kind, SoqlQuery::Condition::Kind::Not);
        const SoqlQuery::Condition &inner = q.where->children.front();
        QCOMPARE(inner.kind, SoqlQuery::Condition::Kind::Or);
        QCOMPARE(inner.children.size(), size_t(2));
        QCOMPARE(inner.children.front().op, SoqlQuery::Operator::In);
        QCOMPARE(inner.children.front().values.size(), 2);
        QCOMPARE(inner.children.back().op, SoqlQuery::Operator::Like);
        QCOMPARE(inner.children.back().values.first().likePattern, QStringLiteral("^(?:x.*)$"));
        QCOMPARE(q.orderBy.size(), 1);
        QVERIFY(q.orderBy.first().descending);
        QVERIFY(!q.orderBy.first().nullsLast);
        QCOMPARE(*q.limit, 5);
        QCOMPARE(*q.offset, 2);
    }

    void sfCliQueries()
    {
        // What `sf org login access-token` asks after userinfo (docs/salesforce-api.md §6.3).
        const SoqlResult org =
            run(QStringLiteral("SELECT Name, InstanceName, IsSandbox, TrialExpirationDate, "
                               "NamespacePrefix, OrganizationType FROM Organization"));
        QVERIFY(org.ok());
        QCOMPARE(org.totalSize, 1);
        const QJsonObject row = org.records.first().toObject();
        QCOMPARE(row.value(QLatin1String("Name")).toString(), QStringLiteral("sfsync Local Org"));
        QCOMPARE(row.value(QLatin1String("IsSandbox")).toBool(), false);
        QVERIFY(row.value(QLatin1String("TrialExpirationDate")).isNull());
        QCOMPARE(row.value(QLatin1String("OrganizationType")).toString(),
                 QStringLiteral("Developer Edition"));
        const SoqlResult user =
            run(QStringLiteral("SELECT Username FROM User WHERE Id = '%1'").arg(RecordStore::userId()));
        QCOMPARE(user.totalSize, 1);
        QCOMPARE(error(QStringLiteral("SELECT Id FROM ScratchOrgInfo limit 1")).errorCode,
                 QStringLiteral("INVALID_TYPE"));
    }

    void longRowsAreCutAroundTheError()
    {
        QString soql = QStringLiteral("SELECT Id FROM Contact WHERE LastName IN (");
        for (int i = 0; i < 100; ++i)
            soql += QStringLiteral("'name%1', ").arg(i);
        const qsizetype position = soql.size();
        soql += QStringLiteral("Nope)");
        const SoqlError e = error(soql);
        QCOMPARE(e.errorCode, QStringLiteral("MALFORMED_QUERY"));
        const QStringList lines = e.message.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines.at(1).size() <= 200);
        QCOMPARE(lines.at(2).indexOf(QLatin1Char('^')), lines.at(1).indexOf(QLatin1String("Nope)")));
        QCOMPARE(lines.at(3), QStringLiteral("ERROR at Row:1:Column:%1").arg(position + 1));
    }

    void largeInListsOverManyRecords()
    {
        RecordStore store;
        const int sp = store.savepoint();
        for (int i = 0; i < 10000; ++i) {
            QVERIFY(
                store
                    .create(QStringLiteral("Contact"),
                            QJsonObject {{QStringLiteral("LastName"), QStringLiteral("N%1").arg(i)},
                                         {QStringLiteral("Email"), QStringLiteral("p%1@example.com").arg(i)},
                                         {QStringLiteral("Legacy_Id__c"), QStringLiteral("LEG-%1").arg(i)}})
                    .ok());
        }
        store.release(sp);
        QStringList emails;
        QStringList legacy;
        QStringList lastNames;
        for (int i = 0; i < 500; ++i) {
            emails.append(QStringLiteral("'P%1@EXAMPLE.com'").arg(i * 7)); // 0..3493
            legacy.append(QStringLiteral("'leg-%1'").arg(5000 + i * 3)); // 5000..6497
            lastNames.append(QStringLiteral("'n%1'").arg(i * 20));
        }
        legacy.append(QStringLiteral("'LEG-0'")); // overlaps an email match
        const SoqlEvaluator evaluator(store);
        SoqlResult result =
            evaluator.run(QStringLiteral("SELECT Id, Email, Legacy_Id__c FROM Contact WHERE Email IN (%1) OR "
                                         "Legacy_Id__c IN (%2)")
                              .arg(emails.join(QStringLiteral(", ")), legacy.join(QStringLiteral(", "))));
        QVERIFY(result.ok());
        QCOMPARE(result.totalSize, 1000);
        // Rows come in Id order even from the index path.
        QCOMPARE(result.records.first().toObject().value(QLatin1String("Email")).toString(),
                 QStringLiteral("p0@example.com"));
        QCOMPARE(result.records.last().toObject().value(QLatin1String("Legacy_Id__c")).toString(),
                 QStringLiteral("LEG-6497"));
        // The same through a scan (LastName has no index).
        result = evaluator.run(
            QStringLiteral("SELECT Id FROM Contact WHERE LastName IN (%1) AND Email LIKE '%%example.com'")
                .arg(lastNames.join(QStringLiteral(", "))));
        QVERIFY(result.ok());
        QCOMPARE(result.totalSize, 500);
        result = evaluator.run(
            QStringLiteral("SELECT COUNT() FROM Contact WHERE Email IN (%1) AND Legacy_Id__c != 'LEG-0'")
                .arg(emails.join(QStringLiteral(", "))));
        QCOMPARE(result.totalSize, 499);
    }
};

QTEST_GUILESS_MAIN(tst_localorg_soql)
#include "tst_localorg_soql.moc"
