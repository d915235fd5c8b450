#include "core/config/configvalidator.h"
#include "tests/testsupport/engineorg.h"
#include "tests/testsupport/jobconfigs.h"
#include "tests/testsupport/scratchdir.h"
#include "tests/testsupport/testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sfsync;
using namespace sfsync::test;

// hardDelete: rows matched like delete, written through a Bulk API 2.0 hardDelete job whatever the bulk
// setting, records gone for good (not in the recycle bin, unlike delete); the user's permission asked before
// anything is written; an org that refuses the job anyway fails the rows with its message; the config's
// shape rules.
class tst_SyncJobHardDelete : public QObject
{
    Q_OBJECT

    ScratchDir m_dir;

    static Bulk2Options fastPolls()
    {
        Bulk2Options o;
        o.initialPollMs = 2;
        o.maxPollMs = 20;
        return o;
    }

    static int endpointCalls(EngineOrg &o, const QString &contains)
    {
        int n = 0;
        for (const QHash<QString, int> &byEndpoint :
             {o.org.org().apiCallsByEndpoint(), o.org.org().subrequestsByEndpoint()}) {
            for (auto it = byEndpoint.cbegin(); it != byEndpoint.cend(); ++it) {
                if (it.key().contains(contains))
                    n += it.value();
            }
        }
        return n;
    }

    static QString contactId(EngineOrg &o, const QString &legacyId)
    {
        return o.records()
            .findByField(QStringLiteral("Contact"), QStringLiteral("Legacy_Id__c"), legacyId, true)
            .value(0);
    }

    JobConfig config(Action::Operation operation)
    {
        const QString path =
            m_dir.write(QStringLiteral("keys.csv"), "key\nCON-0001\nCON-0002\nNO-SUCH\nCON-0003\n");
        return oneAction(path, QStringLiteral("Contact"), operation,
                         {columnMatcher(QStringLiteral("Legacy_Id__c"), QStringLiteral("key"))}, {});
    }

    SyncSummary run(EngineOrg &o, const JobConfig &config, QList<RowResult> *results, const QString &out = {})
    {
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        job.setBulkOptions(fastPolls());
        // A command line's --no-bulk cannot send a hard delete through sObject Collections.
        job.setBulkMode(Action::BulkMode::Off);
        if (!out.isEmpty())
            job.setOutputDirectory(out);
        return runJob(job, results);
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateEnvironment(QStringLiteral("tst_syncjob_harddelete"));
        QVERIFY(m_dir.isValid());
    }

    void erasesForGoodUnlikeDelete()
    {
        EngineOrg hard;
        QVERIFY(hard.start());
        const QString first = contactId(hard, QStringLiteral("CON-0001"));
        QVERIFY(!first.isEmpty());
        const int contacts = hard.records().count(QStringLiteral("Contact"), true);
        QList<RowResult> results;
        const QString out = m_dir.filePath(QStringLiteral("hard"));
        const SyncSummary summary = run(hard, config(Action::Operation::HardDelete), &results, out);
        QCOMPARE(summary.category, SyncSummary::Category::RowsFailed); // the unmatched row
        QCOMPARE(outcomes(results),
                 QStringList({QStringLiteral("deleted 204"), QStringLiteral("deleted 204"),
                              QStringLiteral("not_found 404"), QStringLiteral("deleted 204")}));
        QCOMPARE(results.first().id, first);
        QCOMPARE(summary.deleted, 3);
        // Gone, recycle bin included (queryAll would not see them).
        QVERIFY(!hard.records().record(first).has_value());
        QCOMPARE(hard.records().count(QStringLiteral("Contact"), true), contacts - 3);
        // Through a Bulk job (the only API with hard delete), after the permission was asked.
        QVERIFY(endpointCalls(hard, QStringLiteral("POST jobs/ingest")) > 0);
        const QStringList lines = readLines(out + QStringLiteral("/results.csv"));
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines.at(1).contains(QLatin1String("deleted")), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(3).contains(QLatin1String("not_found")), qPrintable(lines.at(3)));

