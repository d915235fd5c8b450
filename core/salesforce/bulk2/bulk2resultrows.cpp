#include "core/salesforce/bulk2/bulk2resultrows.h"

#include "core/corelogging.h"
#include "core/salesforce/bulk2/bulk2csvreader.h"

#include <QCoreApplication>
#include <utility>

namespace sfsync {

namespace {

// Free functions' strings, under the context the runtime looks them up in (lupdate reads the
// macro's argument; a free tr() helper would file them under the namespace).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sfsync::Bulk2ResultRows)
};

} // namespace

const QString Bulk2ResultRows::SuccessfulResults = QStringLiteral("successfulResults");
const QString Bulk2ResultRows::FailedResults = QStringLiteral("failedResults");
const QString Bulk2ResultRows::UnprocessedRecords = QStringLiteral("unprocessedrecords");

Bulk2ResultRows::Bulk2ResultRows(Bulk2Correlator correlator)
    : m_correlator(std::move(correlator))
{ }

QStringList Bulk2ResultRows::filesToRead(const Bulk2JobInfo &job, int rowCount)
{
    const qint64 processed = job.numberRecordsProcessed;
    const qint64 failed = job.numberRecordsFailed;
    const bool countsKnown = processed >= 0 && failed >= 0;
    QStringList files;
    if (!countsKnown || processed - failed > 0)
        files.append(SuccessfulResults);
    if (!countsKnown || failed > 0)
        files.append(FailedResults);
    if (!countsKnown || job.state != QLatin1String("JobComplete") || processed < rowCount)
        files.append(UnprocessedRecords);
    return files;
}

int Bulk2ResultRows::mapFiles(QHash<QString, QByteArray> files, const Bulk2JobInfo &job,
                              const SfError &jobError, const SfError &fetchError)
{
    // One result per row: sized once, since a job may hold tens of thousands of rows.
    m_rows.reserve(m_rows.size() + m_correlator.size());
    SfError notProcessed = jobError;
    if (notProcessed.isNull())
        notProcessed = SfError {0,
                                QStringLiteral("NOT_PROCESSED"),
                                Text::tr("Salesforce did not process this row (job %1)").arg(job.state),
                                {}};
    mapFile(SuccessfulResults, files.take(SuccessfulResults), Bulk2RowResult::Status::Succeeded, notProcessed,
            job.id);
    mapFile(FailedResults, files.take(FailedResults), Bulk2RowResult::Status::Failed, notProcessed, job.id);
    mapFile(UnprocessedRecords, files.take(UnprocessedRecords), Bulk2RowResult::Status::NotProcessed,
            notProcessed, job.id);
    const int left = m_correlator.size();
    if (left > 0) {
        SfError why = fetchError;
        if (why.isNull())
            why = SfError {
                500,
                QStringLiteral("NO_RESULT"),
                Text::tr("Salesforce returned no result for this row; it may or may not have been written"),
                {}};
        qCWarning(lcCoreBulk) << left << "rows of bulk job" << job.id << "without a result";
        failRemaining(why, Bulk2RowResult::Status::Unknown);
    }
    return left;
}

void Bulk2ResultRows::mapFile(const QString &file, const QByteArray &csv, Bulk2RowResult::Status status,
                              const SfError &notProcessed, const QString &jobId)
{
    if (csv.isEmpty())
        return;
    Bulk2CsvReader reader(csv);
    QStringList header;
    if (!reader.next(&header))
        return;
    const int idColumn = int(header.indexOf(QStringLiteral("sf__Id")));
    const int createdColumn = int(header.indexOf(QStringLiteral("sf__Created")));
    const int errorColumn = int(header.indexOf(QStringLiteral("sf__Error")));
    const QList<int> positions = m_correlator.mapHeader(header);
    int unmatched = 0;
    QStringList cells;
    while (reader.next(&cells)) {
        const std::optional<quint64> tag = m_correlator.take(cells, positions);
        if (!tag) {
            ++unmatched;
            continue;
        }
        Bulk2RowResult row;
        row.tag = *tag;
        row.status = status;
        if (idColumn >= 0)
            row.id = cells.value(idColumn);
        if (status == Bulk2RowResult::Status::Succeeded)
            row.created = cells.value(createdColumn).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        else if (status == Bulk2RowResult::Status::Failed)
            row.error = Bulk2RowResult::parseError(cells.value(errorColumn));
        else
            row.error = notProcessed;
        m_rows.append(row);
    }
    if (!reader.errorString().isEmpty())
        qCWarning(lcCoreBulk) << file << "of bulk job" << jobId << "unreadable:" << reader.errorString();
    if (unmatched > 0)
        qCWarning(lcCoreBulk) << unmatched << "rows of" << file << "match no row sent";
}

void Bulk2ResultRows::failRemaining(const SfError &error, Bulk2RowResult::Status status)
{
    const QList<quint64> tags = m_correlator.remaining();
    m_correlator = Bulk2Correlator({}, -1, false);
    m_rows.reserve(m_rows.size() + tags.size());
    for (const quint64 tag : tags) {
        Bulk2RowResult row;
        row.tag = tag;
        row.status = status;
        row.error = error;
        m_rows.append(row);
    }
}

QList<Bulk2RowResult> Bulk2ResultRows::takeRows()
{
    return std::exchange(m_rows, {});
}

} // namespace sfsync
