#pragma once

#include "core/salesforce/bulk2/bulk2correlator.h"
#include "core/salesforce/bulk2/bulk2jobinfo.h"
#include "core/salesforce/bulk2/bulk2rowresult.h"
#include "core/salesforce/sferror.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sfsync {

// The per-row results of one Bulk API 2.0 ingest job: which result files can hold rows, every row of those
// files mapped back through the correlator to a row that was sent, and a result for each row that got none
// (docs/salesforce-api.md §3.2). No network: Bulk2IngestJob fetches the files and hands them over, so every
// row comes out with exactly one result however the job ended.
class Bulk2ResultRows
{
public:
    // The result files, named as their endpoints under jobs/ingest/{id}/.
    static const QString SuccessfulResults;
    static const QString FailedResults;
    static const QString UnprocessedRecords;

    explicit Bulk2ResultRows(Bulk2Correlator correlator);

    // The result files of a job that ended as `job` that can hold any of its `rowCount` rows: the counts
    // tell which are empty, so a clean load costs two calls less. All three when the job did not say.
    [[nodiscard]] static QStringList filesToRead(const Bulk2JobInfo &job, int rowCount);

    // Maps the rows of the result files read (file name -> CSV; a file not read is missing). Rows of
    // unprocessedrecords get `jobError`, or NOT_PROCESSED when the job ended without one. Each row left
    // without a result gets Unknown, with `fetchError` (a file could not be read) or NO_RESULT. Returns how
    // many rows were left so.
    int mapFiles(QHash<QString, QByteArray> files, const Bulk2JobInfo &job, const SfError &jobError,
                 const SfError &fetchError);

    // Every row still without a result gets `status` and `error` (the job ended before results could tell).
    void failRemaining(const SfError &error, Bulk2RowResult::Status status);

    [[nodiscard]] int remaining() const { return m_correlator.size(); }
    // The results so far, one per row mapped or failed, in no particular order.
    [[nodiscard]] QList<Bulk2RowResult> takeRows();

private:
    void mapFile(const QString &file, const QByteArray &csv, Bulk2RowResult::Status status,
                 const SfError &notProcessed, const QString &jobId);

    Bulk2Correlator m_correlator;
    QList<Bulk2RowResult> m_rows;
};

} // namespace sfsync
