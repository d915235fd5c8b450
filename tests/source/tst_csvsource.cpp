#include "core/source/csvsource.h"
#include "tests/testsupport/scratchdir.h"
#include "tests/testsupport/testenvironment.h"

#include <QFile>
#include <QTest>

using namespace sfsync;

namespace {

struct Read
{
    QStringList header;
    QList<SourceRow> rows;
    QString openError;
};

Read readAll(const QString &path, QChar delimiter = QLatin1Char(','))
{
    Read r;
    CsvSource source(path, delimiter);
    if (!source.open(&r.openError))
        return r;
    r.header = source.header();
    SourceRow row;
    while (source.next(&row))
        r.rows.append(row);
    return r;
}

} // namespace

class tst_CsvSource : public QObject
{
    Q_OBJECT

    test::ScratchDir m_dir;
    int m_files = 0;

    QString write(const QByteArray &content)
    {
        return m_dir.write(QStringLiteral("f%1.csv").arg(++m_files), content);
    }

private Q_SLOTS:
    void initTestCase() { sfsync::test::isolateEnvironment(QStringLiteral("tst_csvsource")); }

    void rfc4180()
    {
        const Read r = readAll(write("a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",,\"\"\r\n"));
        QVERIFY(r.openError.isEmpty());
        QCOMPARE(r.header, (QStringList {"a", "b", "c"}));
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows.at(0).cells, (QStringList {"1", "x, y", "say \"hi\""}));
        QCOMPARE(r.rows.at(0).number, 1);
        QCOMPARE(r.rows.at(0).line, 2);
        QCOMPARE(r.rows.at(1).cells, (QStringList {"multi\nline", "", ""}));
        QCOMPARE(r.rows.at(1).line, 3);
        QVERIFY(!r.rows.at(1).isError());
    }

    void lineEndingsBomAndNoFinalNewline()
    {
        const Read r = readAll(write("\xEF\xBB\xBFname,city\nJürgen,Köln\r\nZoë,東京"));
        QCOMPARE(r.header, (QStringList {"name", "city"}));
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows.at(0).cells, (QStringList {QStringLiteral("Jürgen"), QStringLiteral("Köln")}));
        QCOMPARE(r.rows.at(1).cells, (QStringList {QStringLiteral("Zoë"), QStringLiteral("東京")}));
    }

    void delimiterAndBlankLines()
    {
        const Read r = readAll(write("a;b\n\n1;2,5\n\n"), QLatin1Char(';'));
        QCOMPARE(r.rows.size(), 1);
        QCOMPARE(r.rows.at(0).cells, (QStringList {"1", "2,5"}));
        QCOMPARE(r.rows.at(0).line, 3);
        const Read tab = readAll(write("a\tb\n1\t2\n"), QLatin1Char('\t'));
        QCOMPARE(tab.rows.at(0).cells, (QStringList {"1", "2"}));
    }

    void malformedRowsAreReportedAndSkipped()
    {
        const Read r = readAll(write("a,b\n"
                                     "1,2\n"
                                     "x\"y,3\n" // quote inside an unquoted field
                                     "\"ok\"z,4\n" // text after the closing quote
                                     "5\n" // too few fields
                                     "6,7,8\n" // too many
                                     "\xff\xfe,9\n" // invalid UTF-8
                                     "10,11\n"
                                     "\"open,12\n")); // never closed
        QCOMPARE(r.rows.size(), 8);
        QCOMPARE(r.rows.at(0).cells, (QStringList {"1", "2"}));
        QCOMPARE(r.rows.at(1).error, QStringLiteral("line 3: a quote inside unquoted column 1"));
        QCOMPARE(r.rows.at(2).error, QStringLiteral("line 4: text after the closing quote of column 1"));
        QCOMPARE(r.rows.at(3).error, QStringLiteral("line 5: 1 fields, but the header has 2"));
        QCOMPARE(r.rows.at(4).error, QStringLiteral("line 6: 3 fields, but the header has 2"));
        QCOMPARE(
            r.rows.at(5).error,
            QStringLiteral("line 7, character 1 (byte offset 30), column 1: byte 0xFF is not valid UTF-8"));
        QCOMPARE(r.rows.at(6).cells, (QStringList {"10", "11"}));
        QVERIFY(!r.rows.at(6).isError());
        QCOMPARE(r.rows.at(6).number, 7);
        QCOMPARE(r.rows.at(7).error, QStringLiteral("line 9: a quoted field is not closed"));
    }

    void headerProblems()
    {
        QCOMPARE(
            readAll(write("a,b,a\n1,2,3\n")).openError.contains(QStringLiteral("names column \"a\" twice")),
            true);
        QVERIFY(readAll(write("")).openError.contains(QStringLiteral("needs a header row")));
        CsvSource source(write("a,,c\n1,2,3\n"));
        QString error;
        QVERIFY(source.open(&error));
        QCOMPARE(source.warnings(), QStringList {"column 2 has no name and cannot be mapped"});
    }

    void recordsLongerThanAChunk()
    {
        const QByteArray big(CsvSource::ChunkSize * 3 + 17, 'x');
        const Read r = readAll(write("a,b\n\"" + big + "\",1\n2,3\n"));
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows.at(0).cells.at(0).size(), big.size());
        QCOMPARE(r.rows.at(1).cells, (QStringList {"2", "3"}));
    }

    void streamsInBoundedMemory()
    {
        // ~12 MB of rows: the reader never holds more than two chunks of it.
        const QString path = m_dir.filePath(QStringLiteral("big.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("id,email,name\n");
            QByteArray chunk;
            for (int i = 0; i < 200000; ++i) {
                chunk += QByteArray::number(i) + ",user" + QByteArray::number(i) + "@example.com,\"Name, "
                    + QByteArray::number(i) + "\"\n";
                if (chunk.size() > 1 << 20) {
                    f.write(chunk);
                    chunk.clear();
                }
            }
            f.write(chunk);
        }
        CsvSource source(path);
        QString error;
        QVERIFY(source.open(&error));
        SourceRow row;
        QString last;
        qint64 rows = 0;
        while (source.next(&row)) {
            QVERIFY(!row.isError());
            last = row.cells.value(2);
            ++rows;
        }
        QCOMPARE(rows, 200000);
        QCOMPARE(last, QStringLiteral("Name, 199999"));
        QVERIFY2(source.maxBufferedBytes() <= 2 * CsvSource::ChunkSize,
                 qPrintable(QString::number(source.maxBufferedBytes())));
        QCOMPARE(source.bytesRead(), source.bytesTotal());
    }
};

QTEST_GUILESS_MAIN(tst_CsvSource)
#include "tst_csvsource.moc"
