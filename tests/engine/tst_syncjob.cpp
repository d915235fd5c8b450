#include "core/config/jobconfig.h"
#include "core/engine/syncjob.h"
#include "core/salesforce/connection.h"
#include "core/salesforce/metadataservice.h"
#include "core/salesforce/restclient.h"
#include "localorg/data/recordstore.h"
#include "localorg/localorg.h"
#include "tests/testsupport/testenvironment.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sfsync;

// SyncJob end to end against the in-process local org: outcomes, result files, preview, API call counts.
class tst_SyncJob : public QObject
{
    Q_OBJECT

    struct Org
    {
        localorg::LocalOrg org;
        Connection connection;
        QNetworkAccessManager network;
        std::unique_ptr<RestClient> rest;
        std::unique_ptr<MetadataService> metadata;

        bool start()
        {
            if (!org.start())
                return false;
            connection.setInstanceUrl(org.baseUrl());
            connection.setApiVersion(org.newestApiVersion());
            connection.setAccessToken(org.accessToken());
            rest = std::make_unique<RestClient>(&connection, &network);
            metadata = std::make_unique<MetadataService>(rest.get(), QString());
            return true;
        }
    };

    QTemporaryDir m_dir;

    static SyncSummary runJob(SyncJob &job, QList<RowResult> *results = nullptr)
    {
        QSignalSpy finished(&job, &SyncJob::finished);
        if (results)
            QObject::connect(&job, &SyncJob::rowFinished, &job, [results](const RowResult &r) { results->append(r); });
        job.start();
        if (!finished.wait(60000))
            return {};
        return finished.first().first().value<SyncSummary>();
    }

    static QStringList readLines(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void initTestCase() { sfsync::test::isolateEnvironment(QStringLiteral("tst_syncjob")); }

    void sampleJobRuns()
    {
        Org o;
        QVERIFY(o.start());
        ConfigIssues issues;
        const JobConfig config =
            JobConfig::load(sfsync::test::sourcePath(QStringLiteral("resources/samples/contacts-job.json")), &issues);
        QVERIFY(issues.isEmpty());
        const int contactsBefore = o.org.records().count(QStringLiteral("Contact"));
        SyncJob job(config, o.rest.get(), o.metadata.get());
        const QString out = m_dir.filePath(QStringLiteral("sample"));
        job.setOutputDirectory(out);
        job.setJournalPath(m_dir.filePath(QStringLiteral("journal.sqlite")));
        QList<RowResult> results;
        const SyncSummary s = runJob(job, &results);
        QVERIFY2(s.configIssues.isEmpty(), qPrintable(s.configIssues.value(0).toString()));
        QVERIFY2(s.fatalError.isNull(), qPrintable(s.fatalError.toString()));
        QStringList got;
        for (const RowResult &r : std::as_const(results))
            got.append(QStringLiteral("%1/%2 %3 %4").arg(r.row).arg(r.actionIndex).arg(RowResult::outcomeName(r.outcome)).arg(r.status));
        const QStringList expected{"1/0 created 201",   "1/1 updated 200",   "2/0 updated 200",   "2/1 updated 200",
                                   "3/0 updated 200",   "3/1 not_found 404", "4/0 ambiguous 300", "4/1 updated 200",
                                   "5/0 created 201",   "5/1 not_found 404", "6/0 invalid 400",   "6/1 updated 200"};
        QCOMPARE(got, expected);
        QCOMPARE(s.rows, 6);
        QCOMPARE(s.created, 2);
        QCOMPARE(s.updated, 6);
        QCOMPARE(s.ambiguous, 1);
        QCOMPARE(s.notFound, 2);
        QCOMPARE(s.invalid, 1);
        QCOMPARE(s.exitCode(), 1);
        QCOMPARE(o.org.records().count(QStringLiteral("Contact")), contactsBefore + 2);
        const QStringList grace = o.org.records().findByField(QStringLiteral("Contact"), QStringLiteral("Legacy_Id__c"),
                                                             QStringLiteral("CON-9001"));
        QCOMPARE(grace.size(), 1);
        QCOMPARE(results.at(8).id, grace.first());

        const QStringList lines = readLines(out + QStringLiteral("/results.csv"));
        QCOMPARE(lines.size(), 13);
        QCOMPARE(lines.first(), QStringLiteral("row,action,outcome,status,id,error,email,legacy_id,first_name,last_name,title,birthdate"));
        QVERIFY(lines.at(12).startsWith(QStringLiteral("6,Mark converted leads,updated,200,00Q")));
        const QStringList errors = readLines(out + QStringLiteral("/errors.csv"));
        QCOMPARE(errors.size(), 1 + 4);
        QVERIFY2(errors.at(4).startsWith(QStringLiteral("6,Upsert contacts,invalid,400,,\"INVALID_VALUE: column \"\"birthdate\"\" (Birthdate): \"\"23/06/1912\"\" is not a date")),
                 qPrintable(errors.at(4)));
        QVERIFY(errors.at(4).endsWith(QStringLiteral(",lead7@example.org,,Alan,Turing,Mathematician,23/06/1912")));
    }

    void previewWritesNothing()
    {
        Org o;
        QVERIFY(o.start());
        ConfigIssues issues;
        const JobConfig config =
            JobConfig::load(sfsync::test::sourcePath(QStringLiteral("resources/samples/contacts-job.json")), &issues);
        o.org.resetCounters();
        SyncJob job(config, o.rest.get(), o.metadata.get());
        job.setMode(SyncJob::Mode::Preview);
        const QString out = m_dir.filePath(QStringLiteral("preview"));
        job.setOutputDirectory(out);
        QList<RowResult> results;
        const SyncSummary s = runJob(job, &results);
        QVERIFY(s.preview);
        QCOMPARE(s.plannedCreate, 2);
        QCOMPARE(s.plannedUpdate, 6);
        QCOMPARE(s.ambiguous, 1);
        const QHash<QString, int> calls = o.org.apiCallsByEndpoint();
        for (auto it = calls.cbegin(); it != calls.cend(); ++it)
            QVERIFY2(it.key().startsWith(QLatin1String("GET")), qPrintable(it.key()));
        const QStringList lines = readLines(out + QStringLiteral("/preview.csv"));
        QCOMPARE(lines.size(), 13);
        QCOMPARE(lines.first(), QStringLiteral("row,action,planned,matches,changes,email,legacy_id,first_name,last_name,title,birthdate"));
        // Contact 1 found by its Legacy_Id__c: old -> new per field, unchanged ones marked.
        QVERIFY2(lines.at(3).startsWith(QStringLiteral("2,Upsert contacts,update,003")), qPrintable(lines.at(3)));
        QVERIFY2(lines.at(3).contains(QStringLiteral("Legacy_Id__c: CON-0001 (unchanged)")), qPrintable(lines.at(3)));
        QVERIFY2(lines.at(3).contains(QStringLiteral("LastName: ")) && lines.at(3).contains(QStringLiteral(" -> Babbage")),
                 qPrintable(lines.at(3)));
        QVERIFY2(lines.at(7).startsWith(QStringLiteral("4,Upsert contacts,ambiguous,003")), qPrintable(lines.at(7)));
        QCOMPARE(results.at(6).matches.size(), 3);
    }
};

QTEST_GUILESS_MAIN(tst_SyncJob)
#include "tst_syncjob.moc"
