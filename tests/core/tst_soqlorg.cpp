#include "core/salesforce/soql/lookupquerybuilder.h"
#include "core/salesforce/soql/querypager.h"
#include "core/salesforce/soql/soql.h"
#include "localorg/data/recordstore.h"
#include "tests/testsupport/testenvironment.h"
#include "tests/testsupport/testorg.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace sfsync;
using sfsync::test::TestOrg;

namespace {

FieldInfo textField(const QString &name)
{
    FieldInfo f;
    f.name = name;
    f.type = QStringLiteral("string");
    f.filterable = true;
    return f;
}

QStringList hostileValues()
{
    return {
        QStringLiteral("O'Brien"),
        QStringLiteral("O\\'Brien"),
        QStringLiteral("back\\slash"),
        QStringLiteral("ends with backslash\\"),
        QStringLiteral("\\"),
        QStringLiteral("'"),
        QStringLiteral("''"),
        QStringLiteral("say \"hi\""),
        QStringLiteral("line\nbreak"),
        QStringLiteral("cr\rlf\r\n"),
        QStringLiteral("tab\there"),
        QStringLiteral("bell\bform\f"),
        QStringLiteral("100%"),
        QStringLiteral("under_score"),
        QStringLiteral("%"),
        QStringLiteral("_"),
        QStringLiteral("x' OR Name != '"),
        QStringLiteral("') OR (Id != null"),
        QStringLiteral("Zoë ☃ 日本語 🚀"),
        QStringLiteral("a+b=c&d?e#f/g%2Fh"),
        QStringLiteral("  spaced  "),
        QString(4000, QLatin1Char('L')),
        QStringLiteral("q'") + QString(1500, QLatin1Char('\\')) + QStringLiteral("'q"),
    };
}

} // namespace

// Soql literals and lookup queries against the local org's strict SOQL parser: every hostile value must be
// accepted and must match exactly the one record that holds it.
class tst_SoqlOrg : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestOrg> m_org;
    QHash<QString, QString> m_idByValue;

    QJsonArray run(const QString &soqlOrPath, bool isPath = false, SfError *error = nullptr)
    {
        QueryPager pager(&m_org->rest(), isPath ? QString() : soqlOrPath);
        if (isPath)
            pager.setPath(soqlOrPath);
        QSignalSpy done(&pager, &QueryPager::finished);
        pager.start();
        if (!done.wait(20000))
            return {};
        if (error)
            *error = pager.error();
        return pager.records();
    }

