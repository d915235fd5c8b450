// The man pages (docs/man/*.1.in, as the build configures them) against the programs' --help: every option a
// --help prints is described in the page, in the place that belongs to it (a sfsync-run command's own
// subsection, the options of every command, or the connection options), and every option the page describes
// exists; the commands, exit codes and environment variables match; the pages have the usual sections and
// render without a groff warning.
#include "tests/testsupport/clirun.h"
#include "tests/testsupport/testenvironment.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using sfsync::test::CliResult;
using sfsync::test::CliRun;

namespace {

using Options = QSet<QString>;

// One man page, split into sections (.SH) and subsections (.SS).
struct ManPage
{
    QString text;
    // "SECTION" or "SECTION/Subsection" -> the section's roff source (the section's own text excludes its
    // subsections).
    QHash<QString, QString> sections;
    QStringList order;

    static ManPage read(const QString &path)
    {
        ManPage page;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return page;
        page.text = QString::fromUtf8(file.readAll());
        QString section;
        QString key;
        for (const QString &line : page.text.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String(".SH "))) {
                section = unquote(line.mid(4));
                key = section;
                page.order.append(key);
            } else if (line.startsWith(QLatin1String(".SS "))) {
                key = section + QLatin1Char('/') + unquote(line.mid(4));
                page.order.append(key);
            } else if (!key.isEmpty()) {
                page.sections[key] += line + QLatin1Char('\n');
            }
        }
        return page;
    }

    static QString unquote(const QString &title)
    {
        QString t = title.trimmed();
        if (t.startsWith(QLatin1Char('"')) && t.endsWith(QLatin1Char('"')))
            t = t.mid(1, t.size() - 2);
        return t;
    }

    // Options named in the tags of the section's .TP paragraphs: what the section describes.
    [[nodiscard]] Options described(const QString &key) const
    {
        Options options;
        const QStringList lines = sections.value(key).split(QLatin1Char('\n'));
        for (int i = 0; i + 1 < lines.size(); ++i) {
            if (lines.at(i) != QLatin1String(".TP"))
                continue;
            static const QRegularExpression option(
                QStringLiteral("(?:^|[\\s\"(,])(--?[A-Za-z][A-Za-z0-9-]*)"));
            QString tag = lines.at(i + 1);
            tag.replace(QLatin1String("\\-"), QLatin1String("-"));
            for (const auto &match : option.globalMatch(tag))
                options.insert(match.captured(1));
        }
        return options;
    }

    // The bold words of the tags (exit codes, environment variables).
    [[nodiscard]] QStringList tags(const QString &key) const
    {
        QStringList result;
        const QStringList lines = sections.value(key).split(QLatin1Char('\n'));
        for (int i = 0; i + 1 < lines.size(); ++i) {
            if (lines.at(i) != QLatin1String(".TP"))
                continue;
            // ".B 0", ".B SFSYNC_ACCESS_TOKEN", ".BR http_proxy \", \" https_proxy": the words, without the
            // separators.
            QString tag = lines.at(i + 1);
            tag.remove(QStringLiteral("\", \" "));
            if (tag.startsWith(QLatin1String(".B ")) || tag.startsWith(QLatin1String(".BR ")))
                result += tag.section(QLatin1Char(' '), 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
        return result;
    }
};

// The option names of a Qt --help text (option lines start with two spaces and a dash; wrapped descriptions
// are indented further), or of the "  --profile NAME  ..." lines of sfsync-run's overview.
Options helpOptions(const QString &help)
{
    Options options;
    static const QRegularExpression line(
        QStringLiteral("^  ((?:-[A-Za-z0-9?]|--[A-Za-z0-9-]+)(?:, (?:-[A-Za-z0-9?]|--[A-Za-z0-9-]+))*)"),
        QRegularExpression::MultilineOption);
    for (const auto &match : line.globalMatch(help)) {
        for (const QString &name : match.captured(1).split(QStringLiteral(", ")))
            options.insert(name);
    }
    return options;
}

QByteArray listed(const Options &options)
{
    QStringList sorted(options.cbegin(), options.cend());
    sorted.sort();
    return sorted.join(QLatin1Char(' ')).toUtf8();
}

// For QVERIFY2: "what: --a --b".
const char *problem(const char *what, const Options &options)
{
    static QByteArray text;
    text = QByteArray(what) + ": " + listed(options);
    return text.constData();
}

// Runs one of the other programs (no org involved, so waiting here blocks nothing).
CliResult runProgram(const QString &program, const QStringList &arguments)
{
    CliRun cli; // only for its isolated environment
    QProcess process;
    process.setProcessEnvironment(cli.environment());
    process.start(program, arguments);
    CliResult result;
    result.finished = process.waitForFinished(60000);
    result.exitCode = process.exitCode();
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString manPath(const QString &page)
{
    return QDir(QStringLiteral(SFSYNC_MAN_DIR)).filePath(page + QStringLiteral(".1"));
}

} // namespace

class TestCliManPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagesHaveTheSections_data();
    void pagesHaveTheSections();
    void runnerCommandsAreDocumented();
    void runnerOptionsMatchEachCommand_data();
    void runnerOptionsMatchEachCommand();
    void runnerGlobalOptions();
    void runnerExitCodes();
    void runnerEnvironment();
    void programOptionsMatch_data();
    void programOptionsMatch();
    void pagesRenderWithoutWarnings_data();
    void pagesRenderWithoutWarnings();

private:
    CliResult help(const QStringList &arguments);
    ManPage m_run;
    QString m_overview;
};