        // The same rows soft deleted: the records stay in the recycle bin.
        EngineOrg soft;
        QVERIFY(soft.start());
        results.clear();
        run(soft, config(Action::Operation::Delete), &results);
        QCOMPARE(outcomes(results).count(QStringLiteral("deleted 204")), 3);
        const std::optional<QJsonObject> kept =
            soft.records().record(contactId(soft, QStringLiteral("CON-0001")));
        QVERIFY(kept.has_value());
        QCOMPARE(kept->value(QLatin1String("IsDeleted")).toBool(), true);
        QCOMPARE(soft.records().count(QStringLiteral("Contact"), true), contacts);
    }

    void missingPermissionStopsBeforeAnyWrite()
    {
        EngineOrg o;
        QVERIFY(o.start());
        o.org.org().setUserPermission(QStringLiteral("PermissionsBulkApiHardDelete"), false);
        const int contacts = o.records().count(QStringLiteral("Contact"), false);
        QList<RowResult> results;
        const SyncSummary summary = run(o, config(Action::Operation::HardDelete), &results);
        QCOMPARE(summary.category, SyncSummary::Category::Config);
        QCOMPARE(summary.configIssues.size(), 1);
        QCOMPARE(summary.configIssues.first().path, QStringLiteral("actions[0].operation"));
        QVERIFY2(summary.configIssues.first().message.contains(QLatin1String("'Bulk API Hard Delete'")),
                 qPrintable(summary.configIssues.first().message));
        QVERIFY(results.isEmpty());
        QCOMPARE(endpointCalls(o, QStringLiteral("jobs/ingest")), 0);
        QCOMPARE(endpointCalls(o, QStringLiteral("composite/sobjects")), 0);
        QCOMPARE(o.records().count(QStringLiteral("Contact"), false), contacts);
    }

    void orgRefusingTheJobFailsTheRows()
    {
        // The answer says yes, the org says no when the job is created: the rows fail with its message and
        // are never deleted some other way.
        EngineOrg o;
        QVERIFY(o.start());
        o.org.org().setUserPermission(QStringLiteral("PermissionsBulkApiHardDelete"), false);
        o.org.org().setReportedUserPermission(QStringLiteral("PermissionsBulkApiHardDelete"), true);
        const int contacts = o.records().count(QStringLiteral("Contact"), false);
        QList<RowResult> results;
        const SyncSummary summary = run(o, config(Action::Operation::HardDelete), &results);
        QCOMPARE(summary.category, SyncSummary::Category::RowsFailed);
        QCOMPARE(results.size(), 4);
        for (const RowResult &r : std::as_const(results)) {
            if (r.outcome == RowOutcome::NotFound)
                continue;
            QCOMPARE(r.outcome, RowOutcome::Failed);
            QVERIFY2(r.error.contains(QLatin1String("FEATURENOTENABLED")), qPrintable(r.error));
        }
        QCOMPARE(o.records().count(QStringLiteral("Contact"), false), contacts);
        QCOMPARE(endpointCalls(o, QStringLiteral("composite/sobjects")), 0);
    }

    void previewNeedsNoPermission()
    {
        EngineOrg o;
        QVERIFY(o.start());
        o.org.org().setUserPermission(QStringLiteral("PermissionsBulkApiHardDelete"), false);
        SyncJob job(config(Action::Operation::HardDelete), o.rest(), o.metadata.get());
        job.setMode(SyncJob::Mode::Preview);
        job.setJournalPath(QString());
        QList<RowResult> results;
        const SyncSummary summary = runJob(job, &results);
        QCOMPARE(summary.plannedDelete, 3);
        QCOMPARE(results.at(0).plan, RowPlan::Delete);
        QCOMPARE(results.at(2).plan, RowPlan::NotFound);
    }

    void shape_data()
    {
        QTest::addColumn<QByteArray>("action");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        const QByteArray matcher = R"("matchers":[{"field":"Id","column":"id"}])";
        QTest::newRow("bulk off") << QByteArray(R"({"object":"Contact","operation":"hardDelete",)" + matcher
                                                + R"(,"bulk":"off"})")
                                  << QStringLiteral("actions[0].bulk")
                                  << QStringLiteral("hardDelete runs only through Bulk API 2.0");
        QTest::newRow("fields") << QByteArray(R"({"object":"Contact","operation":"hardDelete",)" + matcher
                                              + R"(,"fields":[{"field":"Title","column":"t"}]})")
                                << QStringLiteral("actions[0].fields")
                                << QStringLiteral("hardDelete takes no fields");
        QTest::newRow("no matcher") << QByteArray(R"({"object":"Contact","operation":"hardDelete"})")
                                    << QStringLiteral("actions[0].matchers")
                                    << QStringLiteral("hardDelete needs at least one matcher");
        QTest::newRow("confirm on delete")
            << QByteArray(R"({"object":"Contact","operation":"delete",)" + matcher
                          + R"(,"confirmHardDelete":true})")
            << QStringLiteral("actions[0].confirmHardDelete") << QStringLiteral("only a hardDelete action");
        QTest::newRow("unknown operation")
            << QByteArray(R"({"object":"Contact","operation":"hard_delete",)" + matcher + "}")
            << QStringLiteral("actions[0].operation") << QStringLiteral("\"hardDelete\"");
    }

    void shape()
    {
        QFETCH(QByteArray, action);
        QFETCH(QString, path);
        QFETCH(QString, message);
        ConfigIssues issues;
        JobConfig::fromJson(R"({"version":1,"source":{"type":"csv","path":"x.csv"},"actions":[)" + action
                                + "]}",
                            m_dir.path(), &issues);
        QVERIFY(!issues.isEmpty());
        QCOMPARE(issues.first().path, path);
        QVERIFY2(issues.first().message.contains(message), qPrintable(issues.first().message));
    }

    void confirmationRoundTrips()
    {
        ConfigIssues issues;
        const JobConfig config = JobConfig::fromJson(
            QByteArray(
                R"({"version":1,"source":{"type":"csv","path":"x.csv"},"actions":[{"object":"Contact",)"
                R"("operation":"hardDelete","matchers":[{"field":"Id","column":"id"}],)"
                R"("bulk":"on","confirmHardDelete":true}]})"),
            m_dir.path(), &issues);
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).toString()));
        QCOMPARE(config.actions.first().operation, Action::Operation::HardDelete);
        QVERIFY(config.actions.first().confirmHardDelete);
        const QJsonObject action =
            config.toJson().value(QLatin1String("actions")).toArray().first().toObject();
        QCOMPARE(action.value(QLatin1String("operation")).toString(), QStringLiteral("hardDelete"));
        QCOMPARE(action.value(QLatin1String("confirmHardDelete")).toBool(), true);
    }

    void validatorNeedsDeletableObject()
    {
        EngineOrg o;
        QVERIFY(o.start());
        // Organization records cannot be deleted (describe deletable=false).
        JobConfig config = oneAction(m_dir.write(QStringLiteral("org.csv"), "id\n00D000000000001\n"),
                                     QStringLiteral("Organization"), Action::Operation::HardDelete,
                                     {columnMatcher(QStringLiteral("Id"), QStringLiteral("id"))}, {});
        QList<RowResult> results;
        const SyncSummary summary = run(o, config, &results);
        QCOMPARE(summary.category, SyncSummary::Category::Config);
        QVERIFY2(summary.configIssues.first().message.contains(QLatin1String("cannot be deleted")),
                 qPrintable(summary.configIssues.first().message));
        QCOMPARE(endpointCalls(o, QStringLiteral("jobs/ingest")), 0);
    }
};

QTEST_GUILESS_MAIN(tst_SyncJobHardDelete)
#include "tst_syncjob_harddelete.moc"
