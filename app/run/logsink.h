#pragma once

#include <QString>

namespace sfsync {

// Where Qt log messages go while the runner works: stderr (warnings always, info and debug with --verbose)
// or, with --log-file, the file (everything enabled, with time stamps) and only warnings on stderr. Every
// line passes through SecretRedactor. The file is created readable by its owner only.
class LogSink
{
public:
    struct Options
    {
        bool verbose = false;
        QString logFile;
    };

    // Returns false and sets *error when the log file cannot be opened.
    static bool install(const Options &options, QString *error);
    // Flushes and closes the file and restores Qt's handler.
    static void uninstall();
};

} // namespace sfsync
