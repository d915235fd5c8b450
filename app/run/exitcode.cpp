#include "exitcode.h"

#include "core/salesforce/sferror.h"

#include <QSet>

namespace sfsync {

ExitCode exitCodeFor(const SfError &error)
{
    // OAuth and session errors: the credentials are wrong, expired or revoked, or no secret store is usable.
    static const QSet<QString> authCodes = {
        QStringLiteral("INVALID_SESSION_ID"), QStringLiteral("INVALID_AUTH_HEADER"),
        QStringLiteral("invalid_grant"),      QStringLiteral("invalid_client"),
        QStringLiteral("invalid_client_id"),  QStringLiteral("inactive_user"),
        QStringLiteral("inactive_org"),       QStringLiteral("unauthorized_client"),
        QStringLiteral("access_denied"),      QStringLiteral("invalid_token"),
        QStringLiteral("NO_KEYCHAIN"),        QStringLiteral("ENTRY_NOT_FOUND"),
    };
    // Limits that retries could not outlast.
    static const QSet<QString> limitCodes = {
        QStringLiteral("REQUEST_LIMIT_EXCEEDED"),
        QStringLiteral("SERVER_UNAVAILABLE"),
        QStringLiteral("rate_limit_exceeded"),
    };

    // Problems with what the user asked for: nothing was sent.
    static const QSet<QString> usageCodes = {
        QStringLiteral("NO_SUCH_PROFILE"),      QStringLiteral("INVALID_URL"),
        QStringLiteral("INSECURE_URL"),         QStringLiteral("NO_ORG"),
        QStringLiteral("NO_CREDENTIALS"),       QStringLiteral("UNSUPPORTED_API_VERSION"),
        QStringLiteral("INVALID_PROFILE_NAME"),
    };
    if (usageCodes.contains(error.errorCode)) {
        return ExitCode::Usage;
    }
    // The userinfo endpoint answers a bad token with 403 and the plain text "Bad_OAuth_Token".
    const bool badOAuthToken = error.message.trimmed() == QLatin1String("Bad_OAuth_Token")
        || error.errorCode == QLatin1String("Bad_OAuth_Token");
    if (error.httpStatus == 401 || badOAuthToken || authCodes.contains(error.errorCode)
        || error.errorCode.startsWith(QLatin1String("KEYCHAIN"))) {
        return ExitCode::Auth;
    }
    if (limitCodes.contains(error.errorCode) || error.httpStatus == 0 || error.httpStatus == 420
        || error.httpStatus == 429 || error.httpStatus >= 500) {
        return ExitCode::Unreachable;
    }
    return ExitCode::RowsFailed;
}

} // namespace sfsync
