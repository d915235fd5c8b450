#include "logincommand.h"

#include "console.h"
#include "runlogging.h"
#include "secretredactor.h"
#include "sharedsettings.h"

#include "core/salesforce/auth/keychaintokenstore.h"
#include "core/salesforce/auth/profilestore.h"
#include "core/salesforce/auth/refreshtokencredentials.h"
#include "core/salesforce/auth/signin.h"
#include "core/salesforce/connection.h"
#include "core/salesforce/orgconnector.h"
#include "core/salesforce/restclient.h"
#include "core/salesforce/urlpolicy.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QProcess>

namespace sfsync {

namespace {

// The browser is a convenience: the URL is printed anyway, for machines without one (SSH sessions).
bool openBrowser(const QUrl &url)
{
    QProcess process;
    process.setProgram(QStringLiteral("xdg-open"));
    process.setArguments({url.toString(QUrl::FullyEncoded)});
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    return process.startDetached();
}

// The sign-in never reached the org. A browser sign-in that timed out or was canceled is a failed sign-in
// (nobody finished it), not a network problem.
bool orgUnreachable(const SfError &error)
{
    if (error.errorCode == QLatin1String("TIMEOUT") || error.errorCode == QLatin1String("CANCELED"))
        return false;
    const SfError::Kind kind = error.kind();
    return kind == SfError::Kind::Unreachable || (kind == SfError::Kind::Transient && error.httpStatus == 0);
}

} // namespace

LoginCommand::LoginCommand(QObject *parent)
    : Command(parent)
{ }

LoginCommand::~LoginCommand() = default;

QString LoginCommand::synopsis() const
{
    return tr("[--sandbox | --login-url URL] [--client-id ID] [--profile NAME] [options]");
}

QString LoginCommand::description() const
{
    return tr("Sign in to an org in the browser and save it as a profile for --profile.");
}

void LoginCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("sandbox"),
                                        tr("Sign in to a sandbox (https://test.salesforce.com).")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("login-url"),
        tr("Sign in at URL: your My Domain (https://NAME.my.salesforce.com) or a local org. Default: "
           "https://login.salesforce.com."),
        QStringLiteral("URL")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("client-id"),
                           tr("The connected app's consumer key (default: SFSYNC_CLIENT_ID from the "
                              "environment, else sfsync's own). "
                              "A secret, when the app needs one, is read from SFSYNC_CLIENT_SECRET."),
                           QStringLiteral("ID")));
    parser.addOption(QCommandLineOption(QStringLiteral("profile"),
                                        tr("Save the org as profile NAME (default: the username)."),
                                        QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("no-browser"),
                                        tr("Only print the sign-in URL; open it in any browser yourself.")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("timeout"), tr("Give up after SECONDS without a completed sign-in (default 120)."),
        QStringLiteral("SECONDS")));
}

