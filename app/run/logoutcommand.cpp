#include "logoutcommand.h"

#include "console.h"
#include "sharedsettings.h"

#include "core/salesforce/auth/keychaintokenstore.h"
#include "core/salesforce/auth/profilestore.h"
#include "core/salesforce/auth/signout.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>

namespace sfsync {

LogoutCommand::LogoutCommand(QObject *parent)
    : Command(parent)
{ }

LogoutCommand::~LogoutCommand() = default;

QString LogoutCommand::synopsis() const
{
    return tr("--profile NAME [options]");
}

QString LogoutCommand::description() const
{
    return tr("Sign out: revoke a profile's token at its org and forget the profile.");
}

void LogoutCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("profile"), tr("The profile to sign out of."),
                                        QStringLiteral("NAME")));
}

std::optional<ExitCode> LogoutCommand::configure(const QCommandLineParser &parser)
{
    m_profile = parser.value(QStringLiteral("profile")).trimmed();
    if (m_profile.isEmpty() && parser.positionalArguments().size() == 1) {
        m_profile = parser.positionalArguments().first();
    }
    if (m_profile.isEmpty()) {
        Console::error(tr("logout needs the profile to sign out of."),
                       tr("Run 'sfsync-run logout --profile NAME'; 'sfsync-run profiles' lists the names."));
        return ExitCode::Usage;
    }
    m_settings = SharedSettings::open();
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    if (!m_profiles->load(m_profile)) {
        Console::error(tr("there is no profile named '%1'.").arg(m_profile),
                       tr("'sfsync-run profiles' lists the signed-in orgs."));
        return ExitCode::Usage;
    }
    return std::nullopt;
}

void LogoutCommand::start()
{
    m_network = new QNetworkAccessManager(this);
    auto *tokens = new KeychainTokenStore(QStringLiteral("sfsync"), this);
    auto *signOut = new SignOut(m_network, m_profiles.get(), tokens, this);
    connect(signOut, &SignOut::finished, this, &LogoutCommand::onFinished);
    signOut->start(m_profile);
}

void LogoutCommand::onFinished(const SfError &error)
{
    // Already invalid at the org: nothing is left to revoke.
    const bool alreadyRevoked = error.errorCode == QLatin1String("invalid_token")
        || error.errorCode == QLatin1String("unsupported_token_type");
    if (error.isNull() || alreadyRevoked) {
        Console::info(
            tr("Signed out of '%1': its token was revoked and the profile removed.").arg(m_profile));
        Q_EMIT finished(toInt(ExitCode::Ok));
        return;
    }
    const bool keychain = error.errorCode == QLatin1String("NO_KEYCHAIN")
        || error.errorCode.startsWith(QLatin1String("KEYCHAIN"));
    if (keychain) {
        Console::error(
            tr("the profile '%1' was removed, but its keychain entry could not be deleted: %2")
                .arg(m_profile, error.toString()),
            tr("Delete the entry named 'profile:%1' of the service 'sfsync' in your keychain (e.g. "
               "with Seahorse).")
                .arg(m_profile));
    } else {
        Console::error(
            tr("the profile '%1' was removed here, but its token could not be revoked at the org: %2")
                .arg(m_profile, error.toString()),
            tr("Revoke it in Salesforce (Setup > Connected Apps OAuth Usage, or your user's OAuth "
               "Connected Apps), or let it expire."));
    }
    Q_EMIT finished(toInt(exitCodeFor(error)));
}

} // namespace sfsync
