#include "localorg/data/recordstore.h"
#include "tests/testsupport/cliorg.h"
#include "tests/testsupport/clirun.h"
#include "tests/testsupport/csvfiles.h"
#include "tests/testsupport/testenvironment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sfsync::test;

// The bad-input catalogue (docs/robustness.md): malformed and hostile sources, broken and hostile configs,
// and values the org's metadata rejects, each through sfsync-run as a user meets it. Every case must give a
// message that names the file, row, column, field or config path at fault, and the rows that are fine still
// go through. The messages are printed ("CASE|...") so the table in the docs quotes the real text.
class tst_BadInput : public QObject
{
    Q_OBJECT

    std::unique_ptr<CliOrg> m_org;
    int m_case = 0;

    struct Outcome
    {
        CliResult cli;
        QList<QStringList> results; // results.csv, header first (empty when not written)
        QString tag;
        [[nodiscard]] QString line(int row) const
        {
            return row < results.size() ? results.at(row).mid(0, 6).join(QLatin1Char('|')) : QString();
        }
        [[nodiscard]] QString outcome(int row) const
        {
            return row < results.size() ? results.at(row).value(2) : QString();
        }
        [[nodiscard]] QString error(int row) const
        {
            return row < results.size() ? results.at(row).value(5) : QString();
        }
        // Emails (first column) of the rows that landed.
        [[nodiscard]] QString text() const { return cli.outText() + cli.errText(); }
    };

    static QByteArray createConfig(const QByteArray &csvName, const QByteArray &fields,
                                   const QByteArray &object = "Contact",
                                   const QByteArray &operation = "create", const QByteArray &matchers = {})
    {
        QByteArray json =
            "{\"version\": 1, \"name\": \"bad input\", \"source\": {\"type\": \"csv\", \"path\": \"";
        json += csvName + "\"}, \"actions\": [{\"name\": \"Load\", \"object\": \"" + object;
        json += "\", \"operation\": \"" + operation + "\", ";
        if (!matchers.isEmpty())
            json += "\"matchers\": " + matchers + ", ";
        return json + "\"fields\": " + fields + "}]}";
    }

    static QByteArray contactFields()
    {
        return "[{\"field\": \"Email\", \"column\": \"email\"}, {\"field\": \"LastName\", \"column\": "
               "\"last\"}]";
    }

    // Writes the source and config, runs `run CONFIG --out DIR` against the org and reads results.csv.
    Outcome run(const QByteArray &csv, const QByteArray &config = {},
                const QString &command = QStringLiteral("run"))
    {
        Outcome o;
        o.tag = QStringLiteral("case%1").arg(++m_case);
        const QString csvName = o.tag + QStringLiteral(".csv");
        m_org->writeFile(csvName, csv);
        const QString configPath =
            m_org->writeFile(o.tag + QStringLiteral(".json"),
                             config.isEmpty() ? createConfig(csvName.toUtf8(), contactFields()) : config);
        const QString out = m_org->dir() + QLatin1Char('/') + o.tag + QStringLiteral("-out");
        CliRun cli;
        cli.setToken(CliOrg::token());
        QStringList args {command, configPath};
        if (command != QLatin1String("validate"))
            args << QStringLiteral("--out") << out;
        o.cli = cli.run(args + m_org->connectArgs());
        o.results = readCsv(out + QStringLiteral("/results.csv"));
        return o;
    }

    QByteArray configFor(const QByteArray &fields, const QByteArray &object = "Contact",
                         const QByteArray &operation = "create", const QByteArray &matchers = {})
    {
        return createConfig(QStringLiteral("case%1.csv").arg(m_case + 1).toUtf8(), fields, object, operation,
                            matchers);
    }

    static void report(const char *name, const Outcome &o, const QString &seen)
    {
        qInfo("CASE|%s|exit %d|%s", name, o.cli.exitCode,
              qPrintable(QString(seen).replace(QLatin1Char('\n'), QLatin1String(" / "))));
    }

    // The line of the output that mentions `needle` (for the report).
    static QString lineWith(const QString &text, const QString &needle)
    {
        for (const QString &l : text.split(QLatin1Char('\n')))
            if (l.contains(needle))
                return l.trimmed();
        return {};
    }

