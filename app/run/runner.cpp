#include "runner.h"

#include "command.h"
#include "console.h"
#include "describecommand.h"
#include "importdataloadercommand.h"
#include "logincommand.h"
#include "logoutcommand.h"
#include "logsink.h"
#include "profilescommand.h"
#include "runlogging.h"
#include "secretredactor.h"
#include "synccommand.h"
#include "validatecommand.h"

#include "core/signalwatcher.h"
#include "core/version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>

namespace sfsync {

namespace {

// Free functions' strings, under the context the runtime looks them up in (lupdate reads the
// macro's argument; a free tr() helper would file them under the namespace).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sfsync::Runner)
};

const QString programName = QStringLiteral("sfsync-run");

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addOption(
        QCommandLineOption({QStringLiteral("q"), QStringLiteral("quiet")},
                           Text::tr("Print only errors and the requested output (no progress).")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("verbose"), Text::tr("Print debug messages of every sfsync.* logging category.")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("log-file"),
                           Text::tr("Write log messages to FILE (created readable by you only) instead "
                                    "of the terminal; warnings still go to stderr."),
                           QStringLiteral("FILE")));
}

// Edit distance, for "did you mean" hints.
int distance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j) {
        previous[j] = j;
    }
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

Runner::Runner(QObject *parent)
    : QObject(parent)
{
    auto add = [this](const QString &name, Factory factory) {
        m_entries.append({name, std::move(factory)});
    };
    add(QStringLiteral("login"), [](QObject *p) { return new LoginCommand(p); });
    add(QStringLiteral("logout"), [](QObject *p) { return new LogoutCommand(p); });
    add(QStringLiteral("profiles"), [](QObject *p) { return new ProfilesCommand(p); });
    add(QStringLiteral("describe"), [](QObject *p) { return new DescribeCommand(p); });
    add(QStringLiteral("validate"), [](QObject *p) { return new ValidateCommand(p); });
    add(QStringLiteral("preview"), [](QObject *p) { return new SyncCommand(SyncCommand::Mode::Preview, p); });
    add(QStringLiteral("run"), [](QObject *p) { return new SyncCommand(SyncCommand::Mode::Run, p); });
    add(QStringLiteral("import-dataloader"), [](QObject *p) { return new ImportDataLoaderCommand(p); });
}

Runner::~Runner()
{
    LogSink::uninstall();
}

const Runner::Entry *Runner::entry(const QString &name) const
{
    for (const Entry &e : m_entries) {
        if (e.name == name) {
            return &e;
        }
    }
    return nullptr;
}

QString Runner::closestCommand(const QString &typed) const
{
    QString best;
    int bestDistance = 3; // farther than two edits is no longer a typo
    for (const Entry &e : m_entries) {
        const int d = distance(typed.toLower(), e.name);
        if (d < bestDistance) {
            bestDistance = d;
            best = e.name;
        }
    }
    return best;
}

void Runner::printOverview(bool toStdout) const
{
    QString text = Text::tr("Usage: %1 <command> [options]").arg(programName) + QLatin1Char('\n');
    text += Text::tr("Push data into Salesforce from the command line, for cron and CI.")
        + QStringLiteral("\n\n");
    text += Text::tr("Commands:") + QLatin1Char('\n');
    for (const Entry &e : m_entries) {
        Command *command = e.create(nullptr);
        text += QStringLiteral("  %1  %2\n").arg(e.name.leftJustified(10), command->description());
        delete command;
    }
    text +=
        QLatin1Char('\n') + Text::tr("Connecting (describe, validate, preview, run):") + QLatin1Char('\n');
    text += Text::tr("  --profile NAME        an org signed in with 'sfsync-run login'") + QLatin1Char('\n');
    text +=
        Text::tr(
            "  --instance-url URL    with the access token in the environment variable SFSYNC_ACCESS_TOKEN")
        + QLatin1Char('\n');
    text += Text::tr("  --local-org           a local org inside sfsync-run, seeded with the sample data")
        + QLatin1Char('\n');
    text += QLatin1Char('\n') + Text::tr("Exit codes:") + QLatin1Char('\n');
    text += Text::tr("  0  every row succeeded (preview: planned without error)") + QLatin1Char('\n');
    text += Text::tr("  1  some rows did not succeed") + QLatin1Char('\n');
    text += Text::tr("  2  usage or config error; nothing was sent") + QLatin1Char('\n');
    text += Text::tr("  3  authentication failed") + QLatin1Char('\n');
    text += Text::tr("  4  Salesforce unreachable, or limits exhausted after retries") + QLatin1Char('\n');
    text += QLatin1Char('\n')
        + Text::tr("Run '%1 <command> --help' for a command's options; '%1 --version' for the version.")
              .arg(programName)
        + QLatin1Char('\n');
    if (toStdout) {
        Console::out(text);
    } else {
        Console::err(text);
    }
}

QString Runner::helpFor(Command *command) const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command->description());
    addCommonOptions(parser);
    command->addOptions(parser);
    QStringList lines = parser.helpText().split(QLatin1Char('\n'));
    // Qt writes "Usage: sfsync-run [options] ..."; the command belongs right after the program name.
    if (!lines.isEmpty()) {
        lines[0] = Text::tr("Usage: %1 %2 %3").arg(programName, command->name(), command->synopsis());
    }
    return lines.join(QLatin1Char('\n'));
}

