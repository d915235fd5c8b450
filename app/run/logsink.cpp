#include "logsink.h"

#include "console.h"
#include "secretredactor.h"

#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>

#include <memory>

namespace sfsync {

namespace {

struct SinkState
{
    QMutex mutex;
    std::unique_ptr<QFile> file;
    bool verbose = false;
    QtMessageHandler previousHandler = nullptr;
    QLoggingCategory::CategoryFilter previousFilter = nullptr;
};

SinkState &sink()
{
    static SinkState s;
    return s;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

// --verbose wins over QT_LOGGING_RULES: the user asked for it on this very command line.
void verboseFilter(QLoggingCategory *category)
{
    if (sink().previousFilter) {
        sink().previousFilter(category);
    }
    if (qstrncmp(category->categoryName(), "sfsync.", 7) == 0) {
        category->setEnabled(QtDebugMsg, true);
        category->setEnabled(QtInfoMsg, true);
    }
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString category = QString::fromLatin1(context.category ? context.category : "default");
    const QString text = SecretRedactor::redact(message);
    const bool important = type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg;

    bool toStderr = important;
    {
        QMutexLocker lock(&sink().mutex);
        if (sink().file) {
            const QString line = QDateTime::currentDateTime().toString(Qt::ISODateWithMs) + QLatin1Char(' ')
                + QLatin1String(levelName(type)) + QStringLiteral(" [") + category + QStringLiteral("] ")
                + text + QLatin1Char('\n');
            sink().file->write(line.toUtf8());
            sink().file->flush();
        } else if (type == QtDebugMsg || type == QtInfoMsg) {
            // Log lines are for diagnosis; what a user needs to read goes through Console.
            toStderr = sink().verbose;
        }
    }
    if (toStderr) {
        Console::err(QStringLiteral("[") + category + QStringLiteral("] ") + QLatin1String(levelName(type))
                     + QStringLiteral(": ") + text + QLatin1Char('\n'));
    }
}

} // namespace

bool LogSink::install(const Options &options, QString *error)
{
    {
        QMutexLocker lock(&sink().mutex);
        sink().verbose = options.verbose;
        if (!options.logFile.isEmpty()) {
            auto file = std::make_unique<QFile>(options.logFile);
            if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
                if (error) {
                    *error = file->errorString();
                }
                return false;
            }
            file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            sink().file = std::move(file);
        }
    }
    sink().previousHandler = qInstallMessageHandler(handler);
    if (options.verbose) {
        // Remember the default filter before ours runs: installing a filter applies it to every category at
        // once.
        sink().previousFilter = QLoggingCategory::installFilter(nullptr);
        QLoggingCategory::installFilter(verboseFilter);
    }
    return true;
}

void LogSink::uninstall()
{
    qInstallMessageHandler(sink().previousHandler);
    QMutexLocker lock(&sink().mutex);
    if (sink().file) {
        sink().file->close();
        sink().file.reset();
    }
}

} // namespace sfsync
