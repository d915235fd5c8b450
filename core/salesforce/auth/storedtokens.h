#pragma once

#include <QByteArray>
#include <QString>

namespace sfsync {

// The secret part of a profile: what goes into the keychain entry, never into QSettings or files.
struct StoredTokens
{
    QString refreshToken;
    QString accessToken; // optional; lets a restart skip one refresh
    QString clientSecret; // client credentials / confidential connected apps

    [[nodiscard]] bool isEmpty() const
    {
        return refreshToken.isEmpty() && accessToken.isEmpty() && clientSecret.isEmpty();
    }
    [[nodiscard]] QByteArray toJson() const;
    static StoredTokens fromJson(const QByteArray &json);
    friend bool operator==(const StoredTokens &, const StoredTokens &) = default;
};

} // namespace sfsync
