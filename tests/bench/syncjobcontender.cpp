#include "syncjobcontender.h"

#include "core/config/jobconfig.h"
#include "core/engine/syncjob.h"
#include "core/salesforce/metadata/metadataservice.h"

#include <QDir>

namespace sfsync::bench {

namespace {

FieldMapping column(const QString &field, const QString &name)
{
    FieldMapping m;
    m.field = field;
    m.column = name;
    return m;
}

} // namespace

SyncJobContender::SyncJobContender(RestClient *rest, const QString &csvPath, const QString &workDir,
                                   const QString &name, int concurrency, QObject *parent)
    : QObject(parent)
    , m_metadata(std::make_unique<MetadataService>(rest, QString()))
{
    JobConfig config;
    config.name = QStringLiteral("sfsync-bench");
    config.source.path = csvPath;
    const bool bulk = name == QLatin1String("bulk");
    const Action action = benchAction(bulk);
    config.actions = {action};
    config.options.concurrency = concurrency;
    config.options.lookupConcurrency = qBound(1, concurrency, 10);
    config.options.composite = name != QLatin1String("rest-plain");

    QDir(workDir).mkpath(name);
    m_job = std::make_unique<SyncJob>(config, rest, m_metadata.get());
    m_job->setMode(SyncJob::Mode::Run);
    m_job->setConcurrency(concurrency);
    m_job->setOutputDirectory(QDir(workDir).filePath(name));
    m_job->setJournalPath(QDir(workDir).filePath(name + QStringLiteral("/journal.sqlite")));
    connect(m_job.get(), &SyncJob::finished, this, [this](const SyncSummary &summary) {
        m_summary = summary;
        Q_EMIT finished();
    });
}

SyncJobContender::~SyncJobContender() = default;

bool SyncJobContender::isOneOf(const QString &name)
{
    return name == QLatin1String("rest") || name == QLatin1String("rest-plain")
        || name == QLatin1String("bulk");
}

Action SyncJobContender::benchAction(bool bulk)
{
    Action action;
    action.name = QStringLiteral("Upsert contacts");
    action.object = QStringLiteral("Contact");
    action.operation = Action::Operation::Upsert;
    action.matchers = {Matcher {QStringLiteral("Email"), QStringLiteral("email"), {}, false},
                       Matcher {QStringLiteral("Legacy_Id__c"), QStringLiteral("legacy_id"), {}, false}};
    action.matcherOperator = Action::MatcherOperator::Or;
    action.fields = {column(QStringLiteral("Email"), QStringLiteral("email")),
                     column(QStringLiteral("Legacy_Id__c"), QStringLiteral("legacy_id")),
                     column(QStringLiteral("FirstName"), QStringLiteral("first_name")),
                     column(QStringLiteral("LastName"), QStringLiteral("last_name"))};
    action.bulk = bulk ? Action::BulkMode::On : Action::BulkMode::Off;
    return action;
}

void SyncJobContender::start()
{
    m_job->start();
}

} // namespace sfsync::bench
