#pragma once

#include <QString>

namespace sfsync {

// The runner's only way to write to the terminal. Everything passes through SecretRedactor. On a terminal,
// a live status line (the progress bar) stays at the bottom of stderr: other stderr output clears it first
// and redraws it afterwards, so log lines and the bar never interleave on one line.
class Console
{
public:
    static void out(const QString &text); // stdout, as is (add the newline yourself)
    static void err(const QString &text); // stderr, as is
    static void info(const QString &line); // stderr line, unless quiet
    static void warning(const QString &line); // stderr line "sfsync-run: warning: ..."
    // "sfsync-run: error: <what>" and, indented on the next line, what to do about it.
    static void error(const QString &what, const QString &next = {});

    // Only on a terminal: replaces the live status line (no newline); an empty text removes it.
    static void setStatusLine(const QString &text);

    static void setQuiet(bool quiet);
    [[nodiscard]] static bool isQuiet();
    [[nodiscard]] static bool stderrIsTerminal();
    [[nodiscard]] static int terminalColumns(); // 80 when unknown
};

} // namespace sfsync
