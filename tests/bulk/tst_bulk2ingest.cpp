// Bulk API 2.0 ingest against the in-process local org: the job lifecycle as requests on the wire, results
// mapped back to rows (also when they come back shuffled), per-row failures, splitting a load into several
// jobs, cancel and abort, whole-job failures and the poll count.
#include "core/salesforce/bulk2/bulk2correlator.h"
#include "core/salesforce/bulk2/bulk2csvbuilder.h"
#include "core/salesforce/bulk2/bulk2ingestjob.h"
#include "core/salesforce/bulk2/bulk2loader.h"
#include "core/salesforce/restclient.h"
#include "localorg/data/recordstore.h"
#include "tests/testsupport/testenvironment.h"
#include "tests/testsupport/testorg.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace sfsync;
using sfsync::test::FakeNetworkAccessManager;
using sfsync::test::TestOrg;

namespace {

struct LoadOutcome
{
    QList<Bulk2JobResult> jobs;
    QHash<quint64, Bulk2RowResult> rows;
    int duplicates = 0; // a tag reported twice
};

Bulk2Options fastOptions()
{
    Bulk2Options o;
    o.initialPollMs = 2;
    o.maxPollMs = 20;
    return o;
}

Bulk2JobSpec contactSpec(Bulk2JobSpec::Operation op, const QStringList &columns, const QString &extId = {})
{
    Bulk2JobSpec spec;
    spec.object = QStringLiteral("Contact");
    spec.operation = op;
    spec.columns = columns;
    spec.externalIdFieldName = extId;
    return spec;
}

const QJsonObject *findContact(TestOrg &org, const QString &id)
{
    return org.org().records().find(id);
}

} // namespace

class tst_Bulk2Ingest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestOrg> m_org;

    // Waits for the loader and collects every row result by tag.
    static bool collect(Bulk2Loader &loader, LoadOutcome *out)
    {
        QObject::connect(&loader, &Bulk2Loader::jobFinished, &loader, [out](const Bulk2JobResult &r) {
            out->jobs.append(r);
            for (const Bulk2RowResult &row : r.rows) {
                if (out->rows.contains(row.tag))
                    ++out->duplicates;
                out->rows.insert(row.tag, row);
            }
        });
        QSignalSpy finished(&loader, &Bulk2Loader::finished);
        return loader.isFinished() || finished.wait(60000);
    }

    QList<FakeNetworkAccessManager::Request> requests(const QByteArray &method, const QString &pathPart) const
    {
        QList<FakeNetworkAccessManager::Request> out;
        for (const auto &r : m_org->network().requests()) {
            if (r.method == method && r.url.path().contains(pathPart))
                out.append(r);
        }
        return out;
    }

    // GET jobs/ingest/{id}: the polls (no suffix after the id).
    int pollRequests() const
    {
        static const QRegularExpression poll(QStringLiteral("/jobs/ingest/750[A-Za-z0-9]+$"));
        int n = 0;
        for (const auto &r : m_org->network().requests()) {
            if (r.method == "GET" && poll.match(r.url.path()).hasMatch())
                ++n;
        }
        return n;
    }

