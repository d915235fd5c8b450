#pragma once

#include <QString>
#include <QUrl>

namespace sfsync {

// The non-secret part of a signed-in org, kept in QSettings by ProfileStore. Its tokens live in the
// TokenStore under the same name.
struct Profile
{
    QString name;
    QUrl instanceUrl;
    QUrl loginHost; // where tokens are refreshed: login/test.salesforce.com, a My Domain, the local org
    QString username;
    QString orgId;
    QString userId;
    QString clientId;
    QString authKind = QStringLiteral("refresh_token"); // Credentials::kindName()
    QString apiVersion; // empty: negotiate

    [[nodiscard]] bool isValid() const { return !name.isEmpty() && instanceUrl.isValid(); }
    friend bool operator==(const Profile &, const Profile &) = default;
};

} // namespace sfsync
