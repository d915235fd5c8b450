#pragma once

#include "core/engine/fieldvalues.h"
#include "core/engine/packedcells.h"
#include "core/engine/parkedrow.h"
#include "core/engine/parkedrowstore.h"
#include "core/engine/rowresult.h"
#include "core/engine/writekind.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace sfsync {

struct CreatedRecord; // createdrecord.h
struct JournalEntry; // journalentry.h

// What became of a row, as far as the engine fills it in on the way (the rest of RowResult is made when the
// result leaves).
struct WorkOutcome
{
    RowOutcome outcome = RowOutcome::Skipped;
    int status = 0;
    QString id;
    QString error;
};

// One source row for one action on its way through the engine (engine-internal). Up to a Bulk API 2.0 job's
// worth of them wait at once, so what is rarely needed is not kept inline, what a waiting row needs again
// later goes to a ParkedRowStore (park()), and the flags sit together.
struct WorkItem
{
    using Kind = WriteKind;

    quint64 seq = 0; // position in source order (row, then action)
    qint64 row = 0;
    quint64 fingerprint = 0; // of the cells, when a journal is kept
    int action = 0;
    RowPlan plan = RowPlan::Invalid;
    PackedCells cells; // empty while parked

    // Typed values: one per matcher (Undefined when the cell is empty), and the fields to write. Both empty
    // while parked.
    QList<QJsonValue> matcherValues;
    FieldValues fields;
    ParkedBytes parked; // where park() put cells, fields and matcher values (move-only: so is WorkItem)

    // Per field mapping by a parent's key (ParentResolver's links): the typed key, Undefined when empty.
    // Cleared once the parents' Ids are in `fields`.
    QList<QJsonValue> parentKeys;
    // Resume: what the interrupted run recorded for this row. Shared (never shared in fact) so that
    // WorkItem compiles without the journal's types.
    std::shared_ptr<const JournalEntry> journal;

    QString error; // "CODE: message" for invalid / ambiguous / not found
    QStringList matches;
    QJsonObject matchedRecord;
    QString targetId;
    QString upsertKey; // native upsert: the external ID's match key (keeps rows sharing it in order)
    std::shared_ptr<CreatedRecord> created; // the in-run record this row creates, or updates

    // Execution.
    int attempts = 0;
    int unprocessedJobs = 0; // bulk jobs that ended without processing the row
    qint64 notBeforeMs = 0; // retry backoff, against the executor's clock
    WorkOutcome result;

    bool parentFailed = false; // its key found no parent or several: planned invalid, ends `failed`
    bool needsLookup = false;
    bool resumeChecked = false; // a row the interrupted run was sending: the org was read back first
    bool nativeUpsert = false;
    // The matched org record already holds every value of `fields` (skipUnchanged). SyncJob makes the row
    // Unchanged unless an earlier row of the run writes the same record (UnchangedRows).
    bool holdsValues = false;
    bool creator = false;
    bool inFlight = false;
    bool queued = false; // in the executor's queue
    bool uncertain = false; // may have been written: keep the journal's "sending" so resume re-checks
    bool answerLost = false; // an attempt's answer was lost (a later ENTITY_IS_DELETED is then its own)
    bool fromJournal = false;
    bool finished = false;

    // A row waiting for a Bulk API 2.0 job keeps its cells, values and matcher values in `store` until it
    // is sent and its result is written. Parking again (after a retry) keeps what is stored.
    void park(ParkedRowStore *store)
    {
        if (!store || (!parked.isNull() && fields.isEmpty() && cells.isEmpty())) {
            if (!parked.isNull())
                matcherValues = {}; // brought back by unparkMatchers(); what is stored is unchanged
            return;
        }
        if (!parked.isNull()) {
            // New values after an earlier park: what they do not replace comes from the stored row.
            const ParkedRow before = unparked();
            if (cells.isEmpty())
                cells = before.cells;
            if (matcherValues.isEmpty())
                matcherValues = before.matcherValues;
        }
        parked = ParkedBytes(store, ParkedRow {cells, fields, matcherValues}.toBytes());
        cells = PackedCells();
        fields = FieldValues();
        matcherValues = {};
    }
    // Brings back the matcher values park() stored.
    void unparkMatchers()
    {
        if (!parked.isNull() && matcherValues.isEmpty())
            matcherValues = unparked().matcherValues;
    }
    // The values to send.
    [[nodiscard]] FieldValues sendingFields() const { return parked.isNull() ? fields : unparked().fields; }
    // The source cells, for the result row.
    [[nodiscard]] QStringList sourceCells() const
    {
        return parked.isNull() ? cells.unpack() : unparked().cells.unpack();
    }

    [[nodiscard]] ParkedRow unparked() const { return ParkedRow::fromBytes(parked.bytes()); }

    [[nodiscard]] Kind kind() const
    {
        if (nativeUpsert)
            return plan == RowPlan::Create ? Kind::Upsert : Kind::None;
        switch (plan) {
        case RowPlan::Create:
            return Kind::Create;
        case RowPlan::Update:
            return Kind::Update;
        case RowPlan::Delete:
            return Kind::Delete;
        default:
            return Kind::None;
        }
    }
};

} // namespace sfsync
