#pragma once

#include "command.h"

#include "core/salesforce/sferror.h"

#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace sfsync {

class ProfileStore;

// sfsync-run logout --profile NAME: revokes the profile's refresh token at its org and forgets the profile
// and its keychain entry.
class LogoutCommand : public Command
{
    Q_OBJECT
public:
    explicit LogoutCommand(QObject *parent = nullptr);
    ~LogoutCommand() override;

    [[nodiscard]] QString name() const override { return QStringLiteral("logout"); }
    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    [[nodiscard]] std::optional<ExitCode> configure(const QCommandLineParser &parser) override;
    void start() override;

private:
    void onFinished(const SfError &error);

    QString m_profile;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace sfsync
