#pragma once

#include "command.h"

#include <QString>

namespace sfsync {

// sfsync-run import-dataloader process-conf.xml [--bean NAME] [-o job.json], or a mapping file alone:
// import-dataloader mapping.sdl --object OBJECT --operation OP [--external-id F] [--csv FILE]. Writes the
// job config (to -o or stdout) and lists on stderr every Data Loader setting the job does not carry.
// Offline: no org is involved.
class ImportDataLoaderCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    [[nodiscard]] QString name() const override { return QStringLiteral("import-dataloader"); }
    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    [[nodiscard]] std::optional<ExitCode> configure(const QCommandLineParser &parser) override;
    void start() override;

private:
    QString m_input;
    QString m_bean;
    QString m_output;
    QString m_object;
    QString m_operation;
    QString m_externalId;
    QString m_csv;
};

} // namespace sfsync
