#pragma once

#include "command.h"
#include "connectionrequest.h"

#include "core/salesforce/sferror.h"

#include <functional>

namespace sfsync {

class ConnectionOpener;

// A command that talks to an org: adds the connection options, opens the org through a ConnectionOpener, and
// turns an error that stops the command into a message with a next step and the matching exit code.
class ConnectedCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

protected:
    void addConnectionOptions(QCommandLineParser &parser);
    // Reads the connection options; `required` false lets a command work offline when none is given.
    [[nodiscard]] std::optional<ExitCode> readConnection(const QCommandLineParser &parser, bool required);
    [[nodiscard]] bool hasConnection() const { return m_request.isSet(); }

    // Opens the session, then calls `ready` (the session is session()); on failure reports it and finishes.
    void openSession(std::function<void()> ready);
    [[nodiscard]] ConnectionOpener *session() const { return m_session; }

    // Prints `what` ("describe failed") with the error and what to do next; emits finished() with the exit
    // code for the error.
    void finishWithError(const QString &what, const SfError &error);
    // As above with an explicit exit code.
    void finishWithError(const QString &what, const SfError &error, ExitCode code);

private:
    ConnectionRequest m_request;
    ConnectionOpener *m_session = nullptr;
};

} // namespace sfsync
