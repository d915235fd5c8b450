#include "core/config/configvalidator.h"
#include "core/config/jobconfig.h"
#include "core/engine/resultwriter.h"
#include "core/source/csvsource.h"
#include "tests/testsupport/testenvironment.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sfsync;

// The result files byte for byte: columns, RFC 4180 quoting of hostile cells, errors.csv holding exactly the
// rows that did not succeed and loading again as a CSV source with the original cells.
class tst_ResultWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static RowResult runResult(qint64 row, RowOutcome outcome, int status, const QString &id,
                               const QString &error, const QStringList &cells)
    {
        RowResult r;
        r.row = row;
        r.actionName = QStringLiteral("Upsert contacts");
        r.outcome = outcome;
        r.status = status;
        r.id = id;
        r.error = error;
        r.cells = cells;
        return r;
    }

    // Cells a user's data may hold, each a trap for a naive CSV writer or reader.
    static QStringList hostileCells()
    {
        return {QStringLiteral("plain"),
                QStringLiteral("comma, inside"),
                QStringLiteral("say \"hi\""),
                QStringLiteral("\""),
                QStringLiteral("line\nbreak"),
                QStringLiteral("crlf\r\nline"),
                QStringLiteral("lone\rcr"),
                QStringLiteral("  padded  "),
                QStringLiteral("=HYPERLINK(\"x\")"),
                QStringLiteral("O'Brien \\ Sons"),
                QStringLiteral("\u00FCn\u00EFc\u00F8d\u00E9 \u2019 \U0001F600"),
                QString(),
                QStringLiteral("\"quoted whole\""),
                QStringLiteral("tab\there")};
    }

    static QStringList hostileHeader()
    {
        QStringList h;
        for (int i = 0; i < hostileCells().size(); ++i)
            h.append(QStringLiteral("c%1").arg(i));
        return h;
    }

