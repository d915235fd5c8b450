#include "core/config/dataloader/dataloaderimport.h"
#include "tests/testsupport/scratchdir.h"
#include "tests/testsupport/testenvironment.h"

#include <QDir>
#include <QTest>

using namespace sfsync;
using namespace sfsync::test;

// Data Loader's files into a job config: the .sdl mapping (columns, several fields, constants, escaped
// lookups, comments, empty sides), a process-conf.xml with several beans (both entry forms), every setting
// not carried listed with its value (never a secret's), and bad input named by file and bean, key or line.
class tst_DataLoaderImport : public QObject
{
    Q_OBJECT

    ScratchDir m_dir;
    const QString m_fixtures = QStringLiteral(SFSYNC_DATALOADER_FIXTURES);

    QString fixture(const QString &name) const { return QDir(m_fixtures).filePath(name); }

    static const DataLoaderNote *noteFor(const DataLoaderJob &job, const QString &key)
    {
        for (const DataLoaderNote &note : job.notes) {
            if (note.where.endsWith(QStringLiteral(": ") + key))
                return &note;
        }
        return nullptr;
    }

    static QString issuesText(const ConfigIssues &issues)
    {
        QStringList lines;
        for (const ConfigIssue &issue : issues)
            lines.append(issue.toString());
        return lines.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateEnvironment(QStringLiteral("tst_dataloaderimport"));
        QVERIFY(m_dir.isValid());
    }

    void sdlLines()
    {
        ConfigIssues issues;
        const SdlMapping m = SdlMapping::parse("# comment\n"
                                               "! also a comment\n"
                                               "Name=Name,Description\n"
                                               "ACCOUNT_KEY=Account\\:Legacy_Id__c\n"
                                               "OWNER=User\\:Owner.Email\n"
                                               "PARENT=Parent.Legacy_Id__c\n"
                                               "\"Web\"=LeadSource\n"
                                               "Col\\=umn = Title\n"
                                               "LONG=Depart\\\n"
                                               "    ment\n"
                                               "caf\\u00e9=Description__c\n"
                                               "=Phone\n"
                                               "EMPTY=\n",
                                               QStringLiteral("m.sdl"), &issues);
        QVERIFY2(issues.isEmpty(), qPrintable(issuesText(issues)));
        QStringList got;
        for (const FieldMapping &f : m.fields)
            got.append(f.hasValue ? QStringLiteral("\"%1\"->%2").arg(f.value, f.field)
                                  : QStringLiteral("%1->%2").arg(f.column, f.field));
        QCOMPARE(
            got,
            QStringList({QStringLiteral("Name->Name"), QStringLiteral("Name->Description"),
                         QStringLiteral("ACCOUNT_KEY->Account.Legacy_Id__c"),
                         QStringLiteral("OWNER->User:Owner.Email"),
                         QStringLiteral("PARENT->Parent.Legacy_Id__c"), QStringLiteral("\"Web\"->LeadSource"),
                         QStringLiteral("Col=umn->Title"), QStringLiteral("LONG->Department"),
                         QStringLiteral("caf\u00e9->Description__c")}));
        // The empty sides are skipped, each with a note naming its line.
        QCOMPARE(m.notes.size(), 2);
        QCOMPARE(m.notes.at(0).where, QStringLiteral("m.sdl line 12"));
        QCOMPARE(m.notes.at(1).where, QStringLiteral("m.sdl line 13"));
        QCOMPARE(m.columnFor(QStringLiteral("title")), QStringLiteral("Col=umn"));
    }

