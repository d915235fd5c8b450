// A finished ingest job's result files turned into one result per row sent, without an org: which files are
// worth reading, each row's status, Id, created flag and error, and what rows without a result get.
#include "core/salesforce/bulk2/bulk2resultrows.h"
#include "tests/testsupport/testenvironment.h"

#include <QTest>

using namespace sfsync;

namespace {

using Status = Bulk2RowResult::Status;

Bulk2JobInfo jobInfo(const QString &state, qint64 processed, qint64 failed)
{
    Bulk2JobInfo job;
    job.id = QStringLiteral("7500L0000000001AAA");
    job.state = state;
    job.numberRecordsProcessed = processed;
    job.numberRecordsFailed = failed;
    return job;
}

// Four inserts keyed on the whole row, tags 1 to 4.
Bulk2ResultRows fourInserts()
{
    Bulk2Correlator correlator({QStringLiteral("LastName"), QStringLiteral("Email")}, -1, false);
    correlator.add(1, {QStringLiteral("Ada"), QStringLiteral("ada@example.com")});
    correlator.add(2, {QStringLiteral("Bob"), QStringLiteral("bob@example.com")});
    correlator.add(3, {QStringLiteral("Cy"), QStringLiteral("cy@example.com")});
    correlator.add(4, {QStringLiteral("Di"), QStringLiteral("di@example.com")});
    return Bulk2ResultRows(std::move(correlator));
}

QHash<quint64, Bulk2RowResult> byTag(const QList<Bulk2RowResult> &rows)
{
    QHash<quint64, Bulk2RowResult> result;
    for (const Bulk2RowResult &row : rows)
        result.insert(row.tag, row);
    return result;
}

} // namespace

