#include "tests/testsupport/engineorg.h"

#include <QSignalSpy>

namespace sfsync::test {

bool EngineOrg::start()
{
    if (!org.start())
        return false;
    org.rest().setRetryPolicy(RetryPolicy {5, 5, 20});
    metadata = std::make_unique<MetadataService>(&org.rest(), QString());
    return true;
}

SyncSummary runJob(SyncJob &job, QList<RowResult> *results)
{
    QSignalSpy finished(&job, &SyncJob::finished);
    if (results)
        QObject::connect(&job, &SyncJob::rowFinished, &job,
                         [results](const RowResult &r) { results->append(r); });
    job.start();
    if (!finished.wait(120000))
        return {};
    return finished.first().first().value<SyncSummary>();
}

QStringList outcomes(const QList<RowResult> &results)
{
    QStringList out;
    for (const RowResult &r : results)
        out.append(RowResult::outcomeName(r.outcome) + QLatin1Char(' ') + QString::number(r.status));
    return out;
}

} // namespace sfsync::test
