// Aggregate SOQL: GROUP BY, COUNT / COUNT_DISTINCT / SUM / MIN / MAX / AVG, HAVING, aliases and exprN
// names, ordering of groups, AggregateResult rows and their column metadata, and the errors Salesforce
// gives for aggregate queries it refuses.
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

namespace {

QJsonObject aggregateRow(std::initializer_list<std::pair<const char *, QJsonValue>> values)
{
    QJsonObject row {{QStringLiteral("attributes"),
                      QJsonObject {{QStringLiteral("type"), QStringLiteral("AggregateResult")}}}};
    for (const auto &[key, value] : values)
        row.insert(QLatin1String(key), value);
    return row;
}

} // namespace

class tst_localorg_soqlaggregate : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RecordStore> m_store;

    SoqlResult run(const QString &soql, bool all = false) const
    {
        return SoqlEvaluator(*m_store).run(soql, QStringLiteral("62.0"), all);
    }

    QString account(const QString &name, const QJsonValue &industry, const QJsonValue &employees)
    {
        QJsonObject fields {{QStringLiteral("Name"), name}};
        if (!industry.isNull())
            fields.insert(QStringLiteral("Industry"), industry);
        if (!employees.isNull())
            fields.insert(QStringLiteral("NumberOfEmployees"), employees);
        const auto result = m_store->create(QStringLiteral("Account"), fields);
        return result.id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        sfsync::test::isolateEnvironment(QStringLiteral("tst_localorg_soqlaggregate"));
        m_store = std::make_unique<RecordStore>();
        const QString acme = account(QStringLiteral("Acme"), QStringLiteral("Technology"), 100);
        account(QStringLiteral("Globex"), QStringLiteral("Technology"), 50);
        const QString initech = account(QStringLiteral("Initech"), QStringLiteral("Finance"), 10);
        account(QStringLiteral("Hooli"), QJsonValue::Null, 5);
        account(QStringLiteral("Wonka"), QStringLiteral("Finance"), QJsonValue::Null);
        const QString gone = account(QStringLiteral("Gone"), QStringLiteral("Retail"), 7);
        QVERIFY(m_store->remove(QStringLiteral("Account"), gone).ok());
        for (const auto &[last, parent] : {std::pair {"Ada", acme}, {"Grace", acme}, {"Alan", initech}})
            QVERIFY(m_store
                        ->create(QStringLiteral("Contact"),
                                 {{QStringLiteral("LastName"), QString::fromLatin1(last)},
                                  {QStringLiteral("AccountId"), parent}})
                        .ok());
        QVERIFY(
            m_store
                ->create(QStringLiteral("Contact"), {{QStringLiteral("LastName"), QStringLiteral("Orphan")}})
                .ok());
    }

    void aggregateWithoutGroupByIsOneRow()
    {
        const SoqlResult r =
            run(QStringLiteral("SELECT COUNT(Id), SUM(NumberOfEmployees), AVG(NumberOfEmployees), "
                               "MIN(Name), MAX(Name) FROM Account"));
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
        QVERIFY(r.aggregate);
        QCOMPARE(r.totalSize, 1);
        QCOMPARE(r.columns,
                 (QStringList {QStringLiteral("expr0"), QStringLiteral("expr1"), QStringLiteral("expr2"),
                               QStringLiteral("expr3"), QStringLiteral("expr4")}));
        QCOMPARE(r.records,
                 QJsonArray({aggregateRow({{"expr0", 5},
                                           {"expr1", 165},
                                           {"expr2", 41.25},
                                           {"expr3", QStringLiteral("Acme")},
                                           {"expr4", QStringLiteral("Wonka")}})}));
        // COUNT() keeps its own shape: the count in totalSize, no rows.
        const SoqlResult count = run(QStringLiteral("SELECT COUNT() FROM Account"));
        QCOMPARE(count.totalSize, 5);
        QVERIFY(count.records.isEmpty());
        QVERIFY(!count.aggregate);
    }

    void aggregateOverNoRecords()
    {
        const SoqlResult r = run(QStringLiteral("SELECT COUNT(Id), COUNT_DISTINCT(Industry), "
                                                "SUM(NumberOfEmployees), MAX(CreatedDate) FROM Account "
                                                "WHERE Name = 'nobody'"));
        QVERIFY(r.ok());
        QCOMPARE(
            r.records,
            QJsonArray({aggregateRow(
                {{"expr0", 0}, {"expr1", 0}, {"expr2", QJsonValue::Null}, {"expr3", QJsonValue::Null}})}));
    }

    void groupByWithEveryFunction()
    {
        const SoqlResult r = run(
            QStringLiteral("SELECT Industry, COUNT(Id), COUNT(NumberOfEmployees), SUM(NumberOfEmployees), "
                           "MIN(NumberOfEmployees), "
                           "MAX(NumberOfEmployees), AVG(NumberOfEmployees) FROM Account GROUP BY Industry"));
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
        QCOMPARE(r.totalSize, 3);
        // Groups sorted by the grouped value, nulls first; the deleted Retail account is not counted.
        QCOMPARE(r.records,
                 QJsonArray({aggregateRow({{"Industry", QJsonValue::Null},
                                           {"expr0", 1},
                                           {"expr1", 1},
                                           {"expr2", 5},
                                           {"expr3", 5},
                                           {"expr4", 5},
                                           {"expr5", 5}}),
                             aggregateRow({{"Industry", QStringLiteral("Finance")},
                                           {"expr0", 2},
                                           {"expr1", 1},
                                           {"expr2", 10},
                                           {"expr3", 10},
                                           {"expr4", 10},
                                           {"expr5", 10}}),
                             aggregateRow({{"Industry", QStringLiteral("Technology")},
                                           {"expr0", 2},
                                           {"expr1", 2},
                                           {"expr2", 150},
                                           {"expr3", 50},
                                           {"expr4", 100},
                                           {"expr5", 75}})}));
        // queryAll counts deleted records too.
        const SoqlResult all =
            run(QStringLiteral("SELECT Industry, COUNT(Id) FROM Account GROUP BY Industry"), true);
        QCOMPARE(all.totalSize, 4);
        QCOMPARE(all.records.at(2).toObject(),
                 aggregateRow({{"Industry", QStringLiteral("Retail")}, {"expr0", 1}}));
    }

    void aliasesNameColumnsAndOnlyUnaliasedAreNumbered()
    {
        const SoqlResult r =
            run(QStringLiteral("SELECT Industry ind, COUNT(Id) total, MAX(NumberOfEmployees), "
                               "MIN(NumberOfEmployees) FROM Account WHERE Industry != null "
                               "GROUP BY Industry"));
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
        QCOMPARE(r.columns,
                 (QStringList {QStringLiteral("ind"), QStringLiteral("total"), QStringLiteral("expr0"),
                               QStringLiteral("expr1")}));
        QCOMPARE(r.records.at(1).toObject(),
                 aggregateRow(
                     {{"ind", QStringLiteral("Technology")}, {"total", 2}, {"expr0", 100}, {"expr1", 50}}));
    }

    void havingOrderByLimitOffset()
    {
        const auto industries = [this](const QString &soql) {
            const SoqlResult r = run(soql);
            if (!r.ok())
                return QStringList {r.error->message};
            QStringList out;
            for (const QJsonValue &row : r.records)
                out.append(
                    row.toObject().value(QLatin1String("Industry")).toString(QStringLiteral("<null>")));
            return out;
        };
        QCOMPARE(industries(QStringLiteral(
                     "SELECT Industry, COUNT(Id) FROM Account GROUP BY Industry HAVING COUNT(Id) > 1")),
                 (QStringList {QStringLiteral("Finance"), QStringLiteral("Technology")}));
        QCOMPARE(
            industries(QStringLiteral("SELECT Industry FROM Account GROUP BY Industry HAVING COUNT(Id) > 1 "
                                      "AND MAX(NumberOfEmployees) >= 100")),
            (QStringList {QStringLiteral("Technology")}));
        QCOMPARE(
            industries(QStringLiteral(
                "SELECT Industry FROM Account GROUP BY Industry HAVING Industry IN ('Finance', 'Retail')")),
            (QStringList {QStringLiteral("Finance")}));
        QCOMPARE(industries(QStringLiteral("SELECT Industry FROM Account GROUP BY Industry HAVING NOT "
                                           "(SUM(NumberOfEmployees) < 100) OR Industry = null")),
                 (QStringList {QStringLiteral("<null>"), QStringLiteral("Technology")}));
        QCOMPARE(industries(
                     QStringLiteral("SELECT Industry, SUM(NumberOfEmployees) FROM Account GROUP BY Industry "
                                    "ORDER BY SUM(NumberOfEmployees) DESC NULLS LAST")),
                 (QStringList {QStringLiteral("Technology"), QStringLiteral("Finance"),
                               QStringLiteral("<null>")}));
        QCOMPARE(
            industries(QStringLiteral(
                "SELECT Industry FROM Account GROUP BY Industry ORDER BY Industry DESC LIMIT 2 OFFSET 1")),
            (QStringList {QStringLiteral("Finance"), QStringLiteral("<null>")}));
        const SoqlResult limited =
            run(QStringLiteral("SELECT Industry FROM Account GROUP BY Industry LIMIT 1"));
        QCOMPARE(limited.totalSize, 1);
    }

    void groupByParentFieldAndCountDistinct()
    {
        const SoqlResult r = run(QStringLiteral(
            "SELECT Account.Name, COUNT(Id) FROM Contact GROUP BY Account.Name ORDER BY COUNT(Id) DESC"));
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
        // A parent field comes back flat, under its own name.
        QCOMPARE(r.records,
                 QJsonArray({aggregateRow({{"Name", QStringLiteral("Acme")}, {"expr0", 2}}),
                             aggregateRow({{"Name", QStringLiteral("Initech")}, {"expr0", 1}}),
                             aggregateRow({{"Name", QJsonValue::Null}, {"expr0", 1}})}));
        const SoqlResult distinct =
            run(QStringLiteral("SELECT COUNT_DISTINCT(Industry) kinds, COUNT(Industry) FROM Account"));
        QCOMPARE(distinct.records.first().toObject(), aggregateRow({{"kinds", 2}, {"expr0", 4}}));
    }

    void columnMetadata()
    {
        const SoqlResult r = SoqlEvaluator(*m_store).columns(QStringLiteral(
            "SELECT Industry, COUNT(Id) total, AVG(NumberOfEmployees) FROM Account GROUP BY Industry"));
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
        QVERIFY(r.records.isEmpty());
        const QJsonObject expected = QJsonDocument::fromJson(R"json({
            "columnMetadata": [
              {"aggregate": false, "apexType": "String", "booleanType": false, "columnName": "Industry",
               "custom": false, "displayName": "Industry", "foreignKeyName": null, "insertable": true,
               "joinColumns": [], "numberType": false, "textType": true, "updatable": true},
              {"aggregate": true, "apexType": "Integer", "booleanType": false, "columnName": "total",
               "custom": false, "displayName": "total", "foreignKeyName": null, "insertable": false,
               "joinColumns": [], "numberType": true, "textType": false, "updatable": false},
              {"aggregate": true, "apexType": "Decimal", "booleanType": false, "columnName": "expr0",
               "custom": false, "displayName": "AVG(NumberOfEmployees)", "foreignKeyName": null,
               "insertable": false, "joinColumns": [], "numberType": true, "textType": false, "updatable": false}
            ],
            "entityName": "AggregateResult", "groupBy": true, "idSelected": false, "keyPrefix": null})json")
                                         .object();
        QCOMPARE(r.columnMetadata, expected);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("soql");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::newRow("ungrouped field")
            << "SELECT Name, COUNT(Id) FROM Account"
            << "MALFORMED_QUERY" << 8 << "Field must be grouped or aggregated: Name";
        QTest::newRow("field not in GROUP BY")
            << "SELECT Name FROM Account GROUP BY Industry"
            << "MALFORMED_QUERY" << 8 << "Field must be grouped or aggregated: Name";
        QTest::newRow("not groupable")
            << "SELECT Description FROM Account GROUP BY Description"
            << "INVALID_FIELD" << 42 << "field 'Description' can not be grouped in a query call";
        QTest::newRow("SUM of text") << "SELECT SUM(Name) FROM Account"
                                     << "INVALID_FIELD" << 12
                                     << "field Name does not support aggregate operator SUM";
        QTest::newRow("not aggregatable")
            << "SELECT MAX(Description) FROM Account"
            << "INVALID_FIELD" << 12 << "field Description does not support aggregate operator MAX";
        QTest::newRow("alias without aggregate")
            << "SELECT Name n FROM Account"
            << "MALFORMED_QUERY" << 13 << "Only aggregate expressions use field aliasing";
        QTest::newRow("aggregate in WHERE")
            << "SELECT Industry FROM Account WHERE COUNT(Id) > 1 GROUP BY Industry"
            << "MALFORMED_QUERY" << 36
            << "Aggregate functions are not allowed in the WHERE clause; filter on them with HAVING";
        QTest::newRow("order by ungrouped")
            << "SELECT Industry FROM Account GROUP BY Industry ORDER BY Name"
            << "MALFORMED_QUERY" << 57 << "Ordered field must be grouped or aggregated: Name";
        QTest::newRow("having ungrouped")
            << "SELECT Industry FROM Account GROUP BY Industry HAVING Name = 'x'"
            << "MALFORMED_QUERY" << 55 << "Field must be grouped or aggregated: Name";
        QTest::newRow("having text on COUNT")
            << "SELECT Industry FROM Account GROUP BY Industry HAVING COUNT(Id) > '1'"
            << "INVALID_FIELD" << 67
            << "value of filter criterion for field 'COUNT(Id)' must be of type "
               "integer and should not be enclosed in quotes";
        QTest::newRow("duplicate alias") << "SELECT COUNT(Id) n, MAX(Name) n FROM Account"
                                         << "MALFORMED_QUERY" << 31 << "duplicate alias: n";
        QTest::newRow("ROLLUP") << "SELECT Industry FROM Account GROUP BY ROLLUP(Industry)"
                                << "MALFORMED_QUERY" << 45 << "unexpected token: '('";
        QTest::newRow("empty COUNT in a list") << "SELECT Id, COUNT() FROM Account"
                                               << "MALFORMED_QUERY" << 18 << "unexpected token: ')'";
        QTest::newRow("subquery in aggregate")
            << "SELECT COUNT(Id), (SELECT Id FROM Contacts) FROM Account"
            << "MALFORMED_QUERY" << 19 << "Nested queries are not supported in aggregate queries";
        QTest::newRow("ORDER BY aggregate without one")
            << "SELECT Name FROM Account ORDER BY COUNT(Id)"
            << "MALFORMED_QUERY" << 35
            << "Aggregate functions in ORDER BY need an aggregate query (GROUP BY or an aggregate in the "
               "SELECT "
               "list)";
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

QTEST_GUILESS_MAIN(tst_localorg_soqlaggregate)
#include "tst_localorg_soqlaggregate.moc"
