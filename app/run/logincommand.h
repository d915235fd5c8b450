#pragma once

#include "command.h"

#include "core/salesforce/auth/signinoptions.h"
#include "core/salesforce/auth/tokenresponse.h"
#include "core/salesforce/sferror.h"

#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace sfsync {

class Connection;
class ProfileStore;
class RestClient;
class SignIn;
class TokenStore;

// sfsync-run login: the browser sign-in (authorization code + PKCE with a loopback redirect). Prints the
// authorize URL on stderr, tries to open a browser, waits for the redirect, then reads who signed in and
// saves the org as a profile: settings shared with the desktop app, tokens in the keychain.
class LoginCommand : public Command
{
    Q_OBJECT
public:
    explicit LoginCommand(QObject *parent = nullptr);
    ~LoginCommand() override;

    [[nodiscard]] QString name() const override { return QStringLiteral("login"); }
    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    [[nodiscard]] std::optional<ExitCode> configure(const QCommandLineParser &parser) override;
    void start() override;
    void cancel() override;

private:
    void onSignedIn(const TokenResponse &response, const SfError &error);
    void saveProfile(const TokenResponse &response);
    void fail(const QString &what, const SfError &error, ExitCode code);

    SignInOptions m_options;
    QString m_profile;
    bool m_openBrowser = true;
    QNetworkAccessManager *m_network = nullptr;
    SignIn *m_signIn = nullptr;
    Connection *m_connection = nullptr;
    RestClient *m_rest = nullptr;
    TokenStore *m_tokens = nullptr;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
};

} // namespace sfsync
