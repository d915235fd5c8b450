#pragma once

#include "core/config/configissue.h"
#include "core/salesforce/sferror.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace sfsync {

// The end of a SyncJob: counts of row results (one per source row and action), and, when the job could not
// finish normally, why. `category` maps onto sfsync-run's exit codes (app/run/exitcode.h).
struct SyncSummary
{
    enum class Category {
        Ok, // every row succeeded (preview: planned without error)
        RowsFailed, // some rows did not succeed (or the job was cancelled)
        Config, // invalid config, source or metadata mismatch: nothing was sent
        Auth, // authentication failed
        Unreachable, // Salesforce unreachable, or API limits exhausted after retries
    };

    bool preview = false;
    qint64 rows = 0; // source rows read (not multiplied by actions)
    qint64 created = 0;
    qint64 updated = 0;
    qint64 deleted = 0;
    qint64 ambiguous = 0;
    qint64 notFound = 0;
    qint64 invalid = 0;
    qint64 failed = 0;
    qint64 skipped = 0;
    qint64 uncertain = 0; // written or not: the answer was lost and the org could not tell
    qint64 unchanged = 0; // the record already held the row's values: nothing sent (preview: planned so)
    // Preview only: planned writes.
    qint64 plannedCreate = 0;
    qint64 plannedUpdate = 0;
    qint64 plannedDelete = 0;
    int apiCalls = 0;
    qint64 elapsedMs = 0;

    Category category = Category::Ok;
    bool cancelled = false;
    // A run that stopped early (cancel, auth, network, limits, crash) can be continued with resume.
    bool resumable = false;
    SfError fatalError; // set for Auth / Unreachable / a stop on a malformed row
    QList<ConfigIssue> configIssues; // set for Config
    QString runId; // the journal's run id (empty without a journal)

    // The category of a job stopped by `error`, from the one classifier (SfError::kind).
    [[nodiscard]] static Category categoryFor(const SfError &error);
    // {"rows","created","updated","deleted","ambiguous","notFound","failed","skipped","apiCalls","elapsedMs"}
    // plus "invalid", "uncertain", "unchanged", "category" and, when set, "error" / "configErrors" (the
    // runner's --json object).
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static QString categoryName(Category category);
};

} // namespace sfsync

Q_DECLARE_METATYPE(sfsync::SyncSummary)
