#include "console.h"

#include "secretredactor.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>

#include <cstdio>
#include <sys/ioctl.h>
#include <unistd.h>

namespace sfsync {

namespace {

struct State
{
    QMutex mutex;
    bool quiet = false;
    QString statusLine;
};

State &state()
{
    static State s;
    return s;
}

void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = SecretRedactor::redact(text).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

// The caller holds the mutex.
void clearStatusLocked()
{
    if (!state().statusLine.isEmpty()) {
        write(stderr, QStringLiteral("\r\033[K"));
    }
}

void redrawStatusLocked()
{
    if (!state().statusLine.isEmpty()) {
        write(stderr, state().statusLine);
    }
}

QString programName()
{
    return QStringLiteral("sfsync-run");
}

} // namespace

void Console::out(const QString &text)
{
    write(stdout, text);
}

void Console::err(const QString &text)
{
    QMutexLocker lock(&state().mutex);
    clearStatusLocked();
    write(stderr, text);
    redrawStatusLocked();
}

void Console::info(const QString &line)
{
    if (isQuiet()) {
        return;
    }
    err(line + QLatin1Char('\n'));
}

void Console::warning(const QString &line)
{
    err(QCoreApplication::translate("Console", "%1: warning: %2").arg(programName(), line)
        + QLatin1Char('\n'));
}

void Console::error(const QString &what, const QString &next)
{
    QString text =
        QCoreApplication::translate("Console", "%1: error: %2").arg(programName(), what) + QLatin1Char('\n');
    if (!next.isEmpty()) {
        text += QStringLiteral("  ") + next + QLatin1Char('\n');
    }
    err(text);
}

void Console::setStatusLine(const QString &text)
{
    if (!stderrIsTerminal()) {
        return;
    }
    QMutexLocker lock(&state().mutex);
    clearStatusLocked();
    state().statusLine = text;
    redrawStatusLocked();
}

void Console::setQuiet(bool quiet)
{
    QMutexLocker lock(&state().mutex);
    state().quiet = quiet;
}

bool Console::isQuiet()
{
    QMutexLocker lock(&state().mutex);
    return state().quiet;
}

bool Console::stderrIsTerminal()
{
    static const bool tty = ::isatty(STDERR_FILENO) == 1;
    return tty;
}

int Console::terminalColumns()
{
    winsize size {};
    if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 20) {
        return size.ws_col;
    }
    return 80;
}

} // namespace sfsync
