#include "core/source/ndjsonsource.h"
#include "core/source/source.h"
#include "core/source/sqlsource.h"
#include "tests/testsupport/testenvironment.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sfsync;

// NDJSON and SQLite sources (the CSV source has its own suite).
class tst_OtherSources : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { sfsync::test::isolateEnvironment(QStringLiteral("tst_othersources")); }

    void ndjson()
    {
        const QString path = m_dir.filePath(QStringLiteral("rows.ndjson"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"email\":\"a@x.com\",\"count\":42,\"vip\":true,\"note\":null,\"tags\":[1,2]}\n"
                "\n"
                "{\"email\":\"b@x.com\",\"count\":1.5}\n"
                "{not json}\n"
                "[1,2]\n"
                "{\"email\":\"c@x.com\",\"extra\":\"ignored\"}\n");
        f.close();
        NdjsonSource source(path);
        QString error;
        QVERIFY2(source.open(&error), qPrintable(error));
        QCOMPARE(source.header(), (QStringList {"email", "count", "vip", "note", "tags"}));
        QList<SourceRow> rows;
        SourceRow row;
        while (source.next(&row))
            rows.append(row);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(0).cells, (QStringList {"a@x.com", "42", "true", "", "[1,2]"}));
        QCOMPARE(rows.at(1).cells, (QStringList {"b@x.com", "1.5", "", "", ""}));
        QCOMPARE(rows.at(1).line, 3);
        QVERIFY(rows.at(2).error.startsWith(QStringLiteral("line 4: invalid JSON")));
        QCOMPARE(rows.at(3).error, QStringLiteral("line 5: not a JSON object"));
        QCOMPARE(rows.at(4).number, 5);
        QCOMPARE(source.warnings().size(), 1);
    }

    void sqlite()
    {
        const QString path = m_dir.filePath(QStringLiteral("crm.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("setup"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("CREATE TABLE people (email TEXT, n INTEGER, score REAL, gone TEXT)")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO people VALUES ('a@x.com', 42, 1.5, NULL), ('b@x.com', 7, 2.0, 'x')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("setup"));
        SourceConfig config;
        config.type = SourceConfig::Type::Sqlite;
        config.query = QStringLiteral("SELECT email, n, score, gone FROM people ORDER BY email");
        const auto source = Source::create(config, path);
        QString error;
        QVERIFY2(source->open(&error), qPrintable(error));
        QCOMPARE(source->header(), (QStringList {"email", "n", "score", "gone"}));
        SourceRow row;
        QVERIFY(source->next(&row));
        QCOMPARE(row.cells, (QStringList {"a@x.com", "42", "1.5", ""}));
        QVERIFY(source->next(&row));
        QCOMPARE(row.number, 2);
        QCOMPARE(row.cells.at(2), QStringLiteral("2"));
        QVERIFY(!source->next(&row));

        SqlSource bad(path, QStringLiteral("SELECT nope FROM people"));
        QVERIFY(!bad.open(&error));
        QVERIFY(error.startsWith(QStringLiteral("the query failed")));
        SqlSource missing(m_dir.filePath(QStringLiteral("none.sqlite")), QStringLiteral("SELECT 1"));
        QVERIFY(!missing.open(&error));
    }
};

QTEST_GUILESS_MAIN(tst_OtherSources)
#include "tst_othersources.moc"