private Q_SLOTS:
    void initTestCase()
    {
        sfsync::test::isolateEnvironment(QStringLiteral("tst_soqlorg"));
        m_org = std::make_unique<TestOrg>();
        QString error;
        QVERIFY2(m_org->start(&error), qPrintable(error));
        QVERIFY2(m_org->org().addField(QStringLiteral("Contact"),
                                       QJsonObject {{QStringLiteral("name"), QStringLiteral("Hostile__c")},
                                                    {QStringLiteral("type"), QStringLiteral("string")},
                                                    {QStringLiteral("length"), 4096}},
                                       &error),
                 qPrintable(error));
        for (const QString &value : hostileValues()) {
            const auto result = m_org->org().records().create(
                QStringLiteral("Contact"),
                QJsonObject {{QStringLiteral("LastName"), QStringLiteral("Hostile")},
                             {QStringLiteral("Hostile__c"), value}});
            QVERIFY2(result.ok(), qPrintable(result.statusCode()));
            m_idByValue.insert(value, result.id);
        }
    }

    void cleanupTestCase() { m_org.reset(); }

    void everyValueMatchesOnlyItsRecord_data()
    {
        QTest::addColumn<QString>("value");
        int i = 0;
        for (const QString &value : hostileValues())
            QTest::newRow(qPrintable(QStringLiteral("value %1").arg(i++))) << value;
    }

    void everyValueMatchesOnlyItsRecord()
    {
        QFETCH(QString, value);
        const auto literal = Soql::literal(textField(QStringLiteral("Hostile__c")), value);
        QVERIFY(literal);
        SfError error;
        const QJsonArray records =
            run(QStringLiteral("SELECT Id, Hostile__c FROM Contact WHERE Hostile__c = ") + *literal, false,
                &error);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).toObject().value(QLatin1String("Id")).toString(), m_idByValue.value(value));
        QCOMPARE(records.at(0).toObject().value(QLatin1String("Hostile__c")).toString(), value);
    }

    void likeMatchesLiterally()
    {
        SfError error;
        const QJsonArray percent = run(QStringLiteral("SELECT Id FROM Contact WHERE Hostile__c LIKE '")
                                           + Soql::escapeLike(u"100%") + QLatin1Char('\''),
                                       false, &error);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        QCOMPARE(percent.size(), 1);
        const QJsonArray underscore = run(QStringLiteral("SELECT Id FROM Contact WHERE Hostile__c LIKE '")
                                          + Soql::escapeLike(u"_") + QLatin1Char('\''));
        QCOMPARE(underscore.size(), 1);
        QCOMPARE(underscore.at(0).toObject().value(QLatin1String("Id")).toString(),
                 m_idByValue.value(QStringLiteral("_")));
    }

    void badEscapeIsRejectedByTheOrg()
    {
        // The org is strict: an unknown escape is MALFORMED_QUERY, so the test above proves ours are right.
        SfError error;
        run(QStringLiteral("SELECT Id FROM Contact WHERE Hostile__c = 'a\\qb'"), false, &error);
        QCOMPARE(error.errorCode, QStringLiteral("MALFORMED_QUERY"));
        run(QStringLiteral("SELECT Id FROM Contact WHERE Hostile__c = 'O''Brien'"), false, &error);
        QVERIFY(!error.isNull());
    }

    void lookupBatchesFindEveryRecordOnce()
    {
        QString prefix = m_org->connection().instanceUrl().toString() + m_org->rest().dataPath(QString());
        LookupQueryBuilder builder(QStringLiteral("Contact"), {QStringLiteral("Hostile__c")}, prefix);
        builder.setMaxUriBytes(12000);
        QVariantList values;
        for (const QString &v : hostileValues())
            values.append(v);
        const auto plan = builder.buildOr({{textField(QStringLiteral("Hostile__c")), values}});
        QVERIFY(plan.invalid.isEmpty());
        QVERIFY(plan.queries.size() >= 2); // the long values cannot share one URI
        QHash<QString, int> found;
        for (const LookupQuery &q : plan.queries) {
            QVERIFY(q.uriBytes <= 12000);
            SfError error;
            const QJsonArray records = run(q.path, true, &error);
            QVERIFY2(error.isNull(), qPrintable(error.toString()));
            for (const QJsonValue &r : records)
                ++found[r.toObject().value(QLatin1String("Id")).toString()];
        }
        QCOMPARE(found.size(), m_idByValue.size());
        for (const QString &id : std::as_const(m_idByValue))
            QCOMPARE(found.value(id), 1);
    }

    void pagerFollowsNextRecordsUrl()
    {
        m_org->org().setQueryBatchSize(5);
        QueryPager pager(&m_org->rest(), QStringLiteral("SELECT Id FROM Contact WHERE LastName = 'Hostile'"));
        QSignalSpy pages(&pager, &QueryPager::pageReceived);
        QSignalSpy done(&pager, &QueryPager::finished);
        pager.start();
        QVERIFY(done.wait(20000));
        m_org->org().setQueryBatchSize(2000);
        QVERIFY(pager.error().isNull());
        QCOMPARE(pager.records().size(), m_idByValue.size());
        QCOMPARE(pager.totalSize(), int(m_idByValue.size()));
        QCOMPARE(pages.size(), (int(m_idByValue.size()) + 4) / 5);
        QCOMPARE(pager.pages(), pages.size());
    }
};

QTEST_GUILESS_MAIN(tst_SoqlOrg)
#include "tst_soqlorg.moc"