std::optional<ExitCode> LoginCommand::configure(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        Console::error(tr("login takes no arguments."),
                       tr("Run 'sfsync-run login --help' for its options (e.g. --profile NAME)."));
        return ExitCode::Usage;
    }
    if (parser.isSet(QStringLiteral("sandbox")) && parser.isSet(QStringLiteral("login-url"))) {
        Console::error(tr("--sandbox and --login-url exclude each other."),
                       tr("For a sandbox with My Domain, give its URL with --login-url."));
        return ExitCode::Usage;
    }
    if (parser.isSet(QStringLiteral("sandbox"))) {
        m_options.loginHost = QUrl(QString::fromLatin1(Connection::SandboxLoginUrl));
    } else if (parser.isSet(QStringLiteral("login-url"))) {
        m_options.loginHost = QUrl::fromUserInput(parser.value(QStringLiteral("login-url")).trimmed())
                                  .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
        const SfError urlError = UrlPolicy::check(m_options.loginHost);
        if (!urlError.isNull()) {
            Console::error(urlError.message,
                           tr("Give an https address, e.g. --login-url https://NAME.my.salesforce.com"));
            return ExitCode::Usage;
        }
    }

    const QString environmentClientId = qEnvironmentVariable("SFSYNC_CLIENT_ID").trimmed();
    if (parser.isSet(QStringLiteral("client-id"))) {
        m_options.clientId = parser.value(QStringLiteral("client-id")).trimmed();
    } else if (!environmentClientId.isEmpty()) {
        m_options.clientId = environmentClientId;
    } else if (UrlPolicy::isLoopbackHost(m_options.loginHost.host())) {
        m_options.clientId = QString::fromLatin1(SignInOptions::LocalOrgClientId);
    }
    m_options.clientSecret = qEnvironmentVariable("SFSYNC_CLIENT_SECRET");

    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const int seconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || seconds < 5 || seconds > 3600) {
            Console::error(tr("--timeout expects seconds from 5 to 3600."),
                           tr("Leave it out to wait 120 s."));
            return ExitCode::Usage;
        }
        m_options.timeoutMs = seconds * 1000;
    }
    m_openBrowser = !parser.isSet(QStringLiteral("no-browser"));

    m_profile = parser.value(QStringLiteral("profile")).trimmed();
    if (!m_profile.isEmpty() && !ProfileStore::isValidName(m_profile)) {
        Console::error(tr("'%1' cannot be a profile name.").arg(m_profile),
                       tr("Use letters, digits, '.', '_', '-' and '@' (up to 64), starting with a letter or "
                          "digit."));
        return ExitCode::Usage;
    }
    return std::nullopt;
}

void LoginCommand::start()
{
    m_network = new QNetworkAccessManager(this);
    const bool tryBrowser = m_openBrowser;
    m_signIn = new SignIn(
        m_network, m_options, [tryBrowser](const QUrl &url) { return tryBrowser && openBrowser(url); }, this);
    connect(m_signIn, &SignIn::authorizeUrlReady, this, [this](const QUrl &url) {
        Console::err(tr("Sign in to %1 in your browser. If no browser opens, open this address:")
                         .arg(m_options.loginHost.toDisplayString())
                     + QStringLiteral("\n\n  ") + url.toString(QUrl::FullyEncoded) + QStringLiteral("\n\n"));
        Console::info(
            tr("Waiting for the sign-in (up to %1 s; Ctrl+C cancels)...").arg(m_options.timeoutMs / 1000));
    });
    connect(m_signIn, &SignIn::exchangingCode, this,
            [] { Console::info(tr("The browser came back; fetching the token...")); });
    connect(m_signIn, &SignIn::finished, this, &LoginCommand::onSignedIn);
    m_signIn->start();
}

void LoginCommand::cancel()
{
    if (m_signIn) {
        m_signIn->cancel();
    }
}

void LoginCommand::fail(const QString &what, const SfError &error, ExitCode code)
{
    QString next;
    if (error.errorCode == QLatin1String("NO_KEYCHAIN")
        || error.errorCode.startsWith(QLatin1String("KEYCHAIN"))) {
        next = tr("No keychain is available, so no profile can be saved: use --instance-url with "
                  "SFSYNC_ACCESS_TOKEN, or client credentials (SFSYNC_CLIENT_ID and SFSYNC_CLIENT_SECRET).");
    } else if (error.errorCode == QLatin1String("TIMEOUT") || error.errorCode == QLatin1String("CANCELED")) {
        next = tr("Run 'sfsync-run login' again and finish the sign-in in the browser.");
    } else if (error.errorCode == QLatin1String("LISTEN_FAILED")) {
        next = tr("Close the program that uses the sign-in port (7171-7175), then try again.");
    } else if (code == ExitCode::Unreachable) {
        next = tr("Check the login URL and your network connection, then try again.");
    } else {
        next =
            tr("Check the login URL (--sandbox for sandboxes, --login-url for My Domain) and the connected "
               "app (--client-id), then try again.");
    }
    Console::error(what + QStringLiteral(": ") + error.toString(), next);
    Q_EMIT finished(toInt(code));
}

