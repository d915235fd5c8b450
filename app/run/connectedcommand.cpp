#include "connectedcommand.h"

#include "connectionopener.h"
#include "connectionoptions.h"
#include "console.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace sfsync {

void ConnectedCommand::addConnectionOptions(QCommandLineParser &parser)
{
    ConnectionOptions::addTo(parser);
}

std::optional<ExitCode> ConnectedCommand::readConnection(const QCommandLineParser &parser, bool required)
{
    std::optional<ExitCode> failure;
    m_request = ConnectionOptions::read(parser, required, QProcessEnvironment::systemEnvironment(), &failure);
    return failure;
}

void ConnectedCommand::openSession(std::function<void()> ready)
{
    m_session = new ConnectionOpener(this);
    connect(m_session, &ConnectionOpener::opened, this,
            [this, ready = std::move(ready)](const SfError &error) {
                if (!error.isNull()) {
                    finishWithError(
                        QCoreApplication::translate("ConnectedCommand", "cannot connect to the org"), error);
                    return;
                }
                ready();
            });
    m_session->open(m_request);
}

void ConnectedCommand::finishWithError(const QString &what, const SfError &error)
{
    finishWithError(what, error, exitCodeFor(error));
}

void ConnectedCommand::finishWithError(const QString &what, const SfError &error, ExitCode code)
{
    QString text = what;
    const QString detail = error.toString();
    if (!detail.isEmpty()) {
        text += QStringLiteral(": ") + detail;
    }
    Console::error(text, m_session ? m_session->adviceFor(error) : QString());
    Q_EMIT finished(toInt(code));
}

} // namespace sfsync
