#pragma once

#include "core/salesforce/auth/profile.h"
#include "core/salesforce/sferror.h"

#include <QObject>
#include <QPointer>

namespace sfsync {

class Connection;
class ProfileStore;
class TokenStore;

// Prepares a Connection from a saved profile: its non-secret settings from the ProfileStore and its refresh
// token from the TokenStore (RefreshTokenCredentials that save a rotated token back). The first REST call
// then obtains an access token. finished() comes once; a null error means the Connection is set up.
class ProfileLoader : public QObject
{
    Q_OBJECT
public:
    ProfileLoader(ProfileStore *profiles, TokenStore *tokens, QObject *parent = nullptr);

    void load(const QString &profileName, Connection *connection);
    [[nodiscard]] const Profile &profile() const { return m_profile; }

Q_SIGNALS:
    void finished(const sfsync::SfError &error);

private:
    ProfileStore *m_profiles;
    QPointer<TokenStore> m_tokens;
    Profile m_profile;
};

} // namespace sfsync