private Q_SLOTS:
    void initTestCase() { sfsync::test::isolateEnvironment(QStringLiteral("tst_bulk2ingest")); }

    void init()
    {
        m_org = std::make_unique<TestOrg>();
        QString error;
        QVERIFY2(m_org->start(&error), qPrintable(error));
    }

    void cleanup() { m_org.reset(); }

    void insertLifecycle()
    {
        const int before = m_org->org().records().count(QStringLiteral("Contact"));
        Bulk2Loader loader(&m_org->rest(),
                           contactSpec(Bulk2JobSpec::Operation::Insert,
                                       {QStringLiteral("LastName"), QStringLiteral("Email")}),
                           fastOptions());
        QVERIFY(loader.specError().isNull());
        for (int i = 0; i < 5; ++i)
            QVERIFY(
                loader
                    .addRow(quint64(100 + i),
                            {QStringLiteral("Bulk, %1").arg(i), QStringLiteral("bulk%1@example.com").arg(i)})
                    .isNull());
        QCOMPARE(loader.jobsStarted(), 0); // one part, still filling
        loader.finishInput();
        LoadOutcome out;
        QVERIFY(collect(loader, &out));

        // On the wire: create, upload, close, polls, successfulResults only (no failures, all processed).
        const auto creates = requests("POST", QStringLiteral("/jobs/ingest"));
        QCOMPARE(creates.size(), 1);
        const QJsonObject job = QJsonDocument::fromJson(creates.first().body).object();
        QCOMPARE(job.value(QStringLiteral("object")).toString(), QStringLiteral("Contact"));
        QCOMPARE(job.value(QStringLiteral("operation")).toString(), QStringLiteral("insert"));
        QCOMPARE(job.value(QStringLiteral("contentType")).toString(), QStringLiteral("CSV"));
        QCOMPARE(job.value(QStringLiteral("lineEnding")).toString(), QStringLiteral("LF"));
        QVERIFY(!job.contains(QStringLiteral("externalIdFieldName")));
        const auto uploads = requests("PUT", QStringLiteral("/batches"));
        QCOMPARE(uploads.size(), 1);
        QCOMPARE(uploads.first().header("Content-Type"), QByteArray("text/csv"));
        QCOMPARE(uploads.first().body,
                 QByteArray("LastName,Email\n\"Bulk, 0\",bulk0@example.com\n"
                            "\"Bulk, 1\",bulk1@example.com\n\"Bulk, 2\",bulk2@example.com\n"
                            "\"Bulk, 3\",bulk3@example.com\n\"Bulk, 4\",bulk4@example.com\n"));
        const auto patches = requests("PATCH", QStringLiteral("/jobs/ingest/"));
        QCOMPARE(patches.size(), 1);
        QCOMPARE(
            QJsonDocument::fromJson(patches.first().body).object().value(QStringLiteral("state")).toString(),
            QStringLiteral("UploadComplete"));
        QVERIFY(pollRequests() >= 1);
        QCOMPARE(requests("GET", QStringLiteral("/successfulResults/")).size(), 1);
        QCOMPARE(requests("GET", QStringLiteral("/failedResults")).size(), 0);
        QCOMPARE(requests("GET", QStringLiteral("/unprocessedrecords")).size(), 0);

        QCOMPARE(out.jobs.size(), 1);
        QCOMPARE(out.jobs.first().info.state, QStringLiteral("JobComplete"));
        QVERIFY(out.jobs.first().error.isNull());
        QCOMPARE(out.jobs.first().calls, 4 + out.jobs.first().polls);
        QCOMPARE(loader.jobIds(), QStringList {out.jobs.first().info.id});
        QCOMPARE(out.rows.size(), 5);
        QCOMPARE(out.duplicates, 0);
        for (int i = 0; i < 5; ++i) {
            const Bulk2RowResult r = out.rows.value(quint64(100 + i));
            QCOMPARE(r.status, Bulk2RowResult::Status::Succeeded);
            QVERIFY(r.created);
            const QJsonObject *record = findContact(*m_org, r.id);
            QVERIFY2(record, qPrintable(r.id));
            QCOMPARE(record->value(QStringLiteral("LastName")).toString(), QStringLiteral("Bulk, %1").arg(i));
            QCOMPARE(record->value(QStringLiteral("Email")).toString(),
                     QStringLiteral("bulk%1@example.com").arg(i));
        }
        QCOMPARE(m_org->org().records().count(QStringLiteral("Contact")), before + 5);
    }

    void updateAndDeleteById()
    {
        const QList<QJsonObject> contacts = m_org->org().records().records(QStringLiteral("Contact"));
        QVERIFY(contacts.size() >= 6);
        Bulk2Loader update(
            &m_org->rest(),
            contactSpec(Bulk2JobSpec::Operation::Update,
                        {QStringLiteral("Id"), QStringLiteral("Title"), QStringLiteral("Department")}),
            fastOptions());
        for (int i = 0; i < 3; ++i) {
            QJsonObject fields {{QStringLiteral("Id"), contacts[i].value(QStringLiteral("Id"))},
                                {QStringLiteral("Title"), QStringLiteral("Title %1").arg(i)},
                                {QStringLiteral("Department"), QJsonValue(QJsonValue::Null)}};
            QVERIFY(update.addRecord(quint64(i), fields).isNull());
        }
        update.finishInput();
        LoadOutcome out;
        QVERIFY(collect(update, &out));
        QCOMPARE(requests("PUT", QStringLiteral("/batches")).first().body.split('\n').value(1),
                 contacts[0].value(QStringLiteral("Id")).toString().toUtf8() + ",Title 0,#N/A");
        for (int i = 0; i < 3; ++i) {
            const Bulk2RowResult r = out.rows.value(quint64(i));
            QCOMPARE(r.status, Bulk2RowResult::Status::Succeeded);
            QVERIFY(!r.created);
            QCOMPARE(r.id, contacts[i].value(QStringLiteral("Id")).toString());
            const QJsonObject *record = findContact(*m_org, r.id);
            QCOMPARE(record->value(QStringLiteral("Title")).toString(), QStringLiteral("Title %1").arg(i));
            QVERIFY(record->value(QStringLiteral("Department")).isNull());
        }

        Bulk2Loader remove(&m_org->rest(),
                           contactSpec(Bulk2JobSpec::Operation::Delete, {QStringLiteral("Id")}),
                           fastOptions());
        for (int i = 3; i < 6; ++i)
            QVERIFY(remove.addRow(quint64(i), {contacts[i].value(QStringLiteral("Id")).toString()}).isNull());
        remove.finishInput();
        LoadOutcome gone;
        QVERIFY(collect(remove, &gone));
        for (int i = 3; i < 6; ++i) {
            QCOMPARE(gone.rows.value(quint64(i)).status, Bulk2RowResult::Status::Succeeded);
            QCOMPARE(gone.rows.value(quint64(i)).id, contacts[i].value(QStringLiteral("Id")).toString());
            QVERIFY(findContact(*m_org, contacts[i].value(QStringLiteral("Id")).toString())
                        ->value(QStringLiteral("IsDeleted"))
                        .toBool());
        }
    }

    void nativeUpsertByExternalId()
    {
        const QStringList existing = m_org->org().records().findByField(
            QStringLiteral("Contact"), QStringLiteral("Legacy_Id__c"), QStringLiteral("CON-0001"));
        QCOMPARE(existing.size(), 1);
        Bulk2Loader loader(&m_org->rest(),
                           contactSpec(Bulk2JobSpec::Operation::Upsert,
                                       {QStringLiteral("Legacy_Id__c"), QStringLiteral("LastName")},
                                       QStringLiteral("Legacy_Id__c")),
                           fastOptions());
        QVERIFY(loader.addRow(1, {QStringLiteral("NEW-0001"), QStringLiteral("Fresh")}).isNull());
        QVERIFY(loader.addRow(2, {QStringLiteral("CON-0001"), QStringLiteral("Renamed")}).isNull());
        loader.finishInput();
        LoadOutcome out;
        QVERIFY(collect(loader, &out));
        QCOMPARE(QJsonDocument::fromJson(requests("POST", QStringLiteral("/jobs/ingest")).first().body)
                     .object()
                     .value(QStringLiteral("externalIdFieldName"))
                     .toString(),
                 QStringLiteral("Legacy_Id__c"));
        QCOMPARE(out.rows.value(1).status, Bulk2RowResult::Status::Succeeded);
        QVERIFY(out.rows.value(1).created);
        QCOMPARE(findContact(*m_org, out.rows.value(1).id)->value(QStringLiteral("LastName")).toString(),
                 QStringLiteral("Fresh"));
        QCOMPARE(out.rows.value(2).status, Bulk2RowResult::Status::Succeeded);
        QVERIFY(!out.rows.value(2).created);
        QCOMPARE(out.rows.value(2).id, existing.first());
        QCOMPARE(findContact(*m_org, existing.first())->value(QStringLiteral("LastName")).toString(),
                 QStringLiteral("Renamed"));
    }

    // Salesforce returns results in no defined order. Here successfulResults comes back shuffled (built
    // from the org's records after the job ran), and for inserts with identical rows; every row must still
    // get a record holding exactly its values, and no record twice.
    void shuffledInsertResultsMapBack()
    {
        const int n = 60;
        QList<QStringList> sent;
        for (int i = 0; i < n; ++i) {
            const int k = i % 4 == 3 ? i - 1 : i; // every fourth row repeats the one before
            sent.append({QStringLiteral("Shuffle %1").arg(k), QStringLiteral("s%1@example.com").arg(k)});
        }
        m_org->network().setHandler([this](const FakeNetworkAccessManager::Request &r)
                                        -> std::optional<FakeNetworkAccessManager::Reply> {
            if (!r.url.path().endsWith(QLatin1String("/successfulResults/")))
                return std::nullopt;
            QList<QByteArray> lines;
            for (const QJsonObject &c : m_org->org().records().records(QStringLiteral("Contact"))) {
                if (!c.value(QStringLiteral("LastName")).toString().startsWith(QLatin1String("Shuffle")))
                    continue;
                // Echoed columns in another order than sent, quoted as Salesforce does.
                lines.append("\"" + c.value(QStringLiteral("Id")).toString().toUtf8() + "\",\"true\",\""
                             + c.value(QStringLiteral("Email")).toString().toUtf8() + "\",\""
                             + c.value(QStringLiteral("LastName")).toString().toUtf8() + "\"");
            }
            std::shuffle(lines.begin(), lines.end(), *QRandomGenerator::global());
            FakeNetworkAccessManager::Reply reply;
            reply.body = "\"sf__Id\",\"sf__Created\",\"Email\",\"LastName\"\n" + lines.join('\n') + "\n";
            reply.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/csv")));
            return reply;
        });
        Bulk2Loader loader(&m_org->rest(),
                           contactSpec(Bulk2JobSpec::Operation::Insert,
                                       {QStringLiteral("LastName"), QStringLiteral("Email")}),
                           fastOptions());
        for (int i = 0; i < n; ++i)
            QVERIFY(loader.addRow(quint64(i), sent.at(i)).isNull());
        loader.finishInput();
        LoadOutcome out;
        QVERIFY(collect(loader, &out));
        QCOMPARE(out.rows.size(), n);
        QCOMPARE(out.duplicates, 0);
        QSet<QString> ids;
        for (int i = 0; i < n; ++i) {
            const Bulk2RowResult r = out.rows.value(quint64(i));
            QCOMPARE(r.status, Bulk2RowResult::Status::Succeeded);
            const QJsonObject *record = findContact(*m_org, r.id);
            QVERIFY(record);
            QCOMPARE(record->value(QStringLiteral("LastName")).toString(), sent.at(i).at(0));
            QCOMPARE(record->value(QStringLiteral("Email")).toString(), sent.at(i).at(1));
            ids.insert(r.id);
        }
        QCOMPARE(ids.size(), n);
    }

    // Updates sent with 15-character Ids; the results echo 18-character ones, reversed, and failures mixed
    // in.
    void shuffledUpdateResultsMapBackById()
    {
        const QList<QJsonObject> contacts = m_org->org().records().records(QStringLiteral("Contact"));
        const int n = 20;
        const QRegularExpression pollPath(QStringLiteral("/jobs/ingest/750[A-Za-z0-9]+$"));
        m_org->network().setHandler([&](const FakeNetworkAccessManager::Request &r)
                                        -> std::optional<FakeNetworkAccessManager::Reply> {
            const bool ok = r.url.path().endsWith(QLatin1String("/successfulResults/"));
            const bool failed = r.url.path().endsWith(QLatin1String("/failedResults/"));
            if (r.method == "GET" && pollPath.match(r.url.path()).hasMatch()) {
                // The job's counts as Salesforce would give them for these results.
                const QJsonObject info {{QStringLiteral("id"), r.url.path().section(QLatin1Char('/'), -1)},
                                        {QStringLiteral("state"), QStringLiteral("JobComplete")},
                                        {QStringLiteral("numberRecordsProcessed"), n},
                                        {QStringLiteral("numberRecordsFailed"), n / 2}};
                return FakeNetworkAccessManager::Reply::json(200, QJsonDocument(info).toJson());
            }
            if (!ok && !failed)
                return std::nullopt;
            FakeNetworkAccessManager::Reply reply;
            reply.body = ok ? "\"sf__Id\",\"sf__Created\",\"Id\",\"Title\"\n"
                            : "\"sf__Id\",\"sf__Error\",\"Id\",\"Title\"\n";
            // Even rows succeed, odd rows fail; both lists reversed.
            for (int i = n - 1; i >= 0; --i) {
                if ((i % 2 == 0) != ok)
                    continue;
                const QByteArray id18 = contacts[i].value(QStringLiteral("Id")).toString().toUtf8();
                reply.body += "\"" + id18 + "\",\""
                    + (ok ? QByteArray("false")
                          : QByteArray("UNABLE_TO_LOCK_ROW:unable to obtain exclusive access "
                                       "to this record:--"))
                    + "\",\"" + id18 + "\",\"T" + QByteArray::number(i) + "\"\n";
            }
            reply.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/csv")));
            return reply;
        });
        Bulk2Loader loader(
            &m_org->rest(),
            contactSpec(Bulk2JobSpec::Operation::Update, {QStringLiteral("Id"), QStringLiteral("Title")}),
            fastOptions());
        for (int i = 0; i < n; ++i)
            QVERIFY(loader
                        .addRow(quint64(1000 + i),
                                {contacts[i].value(QStringLiteral("Id")).toString().left(15),
                                 QStringLiteral("T%1").arg(i)})
                        .isNull());
        loader.finishInput();
        LoadOutcome out;
        QVERIFY(collect(loader, &out));
        QCOMPARE(out.rows.size(), n);
        for (int i = 0; i < n; ++i) {
            const Bulk2RowResult r = out.rows.value(quint64(1000 + i));
            QCOMPARE(r.id, contacts[i].value(QStringLiteral("Id")).toString());
            if (i % 2 == 0) {
                QCOMPARE(r.status, Bulk2RowResult::Status::Succeeded);
            } else {
                QCOMPARE(r.status, Bulk2RowResult::Status::Failed);
                QCOMPARE(r.error.errorCode, QStringLiteral("UNABLE_TO_LOCK_ROW"));
            }
        }
    }

    void failuresPerRow()
    {
        const int before = m_org->org().records().count(QStringLiteral("Contact"));
        Bulk2Loader loader(&m_org->rest(),
                           contactSpec(Bulk2JobSpec::Operation::Insert,
                                       {QStringLiteral("LastName"), QStringLiteral("Email")}),
                           fastOptions());
        QVERIFY(loader.addRow(1, {QStringLiteral("Good One"), QStringLiteral("g1@example.com")}).isNull());
        QVERIFY(loader.addRow(2, {QString(), QStringLiteral("nobody@example.com")}).isNull());
        QVERIFY(loader.addRow(3, {QStringLiteral("Bad Mail"), QStringLiteral("not-an-address")}).isNull());
        QVERIFY(loader.addRow(4, {QStringLiteral("Good Two"), QStringLiteral("#N/A")}).isNull());
        loader.finishInput();
        LoadOutcome out;
        QVERIFY(collect(loader, &out));
        QCOMPARE(requests("GET", QStringLiteral("/failedResults/")).size(), 1);
        QCOMPARE(out.rows.value(1).status, Bulk2RowResult::Status::Succeeded);
        QCOMPARE(out.rows.value(4).status, Bulk2RowResult::Status::Succeeded);
        QVERIFY(findContact(*m_org, out.rows.value(4).id)->value(QStringLiteral("Email")).isNull());
        const Bulk2RowResult missing = out.rows.value(2);
        QCOMPARE(missing.status, Bulk2RowResult::Status::Failed);
        QCOMPARE(missing.error.errorCode, QStringLiteral("REQUIRED_FIELD_MISSING"));
        QCOMPARE(missing.error.fields, QStringList {QStringLiteral("LastName")});
        QVERIFY(missing.id.isEmpty());
        const Bulk2RowResult badMail = out.rows.value(3);
        QCOMPARE(badMail.status, Bulk2RowResult::Status::Failed);
        QCOMPARE(badMail.error.errorCode, QStringLiteral("INVALID_EMAIL_ADDRESS"));
        QVERIFY(badMail.error.message.contains(QLatin1String("not-an-address")));
        QCOMPARE(m_org->org().records().count(QStringLiteral("Contact")), before + 2);
    }

    void splitsIntoSeveralJobs()
    {
        Bulk2Options options = fastOptions();
        options.maxJobBytes = 300;
        options.maxConcurrentJobs = 2;
        const int before = m_org->org().records().count(QStringLiteral("Contact"));
        Bulk2Loader loader(&m_org->rest(),
                           contactSpec(Bulk2JobSpec::Operation::Insert,
                                       {QStringLiteral("LastName"), QStringLiteral("Email")}),
                           options);
        const int n = 40;
        for (int i = 0; i < n; ++i)
            QVERIFY(loader
                        .addRow(quint64(i),
                                {QStringLiteral("Split %1").arg(i, 3, 10, QLatin1Char('0')),
                                 QStringLiteral("split%1@example.com").arg(i)})
                        .isNull());
        // Full parts are sent while rows still come.
        QVERIFY(loader.jobsStarted() >= 1);
        loader.finishInput();
        LoadOutcome out;
        QVERIFY(collect(loader, &out));

        const auto uploads = requests("PUT", QStringLiteral("/batches"));
        QVERIFY2(uploads.size() >= 5, QByteArray::number(uploads.size()));
        QCOMPARE(requests("POST", QStringLiteral("/jobs/ingest")).size(), uploads.size());
        QCOMPARE(out.jobs.size(), uploads.size());
        QCOMPARE(QSet<QString>(loader.jobIds().cbegin(), loader.jobIds().cend()).size(), int(uploads.size()));
        int rowsUploaded = 0;
        for (const auto &u : uploads) {
            QVERIFY(u.body.size() <= 300);
            QVERIFY(u.body.startsWith("LastName,Email\n"));
            QVERIFY(u.body.endsWith('\n'));
            rowsUploaded += int(u.body.count('\n')) - 1;
        }
        QCOMPARE(rowsUploaded, n);
        QCOMPARE(out.rows.size(), n);
        QCOMPARE(out.duplicates, 0);
        for (int i = 0; i < n; ++i) {
            const Bulk2RowResult r = out.rows.value(quint64(i));
            QCOMPARE(r.status, Bulk2RowResult::Status::Succeeded);
            QCOMPARE(findContact(*m_org, r.id)->value(QStringLiteral("LastName")).toString(),
                     QStringLiteral("Split %1").arg(i, 3, 10, QLatin1Char('0')));
        }
        QCOMPARE(m_org->org().records().count(QStringLiteral("Contact")), before + n);
    }

    void cancelBeforeUploadAbortsTheJob()
    {
        const QStringList columns {QStringLiteral("LastName")};
        Bulk2CsvBuilder builder(columns, 1 << 20);
        Bulk2Correlator correlator(columns, -1, false);
        for (int i = 0; i < 3; ++i) {
            builder.append({QStringLiteral("Never %1").arg(i)});
            correlator.add(quint64(i), {QStringLiteral("Never %1").arg(i)});
        }
        const int before = m_org->org().records().count(QStringLiteral("Contact"));
        Bulk2IngestJob job(&m_org->rest(), contactSpec(Bulk2JobSpec::Operation::Insert, columns),
                           builder.take(), std::move(correlator), fastOptions());
        connect(&job, &Bulk2IngestJob::stateChanged, &job, [&job](const QString &state) {
            if (state == QLatin1String("Open"))
                job.cancel();
        });
        QSignalSpy finished(&job, &Bulk2IngestJob::finished);
        job.start();
        QVERIFY(finished.wait(10000));
        const Bulk2JobResult result = finished.first().first().value<Bulk2JobResult>();
        QVERIFY(result.canceled);
        QCOMPARE(result.info.state, QStringLiteral("Aborted"));
        QCOMPARE(result.error.errorCode, QStringLiteral("CANCELED"));
        QCOMPARE(requests("PUT", QStringLiteral("/batches")).size(), 0);
        const auto patches = requests("PATCH", QStringLiteral("/jobs/ingest/"));
        QCOMPARE(patches.size(), 1);
        QCOMPARE(patches.first().body, QByteArray(R"({"state":"Aborted"})"));
        QCOMPARE(result.rows.size(), 3);
        for (const Bulk2RowResult &r : result.rows)
            QCOMPARE(r.status, Bulk2RowResult::Status::NotProcessed);
        QCOMPARE(m_org->org().records().count(QStringLiteral("Contact")), before);
    }

    // Canceled while the job runs: the job is aborted on the server (unless it finished first), and the rows
    // it processed before are reported as written, the others as not processed, each exactly once.
    void cancelWhileProcessing()
    {
        const int before = m_org->org().records().count(QStringLiteral("Contact"));
        Bulk2Loader loader(&m_org->rest(),
                           contactSpec(Bulk2JobSpec::Operation::Insert, {QStringLiteral("LastName")}),
                           fastOptions());
        m_org->network().setHandler([&loader](const FakeNetworkAccessManager::Request &r)
                                        -> std::optional<FakeNetworkAccessManager::Reply> {
            if (r.method == "PATCH" && r.body.contains("UploadComplete"))
                QTimer::singleShot(0, &loader, [&loader] { loader.cancel(); });
            return std::nullopt;
        });
        const int n = 3000;
        for (int i = 0; i < n; ++i)
            QVERIFY(loader.addRow(quint64(i), {QStringLiteral("Cancel %1").arg(i)}).isNull());
        loader.finishInput();
        LoadOutcome out;
        QVERIFY(collect(loader, &out));
        QCOMPARE(out.jobs.size(), 1);
        const Bulk2JobResult &job = out.jobs.first();
        QVERIFY(job.canceled);
        const auto patches = requests("PATCH", QStringLiteral("/jobs/ingest/"));
        QCOMPARE(patches.size(), 2);
        QCOMPARE(patches.last().body, QByteArray(R"({"state":"Aborted"})"));
        QVERIFY2(job.info.state == QLatin1String("Aborted") || job.info.state == QLatin1String("JobComplete"),
                 qPrintable(job.info.state));
        QCOMPARE(out.rows.size(), n);
        QCOMPARE(out.duplicates, 0);
        int written = 0;
        for (auto it = out.rows.cbegin(); it != out.rows.cend(); ++it) {
            const Bulk2RowResult &r = it.value();
            if (r.status == Bulk2RowResult::Status::Succeeded) {
                ++written;
                QCOMPARE(findContact(*m_org, r.id)->value(QStringLiteral("LastName")).toString(),
                         QStringLiteral("Cancel %1").arg(it.key()));
            } else {
                QCOMPARE(r.status, Bulk2RowResult::Status::NotProcessed);
            }
        }
        QCOMPARE(m_org->org().records().count(QStringLiteral("Contact")), before + written);
        if (job.info.state == QLatin1String("Aborted"))
            QVERIFY(written < n);
    }

    void uploadRefusedAbortsAndReportsRows()
    {
        m_org->network().setHandler(
            [](const FakeNetworkAccessManager::Request &r) -> std::optional<FakeNetworkAccessManager::Reply> {
                if (r.method != "PUT")
                    return std::nullopt;
                return FakeNetworkAccessManager::Reply::json(
                    400, R"([{"message":"Found unexpected content","errorCode":"INVALIDJOBSTATE"}])");
            });
        Bulk2Loader loader(&m_org->rest(),
                           contactSpec(Bulk2JobSpec::Operation::Insert, {QStringLiteral("LastName")}),
                           fastOptions());
        QVERIFY(loader.addRow(7, {QStringLiteral("Refused")}).isNull());
        loader.finishInput();
        LoadOutcome out;
        QVERIFY(collect(loader, &out));
        QCOMPARE(out.jobs.first().error.errorCode, QStringLiteral("INVALIDJOBSTATE"));
        QCOMPARE(out.jobs.first().info.state, QStringLiteral("Aborted"));
        QCOMPARE(out.rows.value(7).status, Bulk2RowResult::Status::NotProcessed);
        QCOMPARE(out.rows.value(7).error.errorCode, QStringLiteral("INVALIDJOBSTATE"));
        QCOMPARE(requests("PUT", QStringLiteral("/batches")).size(), 1); // an upload is never repeated
        const auto patches = requests("PATCH", QStringLiteral("/jobs/ingest/"));
        QCOMPARE(patches.size(), 1);
        QCOMPARE(patches.first().body, QByteArray(R"({"state":"Aborted"})"));
    }

    void failedJobReportsEveryRow()
    {
        Bulk2Loader loader(&m_org->rest(),
                           contactSpec(Bulk2JobSpec::Operation::Insert,
                                       {QStringLiteral("LastName"), QStringLiteral("No_Such_Field__c")}),
                           fastOptions());
        QVERIFY(loader.addRow(1, {QStringLiteral("A"), QStringLiteral("x")}).isNull());
        QVERIFY(loader.addRow(2, {QStringLiteral("B"), QStringLiteral("y")}).isNull());
        loader.finishInput();
        LoadOutcome out;
        QVERIFY(collect(loader, &out));
        QCOMPARE(out.jobs.first().info.state, QStringLiteral("Failed"));
        QCOMPARE(out.jobs.first().error.errorCode, QStringLiteral("BULK_JOB_FAILED"));
        QVERIFY(out.jobs.first().error.message.contains(QLatin1String("No_Such_Field__c")));
        for (quint64 tag : {1, 2}) {
            QCOMPARE(out.rows.value(tag).status, Bulk2RowResult::Status::NotProcessed);
            QCOMPARE(out.rows.value(tag).error.errorCode, QStringLiteral("BULK_JOB_FAILED"));
        }
    }

    void pollsCounted()
    {
        Bulk2Options options = fastOptions();
        options.maxJobBytes = 4000;
        Bulk2Loader loader(&m_org->rest(),
                           contactSpec(Bulk2JobSpec::Operation::Insert, {QStringLiteral("LastName")}),
                           options);
        for (int i = 0; i < 1500; ++i)
            QVERIFY(loader.addRow(quint64(i), {QStringLiteral("Poll %1").arg(i)}).isNull());
        loader.finishInput();
        LoadOutcome out;
        QVERIFY(collect(loader, &out));
        QVERIFY(out.jobs.size() > 1);
        int polls = 0;
        int calls = 0;
        for (const Bulk2JobResult &j : std::as_const(out.jobs)) {
            QVERIFY(j.polls >= 1);
            polls += j.polls;
            calls += j.calls;
        }
        QCOMPARE(loader.polls(), polls);
        QCOMPARE(loader.calls(), calls);
        QCOMPARE(pollRequests(), polls);
        QCOMPARE(m_org->rest().apiCallsByKind().value(QStringLiteral("bulk-poll")), polls);
        QCOMPARE(m_org->rest().apiCallsByKind().value(QStringLiteral("bulk")), calls - polls);
        QCOMPARE(int(m_org->network().requests().size()), calls);
    }

    void refusedRows()
    {
        Bulk2Loader loader(
            &m_org->rest(),
            contactSpec(Bulk2JobSpec::Operation::Update, {QStringLiteral("Id"), QStringLiteral("Title")}),
            fastOptions());
        QCOMPARE(loader.addRow(1, {QString(), QStringLiteral("x")}).errorCode,
                 QStringLiteral("MISSING_ARGUMENT"));
        QCOMPARE(loader.addRow(2, {QStringLiteral("#N/A"), QStringLiteral("x")}).errorCode,
                 QStringLiteral("MISSING_ARGUMENT"));
        QCOMPARE(loader.addRow(3, {QStringLiteral("x")}).errorCode, QStringLiteral("INVALID_ROW"));
        loader.finishInput();
        QCOMPARE(loader.addRow(4, {QStringLiteral("0030L0000000001QAA"), QStringLiteral("x")}).errorCode,
                 QStringLiteral("LOAD_CLOSED"));
        QSignalSpy finished(&loader, &Bulk2Loader::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(loader.rowsAdded(), 0);
        QVERIFY(m_org->network().requests().isEmpty()); // nothing to send, nothing sent

        Bulk2Loader bad(&m_org->rest(),
                        contactSpec(Bulk2JobSpec::Operation::Update, {QStringLiteral("Title")}));
        QCOMPARE(bad.specError().errorCode, QStringLiteral("INVALIDJOB"));
        QCOMPARE(bad.addRow(1, {QStringLiteral("x")}).errorCode, QStringLiteral("INVALIDJOB"));
    }
};

QTEST_GUILESS_MAIN(tst_Bulk2Ingest)
#include "tst_bulk2ingest.moc"
