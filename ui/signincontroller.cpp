#include "signincontroller.h"

#include "core/salesforce/orgsession.h"
#include "uilogging.h"
#include "urlopener.h"

#include "core/salesforce/auth/keychaintokenstore.h"
#include "core/salesforce/auth/profileloader.h"
#include "core/salesforce/auth/profilestore.h"
#include "core/salesforce/auth/refreshtokencredentials.h"
#include "core/salesforce/auth/signin.h"
#include "core/salesforce/auth/signinoptions.h"
#include "core/salesforce/auth/signout.h"
#include "core/salesforce/auth/storedtokens.h"
#include "core/salesforce/connection.h"
#include "core/salesforce/orgconnector.h"
#include "core/salesforce/restclient.h"

#include <QPointer>
#include <QRegularExpression>

namespace sfsync {

class SignInController::Private
{
public:
    KeychainTokenStore keychain;
    QPointer<TokenStore> store;
    ProfileStore profiles;
    QPointer<SignIn> signIn;
    QPointer<QObject> busy; // the step in progress (sign-in, profile load, connector)
};

SignInController::SignInController(OrgSession *session, QObject *parent)
    : QObject(parent)
    , d(new Private)
    , m_session(session)
{
    d->store = &d->keychain;
}

SignInController::~SignInController()
{
    delete d->signIn;
    delete d;
}

void SignInController::setTokenStore(TokenStore *store)
{
    d->store = store ? store : &d->keychain;
}

TokenStore *SignInController::tokenStore() const
{
    return d->store;
}

QString SignInController::defaultClientId()
{
    return QString::fromLatin1(SignInOptions::DefaultClientId);
}

bool SignInController::isSigningIn() const
{
    return d->busy != nullptr;
}

namespace {
QString profileNameFor(const QString &username, const QUrl &instance)
{
    QString name = username.isEmpty() ? instance.host() : username;
    static const QRegularExpression invalid(QStringLiteral("[^A-Za-z0-9._@-]"));
    name.replace(invalid, QStringLiteral("_"));
    return name;
}
} // namespace

void SignInController::signIn(const QUrl &loginUrl, const QString &clientId)
{
    if (isSigningIn())
        return;
    SignInOptions options;
    options.loginHost = loginUrl;
    if (!clientId.isEmpty())
        options.clientId = clientId;
    options.timeoutMs = m_timeoutMs;
    if (!m_ports.isEmpty())
        options.ports = m_ports;
    auto *job = new SignIn(m_session->network(), options, &UrlOpener::open, this);
    d->signIn = job;
    d->busy = job;
    connect(job, &SignIn::authorizeUrlReady, this, [this](const QUrl &url) {
        Q_EMIT statusChanged(
            tr("Continue in your browser. If it did not open, visit:\n%1").arg(url.toString()));
    });
    connect(job, &SignIn::exchangingCode, this,
            [this] { Q_EMIT statusChanged(tr("Finishing the sign-in…")); });
    connect(job, &SignIn::finished, this,
            [this, job, loginUrl, options](const TokenResponse &response, const SfError &error) {
                job->deleteLater();
                d->busy = nullptr;
                if (!error.isNull()) {
                    Q_EMIT finished(error);
                    return;
                }
                auto *connection = new Connection;
                const SfError urlError = connection->setInstanceUrl(response.instanceUrl);
                if (!urlError.isNull()) {
                    delete connection;
                    Q_EMIT finished(urlError);
                    return;
                }
                connection->setLoginHost(loginUrl);
                OrgIdentity identity;
                identity.orgId = response.orgId();
                identity.userId = response.userId();
                identity.identityUrl = response.identityUrl;
                connection->setIdentity(identity);
                auto *credentials =
                    new RefreshTokenCredentials(loginUrl, options.clientId, response.refreshToken);
                connection->setCredentials(credentials);
                connection->setAccessToken(response.accessToken);
                // Ask the org who signed in and which API version to use before showing it as connected.
                auto *rest = new RestClient(connection, m_session->network(), connection);
                auto *connector = new OrgConnector(rest, this);
                d->busy = connector;
                Q_EMIT statusChanged(tr("Signed in; reading the org…"));
                connect(connector, &OrgConnector::finished, this,
                        [this, connector, rest, connection, credentials, response, loginUrl,
                         options](const SfError &connectError) {
                            connector->deleteLater();
                            rest->deleteLater();
                            d->busy = nullptr;
                            if (!connectError.isNull()) {
                                delete connection;
                                Q_EMIT finished(connectError);
                                return;
                            }
                            const QString name =
                                profileNameFor(connection->identity().username, connection->instanceUrl());
                            Profile profile;
                            profile.name = name;
                            profile.instanceUrl = connection->instanceUrl();
                            profile.loginHost = loginUrl;
                            profile.username = connection->identity().username;
                            profile.orgId = connection->identity().orgId;
                            profile.userId = connection->identity().userId;
                            profile.clientId = options.clientId;
                            credentials->setTokenStore(d->store, name);
                            m_session->adopt(connection, OrgSession::Kind::Profile, name);
                            if (response.refreshToken.isEmpty()) {
                                Q_EMIT statusChanged(
                                    tr("Signed in as %1. The org gave no refresh token, so it "
                                       "is not saved for next time.")
                                        .arg(profile.username));
                                Q_EMIT finished({});
                                return;
                            }
                            StoredTokens tokens;
                            tokens.refreshToken = response.refreshToken;
                            tokens.accessToken = response.accessToken;
                            d->store->write(name, tokens, this, [this, profile](const SfError &writeError) {
                                if (writeError.isNull()) {
                                    d->profiles.save(profile);
                                    Q_EMIT statusChanged(tr("Signed in as %1.").arg(profile.username));
                                    Q_EMIT savedOrgsChanged();
                                } else {
                                    Q_EMIT statusChanged(tr("Signed in as %1, but the org could not be saved "
                                                            "for next time: %2")
                                                             .arg(profile.username, writeError.message));
                                }
                                Q_EMIT finished({});
                            });
                        });
                connector->start();
            });
    Q_EMIT statusChanged(tr("Opening the browser…"));
    job->start();
}

void SignInController::cancel()
{
    if (d->signIn)
        d->signIn->cancel();
}

QStringList SignInController::savedOrgs() const
{
    return d->profiles.names();
}

QString SignInController::describeSavedOrg(const QString &name) const
{
    const std::optional<Profile> profile = d->profiles.load(name);
    if (!profile)
        return name;
    return tr("%1 \u2014 %2")
        .arg(profile->username.isEmpty() ? profile->name : profile->username, profile->instanceUrl.host());
}

void SignInController::connectSaved(const QString &name)
{
    if (isSigningIn())
        return;
    auto *connection = new Connection;
    auto *loader = new ProfileLoader(&d->profiles, d->store, this);
    d->busy = loader;
    Q_EMIT statusChanged(tr("Connecting to %1…").arg(name));
    connect(loader, &ProfileLoader::finished, this, [this, loader, connection, name](const SfError &error) {
        loader->deleteLater();
        d->busy = nullptr;
        if (!error.isNull()) {
            delete connection;
            Q_EMIT finished(error);
            return;
        }
        auto *rest = new RestClient(connection, m_session->network(), connection);
        auto *connector = new OrgConnector(rest, this);
        d->busy = connector;
        connect(connector, &OrgConnector::finished, this,
                [this, connector, rest, connection, name](const SfError &connectError) {
                    connector->deleteLater();
                    rest->deleteLater();
                    d->busy = nullptr;
                    if (!connectError.isNull()) {
                        delete connection;
                        Q_EMIT finished(connectError);
                        return;
                    }
                    m_session->adopt(connection, OrgSession::Kind::Profile, name);
                    Q_EMIT statusChanged(tr("Connected to %1.").arg(name));
                    Q_EMIT finished({});
                });
        connector->start();
    });
    loader->load(name, connection);
}

void SignInController::forget(const QString &name)
{
    if (m_session->kind() == OrgSession::Kind::Profile && m_session->profileName() == name)
        m_session->close();
    auto *job = new SignOut(m_session->network(), &d->profiles, d->store, this);
    connect(job, &SignOut::finished, this, [this, job](const SfError &error) {
        job->deleteLater();
        if (!error.isNull())
            qCInfo(lcUi) << "token revocation failed:" << error.errorCode;
        Q_EMIT savedOrgsChanged();
    });
    job->start(name);
}

void SignInController::signOut()
{
    if (m_session->kind() == OrgSession::Kind::Profile && !m_session->profileName().isEmpty()) {
        forget(m_session->profileName());
        return;
    }
    m_session->close();
}

} // namespace sfsync
