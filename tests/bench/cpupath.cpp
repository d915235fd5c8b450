#include "cpupath.h"

#include "benchdata.h"
#include "core/config/valueconverter.h"
#include "core/engine/planner.h"
#include "core/engine/workitem.h"
#include "core/salesforce/auth/accesstokencredentials.h"
#include "core/salesforce/connection.h"
#include "core/salesforce/metadata/metadataservice.h"
#include "core/salesforce/restclient.h"
#include "core/salesforce/soql/lookupquerybuilder.h"
#include "core/source/csvsource.h"
#include "localorg/localorg.h"
#include "peakrss.h"
#include "syncjobcontender.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <cstdio>
#include <vector>

namespace sfsync::bench {

namespace {

constexpr int RowsPerBatch = 200;

struct Phase
{
    QString name;
    qint64 rows = 0;
    qint64 cpuMs = 0;
    qint64 wallMs = 0;
    qint64 queries = 0;
    [[nodiscard]] double rowsPerCpuSecond() const { return cpuMs > 0 ? rows * 1000.0 / double(cpuMs) : 0; }
};

} // namespace

CpuPath::CpuPath(const BenchOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_connection(std::make_unique<Connection>())
{ }

CpuPath::~CpuPath()
{
    m_metadata.reset();
    m_rest.reset();
}

void CpuPath::start()
{
    localorg::LocalOrgOptions options;
    options.dataDir = QStringLiteral(":memory:");
    options.seed = QStringLiteral("none");
    m_org = std::make_unique<localorg::LocalOrg>(options);
    QString error;
    if (!m_org->start(&error)) {
        std::fprintf(stderr, "the local org did not start: %s\n", qPrintable(error));
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(2); });
        return;
    }
    m_connection->setInstanceUrl(m_org->baseUrl());
    m_connection->setApiVersion(m_org->newestApiVersion());
    m_connection->setCredentials(new AccessTokenCredentials(m_org->accessToken()));
    m_rest = std::make_unique<RestClient>(m_connection.get(), &m_network);
    m_metadata = std::make_unique<MetadataService>(m_rest.get(), QString());
    m_metadata->describe(QStringLiteral("Contact"), this,
                         [this](const ObjectDescribe &object, const SfError &e) {
                             if (!e.isNull()) {
                                 std::fprintf(stderr, "describe failed: %s\n", qPrintable(e.toString()));
                                 Q_EMIT finished(2);
                                 return;
                             }
                             measure(object);
                         });
}

void CpuPath::measure(const ObjectDescribe &contact)
{
    const QString csv = QDir(m_dir.path()).filePath(QStringLiteral("cpu.csv"));
    QString error;
    if (!BenchData(m_options.rows).writeCsv(csv, &error)) {
        std::fprintf(stderr, "cannot write the data: %s\n", qPrintable(error));
        Q_EMIT finished(2);
        return;
    }
    const Action action = SyncJobContender::benchAction(false);
    Planner planner(m_rest.get(), contact, action, 0, false);
    QList<FieldInfo> matcherFields;
    for (const Matcher &m : action.matchers)
        matcherFields.append(*contact.field(m.field));
    const QString prefix = m_org->baseUrl().toString() + QStringLiteral("/services/data/v62.0/");
    const QStringList select {QStringLiteral("Email"), QStringLiteral("Legacy_Id__c")};

    // level 0: read; 1: + prepare; 2: + lookup queries
    auto run = [&](int level, const QString &name) {
        Phase phase;
        phase.name = name;
        CsvSource source(csv);
        QString openError;
        source.open(&openError);
        if (level > 0 && !planner.setHeader(source.header()))
            return phase;
        std::vector<WorkItem> batch; // move-only items
        batch.reserve(RowsPerBatch);
        auto flush = [&] {
            if (level < 2 || batch.empty()) {
                batch.clear();
                return;
            }
            QList<LookupQueryBuilder::Matcher> matchers;
            for (int m = 0; m < matcherFields.size(); ++m) {
                LookupQueryBuilder::Matcher matcher {matcherFields.at(m), {}};
                for (const WorkItem &item : batch) {
                    const QJsonValue &v = item.matcherValues.at(m);
                    if (!v.isUndefined() && !v.isNull())
                        matcher.values.append(ValueConverter::soqlValue(matcherFields.at(m), v));
                }
                matchers.append(matcher);
            }
            const LookupQueryBuilder builder(QStringLiteral("Contact"), select, prefix);
            phase.queries += builder.buildOr(matchers).queries.size();
            batch.clear();
        };
        const qint64 cpuBefore = PeakRss::cpuMs();
        QElapsedTimer wall;
        wall.start();
        SourceRow row;
        while (source.next(&row)) {
            ++phase.rows;
            if (level == 0)
                continue;
            WorkItem item;
            item.row = row.number;
            planner.prepare(&item, row);
            if (level < 2)
                continue;
            batch.push_back(std::move(item));
            if (batch.size() == size_t(RowsPerBatch))
                flush();
        }
        flush();
        phase.wallMs = wall.elapsed();
        phase.cpuMs = PeakRss::cpuMs() - cpuBefore;
        return phase;
    };

    run(2, QString()); // warm-up: caches, allocator
    const QList<Phase> phases {run(0, QStringLiteral("read CSV")),
                               run(1, QStringLiteral("read + map + type (Planner::prepare)")),
                               run(2, QStringLiteral("read + map + type + build lookup queries"))};

    QString table =
        QStringLiteral("\nengine CPU path, %1 rows, one thread\n\n| phase | rows | CPU ms | wall ms | "
                       "rows per CPU second | lookup queries |\n|---|--:|--:|--:|--:|--:|\n")
            .arg(m_options.rows);
    QJsonArray json;
    for (const Phase &p : phases) {
        table += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                     .arg(p.name)
                     .arg(p.rows)
                     .arg(p.cpuMs)
                     .arg(p.wallMs)
                     .arg(qRound64(p.rowsPerCpuSecond()))
                     .arg(p.queries);
        json.append(QJsonObject {{QStringLiteral("phase"), p.name},
                                 {QStringLiteral("rows"), p.rows},
                                 {QStringLiteral("cpuMs"), p.cpuMs},
                                 {QStringLiteral("wallMs"), p.wallMs},
                                 {QStringLiteral("rowsPerCpuSecond"), p.rowsPerCpuSecond()},
                                 {QStringLiteral("lookupQueries"), p.queries}});
    }
    std::fprintf(stdout, "%s", qPrintable(table));
    std::fflush(stdout);
    if (!m_options.jsonPath.isEmpty()) {
        QFile file(m_options.jsonPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            Q_EMIT finished(1);
            return;
        }
        file.write(QJsonDocument(QJsonObject {{QStringLiteral("mode"), QStringLiteral("cpu-only")},
                                              {QStringLiteral("rows"), m_options.rows},
                                              {QStringLiteral("phases"), json}})
                       .toJson());
    }
    Q_EMIT finished(0);
}

} // namespace sfsync::bench