void LoginCommand::onSignedIn(const TokenResponse &response, const SfError &error)
{
    if (!error.isNull()) {
        fail(tr("sign-in failed"), error, orgUnreachable(error) ? ExitCode::Unreachable : ExitCode::Auth);
        return;
    }
    SecretRedactor::addSecret(response.accessToken);
    SecretRedactor::addSecret(response.refreshToken);

    // Ask the org who signed in (and check the token works) before saving anything.
    m_connection = new Connection(this);
    const SfError urlError = m_connection->setInstanceUrl(response.instanceUrl);
    if (!urlError.isNull()) {
        fail(tr("the org's address is unusable"), urlError, ExitCode::Auth);
        return;
    }
    auto *credentials =
        new RefreshTokenCredentials(m_options.loginHost, m_options.clientId, response.refreshToken);
    credentials->setClientSecret(m_options.clientSecret);
    m_connection->setCredentials(credentials);
    m_connection->setLoginHost(m_options.loginHost);
    m_connection->setAccessToken(response.accessToken);
    m_rest = new RestClient(m_connection, m_network, this);
    auto *connector = new OrgConnector(m_rest, this);
    connect(connector, &OrgConnector::finished, this, [this, response](const SfError &connectError) {
        if (!connectError.isNull()) {
            fail(tr("signed in, but the org does not answer"), connectError, exitCodeFor(connectError));
            return;
        }
        saveProfile(response);
    });
    connector->start();
}

void LoginCommand::saveProfile(const TokenResponse &response)
{
    const OrgIdentity identity = m_connection->identity();
    Profile profile;
    profile.name = m_profile.isEmpty() ? identity.username : m_profile;
    if (!ProfileStore::isValidName(profile.name)) {
        profile.name = QStringLiteral("default");
    }
    profile.instanceUrl = m_connection->instanceUrl();
    profile.loginHost = m_options.loginHost;
    profile.username = identity.username;
    profile.orgId = identity.orgId.isEmpty() ? response.orgId() : identity.orgId;
    profile.userId = identity.userId.isEmpty() ? response.userId() : identity.userId;
    profile.clientId = m_options.clientId;
    profile.authKind = Credentials::kindName(Credentials::Kind::RefreshToken);

    StoredTokens tokens;
    tokens.refreshToken = response.refreshToken;
    tokens.accessToken = m_connection->accessToken();
    tokens.clientSecret = m_options.clientSecret;

    m_tokens = new KeychainTokenStore(QStringLiteral("sfsync"), this);
    m_tokens->write(profile.name, tokens, this, [this, profile, response](const SfError &error) {
        if (!error.isNull()) {
            fail(tr("signed in, but the profile could not be saved"), error, ExitCode::Auth);
            return;
        }
        m_settings = SharedSettings::open();
        m_profiles = std::make_unique<ProfileStore>(m_settings.get());
        m_profiles->save(profile);
        if (m_profiles->defaultProfile().isEmpty()) {
            m_profiles->setDefaultProfile(profile.name);
        }
        m_settings->sync();
        qCDebug(lcRun) << "saved profile" << profile.name;

        if (response.refreshToken.isEmpty()) {
            Console::warning(tr("the org issued no refresh token (the connected app lacks the refresh_token "
                                "scope): the profile works only until this session expires."));
        }
        Console::out(tr("Signed in as %1 at %2; saved as profile '%3'.")
                         .arg(profile.username.isEmpty() ? tr("(unknown user)") : profile.username,
                              profile.instanceUrl.toDisplayString(), profile.name)
                     + QLatin1Char('\n'));
        Console::info(tr("Use it with: sfsync-run describe --profile %1").arg(profile.name));
        Q_EMIT finished(toInt(ExitCode::Ok));
    });
}

} // namespace sfsync
