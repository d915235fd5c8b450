#pragma once

#include "connectedcommand.h"

#include "core/config/configissue.h"
#include "core/config/jobconfig.h"

namespace sfsync {

// sfsync-run validate CONFIG: checks a job config offline (shape, unknown keys, source file and columns) and,
// when an org is given, against its metadata (objects, fields, filterable matchers, writable and required
// fields). Prints every problem with its JSON path; exit code 2 when there is any.
class ValidateCommand : public ConnectedCommand
{
    Q_OBJECT
public:
    using ConnectedCommand::ConnectedCommand;

    [[nodiscard]] QString name() const override { return QStringLiteral("validate"); }
    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    [[nodiscard]] std::optional<ExitCode> configure(const QCommandLineParser &parser) override;
    void start() override;

private:
    void checkOffline();
    void checkAgainstOrg();
    void report();

    QString m_configPath;
    QString m_sourceOverride;
    bool m_json = false;
    JobConfig m_config;
    ConfigIssues m_issues;
    bool m_loaded = false;
    bool m_checkedOrg = false;
};

} // namespace sfsync
