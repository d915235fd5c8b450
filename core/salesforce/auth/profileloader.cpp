#include "core/salesforce/auth/profileloader.h"

#include "core/salesforce/auth/profilestore.h"
#include "core/salesforce/auth/refreshtokencredentials.h"
#include "core/salesforce/auth/tokenstore.h"
#include "core/salesforce/connection.h"

#include <QCoreApplication>
#include <QTimer>

namespace sfsync {

ProfileLoader::ProfileLoader(ProfileStore *profiles, TokenStore *tokens, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_tokens(tokens)
{ }

void ProfileLoader::load(const QString &profileName, Connection *connection)
{
    auto fail = [this](const QString &code, const QString &message) {
        const SfError error = SfError::network(code, message);
        QTimer::singleShot(0, this, [this, error] { Q_EMIT finished(error); });
    };
    const std::optional<Profile> profile = m_profiles ? m_profiles->load(profileName) : std::nullopt;
    if (!profile) {
        fail(QStringLiteral("NO_SUCH_PROFILE"),
             QCoreApplication::translate("sfsync::ProfileLoader",
                                         "There is no profile named '%1'. Sign in with 'sfsync-run login "
                                         "--profile %1' or in the desktop app.")
                 .arg(profileName));
        return;
    }
    m_profile = *profile;
    const SfError urlError = connection->setInstanceUrl(m_profile.instanceUrl);
    if (!urlError.isNull()) {
        fail(urlError.errorCode, urlError.message);
        return;
    }
    if (!m_tokens) {
        fail(QStringLiteral("NO_KEYCHAIN"),
             QCoreApplication::translate("sfsync::ProfileLoader", "No token store"));
        return;
    }
    QPointer<Connection> target = connection;
    m_tokens->read(profileName, this, [this, target](const StoredTokens &tokens, const SfError &error) {
        if (!error.isNull()) {
            Q_EMIT finished(error);
            return;
        }
        if (!target) {
            Q_EMIT finished(SfError::network(QStringLiteral("CANCELED"), QString()));
            return;
        }
        const QUrl loginHost = m_profile.loginHost.isValid() ? m_profile.loginHost : m_profile.instanceUrl;
        auto *credentials = new RefreshTokenCredentials(loginHost, m_profile.clientId, tokens.refreshToken);
        credentials->setClientSecret(tokens.clientSecret);
        credentials->setTokenStore(m_tokens, m_profile.name);
        target->setCredentials(credentials);
        target->setLoginHost(loginHost);
        if (!tokens.accessToken.isEmpty())
            target->setAccessToken(tokens.accessToken);
        OrgIdentity identity;
        identity.username = m_profile.username;
        identity.orgId = m_profile.orgId;
        identity.userId = m_profile.userId;
        target->setIdentity(identity);
        if (!m_profile.apiVersion.isEmpty())
            target->setApiVersion(m_profile.apiVersion, true);
        Q_EMIT finished({});
    });
}

} // namespace sfsync
