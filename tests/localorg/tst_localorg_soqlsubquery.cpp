// Child relationship subqueries, (SELECT ... FROM Contacts), with Salesforce's nested result shape, and the
// columns=true description of plain, parent and child columns.
#include "localorg/data/recordstore.h"
#include "localorg/data/soqlerror.h"
#include "localorg/data/soqlevaluator.h"
#include "tests/testsupport/testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using sfsync::localorg::RecordStore;
using sfsync::localorg::SoqlError;
using sfsync::localorg::SoqlEvaluator;
using sfsync::localorg::SoqlResult;

class tst_localorg_soqlsubquery : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RecordStore> m_store;
    QHash<QString, QString> m_ids;

    SoqlResult run(const QString &soql, bool all = false) const
    {
        return SoqlEvaluator(*m_store).run(soql, QStringLiteral("62.0"), all);
    }

    QJsonObject attributes(const QString &type, const QString &key) const
    {
        return QJsonObject {
            {QStringLiteral("type"), type},
            {QStringLiteral("url"),
             QStringLiteral("/services/data/v62.0/sobjects/%1/%2").arg(type, m_ids.value(key))}};
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
        sfsync::test::isolateEnvironment(QStringLiteral("tst_localorg_soqlsubquery"));
        m_store = std::make_unique<RecordStore>();
        add(QStringLiteral("acme"), QStringLiteral("Account"),
            {{QStringLiteral("Name"), QStringLiteral("Acme")},
             {QStringLiteral("Industry"), QStringLiteral("Retail")}});
        add(QStringLiteral("globex"), QStringLiteral("Account"),
            {{QStringLiteral("Name"), QStringLiteral("Globex")}});
        for (const auto &[key, last, email] : {std::tuple {"lee", "Lee", "lee@example.com"},
                                               {"ada", "Ada", ""},
                                               {"zoe", "Zoe", "zoe@example.com"},
                                               {"old", "Old", ""}}) {
            QJsonObject fields {{QStringLiteral("LastName"), QString::fromLatin1(last)},
                                {QStringLiteral("AccountId"), m_ids.value(QStringLiteral("acme"))}};
            if (*email)
                fields.insert(QStringLiteral("Email"), QString::fromLatin1(email));
            add(QString::fromLatin1(key), QStringLiteral("Contact"), fields);
        }
        QVERIFY(m_store->remove(QStringLiteral("Contact"), m_ids.value(QStringLiteral("old"))).ok());
    }

    void nestedShape()
    {
        const SoqlResult r = run(QStringLiteral("SELECT Name, (SELECT LastName, Email FROM Contacts ORDER BY "
                                                "LastName) FROM Account ORDER BY Name"));
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
        QCOMPARE(r.columns, (QStringList {QStringLiteral("Name"), QStringLiteral("Contacts")}));
        QCOMPARE(r.childRelationships, QStringList {QStringLiteral("Contacts")});
        QCOMPARE(r.totalSize, 2);
        const auto contact = [this](const char *key, const char *last, const QJsonValue &email) {
            return QJsonObject {
                {QStringLiteral("attributes"), attributes(QStringLiteral("Contact"), QLatin1String(key))},
                {QStringLiteral("LastName"), QString::fromLatin1(last)},
                {QStringLiteral("Email"), email}};
        };
        const QJsonObject acme {
            {QStringLiteral("attributes"), attributes(QStringLiteral("Account"), QStringLiteral("acme"))},
            {QStringLiteral("Name"), QStringLiteral("Acme")},
            {QStringLiteral("Contacts"),
             QJsonObject {{QStringLiteral("totalSize"), 3},
                          {QStringLiteral("done"), true},
                          {QStringLiteral("records"),
                           QJsonArray {contact("ada", "Ada", QJsonValue::Null),
                                       contact("lee", "Lee", QStringLiteral("lee@example.com")),
                                       contact("zoe", "Zoe", QStringLiteral("zoe@example.com"))}}}}};
        QCOMPARE(r.records.at(0).toObject(), acme);
        // No children: null, not an empty result.
        QCOMPARE(r.records.at(1).toObject(),
                 (QJsonObject {{QStringLiteral("attributes"),
                                attributes(QStringLiteral("Account"), QStringLiteral("globex"))},
                               {QStringLiteral("Name"), QStringLiteral("Globex")},
                               {QStringLiteral("Contacts"), QJsonValue::Null}}));
    }

    void whereLimitParentFieldsAndQueryAll()
    {
        SoqlResult r =
            run(QStringLiteral("SELECT Id, (SELECT LastName, Account.Industry FROM contacts WHERE Email != "
                               "null ORDER BY LastName DESC LIMIT 1) FROM Account WHERE Name = 'Acme'"));
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
        const QJsonObject children = r.records.at(0).toObject().value(QLatin1String("Contacts")).toObject();
        QCOMPARE(children.value(QLatin1String("totalSize")).toInt(), 1);
        const QJsonObject zoe = children.value(QLatin1String("records")).toArray().at(0).toObject();
        QCOMPARE(zoe.value(QLatin1String("LastName")).toString(), QStringLiteral("Zoe"));
        QCOMPARE(zoe.value(QLatin1String("Account")).toObject(),
                 (QJsonObject {{QStringLiteral("attributes"),
                                attributes(QStringLiteral("Account"), QStringLiteral("acme"))},
                               {QStringLiteral("Industry"), QStringLiteral("Retail")}}));
        // queryAll sees the deleted child too.
        r = run(QStringLiteral("SELECT Id, (SELECT Id FROM Contacts) FROM Account WHERE Name = 'Acme'"),
                true);
        QCOMPARE(r.records.at(0)
                     .toObject()
                     .value(QLatin1String("Contacts"))
                     .toObject()
                     .value(QLatin1String("totalSize"))
                     .toInt(),
                 4);
        r = run(QStringLiteral("SELECT Id, (SELECT Id FROM Contacts) FROM Account WHERE Name = 'Acme'"));
        QCOMPARE(r.records.at(0)
                     .toObject()
                     .value(QLatin1String("Contacts"))
                     .toObject()
                     .value(QLatin1String("totalSize"))
                     .toInt(),
                 3);
    }

    void plainColumnMetadata()
    {
        const SoqlResult r = SoqlEvaluator(*m_store).columns(
            QStringLiteral("SELECT Id, LastName, Account.Name, Account.Industry, IsDeleted FROM Contact"));
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
        const QJsonObject expected = QJsonDocument::fromJson(R"json({
            "columnMetadata": [
              {"aggregate": false, "apexType": "Id", "booleanType": false, "columnName": "Id", "custom": false,
               "displayName": "Id", "foreignKeyName": null, "insertable": false, "joinColumns": [],
               "numberType": false, "textType": false, "updatable": false},
              {"aggregate": false, "apexType": "String", "booleanType": false, "columnName": "LastName",
               "custom": false, "displayName": "LastName", "foreignKeyName": null, "insertable": true,
               "joinColumns": [], "numberType": false, "textType": true, "updatable": true},
              {"aggregate": false, "apexType": null, "booleanType": false, "columnName": "Account", "custom": false,
               "displayName": "Account", "foreignKeyName": null, "insertable": false, "joinColumns": [
                 {"aggregate": false, "apexType": "String", "booleanType": false, "columnName": "Name",
                  "custom": false, "displayName": "Account.Name", "foreignKeyName": null, "insertable": true,
                  "joinColumns": [], "numberType": false, "textType": true, "updatable": true},
                 {"aggregate": false, "apexType": "String", "booleanType": false, "columnName": "Industry",
                  "custom": false, "displayName": "Account.Industry", "foreignKeyName": null, "insertable": true,
                  "joinColumns": [], "numberType": false, "textType": true, "updatable": true}],
               "numberType": false, "textType": false, "updatable": false},
              {"aggregate": false, "apexType": "Boolean", "booleanType": true, "columnName": "IsDeleted",
               "custom": false, "displayName": "IsDeleted", "foreignKeyName": null, "insertable": false,
               "joinColumns": [], "numberType": false, "textType": false, "updatable": false}
            ],
            "entityName": "Contact", "groupBy": false, "idSelected": true, "keyPrefix": "003"})json")
                                         .object();
        QCOMPARE(r.columnMetadata, expected);
    }

    void subqueryColumnMetadata()
    {
        const SoqlResult r = SoqlEvaluator(*m_store).columns(
            QStringLiteral("SELECT Name, (SELECT LastName, Account.Name FROM Contacts) FROM Account"));
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
        const QJsonArray columns = r.columnMetadata.value(QLatin1String("columnMetadata")).toArray();
        QCOMPARE(columns.size(), 2);
        const QJsonObject contacts = columns.at(1).toObject();
        QCOMPARE(contacts.value(QLatin1String("columnName")).toString(), QStringLiteral("Contacts"));
        QCOMPARE(contacts.value(QLatin1String("displayName")).toString(), QStringLiteral("Contacts"));
        QCOMPARE(contacts.value(QLatin1String("aggregate")).toBool(), true); // how clients tell a subquery
        QVERIFY(contacts.value(QLatin1String("apexType")).isNull());
        const QJsonArray joins = contacts.value(QLatin1String("joinColumns")).toArray();
        QCOMPARE(joins.size(), 2);
        QCOMPARE(joins.at(0).toObject().value(QLatin1String("columnName")).toString(),
                 QStringLiteral("LastName"));
        QCOMPARE(joins.at(1).toObject().value(QLatin1String("columnName")).toString(),
                 QStringLiteral("Account"));
        QCOMPARE(joins.at(1)
                     .toObject()
                     .value(QLatin1String("joinColumns"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("displayName")),
                 QJsonValue(QStringLiteral("Account.Name")));
        QCOMPARE(r.columnMetadata.value(QLatin1String("idSelected")).toBool(), false);
        // columns() checks the statement as a run would.
        const SoqlResult bad = SoqlEvaluator(*m_store).columns(QStringLiteral("SELECT Nope FROM Account"));
        QCOMPARE(bad.error->errorCode, QStringLiteral("INVALID_FIELD"));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("soql");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::newRow("unknown relationship")
            << "SELECT Id, (SELECT Id FROM Nope) FROM Account"
            << "INVALID_TYPE" << 28
            << "Didn't understand relationship 'Nope' in FROM part of query call. If you are attempting to "
               "use a "
               "custom relationship, be sure to append the '__r' after the custom relationship name. Please "
               "reference your WSDL or the describe call for the appropriate names.";
        QTest::newRow("object name instead of relationship")
            << "SELECT Id, (SELECT Id FROM Contact) FROM Account"
            << "INVALID_TYPE" << 28
            << "Didn't understand relationship 'Contact' in FROM part of query call. If you are attempting "
               "to use a "
               "custom relationship, be sure to append the '__r' after the custom relationship name. Please "
               "reference your WSDL or the describe call for the appropriate names.";
        QTest::newRow("unknown child field") << "SELECT Id, (SELECT Nope FROM Contacts) FROM Account"
                                             << "INVALID_FIELD" << 20
                                             << "No such column 'Nope' on entity 'Contact'. If you are "
                                                "attempting to use a custom field, be sure to "
                                                "append the '__c' after the custom field name. Please "
                                                "reference your WSDL or the describe call for "
                                                "the appropriate names.";
        QTest::newRow("nested twice")
            << "SELECT Id, (SELECT Id, (SELECT Id FROM Cases) FROM Contacts) FROM Account"
            << "MALFORMED_QUERY" << 24 << "unexpected token: '('";
        QTest::newRow("aggregate in subquery")
            << "SELECT Id, (SELECT COUNT(Id) FROM Contacts) FROM Account"
            << "MALFORMED_QUERY" << 20 << "A child relationship query selects plain fields only";
        QTest::newRow("semi-join") << "SELECT Id FROM Account WHERE Id IN (SELECT AccountId FROM Contact)"
                                   << "MALFORMED_QUERY" << 37 << "unexpected token: 'SELECT'";
        QTest::newRow("unclosed") << "SELECT Id, (SELECT Id FROM Contacts FROM Account"
                                  << "MALFORMED_QUERY" << 37 << "unexpected token: 'FROM'";
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
        QCOMPARE(result.error->message, SoqlError::at(soql, column - 1, code, text).message);
    }
};

QTEST_GUILESS_MAIN(tst_localorg_soqlsubquery)
#include "tst_localorg_soqlsubquery.moc"
