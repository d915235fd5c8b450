#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class QProcess;

namespace sfsync::test {

// What one sfsync-run process did.
struct CliResult
{
    int exitCode = -1;
    bool crashed = false;
    bool finished = false;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QString outText() const { return QString::fromUtf8(out); }
    [[nodiscard]] QString errText() const { return QString::fromUtf8(err); }
    // For QVERIFY2 messages.
    [[nodiscard]] QByteArray describe() const;
};

// Runs the real sfsync-run binary (SFSYNC_RUN_BINARY) as a child process with an isolated HOME and XDG
// folders, so profiles, journals and caches stay in a temporary folder. The test's own event loop keeps
// running while the child works (an in-process LocalOrg must keep answering), so this never blocks in
// QProcess::waitForFinished.
class CliRun
{
public:
    CliRun();

    // The child's environment (without SFSYNC_ACCESS_TOKEN unless set here).
    QProcessEnvironment &environment() { return m_environment; }
    void setToken(const QString &token);
    void setWorkingDirectory(const QString &dir) { m_workingDirectory = dir; }
    [[nodiscard]] QString home() const { return m_home.path(); }

    CliResult run(const QStringList &arguments, int timeoutMs = 120000);
    // Starts the child without waiting, for tests that interact with it while it runs (signals).
    std::unique_ptr<QProcess> start(const QStringList &arguments);
    // Waits (event loop running) for a child from start() to end and collects what it printed.
    static CliResult finish(QProcess &process, int timeoutMs = 120000);

    static QString binary();

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_environment;
    QString m_workingDirectory;
};

} // namespace sfsync::test