std::optional<ExitCode> Runner::rejectSecretsOnArgv(const QStringList &arguments) const
{
    // A token on the command line shows up in `ps`, shell history and CI logs. Refuse it outright, without
    // repeating the value.
    static const QStringList forbidden = {QStringLiteral("access-token"),  QStringLiteral("token"),
                                          QStringLiteral("sid"),           QStringLiteral("session-id"),
                                          QStringLiteral("refresh-token"), QStringLiteral("client-secret"),
                                          QStringLiteral("password")};
    for (const QString &argument : arguments.mid(1)) {
        if (argument == QLatin1String("--")) {
            break;
        }
        if (!argument.startsWith(QLatin1Char('-'))) {
            continue;
        }
        const QString name =
            argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1).section(QLatin1Char('='), 0, 0);
        if (forbidden.contains(name.toLower())) {
            Console::error(
                Text::tr("secrets are not accepted on the command line (--%1): they would show in the "
                         "process list and the shell history.")
                    .arg(name),
                Text::tr("Put the access token in the environment variable SFSYNC_ACCESS_TOKEN and pass "
                         "--instance-url URL, or sign in once with 'sfsync-run login' and use --profile."));
            return ExitCode::Usage;
        }
    }
    return std::nullopt;
}

std::optional<ExitCode> Runner::prepare(const QStringList &arguments)
{
    if (arguments.size() < 2) {
        printOverview(false);
        return ExitCode::Usage;
    }
    const QString first = arguments.at(1);
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("help")) {
        const QString topic = arguments.value(2);
        if (const Entry *e = entry(topic)) {
            Command *command = e->create(this);
            Console::out(helpFor(command));
            delete command;
            return ExitCode::Ok;
        }
        printOverview(true);
        return ExitCode::Ok;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")
        || first == QLatin1String("version")) {
        Console::out(programName + QLatin1Char(' ') + AppInfo::version() + QLatin1Char('\n'));
        return ExitCode::Ok;
    }
    // Secrets that arrive through the environment are masked in everything the runner prints.
    for (const char *variable : {"SFSYNC_ACCESS_TOKEN", "SFSYNC_CLIENT_SECRET"}) {
        SecretRedactor::addSecret(qEnvironmentVariable(variable));
    }
    if (const auto rejected = rejectSecretsOnArgv(arguments)) {
        return rejected;
    }

    const Entry *e = entry(first);
    if (!e) {
        if (first.startsWith(QLatin1Char('-'))) {
            Console::error(Text::tr("the command comes first: %1 <command> [options].").arg(programName),
                           Text::tr("Run '%1 --help' for the list of commands.").arg(programName));
            return ExitCode::Usage;
        }
        const QString suggestion = closestCommand(first);
        Console::error(Text::tr("unknown command '%1'.").arg(first),
                       suggestion.isEmpty()
                           ? Text::tr("Run '%1 --help' for the list of commands.").arg(programName)
                           : Text::tr("Did you mean '%1 %2'? Run '%1 --help' for the list of commands.")
                                 .arg(programName, suggestion));
        return ExitCode::Usage;
    }

    m_command = e->create(this);
    QCommandLineParser parser;
    parser.setApplicationDescription(m_command->description());
    addCommonOptions(parser);
    m_command->addOptions(parser);

    QStringList commandArguments = arguments.mid(2);
    commandArguments.prepend(arguments.first());
    if (!parser.parse(commandArguments)) {
        Console::error(parser.errorText(),
                       Text::tr("Run '%1 %2 --help' for its options.").arg(programName, m_command->name()));
        return ExitCode::Usage;
    }
    // Qt's parser lists --help-all beside --help; the runner has no Qt-specific options to add.
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        Console::out(helpFor(m_command));
        return ExitCode::Ok;
    }

    Console::setQuiet(parser.isSet(QStringLiteral("quiet")));
    LogSink::Options logOptions;
    logOptions.verbose = parser.isSet(QStringLiteral("verbose"));
    logOptions.logFile = parser.value(QStringLiteral("log-file"));
    QString logError;
    if (!LogSink::install(logOptions, &logError)) {
        Console::error(
            Text::tr("cannot write the log file %1: %2.").arg(logOptions.logFile, logError),
            Text::tr("Choose a writable path for --log-file, or leave it out to log to the terminal."));
        return ExitCode::Usage;
    }
    qCDebug(lcRun) << "command" << m_command->name();

    if (const auto failure = m_command->configure(parser)) {
        return failure;
    }
    return std::nullopt;
}

void Runner::start()
{
    Q_ASSERT(m_command);
    m_signals = new SignalWatcher(this);
    connect(m_signals, &SignalWatcher::interrupted, this, &Runner::onInterrupted);
    connect(m_command, &Command::finished, this, &Runner::onFinished, Qt::QueuedConnection);
    m_command->start();
}

void Runner::onInterrupted()
{
    ++m_interrupts;
    Console::setStatusLine({});
    if (m_interrupts == 1) {
        Console::info(Text::tr(
            "Interrupted: stopping after the calls in flight (press Ctrl+C again to quit at once)."));
        m_command->cancel();
        return;
    }
    Console::error(Text::tr("interrupted twice: quitting without waiting."),
                   Text::tr("'%1 run CONFIG --resume' continues from the journal.").arg(programName));
    QCoreApplication::exit(toInt(ExitCode::RowsFailed));
}

void Runner::onFinished(int exitCode)
{
    Console::setStatusLine({});
    qCDebug(lcRun) << "finished with exit code" << exitCode;
    QCoreApplication::exit(exitCode);
}

} // namespace sfsync