    bool landed(const QString &email) const
    {
        for (const QJsonObject &c : m_org->contacts())
            if (c.value(QLatin1String("Email")).toString().compare(email, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateEnvironment(QStringLiteral("tst_badinput"));
        m_org = std::make_unique<CliOrg>();
        QString error;
        QVERIFY2(m_org->start(&error), qPrintable(error));
    }

    // --- sources ---------------------------------------------------------------------------------------

    void unbalancedQuote()
    {
        const Outcome o =
            run("email,last\nq1@bad.example,Good\nq2@bad.example,\"Unterminated\nq3@bad.example,Good\n");
        report("CSV: unbalanced quote", o, o.line(2));
        QCOMPARE(o.cli.exitCode, 1);
        QVERIFY2(o.outcome(2) == QLatin1String("invalid"), qPrintable(o.line(2)));
        QVERIFY2(o.error(2).contains(QLatin1String("line 3")), qPrintable(o.line(2)));
        QVERIFY(landed(QStringLiteral("q1@bad.example")));
    }

    void nulBytes()
    {
        static const char content[] = "email,last\nn1@bad.example,Nul\0Byte\nn2@bad.example,Good\n";
        const Outcome o = run(QByteArray(content, sizeof(content) - 1));
        report("CSV: NUL byte in a cell", o, o.line(1));
        QVERIFY2(o.outcome(1) == QLatin1String("invalid") || o.outcome(1) == QLatin1String("created"),
                 qPrintable(o.line(1)));
        if (o.outcome(1) == QLatin1String("invalid"))
            QVERIFY2(o.error(1).contains(QLatin1String("line 2"))
                         || o.error(1).contains(QLatin1String("last")),
                     qPrintable(o.line(1)));
        QCOMPARE(o.outcome(2), QStringLiteral("created"));
        if (o.outcome(1) == QLatin1String("created")) {
            // Passed on, then exactly: nothing is cut at the NUL.
            for (const QJsonObject &c : m_org->contacts()) {
                if (c.value(QLatin1String("Email")).toString() == QLatin1String("n1@bad.example"))
                    QCOMPARE(c.value(QLatin1String("LastName")).toString(),
                             QStringLiteral("Nul") + QChar(0) + QStringLiteral("Byte"));
            }
        }
    }

    void invalidUtf8()
    {
        const Outcome o = run("email,last\nu1@bad.example,Bad\xff\xfe\nu2@bad.example,Good\n");
        report("CSV: invalid UTF-8", o, o.line(1));
        QCOMPARE(o.outcome(1), QStringLiteral("invalid"));
        QVERIFY2(o.error(1).contains(QLatin1String("line 2")), qPrintable(o.line(1)));
        QCOMPARE(o.outcome(2), QStringLiteral("created"));
    }

    void megabyteCells()
    {
        // 1 MB in a mapped field (LastName holds 80) and 1 MB in a column nobody maps.
        QByteArray csv = "email,last,notes\n";
        csv += "m1@bad.example," + QByteArray(1 << 20, 'x') + ",short\n";
        csv += "m2@bad.example,Good," + QByteArray(1 << 20, 'y') + "\n";
        const Outcome o = run(csv, configFor(contactFields()));
        report("CSV: 1 MB cell in a mapped field", o, o.line(1).left(200));
        QVERIFY2(o.outcome(1) == QLatin1String("invalid") || o.outcome(1) == QLatin1String("failed"),
                 qPrintable(o.line(1).left(300)));
        QVERIFY2(o.error(1).contains(QLatin1String("LastName")), qPrintable(o.error(1).left(300)));
        QVERIFY2(o.error(1).size() < 2000, "the message must not echo a megabyte");
        QCOMPARE(o.outcome(2), QStringLiteral("created"));
    }

    void tenThousandColumns()
    {
        QByteArray header = "email,last";
        QByteArray row = "w1@bad.example,Wide";
        for (int i = 0; i < 10000; ++i) {
            header += ",c" + QByteArray::number(i);
            row += "," + QByteArray::number(i);
        }
        const Outcome o = run(header + '\n' + row + '\n');
        report("CSV: 10,000 columns", o, o.line(1));
        QVERIFY2(o.cli.exitCode == 0, o.cli.describe());
        QVERIFY(landed(QStringLiteral("w1@bad.example")));
    }

    void emptyFile()
    {
        const Outcome o = run("");
        const QString seen = lineWith(o.cli.errText(), QStringLiteral(".csv"));
        report("CSV: empty file", o, seen);
        QCOMPARE(o.cli.exitCode, 2);
        QVERIFY2(!seen.isEmpty(), o.cli.describe());
    }

    void headerOnly()
    {
        const Outcome o = run("email,last\n");
        report("CSV: header only", o, o.cli.errText().trimmed().section(QLatin1Char('\n'), -1));
        QVERIFY2(o.cli.exitCode == 0, o.cli.describe());
        QCOMPARE(o.results.size(), 1);
    }

    void duplicateHeaders()
    {
        const Outcome o = run("email,last,email\nd1@bad.example,Dup,x@y.z\n");
        const QString seen = lineWith(o.cli.errText(), QStringLiteral("email"));
        report("CSV: duplicate header", o, seen);
        QCOMPARE(o.cli.exitCode, 2);
        QVERIFY2(seen.contains(QLatin1String("email")), o.cli.describe());
        QVERIFY(!landed(QStringLiteral("d1@bad.example")));
    }

    void missingColumn()
    {
        const Outcome o = run("email,surname\nc1@bad.example,X\n");
        const QString seen = lineWith(o.cli.errText(), QStringLiteral("last"));
        report("CSV: a mapped column is missing", o, seen);
        QCOMPARE(o.cli.exitCode, 2);
        QVERIFY2(seen.contains(QLatin1String("actions[0].fields[1]"))
                     || seen.contains(QLatin1String("'last'")) || seen.contains(QLatin1String("last")),
                 o.cli.describe());
    }

    // --- configs ---------------------------------------------------------------------------------------

    void brokenConfigs_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("mustName"); // the JSON path or detail the message must name
        const QByteArray src = "\"source\": {\"type\": \"csv\", \"path\": \"x.csv\"}";
        QTest::newRow("not JSON") << QByteArray("{\"version\": 1, \"actions\": [")
                                  << QStringLiteral("invalid JSON");
        QTest::newRow("wrong type: actions")
            << QByteArray("{\"version\": 1, " + src + ", \"actions\": \"all\"}") << QStringLiteral("actions");
        QTest::newRow("wrong type: batchSize") << QByteArray(
            "{\"version\": 1, " + src
            + ", \"actions\": [{\"name\": \"a\", \"object\": \"Contact\", \"operation\": \"create\", "
              "\"batchSize\": \"200\", \"fields\": [{\"field\": \"LastName\", \"value\": \"x\"}]}]}")
                                               << QStringLiteral("actions[0].batchSize");
        QTest::newRow("unknown key") << QByteArray(
            "{\"version\": 1, " + src
            + ", \"actions\": [{\"name\": \"a\", \"object\": \"Contact\", \"operation\": \"upsert\", "
              "\"matcher\": [{\"field\": \"Email\", \"column\": \"e\"}], \"fields\": [{\"field\": "
              "\"LastName\", \"value\": \"x\"}]}]}")
                                     << QStringLiteral("actions[0].matcher");
        QTest::newRow("huge number") << QByteArray(
            "{\"version\": 1, " + src
            + ", \"options\": {\"concurrency\": 1e308}, \"actions\": [{\"name\": \"a\", \"object\": "
              "\"Contact\", \"operation\": \"create\", \"batchSize\": 99999999999999999999999, \"fields\": "
              "[{\"field\": \"LastName\", \"value\": \"x\"}]}]}")
                                     << QStringLiteral("batchSize");
        QTest::newRow("negative number") << QByteArray(
            "{\"version\": 1, " + src
            + ", \"actions\": [{\"name\": \"a\", \"object\": \"Contact\", \"operation\": \"create\", "
              "\"batchSize\": -5, \"fields\": [{\"field\": \"LastName\", \"value\": \"x\"}]}]}")
                                         << QStringLiteral("batchSize");
        QByteArray deep = "{\"version\": 1, " + src
            + ", \"actions\": [{\"name\": \"a\", \"object\": \"Contact\", \"operation\": \"create\", "
              "\"fields\": [{\"field\": \"LastName\", \"value\": ";
        deep += QByteArray(100000, '[') + QByteArray(100000, ']') + "}]}]}";
        QTest::newRow("deep nesting") << deep << QString();
        QTest::newRow("wrong version")
            << QByteArray("{\"version\": 99, " + src + ", \"actions\": []}") << QStringLiteral("version");
        QTest::newRow("operation") << QByteArray("{\"version\": 1, " + src
                                                 + ", \"actions\": [{\"name\": \"a\", \"object\": "
                                                   "\"Contact\", \"operation\": \"merge\", \"fields\": []}]}")
                                   << QStringLiteral("actions[0].operation");
    }

    void brokenConfigs()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, mustName);
        const Outcome o = run("x\n1\n", config, QStringLiteral("validate"));
        const QString text = o.cli.errText() + o.cli.outText();
        QString seen =
            mustName.isEmpty() ? text.trimmed().section(QLatin1Char('\n'), 0, 1) : lineWith(text, mustName);
        report(QTest::currentDataTag(), o, seen.left(300));
        QCOMPARE(o.cli.exitCode, 2);
        QVERIFY2(mustName.isEmpty() || !seen.isEmpty(), o.cli.describe());
        QVERIFY2(text.contains(QStringLiteral("case%1.json").arg(m_case))
                     || text.contains(QLatin1String("actions")) || text.contains(QLatin1String("version"))
                     || text.contains(QLatin1String("JSON")),
                 o.cli.describe());
        QVERIFY(text.size() < 20000); // a hostile file does not come back as a flood
    }

    // --- metadata --------------------------------------------------------------------------------------

    void unknownObjectAndField_data()
    {
        QTest::addColumn<QByteArray>("object");
        QTest::addColumn<QByteArray>("fields");
        QTest::addColumn<QByteArray>("matchers");
        QTest::addColumn<QString>("mustName");
        QTest::newRow("unknown object")
            << QByteArray("Contactt") << contactFields() << QByteArray() << QStringLiteral("Contactt");
        QTest::newRow("unknown field") << QByteArray("Contact")
                                       << QByteArray("[{\"field\": \"Email\", \"column\": \"email\"}, "
                                                     "{\"field\": \"LastNme\", \"column\": \"last\"}]")
                                       << QByteArray() << QStringLiteral("LastNme");
        QTest::newRow("non-filterable matcher")
            << QByteArray("Contact") << contactFields()
            << QByteArray("[{\"field\": \"Description\", \"column\": \"last\"}]")
            << QStringLiteral("Description");
        QTest::newRow("injection-shaped name")
            << QByteArray("Contact")
            << QByteArray("[{\"field\": \"LastName' OR Name != '\", \"column\": \"last\"}]") << QByteArray()
            << QStringLiteral("fields[0]");
    }

    void unknownObjectAndField()
    {
        QFETCH(QByteArray, object);
        QFETCH(QByteArray, fields);
        QFETCH(QByteArray, matchers);
        QFETCH(QString, mustName);
        const int before = int(m_org->contacts().size());
        const Outcome o = run("email,last\nmeta@bad.example,Meta\n",
                              configFor(fields, object, matchers.isEmpty() ? "create" : "upsert", matchers));
        const QString seen = lineWith(o.cli.errText() + o.cli.outText(), mustName);
        report(QTest::currentDataTag(), o, seen);
        QCOMPARE(o.cli.exitCode, 2);
        QVERIFY2(!seen.isEmpty(), o.cli.describe());
        QCOMPARE(int(m_org->contacts().size()), before); // nothing sent
    }

    // --- values ----------------------------------------------------------------------------------------

    void valuesTheFieldRejects()
    {
        const QByteArray fields = "[{\"field\": \"Email\", \"column\": \"email\"}, {\"field\": \"LastName\", "
                                  "\"column\": \"last\"},\n            {\"field\": \"Birthdate\", "
                                  "\"column\": \"born\"}, {\"field\": \"Title\", \"column\": \"title\"}]";
        QByteArray csv = "email,last,born,title\n";
        csv += "v1@bad.example,Fine,1990-02-03,ok\n";
        csv += "v2@bad.example," + QByteArray(81, 'L') + ",1990-02-03,too long\n";
        csv += "v3@bad.example,Date,not a date,wrong type\n";
        csv += "not-an-email,Mail,1990-02-03,bad email\n";
        csv += "v5@bad.example,Date2,1990-02-30,no such day\n";
        csv += "v6@bad.example,Fine,,empty date\n";
        const Outcome o = run(csv, configFor(fields));
        for (int row = 1; row <= 6; ++row)
            report(
                qPrintable(QStringLiteral("value row %1 (%2)").arg(row).arg(o.results.value(row).value(9))),
                o, o.line(row));
        QCOMPARE(o.cli.exitCode, 1);
        QCOMPARE(o.outcome(1), QStringLiteral("created"));
        QCOMPARE(o.outcome(6), QStringLiteral("created"));
        const QHash<int, QString> names {{2, QStringLiteral("LastName")},
                                         {3, QStringLiteral("Birthdate")},
                                         {4, QStringLiteral("Email")},
                                         {5, QStringLiteral("Birthdate")}};
        for (auto it = names.cbegin(); it != names.cend(); ++it) {
            QVERIFY2(o.outcome(it.key()) == QLatin1String("invalid")
                         || o.outcome(it.key()) == QLatin1String("failed"),
                     qPrintable(o.line(it.key())));
            QVERIFY2(o.error(it.key()).contains(it.value()), qPrintable(o.line(it.key())));
        }
    }

    void idMixUps()
    {
        const QString id18 =
            m_org->createContact(QStringLiteral("IdTarget"), QStringLiteral("id@bad.example"));
        QVERIFY(!id18.isEmpty());
        const QString other = m_org->org()
                                  .records()
                                  .create(QStringLiteral("Account"),
                                          QJsonObject {{QStringLiteral("Name"), QStringLiteral("A")}})
                                  .id;
        // Ids are case-sensitive in their 15-character form: flip one letter and it is another record's Id.
        QString wrongCase = id18.left(15);
        for (qsizetype i = 14; i >= 3; --i) {
            if (wrongCase.at(i).isLetter()) {
                wrongCase[i] =
                    wrongCase.at(i).isUpper() ? wrongCase.at(i).toLower() : wrongCase.at(i).toUpper();
                break;
            }
        }
        QVERIFY(wrongCase != id18.left(15));
        QString badSuffix = id18;
        badSuffix[17] = id18.at(17) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QByteArray csv = "id,title\n";
        const QStringList ids {id18,      id18.left(15), id18.toLower(),           wrongCase,
                               badSuffix, other,         QStringLiteral("003abc"), QString()};
        for (const QString &id : ids)
            csv += csvLine({id, QStringLiteral("T")});
        const Outcome o = run(csv,
                              configFor("[{\"field\": \"Title\", \"column\": \"title\"}]", "Contact",
                                        "update", "[{\"field\": \"Id\", \"column\": \"id\"}]"));
        const QStringList labels {QStringLiteral("18-char Id"),
                                  QStringLiteral("15-char Id"),
                                  QStringLiteral("18-char Id in lower case"),
                                  QStringLiteral("15-char Id, one letter's case changed"),
                                  QStringLiteral("18-char Id, wrong checksum suffix"),
                                  QStringLiteral("an Account Id for a Contact"),
                                  QStringLiteral("6 characters"),
                                  QStringLiteral("empty")};
        for (int row = 1; row <= ids.size(); ++row)
            report(qPrintable(QStringLiteral("Id: ") + labels.at(row - 1)), o, o.line(row));
        QCOMPARE(o.outcome(1), QStringLiteral("updated"));
        QCOMPARE(o.outcome(2), QStringLiteral("updated"));
        QCOMPARE(o.results.value(2).value(4), id18); // the canonical 18-char Id is reported
        // Lower-casing an 18-character Id keeps it unambiguous (the suffix restores the case) or makes it
        // unusable; either way it must never reach another record.
        QVERIFY2(o.outcome(3) != QLatin1String("updated") || o.results.value(3).value(4) == id18,
                 qPrintable(o.line(3)));
        // An Id of another object is well formed, but its key prefix says what it is: refused before
        // anything is sent, naming the prefix Contact Ids have.
        QCOMPARE(o.outcome(6), QStringLiteral("invalid"));
        QVERIFY2(o.error(6).startsWith(QLatin1String("INVALID_ID: "))
                     && o.error(6).contains(QLatin1String("(those begin with 003)")),
                 qPrintable(o.line(6)));
        for (int row : {4, 5, 7, 8})
            QVERIFY2(o.outcome(row) == QLatin1String("invalid")
                         || o.outcome(row) == QLatin1String("not_found"),
                     qPrintable(o.line(row)));
    }
};

QTEST_GUILESS_MAIN(tst_BadInput)
#include "tst_badinput.moc"
