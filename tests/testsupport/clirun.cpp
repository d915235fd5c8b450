#include "tests/testsupport/clirun.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>

namespace sfsync::test {

QByteArray CliResult::describe() const
{
    return "exit code " + QByteArray::number(exitCode) + (crashed ? " (crashed)" : "")
        + (finished ? "" : " (did not finish)") + "\n--- stdout ---\n" + out.left(4000) + "\n--- stderr ---\n"
        + err.left(4000);
}

QString CliRun::binary()
{
    return QStringLiteral(SFSYNC_RUN_BINARY);
}

CliRun::CliRun()
    : m_environment(QProcessEnvironment::systemEnvironment())
{
    m_environment.remove(QStringLiteral("SFSYNC_ACCESS_TOKEN"));
    const QDir home(m_home.path());
    m_environment.insert(QStringLiteral("HOME"), home.path());
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    // Messages in English whatever the machine's locale, so texts can be asserted.
    m_environment.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    m_environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    m_environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    m_workingDirectory = home.path();
}

void CliRun::setToken(const QString &token)
{
    m_environment.insert(QStringLiteral("SFSYNC_ACCESS_TOKEN"), token);
}

std::unique_ptr<QProcess> CliRun::start(const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(m_environment);
    process->setWorkingDirectory(m_workingDirectory);
    process->setProgram(binary());
    process->setArguments(arguments);
    process->start();
    if (process->waitForStarted(10000)) {
        process->closeWriteChannel();
    }
    return process;
}

CliResult CliRun::finish(QProcess &process, int timeoutMs)
{
    CliResult result;
    if (process.error() == QProcess::FailedToStart) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    if (process.state() != QProcess::NotRunning) {
        QSignalSpy finishedSpy(&process, &QProcess::finished);
        // Keep this process's event loop (and any in-process local org) running while the child works.
        result.finished = finishedSpy.wait(timeoutMs);
        if (!result.finished) {
            process.kill();
            process.waitForFinished(5000);
        }
    } else {
        result.finished = true;
    }
    result.exitCode = process.exitCode();
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

CliResult CliRun::run(const QStringList &arguments, int timeoutMs)
{
    const std::unique_ptr<QProcess> process = start(arguments);
    return finish(*process, timeoutMs);
}

} // namespace sfsync::test
