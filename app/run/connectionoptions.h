#pragma once

#include "connectionrequest.h"
#include "exitcode.h"

#include <QProcessEnvironment>
#include <optional>

class QCommandLineParser;

namespace sfsync {

// The connection options shared by every command that talks to an org (docs/cli.md, "Connecting
// to an org"): --profile, --instance-url (token from SFSYNC_ACCESS_TOKEN, never from argv), --local-org,
// --api-version.
class ConnectionOptions
{
public:
    static constexpr const char *TokenVariable = "SFSYNC_ACCESS_TOKEN";

    static void addTo(QCommandLineParser &parser);

    // Reads the choice. When it is unusable (none given although `required`, several given, a missing token,
    // an insecure URL) prints what to do and returns the exit code in *failure.
    static ConnectionRequest read(const QCommandLineParser &parser, bool required,
                                  const QProcessEnvironment &environment, std::optional<ExitCode> *failure);

    // The three ways to connect, for error messages.
    [[nodiscard]] static QString choicesHint();
};

} // namespace sfsync
