#include "benchrunner.h"

#include "benchreport.h"
#include "localorg/data/recordstore.h"
#include "localorg/localorg.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <cstdio>

namespace sfsync::bench {

namespace {

void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

QString jsforceScript()
{
    return QStringLiteral(SFSYNC_SOURCE_DIR "/tests/conformance/bench-jsforce.js");
}

QString jsforceModules()
{
    return QStringLiteral(SFSYNC_SOURCE_DIR "/tests/conformance/node_modules/jsforce");
}

} // namespace

BenchRunner::BenchRunner(const BenchOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_data(options.rows)
{
    const QList<Contender> all {
        {QStringLiteral("reference"), QStringLiteral("reference (query + write per row)"),
         QStringLiteral("reference")},
        {QStringLiteral("rest"), QStringLiteral("sfsync REST"), QStringLiteral("rest")},
        {QStringLiteral("rest-plain"), QStringLiteral("sfsync REST, no Composite"),
         QStringLiteral("rest-plain")},
        {QStringLiteral("bulk"), QStringLiteral("sfsync Bulk"), QStringLiteral("bulk")},
        {QStringLiteral("jsforce"), QStringLiteral("jsforce 3.10.16"), QStringLiteral("jsforce")},
        {QStringLiteral("rest-rerun"), QStringLiteral("sfsync REST, second run, nothing changed"),
         QStringLiteral("rest"), 0},
        {QStringLiteral("rest-rerun10"), QStringLiteral("sfsync REST, second run, 10% changed"),
         QStringLiteral("rest"), 10},
        {QStringLiteral("bulk-rerun"), QStringLiteral("sfsync Bulk, second run, nothing changed"),
         QStringLiteral("bulk"), 0},
        {QStringLiteral("bulk-rerun10"), QStringLiteral("sfsync Bulk, second run, 10% changed"),
         QStringLiteral("bulk"), 10}};
    const QStringList only = options.only.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const Contender &c : all) {
        if (only.isEmpty() || only.contains(c.name))
            m_queue.append(c);
    }
    // A throw-away token for the throw-away orgs; it reaches the children through the environment only.
    m_token =
        QStringLiteral("00D0L0000000000!AQ.bench%1").arg(QRandomGenerator::system()->generate64(), 0, 36);
}

BenchRunner::~BenchRunner()
{
    if (m_child) {
        m_child->disconnect(this);
        m_child->kill();
        m_child->waitForFinished(5000);
    }
}

void BenchRunner::start()
{
    QString error;
    m_csvPath = QDir(m_workDir.path()).filePath(QStringLiteral("bench.csv"));
    if (!m_workDir.isValid() || !m_data.writeCsv(m_csvPath, &error)) {
        say(QStringLiteral("cannot write the data: %1").arg(error));
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished(2); }, Qt::QueuedConnection);
        return;
    }
    say(QStringLiteral(
            "sfsync-bench: %1 rows (upsert Contact, Email OR Legacy_Id__c: %2 new, %3 matching, %4 "
            "ambiguous), %5 ms latency per call, %6 calls in flight")
            .arg(m_options.rows)
            .arg(m_data.expectedCreated())
            .arg(m_data.expectedUpdated())
            .arg(m_data.expectedAmbiguous())
            .arg(m_options.latencyMs)
            .arg(m_options.concurrency));
    QMetaObject::invokeMethod(this, &BenchRunner::runNext, Qt::QueuedConnection);
}

bool BenchRunner::startOrg(QString *error)
{
    localorg::LocalOrgOptions options;
    options.dataDir = QStringLiteral(":memory:");
    options.seed = QStringLiteral("none");
    options.accessToken = m_token;
    options.latencyMs = m_options.latencyMs;
    options.dailyApiLimit = 1000000000; // the reference needs two calls per row; limits are not measured here
    m_org = std::make_unique<localorg::LocalOrg>(options);
    if (!m_org->start(error))
        return false;
    m_seeded = m_data.seed(m_org->records());
    m_org->resetCounters();
    return true;
}

void BenchRunner::runNext()
{
    m_org.reset();
    if (m_queue.isEmpty()) {
        report();
        return;
    }
    m_current = m_queue.takeFirst();
    ContenderResult skipped;
    skipped.name = m_current.name;
    skipped.label = m_current.label;
    skipped.available = false;
    if (m_current.name == QLatin1String("jsforce")) {
        if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
            skipped.note = QStringLiteral("skipped: node is not installed");
        else if (!QFileInfo::exists(jsforceModules()))
            skipped.note = QStringLiteral("skipped: run `npm ci --prefix tests/conformance` first");
        if (!skipped.note.isEmpty()) {
            say(QStringLiteral("%1: %2").arg(m_current.label, skipped.note));
            m_results.append(skipped);
            QMetaObject::invokeMethod(this, &BenchRunner::runNext, Qt::QueuedConnection);
            return;
        }
    }
    QString error;
    if (!startOrg(&error)) {
        skipped.note = QStringLiteral("the local org did not start: %1").arg(error);
        say(skipped.note);
        m_results.append(skipped);
        QMetaObject::invokeMethod(this, &BenchRunner::runNext, Qt::QueuedConnection);
        return;
    }
    // A second run first makes the first: the org then holds what the data says.
    m_firstOfTwo = m_current.rerunChangeEvery >= 0;
    startChild(m_current, m_csvPath);
}

