#pragma once

#include "core/config/fieldmapping.h"
#include "core/config/matcher.h"
#include "core/salesforce/salesforcelimits.h"

#include <QList>
#include <QString>

namespace sfsync {

// One action of a job: what to do with every source row on one sObject.
struct Action
{
    // HardDelete: like Delete, but the records skip the recycle bin (Bulk API 2.0 only, needs the user's
    // "Bulk API Hard Delete" permission).
    enum class Operation { Create, Update, Upsert, Delete, HardDelete };
    enum class MatcherOperator { Or, And };
    enum class EmptyAs { Skip, Null }; // an empty cell leaves the field unchanged (skip) or clears it (null)
    enum class BulkMode { Auto, On, Off };

    QString name;
    QString object;
    Operation operation = Operation::Upsert;
    QList<Matcher> matchers;
    MatcherOperator matcherOperator = MatcherOperator::Or;
    QList<FieldMapping> fields;

    EmptyAs emptyAs = EmptyAs::Skip;
    QString dateFormat; // extra accepted date format (Qt syntax, e.g. "dd.MM.yyyy"); ISO 8601 always works
    QString dateTimeFormat; // extra accepted datetime format (Qt syntax, e.g. "dd.MM.yyyy HH:mm")
    QString timeZone; // IANA id for datetimes without an offset; empty = UTC
    int batchSize = SalesforceLimits::CollectionsRecords; // records per sObject Collections call (1..200)
    // Bulk API 2.0 for the writes: auto (from bulkThreshold source rows on), on, off.
    BulkMode bulk = BulkMode::Auto;
    static constexpr int DefaultBulkThreshold = 2000;
    static constexpr int MaxBulkThreshold = 100000; // rows held back while auto decides
    int bulkThreshold = DefaultBulkThreshold;
    // Update and upsert: a row whose values the matched record already holds is not sent (outcome
    // `unchanged`). Off: every matched row is written.
    bool skipUnchanged = true;
    // HardDelete: the config's own confirmation that its records may be erased for good; without it (or
    // sfsync-run --yes, or the GUI's question answered) the job is refused before anything is sent.
    bool confirmHardDelete = false;

    [[nodiscard]] QString displayName() const;
    [[nodiscard]] bool needsMatchers() const { return operation != Operation::Create; }
    // Delete or hardDelete: the row's record goes, nothing is written to it.
    [[nodiscard]] bool deletes() const
    {
        return operation == Operation::Delete || operation == Operation::HardDelete;
    }
    [[nodiscard]] static QString operationName(Operation operation);
    [[nodiscard]] static bool operationFromName(const QString &name, Operation *operation);
    friend bool operator==(const Action &, const Action &) = default;
};

} // namespace sfsync
