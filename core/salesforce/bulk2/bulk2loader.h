#pragma once

#include "core/salesforce/bulk2/bulk2correlator.h"
#include "core/salesforce/bulk2/bulk2csvbuilder.h"
#include "core/salesforce/bulk2/bulk2jobresult.h"
#include "core/salesforce/bulk2/bulk2jobspec.h"
#include "core/salesforce/bulk2/bulk2options.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <optional>

namespace sfsync {

class Bulk2IngestJob;
class RestClient;

// Writes a stream of rows through Bulk API 2.0 ingest jobs. Rows go into a CSV as they arrive; when the next
// row would take it over the upload limit (Bulk2Options::maxJobBytes) the part becomes a job of its own and
// starts at once (up to maxConcurrentJobs at a time), while later rows fill the next part. Every row added
// gets exactly one Bulk2RowResult, delivered with its job's jobFinished(); finished() follows the last job
// after finishInput(), or after cancel() once every open job is aborted and read.
//
//   Bulk2Loader loader(&rest, spec);
//   for (...) loader.addRecord(rowTag, fields);   // a refused row returns its error and is not sent
//   loader.finishInput();
//
// Rows that write the same record should not share a load: Salesforce processes a job's rows in parallel
// chunks, in no defined order.
class Bulk2Loader : public QObject
{
    Q_OBJECT
public:
    Bulk2Loader(RestClient *rest, const Bulk2JobSpec &spec, const Bulk2Options &options = {},
                QObject *parent = nullptr);
    ~Bulk2Loader() override;

    // Why the spec cannot be loaded (null when it can); such a loader refuses every row.
    [[nodiscard]] SfError specError() const { return m_specError; }
    [[nodiscard]] const Bulk2JobSpec &spec() const { return m_spec; }

    // Queues a row (cells in spec().columns order). Returns a null error when accepted; refuses rows
    // Salesforce would reject anyway, so they cost no upload: a wrong number of cells, an empty Id or
    // external-ID value, and any row after finishInput() or cancel().
    SfError addRow(quint64 tag, const QStringList &cells);
    // The same from typed values by column name (missing: empty cell, null: "#N/A").
    SfError addRecord(quint64 tag, const QJsonObject &fields);
    // No more rows: sends the last part.
    void finishInput();
    // Aborts every open job on the server; rows already processed are still reported as written.
    void cancel();

    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] qint64 rowsAdded() const { return m_rowsAdded; }
    // Parts sealed but not yet finished (waiting or running): a producer may pause while this is high.
    [[nodiscard]] int pendingJobs() const { return int(m_waiting.size()) + m_running; }
    [[nodiscard]] int jobsStarted() const { return m_jobsStarted; }
    [[nodiscard]] int polls() const { return m_polls; }
    [[nodiscard]] int calls() const { return m_calls; }
    [[nodiscard]] QStringList jobIds() const { return m_jobIds; }

Q_SIGNALS:
    void jobFinished(const sfsync::Bulk2JobResult &result);
    void finished();

private:
    void seal();
    void startWaiting();
    void onJobFinished(Bulk2IngestJob *job, const Bulk2JobResult &result);
    void maybeFinish();

    QPointer<RestClient> m_rest;
    Bulk2JobSpec m_spec;
    Bulk2Options m_options;
    SfError m_specError;
    int m_keyColumn = -1;
    Bulk2CsvBuilder m_builder;
    std::optional<Bulk2Correlator> m_correlator;
    QList<Bulk2IngestJob *> m_waiting;
    int m_running = 0;
    int m_jobsStarted = 0;
    int m_polls = 0;
    int m_calls = 0;
    qint64 m_rowsAdded = 0;
    bool m_inputDone = false;
    bool m_canceled = false;
    bool m_finished = false;
    bool m_finishQueued = false;
    QStringList m_jobIds;
};

} // namespace sfsync
