#include "connectionoptions.h"

#include "console.h"
#include "core/salesforce/urlpolicy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace sfsync {

namespace {

// Free functions' strings, under the context the runtime looks them up in (lupdate reads the
// macro's argument; a free tr() helper would file them under the namespace).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sfsync::ConnectionOptions)
};

} // namespace

void ConnectionOptions::addTo(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("profile"),
        Text::tr("Use the org signed in as profile NAME (see 'sfsync-run login')."), QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("instance-url"),
        Text::tr(
            "Use the org at URL, with the access token taken from the environment variable %1 (or, without "
            "it, the client credentials flow with SFSYNC_CLIENT_ID and SFSYNC_CLIENT_SECRET).")
            .arg(QLatin1String(TokenVariable)),
        QStringLiteral("URL")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("local-org"),
                           Text::tr("Use a local org started inside sfsync-run, seeded with the sample "
                                    "data.")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("jwt-key"),
                           Text::tr("Use the JWT bearer flow, signing with the RSA private key in "
                                    "FILE (PEM); needs --username and the "
                                    "consumer key (--client-id or SFSYNC_CLIENT_ID)."),
                           QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("username"),
                                        Text::tr("The Salesforce username for --jwt-key."),
                                        QStringLiteral("USER")));
    parser.addOption(QCommandLineOption(QStringLiteral("client-id"),
                                        Text::tr("The connected app's consumer key for --jwt-key."),
                                        QStringLiteral("ID")));
    parser.addOption(QCommandLineOption(QStringLiteral("login-url"),
                                        Text::tr("Where --jwt-key gets its token (default "
                                                 "https://login.salesforce.com; a My Domain URL works too)."),
                                        QStringLiteral("URL")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("sandbox"),
                           Text::tr("For --jwt-key: get the token from https://test.salesforce.com.")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("api-version"),
                           Text::tr("Use API version VERSION (e.g. 62.0) instead of the newest the org "
                                    "offers."),
                           QStringLiteral("VERSION")));
}

QString ConnectionOptions::choicesHint()
{
    return Text::
        tr("Choose an org with one of: --profile NAME (after 'sfsync-run login'); --instance-url URL with "
           "the "
           "access token in the environment variable %1 (or SFSYNC_CLIENT_ID and SFSYNC_CLIENT_SECRET for "
           "the "
           "client credentials flow); --jwt-key FILE --username USER --client-id ID; or --local-org.")
            .arg(QLatin1String(TokenVariable));
}

