#pragma once

#include <QString>
#include <QUrl>

namespace sfsync {

// Who is signed in where: not secret, kept in the profile (QSettings) and shown in the UI.
struct OrgIdentity
{
    QString username;
    QString displayName;
    QString orgId;
    QString userId;
    QUrl identityUrl;

    [[nodiscard]] bool isEmpty() const { return username.isEmpty() && orgId.isEmpty() && userId.isEmpty(); }
    friend bool operator==(const OrgIdentity &, const OrgIdentity &) = default;
};

} // namespace sfsync
