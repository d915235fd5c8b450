// The Executor's pure parts: what a record's error means for its row, and the order rows writing one record
// keep.
#include "core/engine/createdrecord.h"
#include "core/engine/recordfailure.h"
#include "core/engine/writeorder.h"

#include <QTest>

using namespace sfsync;

namespace {

WorkItem updateOf(const QString &id)
{
    WorkItem item;
    item.plan = RowPlan::Update;
    item.targetId = id;
    return item;
}

} // namespace

class TestWriteParts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordErrorMeanings_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("answerWasLost");
        QTest::addColumn<int>("meaning");
        using K = WorkItem::Kind;
        using M = RecordFailure::Meaning;
        QTest::newRow("lock, any operation")
            << int(K::Create) << "UNABLE_TO_LOCK_ROW" << false << int(M::Retry);
        QTest::newRow("upsert, several matches")
            << int(K::Upsert) << "DUPLICATE_EXTERNAL_ID" << false << int(M::Ambiguous);
        QTest::newRow("create, duplicate external id is a plain failure")
            << int(K::Create) << "DUPLICATE_EXTERNAL_ID" << false << int(M::Failed);
        QTest::newRow("delete after a lost answer")
            << int(K::Delete) << "ENTITY_IS_DELETED" << true << int(M::Deleted);
        QTest::newRow("delete of a deleted record")
            << int(K::Delete) << "ENTITY_IS_DELETED" << false << int(M::NotFound);
        QTest::newRow("update, no such record") << int(K::Update) << "NOT_FOUND" << false << int(M::NotFound);
        QTest::newRow("update, bad reference is not found")
            << int(K::Update) << "INVALID_CROSS_REFERENCE_KEY" << false << int(M::NotFound);
        QTest::newRow("create, bad reference is a failure")
            << int(K::Create) << "INVALID_CROSS_REFERENCE_KEY" << false << int(M::Failed);
        QTest::newRow("validation") << int(K::Update) << "FIELD_CUSTOM_VALIDATION_EXCEPTION" << false
                                    << int(M::Failed);
    }
    void recordErrorMeanings()
    {
        QFETCH(int, kind);
        QFETCH(QString, code);
        QFETCH(bool, answerWasLost);
        QFETCH(int, meaning);
        QCOMPARE(int(RecordFailure::of(WorkItem::Kind(kind), code, answerWasLost)), meaning);
    }

    void idsNamedInAMessage()
    {
        const QStringList ids = RecordFailure::idsIn(
            QStringLiteral("Legacy_Id__c: more than one record found for external id field: "
                           "[003000000000001AAA, 003000000000002AAA]"));
        QCOMPARE(ids,
                 QStringList({QStringLiteral("003000000000001AAA"), QStringLiteral("003000000000002AAA")}));
        QVERIFY(RecordFailure::idsIn(QStringLiteral("REQUIRED_FIELD_MISSING LastNameLastName")).isEmpty());
    }

    void rowsWritingOneRecordTakeTurns()
    {
        WorkItem first = updateOf(QStringLiteral("003000000000001AAA"));
        WorkItem second = updateOf(QStringLiteral("003000000000001")); // the same record, 15 characters
        WorkItem other = updateOf(QStringLiteral("003000000000002AAA"));
        WriteOrder order;
        order.join(&first);
        order.join(&second);
        order.join(&other);
        QVERIFY(order.isTurnOf(&first));
        QVERIFY(!order.isTurnOf(&second));
        QVERIFY(order.isTurnOf(&other));
        QCOMPARE(order.leave(&first), QList<WorkItem *> {&second});
        QVERIFY(order.isTurnOf(&second));
        QVERIFY(order.leave(&second).isEmpty());
        QVERIFY(!order.isTurnOf(&second));
    }

    void aLineCanBeTakenWhole()
    {
        auto created = std::make_shared<CreatedRecord>();
        WorkItem creator;
        creator.plan = RowPlan::Create;
        creator.created = created;
        creator.creator = true;
        WorkItem follower = updateOf(QString());
        follower.created = created;
        QVERIFY(WriteOrder::isOrdered(&creator));
        WorkItem plain;
        plain.plan = RowPlan::Create;
        QVERIFY(!WriteOrder::isOrdered(&plain));
        WriteOrder order;
        order.join(&creator);
        order.join(&follower);
        QCOMPARE(order.takeLine(&creator), (QList<WorkItem *> {&creator, &follower}));
        QVERIFY(!order.isTurnOf(&follower));
    }
};

QTEST_GUILESS_MAIN(TestWriteParts)
#include "tst_writeparts.moc"
