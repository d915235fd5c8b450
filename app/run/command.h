#pragma once

#include "exitcode.h"

#include <QObject>
#include <QString>
#include <optional>

class QCommandLineParser;

namespace sfsync {

// One sfsync-run command (describe, run, ...). The Runner parses the command line with the options the
// command adds, lets it configure itself, starts it once the event loop runs, and exits with the code of
// finished().
class Command : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    [[nodiscard]] virtual QString name() const = 0;
    // What follows "sfsync-run <name>" in the usage line, e.g. "[OBJECT] [options]".
    [[nodiscard]] virtual QString synopsis() const = 0;
    // One line for the command overview and the command's --help.
    [[nodiscard]] virtual QString description() const = 0;

    virtual void addOptions(QCommandLineParser &parser) = 0;
    // Reads the parsed command line. Returns an exit code (after printing why) when the command cannot run.
    [[nodiscard]] virtual std::optional<ExitCode> configure(const QCommandLineParser &parser) = 0;
    // Starts the work; emits finished() exactly once, later.
    virtual void start() = 0;
    // SIGINT/SIGTERM: stop cleanly (finished() still follows).
    virtual void cancel() { }

Q_SIGNALS:
    void finished(int exitCode);
};

} // namespace sfsync
