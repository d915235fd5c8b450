#include "core/config/jobconfig.h"
#include "core/engine/syncjob.h"
#include "tests/testsupport/engineorg.h"
#include "tests/testsupport/scratchdir.h"
#include "tests/testsupport/testenvironment.h"

#include <QTest>

using namespace sfsync;
using namespace sfsync::test;

// Source files in other encodings than UTF-8, end to end: the records the local org ends up with hold the
// characters the file meant, and bytes that are no character never reach the org.
class tst_SyncJobEncoding : public QObject
{
    Q_OBJECT

    ScratchDir m_dir;

    static JobConfig upsert(const QString &csv, SourceConfig::Encoding encoding)
    {
        JobConfig c;
        c.source.path = csv;
        c.source.encoding = encoding;
        Action a;
        a.name = QStringLiteral("a");
        a.object = QStringLiteral("Contact");
        a.operation = Action::Operation::Upsert;
        a.matchers.append(Matcher {QStringLiteral("Legacy_Id__c"), QStringLiteral("key"), {}, false});
        a.fields.append(FieldMapping {QStringLiteral("LastName"), QStringLiteral("name"), {}, false, false});
        a.fields.append(
            FieldMapping {QStringLiteral("Legacy_Id__c"), QStringLiteral("key"), {}, false, false});
        c.actions.append(a);
        Q_ASSERT(c.validateShape().isEmpty());
        return c;
    }

    QString lastName(EngineOrg &o, const QString &key)
    {
        const QStringList ids =
            o.records().findByField(QStringLiteral("Contact"), QStringLiteral("Legacy_Id__c"), key);
        if (ids.size() != 1)
            return QStringLiteral("<%1 records>").arg(ids.size());
        return o.records()
            .get(QStringLiteral("Contact"), ids.first())
            .record.value(QLatin1String("LastName"))
            .toString();
    }

private Q_SLOTS:
    void initTestCase() { isolateEnvironment(QStringLiteral("tst_syncjob_encoding")); }

    void windows1252()
    {
        EngineOrg o;
        QVERIFY(o.start());
        // "Müller", "Œuvre – €" and "D’Arcy" in Windows-1252; 0x81 on the last row is no character there.
        const QByteArray csv = "key,name\r\n"
                               "W-1,M\xFCller\r\n"
                               "W-2,\"\x8Cuvre \x96 \x80\"\r\n"
                               "W-3,D\x92"
                               "Arcy\r\n"
                               "W-4,Bad\x81name\r\n";
        SyncJob job(
            upsert(m_dir.write(QStringLiteral("cp1252.csv"), csv), SourceConfig::Encoding::Windows1252),
            o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        job.setOutputDirectory(m_dir.filePath(QStringLiteral("cp1252")));
        QList<RowResult> results;
        const SyncSummary s = runJob(job, &results);
        QVERIFY2(s.fatalError.isNull(), qPrintable(s.fatalError.toString()));
        QCOMPARE(outcomes(results).mid(0, 3), (QStringList {"created 201", "created 201", "created 201"}));
        QCOMPARE(lastName(o, QStringLiteral("W-1")), QStringLiteral("Müller"));
        QCOMPARE(lastName(o, QStringLiteral("W-2")), QStringLiteral("Œuvre – €"));
        QCOMPARE(lastName(o, QStringLiteral("W-3")), QStringLiteral("D’Arcy"));
        QCOMPARE(results.at(3).outcome, RowOutcome::Invalid);
        QVERIFY2(results.at(3).error.contains(
                     QStringLiteral(
                         "line 5, character 8 (byte offset %1), column 2: byte 0x81 is not a character in "
                         "Windows-1252")
                         .arg(csv.indexOf('\x81'))),
                 qPrintable(results.at(3).error));
        QCOMPARE(lastName(o, QStringLiteral("W-4")), QStringLiteral("<0 records>"));
        // results.csv echoes the row's cells as the file meant them, in UTF-8.
        const QStringList lines = readLines(m_dir.filePath(QStringLiteral("cp1252/results.csv")));
        QVERIFY2(lines.value(2).endsWith(QStringLiteral(",W-2,Œuvre – €")), qPrintable(lines.value(2)));
    }

    void utf16WithByteOrderMark()
    {
        EngineOrg o;
        QVERIFY(o.start());
        const QString text = QStringLiteral("key,name\r\nU-1,Zoë\r\nU-2,\"東京, \U0001F600\"\r\n");
        QByteArray csv("\xFF\xFE");
        for (const QChar c : text) {
            csv.append(char(c.unicode() & 0xFF));
            csv.append(char(c.unicode() >> 8));
        }
        // The config keeps the default (UTF-8): the byte order mark says UTF-16LE.
        SyncJob job(upsert(m_dir.write(QStringLiteral("utf16.csv"), csv), SourceConfig::Encoding::Utf8),
                    o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        QList<RowResult> results;
        const SyncSummary s = runJob(job, &results);
        QVERIFY2(s.fatalError.isNull(), qPrintable(s.fatalError.toString()));
        QCOMPARE(outcomes(results), (QStringList {"created 201", "created 201"}));
        QCOMPARE(lastName(o, QStringLiteral("U-1")), QStringLiteral("Zoë"));
        QCOMPARE(lastName(o, QStringLiteral("U-2")), QStringLiteral("東京, \U0001F600"));
    }
};

QTEST_GUILESS_MAIN(tst_SyncJobEncoding)
#include "tst_syncjob_encoding.moc"
