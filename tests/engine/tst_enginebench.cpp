#include "core/engine/planner.h"
#include "core/source/csvsource.h"
#include "tests/testsupport/testenvironment.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace sfsync;

// The engine's CPU path on one core, without any network: read a CSV, map the columns, type every value by
// the field's describe, and build the batched lookup queries, as a run does for an upsert with an OR of two
// matchers. QBENCHMARK reports the time; the rows per second are logged. Nothing here asserts a time; the
// assertions check that the work was really done (every row typed, every lookup value in a query).
class tst_EngineBench : public QObject
{
    Q_OBJECT

    static constexpr int Rows = 50000;
    static constexpr int Batch = 200;

    QTemporaryDir m_dir;
    QString m_csv;
    ObjectDescribe m_contact;
    Action m_action;

    static ObjectDescribe contactDescribe()
    {
        QFile f(sfsync::test::sourcePath(QStringLiteral("localorg/catalogue/describe-Contact.json")));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
        QJsonArray fields = json.value(QLatin1String("fields")).toArray();
        fields.append(QJsonObject {{QStringLiteral("name"), QStringLiteral("Legacy_Id__c")},
                                   {QStringLiteral("type"), QStringLiteral("string")},
                                   {QStringLiteral("length"), 40},
                                   {QStringLiteral("externalId"), true},
                                   {QStringLiteral("unique"), true},
                                   {QStringLiteral("filterable"), true},
                                   {QStringLiteral("nillable"), true},
                                   {QStringLiteral("createable"), true},
                                   {QStringLiteral("updateable"), true}});
        json.insert(QStringLiteral("fields"), fields);
        return ObjectDescribe::fromJson(json);
    }

    struct Counts
    {
        qint64 rows = 0;
        qint64 invalid = 0;
        qint64 queries = 0;
        qint64 queryBytes = 0;
    };

    // Reads the whole file through `stage`: 0 = read only, 1 = + map and type, 2 = + build lookup queries.
    Counts pass(int stage) const
    {
        Counts counts;
        CsvSource source(m_csv);
        QString error;
        if (!source.open(&error))
            return counts;
        Planner planner(nullptr, m_contact, m_action, 0, false);
        planner.setHeader(source.header());
        std::vector<std::unique_ptr<WorkItem>> items(Batch);
        QList<WorkItem *> batch;
        batch.reserve(Batch);
        auto flush = [&] {
            if (stage >= 2 && !batch.isEmpty()) {
                const MatchRule::Lookup built = planner.buildLookup(batch);
                counts.queries += built.queries.size();
                for (const LookupQuery &q : built.queries)
                    counts.queryBytes += q.soql.size();
            }
            for (WorkItem *item : std::as_const(batch))
                counts.invalid += item->plan == RowPlan::Invalid && !item->needsLookup;
            batch.clear();
        };
        SourceRow row;
        while (source.next(&row)) {
            ++counts.rows;
            if (stage == 0)
                continue;
            items[batch.size()] = std::make_unique<WorkItem>();
            WorkItem &item = *items[batch.size()];
            item.row = row.number;
            item.cells = PackedCells(row.cells);
            planner.prepare(&item, row);
            batch.append(&item);
            if (batch.size() == Batch)
                flush();
        }
        flush();
        return counts;
    }

    void measure(int stage)
    {
        Counts counts;
        int passes = 0;
        QElapsedTimer timer;
        timer.start();
        QBENCHMARK
        {
            counts = pass(stage);
            ++passes;
        }
        const qint64 ms = qMax<qint64>(1, timer.elapsed());
        qInfo("%lld rows x %d passes in %lld ms: %.0f rows/s", counts.rows, passes, ms,
              double(counts.rows) * passes * 1000.0 / ms);
        QCOMPARE(counts.rows, qint64(Rows));
        if (stage >= 1)
            QCOMPARE(counts.invalid, 0);
        if (stage >= 2) {
            // Both matchers' values of every row are in the queries: at least one query per batch, and at
            // least the e-mail and key literals of every row.
            QVERIFY(counts.queries >= Rows / Batch);
            QVERIFY(counts.queryBytes > qint64(Rows) * 40);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        sfsync::test::isolateEnvironment(QStringLiteral("tst_enginebench"));
        QVERIFY(m_dir.isValid());
        m_contact = contactDescribe();
        QVERIFY(m_contact.field(QStringLiteral("Legacy_Id__c")));
        m_action.name = QStringLiteral("bench");
        m_action.object = QStringLiteral("Contact");
        m_action.operation = Action::Operation::Upsert;
        m_action.matchers = {Matcher {QStringLiteral("Email"), QStringLiteral("email"), {}, false},
                             Matcher {QStringLiteral("Legacy_Id__c"), QStringLiteral("key"), {}, false}};
        for (const auto &[field, column] :
             {std::pair {"FirstName", "first"}, std::pair {"LastName", "last"}, std::pair {"Title", "title"},
              std::pair {"Birthdate", "birthdate"}, std::pair {"Email", "email"},
              std::pair {"Legacy_Id__c", "key"}, std::pair {"MailingLatitude", "lat"}})
            m_action.fields.append(
                FieldMapping {QLatin1String(field), QLatin1String(column), {}, false, false});

        m_csv = m_dir.filePath(QStringLiteral("bench.csv"));
        QFile f(m_csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray out = "email,key,first,last,title,birthdate,lat\n";
        for (int i = 1; i <= Rows; ++i) {
            const QByteArray n = QByteArray::number(i);
            out += "person" + n + "@example.com,KEY-" + n + ",First" + n + ",\"Last, " + n
                + "\",Engineer,1980-0" + QByteArray::number(1 + i % 9) + "-1" + QByteArray::number(i % 9)
                + ",52." + n + "\n";
            if (out.size() > (1 << 20)) {
                f.write(out);
                out.clear();
            }
        }
        f.write(out);
    }

    void readCsv() { measure(0); }
    void readAndType() { measure(1); }
    void readTypeAndBuildQueries() { measure(2); }
};

QTEST_GUILESS_MAIN(tst_EngineBench)
#include "tst_enginebench.moc"
