#pragma once

#include "core/engine/journalentry.h"
#include "core/engine/rowresult.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

namespace sfsync {

// The run journal: one SQLite file (WAL) holding every run and, as it happens, each row's state, so an
// interrupted run (crash, kill, network loss) can be resumed without writing a record twice or skipping one.
//
// Write-ahead: a row is marked `sending` (with what is being sent) in a committed transaction BEFORE its call
// goes out, and `done` with its outcome when the answer came. A row still `sending` after a crash may or may
// not have been written; resume re-checks it (creates are looked up before being created again).
//
// WAL with synchronous=FULL: a commit survives a crash of sfsync and a power loss, so a `sending` mark is
// never lost after its call went out (a lost mark on a create-only action would mean a duplicate record).
class RunJournal
{
public:
    using RowState = JournalEntry::State;
    using Entry = JournalEntry;

    RunJournal();
    ~RunJournal();
    RunJournal(const RunJournal &) = delete;
    RunJournal &operator=(const RunJournal &) = delete;

    // Default location: <AppDataLocation>/journal.sqlite.
    [[nodiscard]] static QString defaultPath();

    bool open(const QString &path, QString *error);
    [[nodiscard]] bool isOpen() const;

    // A new run of a config (status "running"); returns its id.
    QString beginRun(const QString &configHash, const QString &configName, const QString &sourcePath);
    // The newest run of this config that did not finish (crashed or stopped); empty when none.
    [[nodiscard]] QString resumableRun(const QString &configHash) const;
    void reopenRun(const QString &runId);
    // "finished" (every row has its final result) or "interrupted" (resumable).
    void endRun(const QString &runId, bool complete);
    [[nodiscard]] QString runStatus(const QString &runId) const;

    // Entries of rows [firstRow, lastRow] of a run, keyed by (action, row).
    [[nodiscard]] QHash<QPair<int, qint64>, Entry> entries(const QString &runId, qint64 firstRow,
                                                           qint64 lastRow) const;

    struct Sending
    {
        int action = 0;
        qint64 row = 0;
        QString kind;
        QString recordId;
        QString fingerprint;
        QDateTime sentAt; // the org's clock
    };
    // Committed before returning: the caller may send afterwards.
    bool markSending(const QString &runId, const QList<Sending> &rows);
    // Final outcomes (buffered; committed by flush(), which markSending() and endRun() also do).
    void recordResult(const QString &runId, const RowResult &result, const QString &fingerprint);
    // The text form of a row's fingerprint as the journal stores it.
    [[nodiscard]] static QString fingerprintText(quint64 fingerprint)
    {
        return QString::number(fingerprint, 16);
    }
    bool flush();

    [[nodiscard]] int countRows(const QString &runId, RowState state) const;
    // Whether a row of the run ended with this record (its 18-character Id): a record the run knows it
    // wrote, when a resumed run reads back what an interrupted one may have created.
    [[nodiscard]] bool knowsRecord(const QString &runId, const QString &recordId) const;

    // The value of an SQLite PRAGMA on this connection ("journal_mode", "synchronous"), for diagnostics.
    [[nodiscard]] QVariant pragma(const QString &name) const;

private:
    bool addColumnIfMissing(const QString &column, const QString &type);
    [[nodiscard]] QDateTime runStart(const QString &runId) const;

    class Private;
    Private *d;
};

} // namespace sfsync