private Q_SLOTS:
    void initTestCase()
    {
        sfsync::test::isolateEnvironment(QStringLiteral("tst_resultwriter"));
        QVERIFY(m_dir.isValid());
    }

    void csvLineQuoting()
    {
        QCOMPARE(ResultWriter::csvLine({}), QByteArray("\n"));
        QCOMPARE(ResultWriter::csvLine({QStringLiteral("a"), QString(), QStringLiteral("b")}),
                 QByteArray("a,,b\n"));
        QCOMPARE(ResultWriter::csvLine({QStringLiteral("a,b")}), QByteArray("\"a,b\"\n"));
        QCOMPARE(ResultWriter::csvLine({QStringLiteral("say \"hi\"")}), QByteArray("\"say \"\"hi\"\"\"\n"));
        QCOMPARE(ResultWriter::csvLine({QStringLiteral("\"")}), QByteArray("\"\"\"\"\n"));
        QCOMPARE(ResultWriter::csvLine({QStringLiteral("x\ny")}), QByteArray("\"x\ny\"\n"));
        QCOMPARE(ResultWriter::csvLine({QStringLiteral("x\r\ny")}), QByteArray("\"x\r\ny\"\n"));
        QCOMPARE(ResultWriter::csvLine({QStringLiteral("x\ry")}), QByteArray("\"x\ry\"\n"));
        // Spaces, apostrophes, backslashes and formulas are data: written as they are.
        QCOMPARE(
            ResultWriter::csvLine({QStringLiteral(" a "), QStringLiteral("O'B \\"), QStringLiteral("=1+1")}),
            QByteArray(" a ,O'B \\,=1+1\n"));
        QCOMPARE(ResultWriter::csvLine({QStringLiteral("\u00E9")}), QByteArray("\xC3\xA9\n"));
    }

    void runFilesExactly()
    {
        const QString dir = m_dir.filePath(QStringLiteral("run"));
        ResultWriter writer(dir, ResultWriter::Kind::Run, {QStringLiteral("email"), QStringLiteral("name")});
        QString error;
        QVERIFY(writer.open(&error));
        writer.write(runResult(1, RowOutcome::Created, 201, QStringLiteral("003A"), {},
                               {QStringLiteral("a@x.org"), QStringLiteral("A")}));
        writer.write(runResult(2, RowOutcome::Ambiguous, 300, {},
                               QStringLiteral("MULTIPLE_RECORDS: 2 records match: 003B, 003C"),
                               {QStringLiteral("b@x.org"), QStringLiteral("B, Jr.")}));
        writer.write(runResult(3, RowOutcome::Updated, 200, QStringLiteral("003D"), {},
                               {QStringLiteral("d@x.org"), QStringLiteral("D")}));
        writer.write(runResult(4, RowOutcome::Skipped, 0, {}, {}, {QStringLiteral("e@x.org"), QString()}));
        writer.write(runResult(5, RowOutcome::Deleted, 204, QStringLiteral("003E"), {}, {}));
        // Files appear complete or not at all.
        QVERIFY(!QFile::exists(writer.resultsPath()));
        QVERIFY(writer.close(&error));
        QCOMPARE(
            read(writer.resultsPath()),
            QByteArray("row,action,outcome,status,id,error,email,name\n"
                       "1,Upsert contacts,created,201,003A,,a@x.org,A\n"
                       "2,Upsert contacts,ambiguous,300,,\"MULTIPLE_RECORDS: 2 records match: 003B, 003C\","
                       "b@x.org,\"B, Jr.\"\n"
                       "3,Upsert contacts,updated,200,003D,,d@x.org,D\n"
                       "4,Upsert contacts,skipped,,,,e@x.org,\n"
                       "5,Upsert contacts,deleted,204,003E,,,\n"));
        QCOMPARE(
            read(writer.errorsPath()),
            QByteArray("row,action,outcome,status,id,error,email,name\n"
                       "2,Upsert contacts,ambiguous,300,,\"MULTIPLE_RECORDS: 2 records match: 003B, 003C\","
                       "b@x.org,\"B, Jr.\"\n"
                       "4,Upsert contacts,skipped,,,,e@x.org,\n"));
    }

    void previewFileExactly()
    {
        const QString dir = m_dir.filePath(QStringLiteral("preview"));
        ResultWriter writer(dir, ResultWriter::Kind::Preview, {QStringLiteral("key")});
        QString error;
        QVERIFY(writer.open(&error));
        RowResult update;
        update.preview = true;
        update.row = 1;
        update.actionName = QStringLiteral("a");
        update.plan = RowPlan::Update;
        update.matches = {QStringLiteral("003A")};
        update.changes = {{QStringLiteral("LastName"), QStringLiteral("Old"), QStringLiteral("New"), false},
                          {QStringLiteral("Title"), QStringLiteral("CEO"), QStringLiteral("CEO"), true}};
        update.cells = {QStringLiteral("K1")};
        writer.write(update);
        RowResult ambiguous = update;
        ambiguous.row = 2;
        ambiguous.plan = RowPlan::Ambiguous;
        ambiguous.matches = {QStringLiteral("003B"), QStringLiteral("003C")};
        ambiguous.changes.clear();
        ambiguous.error = QStringLiteral("MULTIPLE_RECORDS: 2 records match");
        ambiguous.cells = {QStringLiteral("K2")};
        writer.write(ambiguous);
        QVERIFY(writer.close(&error));
        QCOMPARE(read(writer.previewPath()),
                 QByteArray("row,action,planned,matches,changes,key\n"
                            "1,a,update,003A,LastName: Old -> New; Title: CEO (unchanged),K1\n"
                            "2,a,ambiguous,003B;003C,MULTIPLE_RECORDS: 2 records match,K2\n"));
        QVERIFY(!QFile::exists(writer.resultsPath()));
    }

    void errorsReloadAsSource()
    {
        const QString dir = m_dir.filePath(QStringLiteral("reload"));
        const QStringList header = hostileHeader();
        const QStringList cells = hostileCells();
        ResultWriter writer(dir, ResultWriter::Kind::Run, header);
        QString error;
        QVERIFY(writer.open(&error));
        // Rows 1 and 3 fail; row 2 succeeds. Each failing row carries every hostile cell (rotated).
        QList<QStringList> failing;
        for (int row = 1; row <= 3; ++row) {
            QStringList rowCells = cells;
            std::rotate(rowCells.begin(), rowCells.begin() + row, rowCells.end());
            const bool ok = row == 2;
            writer.write(runResult(row, ok ? RowOutcome::Created : RowOutcome::Failed, ok ? 201 : 400,
                                   ok ? QStringLiteral("003X") : QString(),
                                   ok ? QString()
                                      : QStringLiteral("FIELD_CUSTOM_VALIDATION_EXCEPTION: \"bad\",\nvalue"),
                                   rowCells));
            if (!ok)
                failing.append(rowCells);
        }
        QVERIFY(writer.close(&error));

        CsvSource source(writer.errorsPath());
        QVERIFY2(source.open(&error), qPrintable(error));
        QCOMPARE(source.header(),
                 QStringList({"row", "action", "outcome", "status", "id", "error"}) + header);
        SourceRow row;
        QList<QStringList> reloaded;
        while (source.next(&row)) {
            QVERIFY2(!row.isError(), qPrintable(row.error));
            QCOMPARE(row.cells.value(5),
                     QStringLiteral("FIELD_CUSTOM_VALIDATION_EXCEPTION: \"bad\",\nvalue"));
            reloaded.append(row.cells.mid(6));
        }
        QVERIFY(source.errorString().isEmpty());
        QCOMPARE(reloaded, failing);

        // The job that produced it can read errors.csv as its source unchanged: every column is there.
        ConfigIssues issues;
        JobConfig config = JobConfig::fromJson(
            QByteArray(
                R"({"version":1,"source":{"type":"csv","path":"errors.csv"},"actions":[{"object":"Contact",
               "operation":"upsert","matchers":[{"field":"Email","column":"c1"}],
               "fields":[{"field":"LastName","column":"c4"}]}]})"),
            dir, &issues);
        QVERIFY(issues.isEmpty());
        QCOMPARE(config.resolvedSourcePath(), writer.errorsPath());
        QVERIFY(ConfigValidator::validateColumns(config, source.header()).isEmpty());
    }

    void malformedRowsKeepColumnsAligned()
    {
        const QString dir = m_dir.filePath(QStringLiteral("aligned"));
        ResultWriter writer(dir, ResultWriter::Kind::Run, {QStringLiteral("a"), QStringLiteral("b")});
        QString error;
        QVERIFY(writer.open(&error));
        writer.write(runResult(1, RowOutcome::Invalid, 400, {}, QStringLiteral("MALFORMED_ROW: line 2"),
                               {QStringLiteral("only")}));
        writer.write(runResult(2, RowOutcome::Invalid, 400, {}, QStringLiteral("MALFORMED_ROW: line 3"),
                               {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")}));
        QVERIFY(writer.close(&error));
        QCOMPARE(read(writer.errorsPath()),
                 QByteArray("row,action,outcome,status,id,error,a,b\n"
                            "1,Upsert contacts,invalid,400,,MALFORMED_ROW: line 2,only,\n"
                            "2,Upsert contacts,invalid,400,,MALFORMED_ROW: line 3,x,\"y,z\"\n"));
        CsvSource source(writer.errorsPath());
        QVERIFY(source.open(&error));
        SourceRow row;
        int rows = 0;
        while (source.next(&row)) {
            QVERIFY2(!row.isError(), qPrintable(row.error));
            ++rows;
        }
        QCOMPARE(rows, 2);
    }

    void abandonedWriterKeepsPreviousFiles()
    {
        const QString dir = m_dir.filePath(QStringLiteral("abandoned"));
        {
            ResultWriter first(dir, ResultWriter::Kind::Run, {QStringLiteral("a")});
            QString error;
            QVERIFY(first.open(&error));
            first.write(
                runResult(1, RowOutcome::Created, 201, QStringLiteral("003A"), {}, {QStringLiteral("x")}));
            QVERIFY(first.close(&error));
        }
        const QByteArray before = read(dir + QStringLiteral("/results.csv"));
        QVERIFY(!before.isEmpty());
        {
            ResultWriter second(dir, ResultWriter::Kind::Run, {QStringLiteral("a")});
            QString error;
            QVERIFY(second.open(&error));
            second.write(
                runResult(1, RowOutcome::Failed, 500, {}, QStringLiteral("X: y"), {QStringLiteral("x")}));
            // Destroyed without close(): a crash mid-run.
        }
        QCOMPARE(read(dir + QStringLiteral("/results.csv")), before);
    }
};

QTEST_GUILESS_MAIN(tst_ResultWriter)
#include "tst_resultwriter.moc"