void BenchRunner::startChild(const Contender &contender, const QString &csvPath)
{
    say(QStringLiteral("running %1%2 ...")
            .arg(contender.label, m_firstOfTwo ? QStringLiteral(" (the first run)") : QString()));
    m_child = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SFSYNC_ACCESS_TOKEN"), m_token);
    // Keep the children quiet and their settings away from the user's.
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("sfsync.*.info=false"));
    m_child->setProcessEnvironment(env);
    m_child->setProcessChannelMode(QProcess::ForwardedErrorChannel); // stdout carries the result
    connect(m_child.get(), &QProcess::finished, this, &BenchRunner::childFinished);
    const QString url = m_org->baseUrl().toString();
    const QString workDir =
        QDir(m_workDir.path())
            .filePath(contender.name + (m_firstOfTwo ? QStringLiteral("-first") : QString()));
    QDir().mkpath(workDir);
    m_childClock.start();
    if (contender.name == QLatin1String("jsforce")) {
        m_child->start(QStringLiteral("node"),
                       {jsforceScript(), url, csvPath, QString::number(m_options.concurrency)});
    } else {
        m_child->start(QCoreApplication::applicationFilePath(),
                       {QStringLiteral("--contender"), contender.child, QStringLiteral("--instance-url"), url,
                        QStringLiteral("--csv"), csvPath, QStringLiteral("--work-dir"), workDir,
                        QStringLiteral("--concurrency"), QString::number(m_options.concurrency)});
    }
}

void BenchRunner::childFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_firstOfTwo && status == QProcess::NormalExit && exitCode == 0) {
        // The first run is done: now the second, counted from zero, with the same or partly changed data.
        m_firstOfTwo = false;
        m_child.release()->deleteLater();
        QString csv = m_csvPath;
        if (m_current.rerunChangeEvery > 0) {
            csv = QDir(m_workDir.path())
                      .filePath(QStringLiteral("bench-changed%1.csv").arg(m_current.rerunChangeEvery));
            QString error;
            if (!m_data.writeCsv(csv, &error, m_current.rerunChangeEvery)) {
                say(QStringLiteral("cannot write the data: %1").arg(error));
                Q_EMIT finished(2);
                return;
            }
        }
        m_org->resetCounters();
        startChild(m_current, csv);
        return;
    }
    m_firstOfTwo = false;
    const qint64 outsideMs = m_childClock.elapsed();
    const QList<QByteArray> lines = m_child->readAllStandardOutput().trimmed().split('\n');
    const QJsonObject json = QJsonDocument::fromJson(lines.value(lines.size() - 1)).object();
    ContenderResult r = ContenderResult::fromChildJson(json);
    r.name = m_current.name;
    r.label = m_current.label;
    r.rerunChangeEvery = m_current.rerunChangeEvery;
    r.callsByEndpoint = m_org->apiCallsByEndpoint();
    r.contactsAfter = m_org->records().count(QStringLiteral("Contact"));
    if (json.isEmpty()) {
        r.available = false;
        r.note = QStringLiteral("the contender failed (%1 %2)")
                     .arg(status == QProcess::NormalExit ? QStringLiteral("exit") : QStringLiteral("crash"))
                     .arg(exitCode);
    } else if (status != QProcess::NormalExit || exitCode != 0) {
        // The figures were complete when it ended; the failure on the way out is a bug to fix, not a reason
        // to hide them.
        r.note = QStringLiteral("reported its result, then %1 %2 on exit")
                     .arg(status == QProcess::NormalExit ? QStringLiteral("exited with")
                                                         : QStringLiteral("crashed,"))
                     .arg(status == QProcess::NormalExit ? QString::number(exitCode)
                                                         : QStringLiteral("signal %1").arg(exitCode));
    }
    if (r.available && r.name == QLatin1String("bulk")
        && r.callsByKind().value(QStringLiteral("bulk")) == 0) {
        r.available = false;
        r.note = QStringLiteral("not available: the engine has no Bulk API 2.0 path yet (SyncJob wrote "
                                "through REST with bulk on)");
    }
    say(QStringLiteral("  %1 calls, %2 ms (%3 ms with process start), %4 created, %5 updated, %6 ambiguous, "
                       "%7 unchanged, %8 other%9")
            .arg(r.totalCalls())
            .arg(r.wallMs)
            .arg(outsideMs)
            .arg(r.created)
            .arg(r.updated)
            .arg(r.ambiguous)
            .arg(r.unchanged)
            .arg(r.failed)
            .arg(r.note.isEmpty() ? QString() : QStringLiteral(" - ") + r.note));
    m_results.append(r);
    m_child.release()->deleteLater();
    QMetaObject::invokeMethod(this, &BenchRunner::runNext, Qt::QueuedConnection);
}

void BenchRunner::report()
{
    BenchReport report(m_options, m_data, m_results, m_seeded);
    std::fprintf(stdout, "%s", qPrintable(report.table()));
    std::fflush(stdout);
    int exitCode = 0;
    if (!m_options.jsonPath.isEmpty()) {
        QString error;
        if (!report.writeJson(m_options.jsonPath, &error)) {
            say(QStringLiteral("cannot write %1: %2").arg(m_options.jsonPath, error));
            exitCode = 1;
        }
    }
    Q_EMIT finished(exitCode);
}

} // namespace sfsync::bench
