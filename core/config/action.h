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
    enum class Operation { Create, Update, Upsert, Delete };
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

    [[nodiscard]] QString displayName() const;
    [[nodiscard]] bool needsMatchers() const { return operation != Operation::Create; }
    [[nodiscard]] static QString operationName(Operation operation);
    [[nodiscard]] static bool operationFromName(const QString &name, Operation *operation);
    friend bool operator==(const Action &, const Action &) = default;
};

} // namespace sfsync
