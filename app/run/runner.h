#pragma once

#include "exitcode.h"

#include <QObject>
#include <QStringList>
#include <functional>
#include <optional>

namespace sfsync {

class Command;
class SignalWatcher;

// sfsync-run's front door: picks the command (the first argument), parses its options, sets up logging and
// output, and runs it in the application's event loop. Owns nothing of the engine.
class Runner : public QObject
{
    Q_OBJECT
public:
    using Factory = std::function<Command *(QObject *parent)>;

    explicit Runner(QObject *parent = nullptr);
    ~Runner() override;

    // Parses `arguments` (as QCoreApplication::arguments()). Returns an exit code when there is nothing to
    // run (help, version, a usage error), or std::nullopt when start() should follow in the event loop.
    [[nodiscard]] std::optional<ExitCode> prepare(const QStringList &arguments);
    // Starts the prepared command; the application exits with its exit code.
    void start();

private:
    struct Entry
    {
        QString name;
        Factory create;
    };

    void printOverview(bool toStdout) const;
    [[nodiscard]] std::optional<ExitCode> rejectSecretsOnArgv(const QStringList &arguments) const;
    [[nodiscard]] QString closestCommand(const QString &typed) const;
    [[nodiscard]] const Entry *entry(const QString &name) const;
    [[nodiscard]] QString helpFor(Command *command) const;
    void onInterrupted();
    void onFinished(int exitCode);

    QList<Entry> m_entries;
    Command *m_command = nullptr;
    SignalWatcher *m_signals = nullptr;
    int m_interrupts = 0;
};

} // namespace sfsync
