#include "importdataloadercommand.h"

#include "console.h"

#include "core/config/dataloader/dataloaderimport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace sfsync {

QString ImportDataLoaderCommand::synopsis() const
{
    return tr("process-conf.xml [--bean NAME] | mapping.sdl --object OBJECT --operation OP [options]");
}

QString ImportDataLoaderCommand::description() const
{
    return tr(
        "Turn a Data Loader batch process (process-conf.xml) or mapping file (.sdl) into a job config.");
}

void ImportDataLoaderCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("Data Loader's process-conf.xml, or a field mapping file (.sdl)."));
    parser.addOption(QCommandLineOption(
        QStringLiteral("bean"), tr("The process (bean id) to take from a process-conf.xml with several."),
        QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                        tr("Write the job config to FILE instead of stdout."),
                                        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("object"), tr("With an .sdl file: the sObject written."), QStringLiteral("OBJECT")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("operation"),
        tr("With an .sdl file: insert, update, upsert, delete or hard_delete (or sfsync's names)."),
        QStringLiteral("OP")));
    parser.addOption(QCommandLineOption(QStringLiteral("external-id"),
                                        tr("With an .sdl file and upsert: the field that matches records."),
                                        QStringLiteral("FIELD")));
    parser.addOption(QCommandLineOption(QStringLiteral("csv"), tr("With an .sdl file: the CSV file to read."),
                                        QStringLiteral("FILE")));
}

std::optional<ExitCode> ImportDataLoaderCommand::configure(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        Console::error(tr("import-dataloader takes one file: a process-conf.xml or an .sdl mapping file."),
                       tr("Usage: sfsync-run import-dataloader %1").arg(synopsis()));
        return ExitCode::Usage;
    }
    m_input = positional.first();
    m_bean = parser.value(QStringLiteral("bean"));
    m_output = parser.value(QStringLiteral("output"));
    m_object = parser.value(QStringLiteral("object"));
    m_operation = parser.value(QStringLiteral("operation"));
    m_externalId = parser.value(QStringLiteral("external-id"));
    m_csv = parser.value(QStringLiteral("csv"));
    if (!QFileInfo::exists(m_input)) {
        Console::error(tr("%1 does not exist.").arg(m_input),
                       tr("Give the path of Data Loader's process-conf.xml or of an .sdl mapping file."));
        return ExitCode::Usage;
    }
    const bool sdl = m_input.endsWith(QLatin1String(".sdl"), Qt::CaseInsensitive);
    if (sdl && (m_object.isEmpty() || m_operation.isEmpty())) {
        Console::error(tr("a mapping file alone does not say what to write: --object and --operation are "
                          "needed."),
                       tr("e.g. sfsync-run import-dataloader %1 --object Contact --operation upsert "
                          "--external-id Legacy_Id__c --csv contacts.csv")
                           .arg(m_input));
        return ExitCode::Usage;
    }
    if (!sdl
        && (!m_object.isEmpty() || !m_operation.isEmpty() || !m_externalId.isEmpty() || !m_csv.isEmpty())) {
        Console::error(tr("--object, --operation, --external-id and --csv go with an .sdl file; a "
                          "process-conf.xml names them itself."));
        return ExitCode::Usage;
    }
    if (sdl && !m_bean.isEmpty()) {
        Console::error(tr("--bean goes with a process-conf.xml, not an .sdl file."));
        return ExitCode::Usage;
    }
    return std::nullopt;
}

void ImportDataLoaderCommand::start()
{
    ConfigIssues issues;
    const bool sdl = m_input.endsWith(QLatin1String(".sdl"), Qt::CaseInsensitive);
    std::optional<DataLoaderJob> job = sdl
        ? DataLoaderImport::fromSdl(m_input, m_object, m_operation, m_externalId, m_csv, &issues)
        : DataLoaderImport::fromProcessConf(m_input, m_bean, &issues);
    if (!job) {
        for (const ConfigIssue &issue : std::as_const(issues))
            Console::err(issue.toString() + QLatin1Char('\n'));
        Console::error(
            tr("%n problem(s) in the Data Loader files; no job was written.", nullptr, int(issues.size())),
            tr("Fix the places named above."));
        Q_EMIT finished(toInt(ExitCode::Usage));
        return;
    }
    // Source paths relative to where the job goes (the current folder for stdout), so the job can move with
    // its CSV.
    DataLoaderImport::relocate(&job->config,
                               m_output.isEmpty() ? QDir::currentPath() : QFileInfo(m_output).absolutePath());
    if (m_output.isEmpty()) {
        Console::out(QString::fromUtf8(job->config.toJsonBytes()));
    } else {
        QString error;
        if (!job->config.save(m_output, &error)) {
            Console::error(tr("cannot write %1: %2").arg(m_output, error),
                           tr("Choose a writable path for -o, or leave it out to print the job."));
            Q_EMIT finished(toInt(ExitCode::Usage));
            return;
        }
    }
    if (!job->notes.isEmpty()) {
        Console::err(tr("Not carried over (%n setting(s)):", nullptr, int(job->notes.size()))
                     + QLatin1Char('\n'));
        for (const DataLoaderNote &note : std::as_const(job->notes)) {
            Console::err(note.value.isEmpty()
                             ? QStringLiteral("  %1: %2\n").arg(note.where, note.why)
                             : QStringLiteral("  %1 = %2: %3\n").arg(note.where, note.value, note.why));
        }
    }
    for (const QString &hint : std::as_const(job->hints))
        Console::info(hint);
    if (!m_output.isEmpty())
        Console::info(tr("Wrote %1; check it with 'sfsync-run validate %1 --profile NAME'.").arg(m_output));
    Q_EMIT finished(toInt(ExitCode::Ok));
}

} // namespace sfsync