class tst_Bulk2ResultRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { sfsync::test::isolateEnvironment(QStringLiteral("tst_bulk2resultrows")); }

    void filesToRead_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<qint64>("processed");
        QTest::addColumn<qint64>("failed");
        QTest::addColumn<QStringList>("files");
        const QString ok = Bulk2ResultRows::SuccessfulResults;
        const QString failed = Bulk2ResultRows::FailedResults;
        const QString unprocessed = Bulk2ResultRows::UnprocessedRecords;
        QTest::newRow("clean load: successes only")
            << "JobComplete" << qint64(4) << qint64(0) << QStringList {ok};
        QTest::newRow("every row failed") << "JobComplete" << qint64(4) << qint64(4) << QStringList {failed};
        QTest::newRow("some failed") << "JobComplete" << qint64(4) << qint64(1) << QStringList {ok, failed};
        QTest::newRow("fewer processed than sent")
            << "JobComplete" << qint64(3) << qint64(0) << QStringList {ok, unprocessed};
        QTest::newRow("aborted before processing")
            << "Aborted" << qint64(0) << qint64(0) << QStringList {unprocessed};
        QTest::newRow("counts unknown")
            << "JobComplete" << qint64(-1) << qint64(-1) << QStringList {ok, failed, unprocessed};
    }

    void filesToRead()
    {
        QFETCH(QString, state);
        QFETCH(qint64, processed);
        QFETCH(qint64, failed);
        QFETCH(QStringList, files);
        QCOMPARE(Bulk2ResultRows::filesToRead(jobInfo(state, processed, failed), 4), files);
    }

    // Results in another order than sent, one row in each file and one row in none.
    void everyRowGetsOneResult()
    {
        Bulk2ResultRows rows = fourInserts();
        QHash<QString, QByteArray> files;
        files.insert(Bulk2ResultRows::SuccessfulResults,
                     "sf__Id,sf__Created,Email,LastName\n"
                     "003000000000002AAA,false,bob@example.com,Bob\n"
                     "003000000000001AAA,true,ada@example.com,Ada\n"
                     "003000000000009AAA,true,zed@example.com,Zed\n"); // sent by no one: ignored
        files.insert(
            Bulk2ResultRows::FailedResults,
            "\"sf__Id\",\"sf__Error\",LastName,Email\n"
            ",REQUIRED_FIELD_MISSING:Required fields are missing: [Phone]:Phone --,Cy,cy@example.com\n");
        QTest::ignoreMessage(QtWarningMsg, R"(1 rows of "successfulResults" match no row sent)");
        QTest::ignoreMessage(QtWarningMsg, R"(1 rows of bulk job "7500L0000000001AAA" without a result)");
        const int left = rows.mapFiles(files, jobInfo(QStringLiteral("JobComplete"), 3, 1), {}, {});
        QCOMPARE(left, 1);
        QCOMPARE(rows.remaining(), 0);

        const QList<Bulk2RowResult> list = rows.takeRows();
        QCOMPARE(list.size(), 4);
        const QHash<quint64, Bulk2RowResult> results = byTag(list);
        QCOMPARE(results.size(), 4);
        QCOMPARE(results[1].status, Status::Succeeded);
        QCOMPARE(results[1].id, QStringLiteral("003000000000001AAA"));
        QVERIFY(results[1].created);
        QCOMPARE(results[2].status, Status::Succeeded);
        QVERIFY(!results[2].created);
        QCOMPARE(results[3].status, Status::Failed);
        QCOMPARE(results[3].error.errorCode, QStringLiteral("REQUIRED_FIELD_MISSING"));
        QCOMPARE(results[3].error.fields, QStringList {QStringLiteral("Phone")});
        // No file mentioned it: it may or may not have been written.
        QCOMPARE(results[4].status, Status::Unknown);
        QCOMPARE(results[4].error.errorCode, QStringLiteral("NO_RESULT"));
        QVERIFY(rows.takeRows().isEmpty()); // taken once
    }

    void unprocessedRowsSayWhy()
    {
        const QByteArray unprocessed = "LastName,Email\nAda,ada@example.com\nBob,bob@example.com\n";
        QHash<QString, QByteArray> files {{Bulk2ResultRows::UnprocessedRecords, unprocessed}};

        // The job gave no reason: its state does.
        Bulk2ResultRows quiet = fourInserts();
        quiet.mapFiles(files, jobInfo(QStringLiteral("Aborted"), 0, 0), {}, {});
        const QHash<quint64, Bulk2RowResult> plain = byTag(quiet.takeRows());
        QCOMPARE(plain[1].status, Status::NotProcessed);
        QCOMPARE(plain[1].error.errorCode, QStringLiteral("NOT_PROCESSED"));
        QVERIFY(plain[1].error.message.contains(QLatin1String("Aborted")));

        // The job's own error, e.g. a cancel, is the reason.
        const SfError canceled =
            SfError::network(QStringLiteral("CANCELED"), QStringLiteral("The load was canceled"));
        Bulk2ResultRows stopped = fourInserts();
        stopped.mapFiles(files, jobInfo(QStringLiteral("Aborted"), 0, 0), canceled, {});
        const QHash<quint64, Bulk2RowResult> why = byTag(stopped.takeRows());
        QCOMPARE(why[2].status, Status::NotProcessed);
        QCOMPARE(why[2].error, canceled);
    }

    void unreadableFileLeavesRowsUnknownWithItsError()
    {
        Bulk2ResultRows rows = fourInserts();
        QHash<QString, QByteArray> files {
            {Bulk2ResultRows::SuccessfulResults,
             "sf__Id,sf__Created,LastName,Email\n1,true,Ada,ada@example.com\n"}};
        const SfError timeout = SfError::network(QStringLiteral("TIMEOUT"), QStringLiteral("no answer"));
        QCOMPARE(rows.mapFiles(files, jobInfo(QStringLiteral("JobComplete"), -1, -1), {}, timeout), 3);
        const QHash<quint64, Bulk2RowResult> results = byTag(rows.takeRows());
        QCOMPARE(results[1].status, Status::Succeeded);
        for (const quint64 tag : {2, 3, 4}) {
            QCOMPARE(results[tag].status, Status::Unknown);
            QCOMPARE(results[tag].error, timeout);
        }
    }

    void failRemainingCoversOnlyRowsWithoutAResult()
    {
        Bulk2ResultRows rows = fourInserts();
        const SfError lost = SfError::answerLost(QStringLiteral("the connection closed"));
        rows.failRemaining(lost, Status::NotProcessed);
        QCOMPARE(rows.remaining(), 0);
        rows.failRemaining(lost, Status::Unknown); // nothing left: adds nothing
        const QList<Bulk2RowResult> list = rows.takeRows();
        QCOMPARE(list.size(), 4);
        for (const Bulk2RowResult &row : list) {
            QCOMPARE(row.status, Status::NotProcessed);
            QCOMPARE(row.error, lost);
        }
    }
};

QTEST_GUILESS_MAIN(tst_Bulk2ResultRows)
#include "tst_bulk2resultrows.moc"
