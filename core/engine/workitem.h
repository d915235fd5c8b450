#pragma once

#include "core/engine/fieldvalues.h"
#include "core/engine/packedcells.h"
#include "core/engine/rowresult.h"
#include "core/engine/writekind.h"

#include <QCborArray>
#include <QCborValue>
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
// worth of them wait in memory at once, so what is rarely needed is not kept inline.
struct WorkItem
{
    using Kind = WriteKind;

    quint64 seq = 0; // position in source order (row, then action)
    qint64 row = 0;
    int action = 0;
    PackedCells cells;
    quint64 fingerprint = 0; // of the cells, when a journal is kept

    // Typed values: one per matcher (Undefined when the cell is empty), and the fields to write.
    QList<QJsonValue> matcherValues;
    FieldValues fields;
    QByteArray parkedFields; // `fields` while the row waits for a Bulk API 2.0 job (park())
    QByteArray parkedMatchers; // `matcherValues` kept by a create while it waits (park())

    // Per field mapping by a parent's key (ParentResolver's links): the typed key, Undefined when empty.
    // Cleared once the parents' Ids are in `fields`.
    QList<QJsonValue> parentKeys;
    bool parentFailed = false; // its key found no parent or several: planned invalid, ends `failed`

    bool needsLookup = false;
    bool resumeChecked = false; // a row the interrupted run was sending: the org was read back first
    // Resume: what the interrupted run recorded for this row. Shared (never shared in fact) so that
    // WorkItem compiles without the journal's types.
    std::shared_ptr<const JournalEntry> journal;

    RowPlan plan = RowPlan::Invalid;
    QString error; // "CODE: message" for invalid / ambiguous / not found
    QStringList matches;
    QJsonObject matchedRecord;
    QString targetId;
    QString upsertKey; // native upsert: the external ID's match key (keeps rows sharing it in order)
    bool nativeUpsert = false;
    // The matched org record already holds every value of `fields` (skipUnchanged). SyncJob makes the row
    // Unchanged unless an earlier row of the run writes the same record (UnchangedRows).
    bool holdsValues = false;
    std::shared_ptr<CreatedRecord> created; // the in-run record this row creates, or updates
    bool creator = false;

    // Execution.
    int attempts = 0;
    int unprocessedJobs = 0; // bulk jobs that ended without processing the row
    qint64 notBeforeMs = 0; // retry backoff, against the executor's clock
    bool inFlight = false;
    bool queued = false; // in the executor's queue
    bool uncertain = false; // may have been written: keep the journal's "sending" so resume re-checks
    bool answerLost = false; // an attempt's answer was lost (a later ENTITY_IS_DELETED is then its own)
    bool fromJournal = false;
    WorkOutcome result;
    bool finished = false;

    // A row waiting to be sent keeps its values packed, at a fraction of the memory.
    void park()
    {
        if (!fields.isEmpty()) {
            parkedFields = fields.toPacked();
            fields = FieldValues();
        }
        if (!matcherValues.isEmpty()) {
            QCborArray values;
            for (const QJsonValue &v : std::as_const(matcherValues))
                values.append(v.isUndefined() ? QCborValue(QCborSimpleType::Undefined)
                                              : QCborValue::fromJsonValue(v));
            parkedMatchers = values.toCborValue().toCbor();
            matcherValues = {};
        }
    }
    // Brings back the matcher values park() packed.
    void unparkMatchers()
    {
        if (parkedMatchers.isEmpty())
            return;
        matcherValues.clear();
        for (const QCborValue &v : QCborValue::fromCbor(parkedMatchers).toArray())
            matcherValues.append(v.isUndefined() ? QJsonValue(QJsonValue::Undefined) : v.toJsonValue());
        parkedMatchers.clear();
    }
    // The values to send (unpacked when parked).
    [[nodiscard]] FieldValues sendingFields() const
    {
        return parkedFields.isEmpty() ? fields : FieldValues::fromPacked(parkedFields);
    }

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
