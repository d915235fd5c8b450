#include "core/engine/runjournal.h"
#include "tests/testsupport/testenvironment.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace sfsync;

// The run journal on disk: WAL with synchronous=FULL, write-ahead "sending" marks committed before a call
// goes out, buffered final outcomes, run states, and reopening after the process died without closing it.
class tst_RunJournal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static RowResult result(int action, qint64 row, RowOutcome outcome, int status, const QString &id,
                            const QString &error = {})
    {
        RowResult r;
        r.actionIndex = action;
        r.row = row;
        r.outcome = outcome;
        r.status = status;
        r.id = id;
        r.error = error;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        sfsync::test::isolateEnvironment(QStringLiteral("tst_runjournal"));
        QVERIFY(m_dir.isValid());
    }

    void walWithNormalSync()
    {
        RunJournal j;
        QString error;
        QVERIFY2(j.open(m_dir.filePath(QStringLiteral("wal.sqlite")), &error), qPrintable(error));
        QCOMPARE(j.pragma(QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(j.pragma(QStringLiteral("synchronous")).toInt(), 2); // FULL
        QCOMPARE(j.pragma(QStringLiteral("busy_timeout")).toInt(), 5000);
        // Only known pragmas are answered: nothing is spliced into SQL.
        QVERIFY(!j.pragma(QStringLiteral("journal_mode; DROP TABLE runs")).isValid());
        const QString run = j.beginRun(QStringLiteral("h"), QStringLiteral("n"), QStringLiteral("s"));
        QVERIFY(j.markSending(run, {{0, 1, QStringLiteral("create"), {}, QStringLiteral("f1"), {}}}));
        QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("wal.sqlite-wal"))).size() > 0);
    }

    void sendingIsCommittedBeforeReturning()
    {
        const QString path = m_dir.filePath(QStringLiteral("commit.sqlite"));
        RunJournal writer;
        RunJournal reader;
        QString error;
        QVERIFY(writer.open(path, &error));
        QVERIFY(reader.open(path, &error));
        const QString run =
            writer.beginRun(QStringLiteral("hash"), QStringLiteral("name"), QStringLiteral("src"));
        QVERIFY(writer.markSending(run,
                                   {{0, 1, QStringLiteral("create"), {}, QStringLiteral("fp1"), {}},
                                    {0,
                                     2,
                                     QStringLiteral("update"),
                                     QStringLiteral("003000000000001AAA"),
                                     QStringLiteral("fp2"),
                                     {}},
                                    {1,
                                     2,
                                     QStringLiteral("delete"),
                                     QStringLiteral("00Q000000000001AAA"),
                                     QStringLiteral("fp2"),
                                     {}}}));
        // Another connection sees the marks at once: they were committed.
        const auto entries = reader.entries(run, 1, 2);
        QCOMPARE(entries.size(), 3);
        const RunJournal::Entry update = entries.value(qMakePair(0, qint64(2)));
        QCOMPARE(update.state, RunJournal::RowState::Sending);
        QCOMPARE(update.kind, QStringLiteral("update"));
        QCOMPARE(update.recordId, QStringLiteral("003000000000001AAA"));
        QCOMPARE(update.fingerprint, QStringLiteral("fp2"));
        QCOMPARE(entries.value(qMakePair(1, qint64(2))).kind, QStringLiteral("delete"));
        QCOMPARE(reader.entries(run, 2, 2).size(), 2);

        // Final outcomes are buffered until flush() (or the next markSending / endRun).
        writer.recordResult(run, result(0, 1, RowOutcome::Created, 201, QStringLiteral("003000000000002AAA")),
                            QStringLiteral("fp1"));
        QCOMPARE(reader.entries(run, 1, 1).value(qMakePair(0, qint64(1))).state,
                 RunJournal::RowState::Sending);
        QVERIFY(writer.flush());
        const RunJournal::Entry done = reader.entries(run, 1, 1).value(qMakePair(0, qint64(1)));
        QCOMPARE(done.state, RunJournal::RowState::Done);
        QCOMPARE(done.outcome, RowOutcome::Created);
        QCOMPARE(done.status, 201);
        QCOMPARE(done.recordId, QStringLiteral("003000000000002AAA"));
        QCOMPARE(reader.countRows(run, RunJournal::RowState::Done), 1);
        QCOMPARE(reader.countRows(run, RunJournal::RowState::Sending), 2);
    }

    void outcomesRoundTrip()
    {
        RunJournal j;
        QString error;
        QVERIFY(j.open(m_dir.filePath(QStringLiteral("outcomes.sqlite")), &error));
        const QString run = j.beginRun(QStringLiteral("hash"), {}, {});
        const QList<RowOutcome> all = {RowOutcome::Created,   RowOutcome::Updated,  RowOutcome::Deleted,
                                       RowOutcome::Ambiguous, RowOutcome::NotFound, RowOutcome::Invalid,
                                       RowOutcome::Failed,    RowOutcome::Skipped,  RowOutcome::Uncertain,
                                       RowOutcome::Unchanged};
        for (int i = 0; i < all.size(); ++i)
            j.recordResult(
                run, result(0, i + 1, all.at(i), 100 + i, {}, QStringLiteral("E%1: it's \"x\"").arg(i)), {});
        QVERIFY(j.flush());
        const auto entries = j.entries(run, 1, all.size());
        for (int i = 0; i < all.size(); ++i) {
            const RunJournal::Entry e = entries.value(qMakePair(0, qint64(i + 1)));
            QCOMPARE(e.outcome, all.at(i));
            QCOMPARE(e.status, 100 + i);
            QCOMPARE(e.error, QStringLiteral("E%1: it's \"x\"").arg(i));
        }
    }

    void runStates()
    {
        RunJournal j;
        QString error;
        QVERIFY(j.open(m_dir.filePath(QStringLiteral("runs.sqlite")), &error));
        QCOMPARE(j.resumableRun(QStringLiteral("A")), QString());
        const QString first = j.beginRun(QStringLiteral("A"), {}, {});
        QCOMPARE(j.runStatus(first), QStringLiteral("running"));
        QCOMPARE(j.resumableRun(QStringLiteral("A")), first);
        QCOMPARE(j.resumableRun(QStringLiteral("B")), QString());
        j.endRun(first, false);
        QCOMPARE(j.runStatus(first), QStringLiteral("interrupted"));
        QCOMPARE(j.resumableRun(QStringLiteral("A")), first);
        j.reopenRun(first);
        QCOMPARE(j.runStatus(first), QStringLiteral("running"));
        j.endRun(first, true);
        QCOMPARE(j.runStatus(first), QStringLiteral("finished"));
        QCOMPARE(j.resumableRun(QStringLiteral("A")), QString());
        // Only the newest run of a config counts: an older interrupted one is not resumed behind a finished
        // one.
        const QString second = j.beginRun(QStringLiteral("A"), {}, {});
        j.endRun(second, false);
        const QString third = j.beginRun(QStringLiteral("A"), {}, {});
        QCOMPARE(j.resumableRun(QStringLiteral("A")), third);
        j.endRun(third, true);
        QCOMPARE(j.resumableRun(QStringLiteral("A")), QString());
    }

    void reopenAfterUncleanClose()
    {
        const QString path = m_dir.filePath(QStringLiteral("crash.sqlite"));
        // A child process writes as a run does and dies without closing anything (no flush, no checkpoint).
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            RunJournal j;
            QString error;
            if (!j.open(path, &error))
                _exit(2);
            const QString run = j.beginRun(QStringLiteral("crash-hash"), {}, {});
            QList<RunJournal::Sending> sending;
            for (int row = 1; row <= 300; ++row)
                sending.append({0, row, QStringLiteral("create"), {}, QStringLiteral("fp"), {}});
            if (!j.markSending(run, sending))
                _exit(3);
            for (int row = 1; row <= 200; ++row)
                j.recordResult(run, result(0, row, RowOutcome::Created, 201, QStringLiteral("id%1").arg(row)),
                               {});
            if (!j.flush())
                _exit(4);
            // Buffered, never flushed: lost with the process, as after a crash.
            for (int row = 201; row <= 250; ++row)
                j.recordResult(run, result(0, row, RowOutcome::Created, 201, QStringLiteral("id%1").arg(row)),
                               {});
            _exit(0);
        }
        int status = -1;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
        // The committed transactions are still in the write-ahead log, not yet in the database file.
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);

        RunJournal j;
        QString error;
        QVERIFY2(j.open(path, &error), qPrintable(error));
        const QString run = j.resumableRun(QStringLiteral("crash-hash"));
        QVERIFY(!run.isEmpty());
        QCOMPARE(j.runStatus(run), QStringLiteral("running"));
        QCOMPARE(j.countRows(run, RunJournal::RowState::Done), 200);
        QCOMPARE(j.countRows(run, RunJournal::RowState::Sending), 100);
        const auto entries = j.entries(run, 199, 201);
        QCOMPARE(entries.value(qMakePair(0, qint64(200))).recordId, QStringLiteral("id200"));
        QCOMPARE(entries.value(qMakePair(0, qint64(201))).state, RunJournal::RowState::Sending);
        // The journal is usable again: the resumed run carries on in it.
        j.reopenRun(run);
        j.recordResult(run, result(0, 201, RowOutcome::Created, 201, QStringLiteral("id201")), {});
        j.endRun(run, false);
        QCOMPARE(j.countRows(run, RunJournal::RowState::Done), 201);
        QCOMPARE(j.runStatus(run), QStringLiteral("interrupted"));
    }
};

QTEST_GUILESS_MAIN(tst_RunJournal)
#include "tst_runjournal.moc"
