#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace sfsync {

// What finally happened to one source row for one action (results.csv `outcome`). Uncertain: the write's
// answer was lost and the org could not tell whether it happened (the error says what to check); such a
// row is never sent again by itself. Unchanged: the matched record already held every value (skipUnchanged),
// so nothing was sent.
enum class RowOutcome {
    Created,
    Updated,
    Deleted,
    Ambiguous,
    NotFound,
    Invalid,
    Failed,
    Skipped,
    Uncertain,
    Unchanged
};

// What a preview plans for one source row and action (preview.csv `planned`).
enum class RowPlan { Create, Update, Delete, Ambiguous, NotFound, Invalid, Unchanged };

// One field of a planned write: the record's current value (when a record was matched) and the new one.
struct FieldChange
{
    QString field;
    QString oldValue; // as Salesforce returned it; empty for a create or an empty field
    QString newValue; // as it will be sent; empty when the field is cleared
    bool unchanged = false;
};

// The one result of one source row for one action. Preview fills `plan`, `matches` and `changes`;
// a run fills `outcome`, `status`, `id` and `error`. `cells` are the row's original source cells.
struct RowResult
{
    qint64 row = 0; // 1-based data row of the source
    int actionIndex = 0;
    QString actionName;
    bool preview = false;
    RowOutcome outcome = RowOutcome::Skipped;
    RowPlan plan = RowPlan::Invalid;
    int status = 0; // 201, 200, 204, 304 (unchanged), 300, 404, 400, or the HTTP status / 500 of a failure
    QString id; // the record written (created id, updated or deleted id)
    QStringList matches; // matched record Ids (preview; also kept for ambiguous rows of a run)
    QList<FieldChange> changes;
    QString error; // "ERROR_CODE: message"
    QStringList cells;

    [[nodiscard]] bool succeeded() const;
    // The words used in result files: "created", "not_found", ...; "create", "ambiguous", ...
    [[nodiscard]] static QString outcomeName(RowOutcome outcome);
    [[nodiscard]] static QString planName(RowPlan plan);
    [[nodiscard]] static int statusFor(RowOutcome outcome);
    // `Field: old -> new` joined by "; "; unchanged fields read `Field: value (unchanged)`.
    [[nodiscard]] QString changesText() const;
};

} // namespace sfsync

Q_DECLARE_METATYPE(sfsync::RowResult)
