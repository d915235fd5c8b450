#pragma once

#include "command.h"

namespace sfsync {

// sfsync-run profiles [--json]: the signed-in orgs (shared with the desktop app). Reads settings only; the
// tokens stay in the keychain.
class ProfilesCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    [[nodiscard]] QString name() const override { return QStringLiteral("profiles"); }
    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    [[nodiscard]] std::optional<ExitCode> configure(const QCommandLineParser &parser) override;
    void start() override;

private:
    bool m_json = false;
};

} // namespace sfsync