ConnectionRequest ConnectionOptions::read(const QCommandLineParser &parser, bool required,
                                          const QProcessEnvironment &environment,
                                          std::optional<ExitCode> *failure)
{
    ConnectionRequest request;
    int given = 0;
    if (parser.isSet(QStringLiteral("profile"))) {
        request.kind = ConnectionRequest::Kind::Profile;
        request.profile = parser.value(QStringLiteral("profile")).trimmed();
        ++given;
    }
    if (parser.isSet(QStringLiteral("instance-url"))) {
        request.kind = ConnectionRequest::Kind::InstanceUrl;
        request.instanceUrl = QUrl::fromUserInput(parser.value(QStringLiteral("instance-url")).trimmed());
        ++given;
    }
    if (parser.isSet(QStringLiteral("local-org"))) {
        request.kind = ConnectionRequest::Kind::LocalOrg;
        ++given;
    }
    if (parser.isSet(QStringLiteral("jwt-key"))) {
        request.kind = ConnectionRequest::Kind::JwtBearer;
        request.jwtKeyFile = parser.value(QStringLiteral("jwt-key"));
        ++given;
    }

    auto fail = [failure](const QString &what, const QString &next) {
        Console::error(what, next);
        *failure = ExitCode::Usage;
        return ConnectionRequest {};
    };

    if (given > 1) {
        return fail(Text::tr("--profile, --instance-url, --local-org and --jwt-key exclude each other."),
                    choicesHint());
    }
    if (given == 0) {
        if (required) {
            return fail(Text::tr("no org chosen."), choicesHint());
        }
        return request;
    }

    if (parser.isSet(QStringLiteral("api-version"))) {
        static const QRegularExpression versionPattern(QStringLiteral("^v?(\\d{2,3})(\\.0)?$"));
        const auto match = versionPattern.match(parser.value(QStringLiteral("api-version")).trimmed());
        if (!match.hasMatch()) {
            return fail(Text::tr("--api-version expects a version such as 62.0."),
                        Text::tr("Leave it out to use the newest version the org offers."));
        }
        request.apiVersion = match.captured(1) + QStringLiteral(".0");
    }

    switch (request.kind) {
    case ConnectionRequest::Kind::Profile:
        if (request.profile.isEmpty()) {
            return fail(Text::tr("--profile needs a name."),
                        Text::tr("List the saved profiles with 'sfsync-run profiles'."));
        }
        break;
    case ConnectionRequest::Kind::InstanceUrl: {
        const SfError urlError = UrlPolicy::check(request.instanceUrl);
        if (!urlError.isNull()) {
            return fail(
                urlError.message,
                Text::tr(
                    "Give the org's https address, e.g. --instance-url https://example.my.salesforce.com"));
        }
        // Only the origin counts: data calls build their own paths.
        request.instanceUrl = request.instanceUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery
                                                           | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
        request.accessToken = environment.value(QLatin1String(TokenVariable)).trimmed();
        request.clientCredentials = request.accessToken.isEmpty()
            && !environment.value(QStringLiteral("SFSYNC_CLIENT_ID")).trimmed().isEmpty()
            && !environment.value(QStringLiteral("SFSYNC_CLIENT_SECRET")).trimmed().isEmpty();
        if (request.accessToken.isEmpty() && !request.clientCredentials) {
            return fail(
                Text::tr("--instance-url needs an access token in the environment variable %1.")
                    .arg(QLatin1String(TokenVariable)),
                Text::tr("Set it, e.g. 'export %1=...' from your secret store (tokens are never accepted on "
                         "the command line), or use --profile NAME after 'sfsync-run login'.")
                    .arg(QLatin1String(TokenVariable)));
        }
        break;
    }
    case ConnectionRequest::Kind::JwtBearer: {
        request.username = parser.value(QStringLiteral("username")).trimmed();
        request.clientId = parser.isSet(QStringLiteral("client-id"))
            ? parser.value(QStringLiteral("client-id")).trimmed()
            : environment.value(QStringLiteral("SFSYNC_CLIENT_ID")).trimmed();
        if (request.username.isEmpty() || request.clientId.isEmpty()) {
            return fail(Text::tr("--jwt-key needs --username USER and the consumer key (--client-id ID or "
                                 "SFSYNC_CLIENT_ID)."),
                        Text::tr("See docs/sign-in.md, \"JWT bearer\", for the connected app's set-up."));
        }
        if (parser.isSet(QStringLiteral("sandbox")) && parser.isSet(QStringLiteral("login-url"))) {
            return fail(Text::tr("--sandbox and --login-url exclude each other."),
                        Text::tr("For a sandbox with My Domain, give its URL with --login-url."));
        }
        request.loginUrl = QUrl(QStringLiteral("https://login.salesforce.com"));
        if (parser.isSet(QStringLiteral("sandbox"))) {
            request.loginUrl = QUrl(QStringLiteral("https://test.salesforce.com"));
        } else if (parser.isSet(QStringLiteral("login-url"))) {
            request.loginUrl = QUrl::fromUserInput(parser.value(QStringLiteral("login-url")).trimmed())
                                   .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
            const SfError urlError = UrlPolicy::check(request.loginUrl);
            if (!urlError.isNull()) {
                return fail(
                    urlError.message,
                    Text::tr("Give an https address, e.g. --login-url https://NAME.my.salesforce.com"));
            }
        }
        break;
    }
    case ConnectionRequest::Kind::LocalOrg:
    case ConnectionRequest::Kind::None:
        break;
    }
    if (request.kind != ConnectionRequest::Kind::JwtBearer) {
        for (const char *option : {"username", "client-id", "login-url", "sandbox"}) {
            if (parser.isSet(QLatin1String(option))) {
                return fail(
                    Text::tr("--%1 belongs to --jwt-key.").arg(QLatin1String(option)),
                    Text::tr("To sign in with a browser, use 'sfsync-run login', then --profile NAME."));
            }
        }
    }
    return request;
}

} // namespace sfsync
