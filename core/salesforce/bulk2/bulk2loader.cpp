#include "core/salesforce/bulk2/bulk2loader.h"

#include "core/corelogging.h"
#include "core/salesforce/bulk2/bulk2ingestjob.h"
#include "core/salesforce/restclient.h"

#include <QTimer>

namespace sfsync {

Bulk2Loader::Bulk2Loader(RestClient *rest, const Bulk2JobSpec &spec, const Bulk2Options &options,
                         QObject *parent)
    : QObject(parent)
    , m_rest(rest)
    , m_spec(spec)
    , m_options(options)
    , m_specError(spec.validate())
    , m_keyColumn(spec.keyColumn())
    , m_builder(spec.columns, options.maxJobBytes)
{
    qRegisterMetaType<sfsync::Bulk2JobResult>();
}

Bulk2Loader::~Bulk2Loader()
{
    qDeleteAll(m_waiting);
}

SfError Bulk2Loader::addRow(quint64 tag, const QStringList &cells)
{
    if (!m_specError.isNull())
        return m_specError;
    if (m_inputDone || m_canceled)
        return SfError {0, QStringLiteral("LOAD_CLOSED"), tr("The bulk load takes no more rows"), {}};
    if (cells.size() != m_spec.columns.size())
        return SfError {
            400,
            QStringLiteral("INVALID_ROW"),
            tr("The row has %1 values for %2 columns").arg(cells.size()).arg(m_spec.columns.size()),
            {}};
    if (m_keyColumn >= 0) {
        const QString &key = cells.at(m_keyColumn);
        if (key.isEmpty() || key == QLatin1String("#N/A"))
            return SfError {400,
                            QStringLiteral("MISSING_ARGUMENT"),
                            tr("%1 not specified").arg(m_spec.columns.at(m_keyColumn)),
                            {m_spec.columns.at(m_keyColumn)}};
    }
    if (!m_builder.append(cells)) {
        seal();
        m_builder.append(cells); // an empty part takes any row
    }
    if (!m_correlator) {
        const bool keyIsId = m_keyColumn >= 0
            && m_spec.columns.at(m_keyColumn).compare(QLatin1String("Id"), Qt::CaseInsensitive) == 0;
        m_correlator.emplace(m_spec.columns, m_keyColumn, keyIsId);
    }
    m_correlator->add(tag, cells);
    ++m_rowsAdded;
    return {};
}

SfError Bulk2Loader::addRecord(quint64 tag, const QJsonObject &fields)
{
    QStringList cells;
    cells.reserve(m_spec.columns.size());
    for (const QString &column : std::as_const(m_spec.columns))
        cells.append(Bulk2CsvBuilder::cellText(fields.value(column)));
    return addRow(tag, cells);
}

void Bulk2Loader::seal()
{
    if (m_builder.isEmpty() || !m_correlator)
        return;
    auto *job =
        new Bulk2IngestJob(m_rest, m_spec, m_builder.take(), std::move(*m_correlator), m_options, this);
    m_correlator.reset();
    connect(job, &Bulk2IngestJob::finished, this,
            [this, job](const Bulk2JobResult &result) { onJobFinished(job, result); });
    m_waiting.append(job);
    if (m_canceled)
        job->cancel();
    startWaiting();
}

void Bulk2Loader::startWaiting()
{
    while (!m_waiting.isEmpty() && (m_running < qMax(1, m_options.maxConcurrentJobs) || m_canceled)) {
        Bulk2IngestJob *job = m_waiting.takeFirst();
        ++m_running;
        ++m_jobsStarted;
        job->start();
    }
}

void Bulk2Loader::onJobFinished(Bulk2IngestJob *job, const Bulk2JobResult &result)
{
    --m_running;
    m_polls += result.polls;
    m_calls += result.calls;
    if (!result.info.id.isEmpty())
        m_jobIds.append(result.info.id);
    job->deleteLater();
    Q_EMIT jobFinished(result);
    startWaiting();
    maybeFinish();
}

void Bulk2Loader::finishInput()
{
    if (m_inputDone)
        return;
    m_inputDone = true;
    seal();
    maybeFinish();
}

void Bulk2Loader::cancel()
{
    if (m_canceled || m_finished)
        return;
    m_canceled = true;
    m_inputDone = true;
    qCInfo(lcCoreBulk) << "canceling the bulk load";
    // Rows not yet sealed still get their result (not processed) through a job that ends at once.
    seal();
    const auto jobs = findChildren<Bulk2IngestJob *>(Qt::FindDirectChildrenOnly);
    for (Bulk2IngestJob *job : jobs)
        job->cancel();
    startWaiting();
    maybeFinish();
}

void Bulk2Loader::maybeFinish()
{
    if (m_finished || m_finishQueued || !m_inputDone || m_running > 0 || !m_waiting.isEmpty())
        return;
    // Later, so a caller of finishInput() or cancel() sees finished() only after returning.
    m_finishQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_finished = true;
        Q_EMIT finished();
    });
}

} // namespace sfsync
