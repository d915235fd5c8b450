#pragma once

#include "core/config/jobconfig.h"
#include "core/engine/syncjob.h"
#include "core/salesforce/metadata/metadataservice.h"
#include "localorg/data/recordstore.h"
#include "tests/testsupport/testorg.h"

#include <QFile>
#include <QSignalSpy>
#include <QStringList>
#include <memory>

namespace sfsync::test {

// The in-process local org, a RestClient in front of it (through the recording FakeNetworkAccessManager) and
// a MetadataService: what every end-to-end engine suite starts from.
struct EngineOrg
{
    TestOrg org;
    std::unique_ptr<MetadataService> metadata;

    bool start()
    {
        if (!org.start())
            return false;
        // Tests that provoke transient failures should not wait for production backoffs.
        org.rest().setRetryPolicy(RetryPolicy {5, 5, 20});
        metadata = std::make_unique<MetadataService>(&org.rest(), QString());
        return true;
    }
    localorg::RecordStore &records() { return org.org().records(); }
    RestClient *rest() { return &org.rest(); }
};

// Starts `job`, waits for finished() and returns its summary (an empty one on a timeout).
inline SyncSummary runJob(SyncJob &job, QList<RowResult> *results = nullptr)
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

inline QString writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(content);
    return path;
}

inline QStringList readLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

inline Matcher columnMatcher(const QString &field, const QString &column)
{
    return Matcher {field, column, {}, false};
}

inline FieldMapping columnField(const QString &field, const QString &column)
{
    return FieldMapping {field, column, {}, false, false};
}

// A one-action config reading `csv`.
inline JobConfig oneAction(const QString &csv, const QString &object, Action::Operation operation,
                           const QList<Matcher> &matchers, const QList<FieldMapping> &fields,
                           Action::MatcherOperator op = Action::MatcherOperator::Or)
{
    JobConfig c;
    c.source.path = csv;
    Action a;
    a.name = QStringLiteral("a");
    a.object = object;
    a.operation = operation;
    a.matchers = matchers;
    a.matcherOperator = op;
    a.fields = fields;
    c.actions.append(a);
    return c;
}

// "outcome status" per result, for compact comparisons.
inline QStringList outcomes(const QList<RowResult> &results)
{
    QStringList out;
    for (const RowResult &r : results)
        out.append(RowResult::outcomeName(r.outcome) + QLatin1Char(' ') + QString::number(r.status));
    return out;
}

// Requests whose URL path contains `part` and whose method is `method` (any method when empty).
inline int requestCount(const FakeNetworkAccessManager &network, const QByteArray &method,
                        const QString &part)
{
    int n = 0;
    for (const FakeNetworkAccessManager::Request &r : network.requests()) {
        if ((method.isEmpty() || r.method == method) && r.url.path().contains(part))
            ++n;
    }
    return n;
}

} // namespace sfsync::test
