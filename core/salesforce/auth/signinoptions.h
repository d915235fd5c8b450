#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace sfsync {

// How a browser sign-in runs. The defaults match a connected app registered with the callback
// http://localhost:7171/OauthRedirect (and the fallback ports, when 7171 is busy).
struct SignInOptions
{
    static constexpr const char *DefaultClientId = "sfsync";
    static constexpr const char *LocalOrgClientId = "sfsync-local";

    // https://login.salesforce.com, https://test.salesforce.com, or a My Domain URL.
    QUrl loginHost = QUrl(QStringLiteral("https://login.salesforce.com"));
    QString clientId = QString::fromLatin1(DefaultClientId);
    QString clientSecret; // only for connected apps that require one; PKCE needs none
    QString scope = QStringLiteral("api refresh_token");
    // Tried in order; 0 means "any free port" (only useful where any loopback callback is accepted).
    QList<quint16> ports = {7171, 7172, 7173, 7174, 7175};
    int timeoutMs = 120000;
    QString loginHint; // prefills the username
    bool forceLogin = false; // prompt=login: always ask, even with a browser session
};

} // namespace sfsync
