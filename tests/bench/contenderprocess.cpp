#include "contenderprocess.h"

#include "core/salesforce/auth/accesstokencredentials.h"
#include "core/salesforce/connection.h"
#include "core/salesforce/restclient.h"
#include "peakrss.h"
#include "referencestrategy.h"
#include "syncjobcontender.h"

#include <QJsonDocument>
#include <QTimer>
#include <cstdio>

namespace sfsync::bench {

ContenderProcess::ContenderProcess(const BenchOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_connection(std::make_unique<Connection>())
{
    m_result.name = options.contender;
}

ContenderProcess::~ContenderProcess()
{
    m_reference.reset();
    m_syncJob.reset();
    m_rest.reset();
}

void ContenderProcess::fail(const QString &message)
{
    std::fprintf(stderr, "sfsync-bench (%s): %s\n", qPrintable(m_options.contender), qPrintable(message));
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(1); });
}

void ContenderProcess::start()
{
    const SfError urlError = m_connection->setInstanceUrl(m_options.instanceUrl);
    if (!urlError.isNull()) {
        fail(urlError.toString());
        return;
    }
    AccessTokenCredentials *credentials = AccessTokenCredentials::fromEnvironment();
    if (!credentials) {
        fail(QStringLiteral("SFSYNC_ACCESS_TOKEN is not set"));
        return;
    }
    m_connection->setCredentials(credentials);
    m_connection->setApiVersion(QStringLiteral("62.0"));
    m_rest = std::make_unique<RestClient>(m_connection.get(), &m_network);
    m_rest->setMaxConcurrent(m_options.concurrency);

    m_clock.start();
    if (m_options.contender == QLatin1String("reference")) {
        m_reference =
            std::make_unique<ReferenceStrategy>(m_rest.get(), m_options.csvPath, m_options.concurrency);
        connect(m_reference.get(), &ReferenceStrategy::finished, this, &ContenderProcess::done);
        m_reference->start();
    } else if (SyncJobContender::isOneOf(m_options.contender)) {
        m_syncJob = std::make_unique<SyncJobContender>(m_rest.get(), m_options.csvPath, m_options.workDir,
                                                       m_options.contender, m_options.concurrency);
        connect(m_syncJob.get(), &SyncJobContender::finished, this, &ContenderProcess::done);
        m_syncJob->start();
    } else {
        fail(QStringLiteral("unknown contender %1").arg(m_options.contender));
    }
}

void ContenderProcess::done()
{
    m_result.wallMs = m_clock.elapsed();
    if (m_reference) {
        m_result.created = m_reference->created();
        m_result.updated = m_reference->updated();
        m_result.ambiguous = m_reference->ambiguous();
        m_result.failed = m_reference->failed();
        m_result.note = m_reference->error();
    } else if (m_syncJob) {
        const SyncSummary &s = m_syncJob->summary();
        m_result.created = s.created;
        m_result.updated = s.updated;
        m_result.ambiguous = s.ambiguous;
        m_result.unchanged = s.unchanged;
        m_result.failed = s.failed + s.invalid + s.notFound + s.skipped;
        if (!s.fatalError.isNull())
            m_result.note = s.fatalError.toString();
        else if (!s.configIssues.isEmpty())
            m_result.note = s.configIssues.first().toString();
    }
    m_result.peakRssKiB = PeakRss::selfKiB();
    const QByteArray line = QJsonDocument(m_result.childJson()).toJson(QJsonDocument::Compact);
    std::fprintf(stdout, "%s\n", line.constData());
    std::fflush(stdout);
    Q_EMIT finished(0);
}

} // namespace sfsync::bench