void TestCliManPages::initTestCase()
{
    sfsync::test::isolateEnvironment(QStringLiteral("tst_cli_manpages"));
    m_run = ManPage::read(manPath(QStringLiteral("sfsync-run")));
    QVERIFY2(!m_run.text.isEmpty(), qPrintable(manPath(QStringLiteral("sfsync-run"))));
    const CliResult overview = help({QStringLiteral("--help")});
    QVERIFY2(overview.exitCode == 0, overview.describe());
    m_overview = overview.outText();
}

CliResult TestCliManPages::help(const QStringList &arguments)
{
    CliRun cli;
    return cli.run(arguments);
}

void TestCliManPages::pagesHaveTheSections_data()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("sfsync") << QStringLiteral("sfsync");
    QTest::newRow("sfsync-run") << QStringLiteral("sfsync-run");
    QTest::newRow("sfsync-localorg") << QStringLiteral("sfsync-localorg");
}

void TestCliManPages::pagesHaveTheSections()
{
    QFETCH(QString, page);
    const ManPage man = ManPage::read(manPath(page));
    QVERIFY2(!man.text.isEmpty(), qPrintable(manPath(page)));
    QStringList expected = {
        QStringLiteral("NAME"),    QStringLiteral("SYNOPSIS"),    QStringLiteral("DESCRIPTION"),
        QStringLiteral("OPTIONS"), QStringLiteral("EXIT STATUS"), QStringLiteral("ENVIRONMENT"),
        QStringLiteral("FILES"),   QStringLiteral("EXAMPLES"),    QStringLiteral("SEE ALSO")};
    if (page == QLatin1String("sfsync-run"))
        expected.insert(3, QStringLiteral("COMMANDS"));
    for (const QString &section : std::as_const(expected))
        QVERIFY2(man.order.contains(section), qPrintable(page + QStringLiteral(": no section ") + section));

    // The build filled in every placeholder, and the header carries this version.
    static const QRegularExpression placeholder(QStringLiteral("@[A-Z_]+@"));
    QVERIFY2(!placeholder.match(man.text).hasMatch(), qPrintable(placeholder.match(man.text).captured()));
    QVERIFY(man.text.contains(QStringLiteral("\"sfsync " SFSYNC_VERSION "\"")));
    QVERIFY(man.sections.value(QStringLiteral("NAME")).startsWith(page + QStringLiteral(" \\- ")));
}

