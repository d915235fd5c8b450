#include "core/engine/orgindex.h"
#include "tests/testsupport/testenvironment.h"

#include <QJsonObject>
#include <QTest>

using namespace sfsync;

// The org index answers lookups as the lookup queries would: by Salesforce's comparison rules per field
// type, only by values records hold now (after the run's own updates and deletes), with records carrying the
// values they were found by.
class tst_OrgIndex : public QObject
{
    Q_OBJECT

    static FieldInfo field(const QString &name, const QString &type)
    {
        FieldInfo f;
        f.name = name;
        f.type = type;
        f.filterable = true;
        return f;
    }

    static QList<FieldInfo> matchers()
    {
        return {field(QStringLiteral("Email"), QStringLiteral("email")),
                field(QStringLiteral("Legacy_Id__c"), QStringLiteral("string")),
                field(QStringLiteral("NumberOfEmployees"), QStringLiteral("int")),
                field(QStringLiteral("DoNotCall"), QStringLiteral("boolean"))};
    }

    // A page as Bulk API 2.0 sends it: columns in the SELECT's order, null as an empty string.
    static OrgIndex index()
    {
        OrgIndex index(matchers());
        index.addPage({QStringLiteral("Id"), QStringLiteral("Email"), QStringLiteral("Legacy_Id__c"),
                       QStringLiteral("NumberOfEmployees"), QStringLiteral("DoNotCall")},
                      {{QStringLiteral("003000000000001AAA"), QStringLiteral("Ann@Example.com"),
                        QStringLiteral("L-1"), QStringLiteral("50"), QStringLiteral("false")},
                       {QStringLiteral("003000000000002AAA"), QString(), QStringLiteral("L-2"), QString(),
                        QStringLiteral("true")},
                       {QStringLiteral("003000000000003AAA"), QStringLiteral("dup@example.com"), QString(),
                        QString(), QStringLiteral("false")},
                       {QStringLiteral("003000000000004AAA"), QStringLiteral("DUP@example.com"), QString(),
                        QString(), QStringLiteral("false")}});
        return index;
    }

    // One row's matcher values, in matcher order (Undefined: an empty cell).
    using Row = QList<QJsonValue>;

    static QStringList ids(const QJsonArray &records)
    {
        QStringList out;
        for (const QJsonValue &r : records)
            out.append(r.toObject().value(QLatin1String("Id")).toString());
        return out;
    }

    static QJsonValue none() { return QJsonValue(QJsonValue::Undefined); }

private Q_SLOTS:
    void initTestCase() { sfsync::test::isolateEnvironment(QStringLiteral("tst_orgindex")); }

    void findsByEachMatcherWithSalesforcesRules()
    {
        const OrgIndex idx = index();
        QCOMPARE(idx.size(), 4);
        const Row byEmail {QJsonValue(QStringLiteral("ann@example.COM")), none(), none(), none()};
        QCOMPARE(ids(idx.lookup({byEmail})), QStringList({"003000000000001AAA"}));
        // The record carries the value it was found by, and only that one.
        const QJsonObject found = idx.lookup({byEmail}).first().toObject();
        QCOMPARE(found.value(QLatin1String("Email")).toString(), QStringLiteral("ann@example.COM"));
        QVERIFY(!found.contains(QLatin1String("Legacy_Id__c")));

        const Row byNumber {none(), none(), QJsonValue(50.0), none()};
        QCOMPARE(ids(idx.lookup({byNumber})), QStringList({"003000000000001AAA"}));
        const Row byBoolean {none(), none(), none(), QJsonValue(true)};
        QCOMPARE(ids(idx.lookup({byBoolean})), QStringList({"003000000000002AAA"}));
        const Row twoRecords {QJsonValue(QStringLiteral("Dup@Example.com")), none(), none(), none()};
        QCOMPARE(ids(idx.lookup({twoRecords})), QStringList({"003000000000003AAA", "003000000000004AAA"}));
        // Empty cells were nulls: nothing is found by an empty value.
        const Row nothing {QJsonValue(QStringLiteral("nobody@example.com")),
                           QJsonValue(QStringLiteral("L-9")), none(), none()};
        QVERIFY(idx.lookup({nothing}).isEmpty());
    }

    void oneRecordFoundByTwoRowsCarriesBothValues()
    {
        const OrgIndex idx = index();
        const Row a {QJsonValue(QStringLiteral("ann@example.com")), none(), none(), none()};
        const Row b {none(), QJsonValue(QStringLiteral("l-1")), none(), none()};
        const QJsonArray records = idx.lookup({a, b});
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().toObject().value(QLatin1String("Legacy_Id__c")).toString(),
                 QStringLiteral("l-1"));
        QCOMPARE(records.first().toObject().value(QLatin1String("Email")).toString(),
                 QStringLiteral("ann@example.com"));
    }

    void followsUpdatesAndDeletes()
    {
        OrgIndex idx = index();
        // An update moved record 1 to a new e-mail (given in its 15-character form here).
        idx.setKey(QStringLiteral("003000000000001"), 0, QStringLiteral("new@example.com"));
        const Row oldAddress {QJsonValue(QStringLiteral("ann@example.com")), none(), none(), none()};
        const Row newAddress {QJsonValue(QStringLiteral("new@example.com")), none(), none(), none()};
        QVERIFY(idx.lookup({oldAddress}).isEmpty());
        QCOMPARE(ids(idx.lookup({newAddress})), QStringList({"003000000000001AAA"}));
        // Moved back, it is found by the first address again (and not twice).
        idx.setKey(QStringLiteral("003000000000001AAA"), 0, QStringLiteral("ann@example.com"));
        QCOMPARE(ids(idx.lookup({oldAddress})), QStringList({"003000000000001AAA"}));
        QVERIFY(idx.lookup({newAddress}).isEmpty());
        // Cleared: found by nothing on that matcher.
        idx.setKey(QStringLiteral("003000000000002AAA"), 1, QString());
        const Row l2 {none(), QJsonValue(QStringLiteral("L-2")), none(), none()};
        QVERIFY(idx.lookup({l2}).isEmpty());
        // Deleted.
        idx.remove(QStringLiteral("003000000000003AAA"));
        const Row dup {QJsonValue(QStringLiteral("dup@example.com")), none(), none(), none()};
        QCOMPARE(ids(idx.lookup({dup})), QStringList({"003000000000004AAA"}));
        // Unknown Ids change nothing.
        idx.remove(QStringLiteral("003000000000009AAA"));
        QCOMPARE(idx.size(), 4);
    }
};

QTEST_GUILESS_MAIN(tst_OrgIndex)
#include "tst_orgindex.moc"