    void sdlLineWithoutEquals()
    {
        ConfigIssues issues;
        SdlMapping::parse("Name=Name\n\nJust a line\n", QStringLiteral("bad.sdl"), &issues);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().path, QStringLiteral("bad.sdl line 3"));
        QVERIFY2(issues.first().message.contains(QLatin1String("SourceColumn=SalesforceField")),
                 qPrintable(issues.first().message));
    }

    void severalBeansNeedOne()
    {
        ConfigIssues issues;
        QVERIFY(!DataLoaderImport::fromProcessConf(fixture(QStringLiteral("process-conf.xml")), {}, &issues));
        QCOMPARE(issues.size(), 1);
        QVERIFY2(
            issues.first().message.contains(QLatin1String("accountUpsert, contactInsert, contactCleanup, "
                                                          "erpDataSource")),
            qPrintable(issues.first().message));
        QVERIFY(issues.first().message.contains(QLatin1String("--bean")));
        issues.clear();
        QVERIFY(!DataLoaderImport::fromProcessConf(fixture(QStringLiteral("process-conf.xml")),
                                                   QStringLiteral("nope"), &issues));
        QVERIFY2(issuesText(issues).contains(QLatin1String("no bean \"nope\"")),
                 qPrintable(issuesText(issues)));
    }

    void upsertBean()
    {
        ConfigIssues issues;
        const std::optional<DataLoaderJob> job = DataLoaderImport::fromProcessConf(
            fixture(QStringLiteral("process-conf.xml")), QStringLiteral("accountUpsert"), &issues);
        QVERIFY2(job, qPrintable(issuesText(issues)));
        const JobConfig &c = job->config;
        QCOMPARE(c.name, QStringLiteral("accountUpsert"));
        QCOMPARE(c.source.path, QDir::cleanPath(fixture(QStringLiteral("data/accounts.csv"))));
        QCOMPARE(c.source.encoding, SourceConfig::Encoding::Utf8);
        QCOMPARE(c.options.requestTimeoutSeconds, 600); // 900 s, capped
        QCOMPARE(c.actions.size(), 1);
        const Action &a = c.actions.first();
        QCOMPARE(a.object, QStringLiteral("Account"));
        QCOMPARE(a.operation, Action::Operation::Upsert);
        QCOMPARE(a.bulk, Action::BulkMode::On);
        QCOMPARE(a.matchers.size(), 1);
        QCOMPARE(a.matchers.first().field, QStringLiteral("Legacy_Id__c"));
        QCOMPARE(a.matchers.first().column, QStringLiteral("LEGACY_ID"));
        QCOMPARE(a.fields.size(), 6);
        QCOMPARE(a.fields.last().field, QStringLiteral("Rating"));
        QCOMPARE(a.fields.last().value, QStringLiteral("Hot"));
        QVERIFY(a.fields.last().hasValue);
        QVERIFY(c.validateShape().isEmpty());

        // Not carried: listed with their values; the password's value is never repeated.
        for (const char *key :
             {"sfdc.endpoint", "sfdc.username", "sfdc.password", "process.encryptionKeyFile",
              "sfdc.debugMessages", "sfdc.loadBatchSize", "process.outputSuccess", "process.outputError",
              "process.enableLastRunOutput", "process.initialLastRunDate", "sfdc.timeoutSecs"})
            QVERIFY2(noteFor(*job, QLatin1String(key)), key);
        QCOMPARE(noteFor(*job, QStringLiteral("sfdc.endpoint"))->value,
                 QStringLiteral("https://login.salesforce.com"));
        QVERIFY(
            noteFor(*job, QStringLiteral("sfdc.endpoint"))->why.contains(QLatin1String("sfsync-run login")));
        QVERIFY(noteFor(*job, QStringLiteral("sfdc.password"))->value.isEmpty());
        QVERIFY(noteFor(*job, QStringLiteral("sfdc.password"))
                    ->why.contains(QLatin1String("sign in with sfsync")));
        QVERIFY(noteFor(*job, QStringLiteral("process.initialLastRunDate"))
                    ->why.contains(QLatin1String("no equivalent")));
        for (const DataLoaderNote &note : job->notes)
            QVERIFY2(!note.value.contains(QLatin1String("4e9b3c0d11aa2f7e")), qPrintable(note.where));
        QVERIFY(!c.toJsonBytes().contains("4e9b3c0d11aa2f7e"));
        QVERIFY(!c.toJsonBytes().contains("integration@example.com"));
    }

    void insertBeanWithLookupsAndValueElements()
    {
        ConfigIssues issues;
        const std::optional<DataLoaderJob> job = DataLoaderImport::fromProcessConf(
            fixture(QStringLiteral("process-conf.xml")), QStringLiteral("contactInsert"), &issues);
        QVERIFY2(job, qPrintable(issuesText(issues)));
        const Action &a = job->config.actions.first();
        QCOMPARE(a.object, QStringLiteral("Contact")); // from <entry key><value>
        QCOMPARE(a.operation, Action::Operation::Create);
        QCOMPARE(a.bulk, Action::BulkMode::Off);
        QCOMPARE(a.batchSize, 100);
        QCOMPARE(a.emptyAs, Action::EmptyAs::Null);
        QVERIFY(a.matchers.isEmpty());
        QCOMPARE(job->config.source.encoding, SourceConfig::Encoding::Latin1);
        QStringList fields;
        for (const FieldMapping &f : a.fields)
            fields.append(f.field);
        QCOMPARE(
            fields,
            QStringList({QStringLiteral("FirstName"), QStringLiteral("LastName"), QStringLiteral("Email"),
                         QStringLiteral("Account.Legacy_Id__c"), QStringLiteral("Title"),
                         QStringLiteral("Department"), QStringLiteral("LeadSource")}));
        QVERIFY(noteFor(*job, QStringLiteral("sfdc.truncateFields")));
        // "UNUSED=" in the mapping file.
        bool unused = false;
        for (const DataLoaderNote &note : job->notes)
            unused = unused || note.where == QLatin1String("contacts.sdl line 8");
        QVERIFY(unused);
    }

    void hardDeleteBean()
    {
        ConfigIssues issues;
        const std::optional<DataLoaderJob> job = DataLoaderImport::fromProcessConf(
            fixture(QStringLiteral("process-conf.xml")), QStringLiteral("contactCleanup"), &issues);
        QVERIFY2(job, qPrintable(issuesText(issues)));
        const Action &a = job->config.actions.first();
        QCOMPARE(a.operation, Action::Operation::HardDelete);
        QVERIFY(!a.confirmHardDelete); // never confirmed on the user's behalf
        QCOMPARE(a.matchers.first().field, QStringLiteral("Id"));
        QCOMPARE(a.matchers.first().column, QStringLiteral("ID"));
        QVERIFY(a.fields.isEmpty());
        QCOMPARE(job->config.options.concurrency, 1);
        QVERIFY(noteFor(*job, QStringLiteral("sfdc.bulkApiSerialMode")));
        QVERIFY(job->hints.join(QLatin1Char(' ')).contains(QLatin1String("--yes")));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("message");
        const QByteArray head =
            "<beans><bean id=\"p\" class=\"com.salesforce.dataloader.process.ProcessRunner\">"
            "<property name=\"configOverrideMap\"><map>";
        const QByteArray tail = "</map></property></bean></beans>";
        QTest::newRow("not xml") << QByteArray("Name=Name\n") << QStringLiteral("p.xml line 1")
                                 << QStringLiteral("not");
        QTest::newRow("not beans") << QByteArray("<project><target/></project>")
                                   << QStringLiteral("p.xml line 1")
                                   << QStringLiteral("root element is <project>");
        QTest::newRow("broken") << QByteArray("<beans><bean id=\"p\">") << QStringLiteral("p.xml line 1")
                                << QStringLiteral("not well-formed XML");
        QTest::newRow("not a ProcessRunner")
            << QByteArray(
                   "<beans><bean id=\"ds\" class=\"org.apache.commons.dbcp.BasicDataSource\"/></beans>")
            << QStringLiteral("p.xml, bean ds") << QStringLiteral("not a Data Loader ProcessRunner");
        QTest::newRow("unknown operation") << head
                + "<entry key=\"process.operation\" value=\"merge\"/><entry key=\"sfdc.entity\" "
                  "value=\"Account\"/>"
                  "<entry key=\"process.mappingFile\" value=\"m.sdl\"/>"
                + tail << QStringLiteral("p.xml, bean p: process.operation")
                                           << QStringLiteral("\"merge\" is not");
        QTest::newRow("extract") << head + "<entry key=\"process.operation\" value=\"extract\"/>" + tail
                                 << QStringLiteral("p.xml, bean p: process.operation")
                                 << QStringLiteral("sfsync only writes");
        QTest::newRow("database source") << head
                + "<entry key=\"process.operation\" value=\"insert\"/><entry key=\"sfdc.entity\" "
                  "value=\"Account\"/>"
                  "<entry key=\"process.mappingFile\" value=\"m.sdl\"/><entry key=\"dataAccess.type\" "
                  "value=\"databaseRead\"/>"
                + tail << QStringLiteral("p.xml, bean p: dataAccess.type")
                                         << QStringLiteral("\"databaseRead\" is not supported");
        QTest::newRow("update without Id column") << head
                + "<entry key=\"process.operation\" value=\"update\"/><entry key=\"sfdc.entity\" "
                  "value=\"Account\"/>"
                  "<entry key=\"process.mappingFile\" value=\"m.sdl\"/>"
                + tail << QStringLiteral("p.xml, bean p: process.mappingFile")
                                                  << QStringLiteral("needs a column mapped to Id");
        QTest::newRow("upsert without external id") << head
                + "<entry key=\"process.operation\" value=\"upsert\"/><entry key=\"sfdc.entity\" "
                  "value=\"Account\"/>"
                  "<entry key=\"process.mappingFile\" value=\"m.sdl\"/>"
                + tail << QStringLiteral("p.xml, bean p: sfdc.externalIdField")
                                                    << QStringLiteral("is required for upsert");
        QTest::newRow("bad sdl") << head
                + "<entry key=\"process.operation\" value=\"insert\"/>"
                  "<entry key=\"sfdc.entity\" value=\"Account\"/>"
                  "<entry key=\"process.mappingFile\" value=\"bad.sdl\"/>"
                + tail << QStringLiteral("bad.sdl line 2")
                                 << QStringLiteral("is not a mapping");
    }

    void badInput()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, where);
        QFETCH(QString, message);
        m_dir.write(QStringLiteral("m.sdl"), "NAME=Name\n");
        m_dir.write(QStringLiteral("bad.sdl"), "NAME=Name\nPHONE Phone\n");
        ConfigIssues issues;
        QVERIFY(!DataLoaderImport::fromProcessConf(m_dir.write(QStringLiteral("p.xml"), xml), {}, &issues));
        QVERIFY(!issues.isEmpty());
        QCOMPARE(issues.first().path, where);
        QVERIFY2(issues.first().message.contains(message), qPrintable(issuesText(issues)));
    }

    void columnsTakeTheHeadersSpelling()
    {
        // Data Loader ignores the case of a mapping's columns; the job uses the header's own spelling.
        m_dir.write(QStringLiteral("case.csv"), "Last_Name,EMAIL\nBerg,ab@example.org\n");
        m_dir.write(QStringLiteral("case.sdl"), "last_name=LastName\nemail=Email\nphone=Phone\n");
        ConfigIssues issues;
        const std::optional<DataLoaderJob> job = DataLoaderImport::fromSdl(
            m_dir.filePath(QStringLiteral("case.sdl")), QStringLiteral("Contact"), QStringLiteral("upsert"),
            QStringLiteral("Email"), m_dir.filePath(QStringLiteral("case.csv")), &issues);
        QVERIFY2(job, qPrintable(issuesText(issues)));
        const Action &a = job->config.actions.first();
        QCOMPARE(a.matchers.first().column, QStringLiteral("EMAIL"));
        QCOMPARE(a.fields.at(0).column, QStringLiteral("Last_Name"));
        QCOMPARE(a.fields.at(2).column,
                 QStringLiteral("phone")); // not in the file: the run's check reports it
    }

    void sdlAlone()
    {
        ConfigIssues issues;
        std::optional<DataLoaderJob> job = DataLoaderImport::fromSdl(
            fixture(QStringLiteral("mappings/accounts.sdl")), QStringLiteral("Account"),
            QStringLiteral("upsert"), QStringLiteral("Legacy_Id__c"),
            fixture(QStringLiteral("data/accounts.csv")), &issues);
        QVERIFY2(job, qPrintable(issuesText(issues)));
        QCOMPARE(job->config.actions.first().matchers.first().column, QStringLiteral("LEGACY_ID"));
        QCOMPARE(job->config.name, QStringLiteral("accounts"));
        DataLoaderImport::relocate(&job->config, m_fixtures);
        QCOMPARE(job->config.source.path, QStringLiteral("data/accounts.csv"));

        issues.clear();
        QVERIFY(!DataLoaderImport::fromSdl(fixture(QStringLiteral("mappings/accounts.sdl")),
                                           QStringLiteral("Account"), QStringLiteral("merge"), {}, {},
                                           &issues));
        QVERIFY2(issuesText(issues).startsWith(QLatin1String("accounts.sdl: process.operation")),
                 qPrintable(issuesText(issues)));
    }
};

QTEST_GUILESS_MAIN(tst_DataLoaderImport)
#include "tst_dataloaderimport.moc"