void TestCliManPages::runnerCommandsAreDocumented()
{
    // The overview's command list ("  login       Sign in ...") and the page's COMMANDS subsections.
    QSet<QString> commands;
    static const QRegularExpression command(QStringLiteral("^  ([a-z][a-z-]*) {2,}\\S"),
                                            QRegularExpression::MultilineOption);
    const QString list =
        m_overview.section(QStringLiteral("Commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
    for (const auto &match : command.globalMatch(list))
        commands.insert(match.captured(1));
    QVERIFY(commands.contains(QStringLiteral("run")));

    QSet<QString> documented;
    for (const QString &key : std::as_const(m_run.order)) {
        if (key.startsWith(QLatin1String("COMMANDS/")))
            documented.insert(key.section(QLatin1Char('/'), 1));
    }
    // `sfsync-run help COMMAND` is documented beside the commands, though the overview does not list it.
    documented.remove(QStringLiteral("help"));
    QCOMPARE(listed(documented), listed(commands));
}

void TestCliManPages::runnerOptionsMatchEachCommand_data()
{
    QTest::addColumn<QString>("command");
    for (const char *command :
         {"login", "logout", "profiles", "describe", "validate", "preview", "run", "import-dataloader"})
        QTest::newRow(command) << QString::fromLatin1(command);
}

void TestCliManPages::runnerOptionsMatchEachCommand()
{
    QFETCH(QString, command);
    const CliResult r = help({command, QStringLiteral("--help")});
    QVERIFY2(r.exitCode == 0, r.describe());
    const Options inHelp = helpOptions(r.outText());
    QVERIFY(inHelp.contains(QStringLiteral("--help")));

    const Options own = m_run.described(QStringLiteral("COMMANDS/") + command);
    const Options common = m_run.described(QStringLiteral("OPTIONS/Options of every command"));
    const Options connection = m_run.described(QStringLiteral("OPTIONS/Connection options"));
    QVERIFY(!common.isEmpty());
    QVERIFY(!connection.isEmpty());

    // Every option of the command is described: in its subsection, or among the shared options.
    Options missing = inHelp - own - common;
    const bool connects = inHelp.contains(QStringLiteral("--instance-url"));
    if (connects)
        missing -= connection;
    QVERIFY2(missing.isEmpty(), problem("not in the man page", missing));

    // Every option the page gives the command exists.
    QVERIFY2((own - inHelp).isEmpty(), problem("described but unknown to the command", own - inHelp));
    QVERIFY2((common - inHelp).isEmpty(), problem("not accepted by every command", common - inHelp));
    if (connects) {
        QVERIFY2((connection - inHelp).isEmpty(),
                 problem("connection options unknown to the command", connection - inHelp));
    }
}

void TestCliManPages::runnerGlobalOptions()
{
    // The options without a command, and the overview's ways to connect.
    const Options global = m_run.described(QStringLiteral("OPTIONS"));
    QCOMPARE(listed(global), QByteArray("--help --version -h -v"));
    for (const QString &option : global) {
        const CliResult r = help({option});
        QVERIFY2(r.exitCode == 0 && !r.out.isEmpty(), r.describe());
    }
    const Options connecting = helpOptions(m_overview);
    QVERIFY(connecting.contains(QStringLiteral("--local-org")));
    const Options missing = connecting - m_run.described(QStringLiteral("OPTIONS/Connection options"));
    QVERIFY2(missing.isEmpty(), problem("not in the man page", missing));
}

void TestCliManPages::runnerExitCodes()
{
    QStringList codes;
    static const QRegularExpression code(QStringLiteral("^  ([0-9])  \\S"),
                                         QRegularExpression::MultilineOption);
    for (const auto &match : code.globalMatch(m_overview.section(QStringLiteral("Exit codes:\n"), 1)))
        codes.append(match.captured(1));
    QCOMPARE(codes, QStringList({"0", "1", "2", "3", "4"}));
    QCOMPARE(m_run.tags(QStringLiteral("EXIT STATUS")), codes);
}

void TestCliManPages::runnerEnvironment()
{
    // Every SFSYNC_* variable that any --help names is described under ENVIRONMENT.
    QString allHelp = m_overview;
    for (const char *command :
         {"login", "logout", "profiles", "describe", "validate", "preview", "run", "import-dataloader"})
        allHelp += help({QString::fromLatin1(command), QStringLiteral("--help")}).outText();
    QSet<QString> variables;
    static const QRegularExpression variable(QStringLiteral("\\bSFSYNC_[A-Z_]+"));
    for (const auto &match : variable.globalMatch(allHelp))
        variables.insert(match.captured());
    QVERIFY(variables.contains(QStringLiteral("SFSYNC_ACCESS_TOKEN")));
    const QStringList described = m_run.tags(QStringLiteral("ENVIRONMENT"));
    for (const QString &name : std::as_const(variables))
        QVERIFY2(described.contains(name), qPrintable(name));
}

void TestCliManPages::programOptionsMatch_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("program");
    QTest::newRow("sfsync-localorg") << QStringLiteral("sfsync-localorg")
                                     << QStringLiteral(SFSYNC_LOCALORG_BINARY);
    QTest::newRow("sfsync") << QStringLiteral("sfsync") << QStringLiteral(SFSYNC_GUI_BINARY);
}

void TestCliManPages::programOptionsMatch()
{
    QFETCH(QString, page);
    QFETCH(QString, program);
    const CliResult r = runProgram(program, {QStringLiteral("--help")});
    QVERIFY2(r.finished && r.exitCode == 0, r.describe());
    const Options inHelp = helpOptions(r.outText());
    QVERIFY(inHelp.contains(QStringLiteral("--version")));
    const Options described = ManPage::read(manPath(page)).described(QStringLiteral("OPTIONS"));
    QVERIFY2((inHelp - described).isEmpty(), problem("not in the man page", inHelp - described));
    QVERIFY2((described - inHelp).isEmpty(), problem("described but unknown", described - inHelp));
}

void TestCliManPages::pagesRenderWithoutWarnings_data()
{
    pagesHaveTheSections_data();
}

void TestCliManPages::pagesRenderWithoutWarnings()
{
    QFETCH(QString, page);
    // groff (package groff-base, which scripts/install-deps.sh installs) with every warning on.
    const QString groff = QStandardPaths::findExecutable(QStringLiteral("groff"));
    if (groff.isEmpty())
        QSKIP("groff is not installed");
    const CliResult r = runProgram(groff,
                                   {QStringLiteral("-man"), QStringLiteral("-ww"), QStringLiteral("-z"),
                                    QStringLiteral("-Tutf8"), manPath(page)});
    QVERIFY2(r.finished && r.exitCode == 0 && r.err.isEmpty(), r.describe());
}

QTEST_GUILESS_MAIN(TestCliManPages)
#include "tst_cli_manpages.moc"
