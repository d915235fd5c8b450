#pragma once

#include "core/salesforce/auth/profile.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class QSettings;

namespace sfsync {

// Profiles (signed-in orgs) in QSettings, group "profiles/<name>". Never holds a token: those are in the
// TokenStore. A null settings pointer means the application's default QSettings.
class ProfileStore
{
public:
    explicit ProfileStore(QSettings *settings = nullptr);

    [[nodiscard]] QStringList names() const;
    [[nodiscard]] std::optional<Profile> load(const QString &name) const;
    void save(const Profile &profile);
    void remove(const QString &name);

    [[nodiscard]] QString defaultProfile() const;
    void setDefaultProfile(const QString &name);

    // Profile names become settings keys and keychain keys: letters, digits, '-', '_', '.', '@' only.
    [[nodiscard]] static bool isValidName(const QString &name);

private:
    QSettings *m_settings;
};

} // namespace sfsync
