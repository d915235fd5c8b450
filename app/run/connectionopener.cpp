#include "connectionopener.h"

#include "connectionoptions.h"
#include "exitcode.h"
#include "runlogging.h"
#include "secretredactor.h"
#include "sharedsettings.h"

#include "core/salesforce/auth/accesstokencredentials.h"
#include "core/salesforce/auth/clientcredentials.h"
#include "core/salesforce/auth/jwtbearercredentials.h"
#include "core/salesforce/auth/keychaintokenstore.h"
#include "core/salesforce/auth/profileloader.h"
#include "core/salesforce/auth/profilestore.h"
#include "core/salesforce/auth/refreshtokencredentials.h"
#include "core/salesforce/connection.h"
#include "core/salesforce/metadata/metadataservice.h"
#include "core/salesforce/orgconnector.h"
#include "core/salesforce/orgsession.h"
#include "core/salesforce/restclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTimer>

namespace sfsync {

ConnectionOpener::ConnectionOpener(QObject *parent)
    : QObject(parent)
    , m_session(new OrgSession(this))
{ }

ConnectionOpener::~ConnectionOpener() = default;

Connection *ConnectionOpener::connection() const
{
    return m_connection;
}

RestClient *ConnectionOpener::rest() const
{
    return m_session->rest();
}

MetadataService *ConnectionOpener::metadata() const
{
    return m_session->metadata();
}

QNetworkAccessManager *ConnectionOpener::network() const
{
    return m_session->network();
}

void ConnectionOpener::open(const ConnectionRequest &request)
{
    m_request = request;
    m_connection = new Connection(this);
    if (!request.apiVersion.isEmpty()) {
        m_connection->setApiVersion(request.apiVersion, true);
    }
    switch (request.kind) {
    case ConnectionRequest::Kind::InstanceUrl:
        openWithInstanceUrl();
        return;
    case ConnectionRequest::Kind::Profile:
        openProfile();
        return;
    case ConnectionRequest::Kind::LocalOrg:
        openLocalOrg();
        return;
    case ConnectionRequest::Kind::JwtBearer:
        openJwtBearer();
        return;
    case ConnectionRequest::Kind::None:
        break;
    }
    fail(SfError::network(QStringLiteral("NO_ORG"), tr("No org was chosen.")));
}

void ConnectionOpener::openWithInstanceUrl()
{
    SecretRedactor::addSecret(m_request.accessToken);
    const SfError urlError = m_connection->setInstanceUrl(m_request.instanceUrl);
    if (!urlError.isNull()) {
        fail(urlError);
        return;
    }
    if (m_request.clientCredentials) {
        // The token endpoint of the client credentials flow is the org's own (My Domain) host.
        ClientCredentials *credentials = ClientCredentials::fromEnvironment(m_connection->instanceUrl());
        if (!credentials) {
            fail(SfError::network(QStringLiteral("NO_CREDENTIALS"),
                                  tr("SFSYNC_CLIENT_ID and SFSYNC_CLIENT_SECRET must both be set.")));
            return;
        }
        m_connection->setCredentials(credentials);
    } else {
        m_connection->setCredentials(new AccessTokenCredentials(m_request.accessToken));
    }
    finishSetup();
}

void ConnectionOpener::finishSetup()
{
    connect(m_connection, &Connection::accessTokenChanged, this,
            [this] { SecretRedactor::addSecret(m_connection->accessToken()); });
    SecretRedactor::addSecret(m_connection->accessToken());

    if (m_request.kind != ConnectionRequest::Kind::LocalOrg) {
        m_session->adopt(m_connection,
                         m_request.kind == ConnectionRequest::Kind::Profile ? OrgSession::Kind::Profile
                                                                            : OrgSession::Kind::Direct,
                         m_request.profile);
    }

    // Obtains a token when there is none yet, picks the API version and reads who is signed in: a wrong
    // token or an unreachable host shows here, before any work starts.
    auto *connector = new OrgConnector(m_session->rest(), this);
    connect(connector, &OrgConnector::finished, this, [this, connector](const SfError &error) {
        connector->deleteLater();
        if (error.isNull()) {
            qCDebug(lcRun) << "connected; API version" << m_connection->apiVersion();
        }
        Q_EMIT opened(error);
    });
    connector->start();
}

void ConnectionOpener::openProfile()
{
    m_settings = SharedSettings::open();
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_tokenStore = new KeychainTokenStore(QStringLiteral("sfsync"), this);
    auto *loader = new ProfileLoader(m_profiles.get(), m_tokenStore, this);
    connect(loader, &ProfileLoader::finished, this, [this, loader](const SfError &error) {
        loader->deleteLater();
        if (!error.isNull()) {
            Q_EMIT opened(error);
            return;
        }
        if (!m_request.apiVersion.isEmpty()) {
            m_connection->setApiVersion(m_request.apiVersion, true);
        }
        if (auto *refresh = qobject_cast<RefreshTokenCredentials *>(m_connection->credentials())) {
            SecretRedactor::addSecret(refresh->refreshToken());
        }
        finishSetup();
    });
    loader->load(m_request.profile, m_connection);
}

void ConnectionOpener::openLocalOrg()
{
    // In memory, seeded with the sample data: every --local-org run starts from the same org.
    delete m_connection;
    m_connection = nullptr;
    SfError error;
    if (!m_session->openLocalOrg(&error)) {
        fail(error);
        return;
    }
    m_connection = m_session->connection();
    if (!m_request.apiVersion.isEmpty())
        m_connection->setApiVersion(m_request.apiVersion, true);
    qCInfo(lcRun) << "local org at" << m_connection->instanceUrl().toDisplayString();
    finishSetup();
}

void ConnectionOpener::openJwtBearer()
{
    SfError error;
    JwtBearerCredentials *credentials = JwtBearerCredentials::fromKeyFile(
        m_request.loginUrl, m_request.clientId, m_request.username, m_request.jwtKeyFile, &error);
    if (!credentials) {
        fail(error.isNull() ? SfError::network(QStringLiteral("NO_CREDENTIALS"),
                                               tr("Cannot read the key file %1.").arg(m_request.jwtKeyFile))
                            : error);
        return;
    }
    // The instance URL comes with the first token; the login host stands in until then.
    m_connection->setLoginHost(m_request.loginUrl);
    const SfError urlError = m_connection->setInstanceUrl(m_request.loginUrl);
    if (!urlError.isNull()) {
        fail(urlError);
        return;
    }
    m_connection->setCredentials(credentials);
    finishSetup();
}

void ConnectionOpener::fail(const SfError &error)
{
    QTimer::singleShot(0, this, [this, error] { Q_EMIT opened(error); });
}

QString ConnectionOpener::describeTarget() const
{
    const QString url = m_connection ? m_connection->instanceUrl().toDisplayString() : QString();
    switch (m_request.kind) {
    case ConnectionRequest::Kind::Profile:
        return tr("%1 (profile %2)").arg(url, m_request.profile);
    case ConnectionRequest::Kind::LocalOrg:
        return tr("%1 (local org)").arg(url);
    case ConnectionRequest::Kind::JwtBearer:
        return tr("%1 (JWT bearer, %2)").arg(url, m_request.username);
    case ConnectionRequest::Kind::InstanceUrl:
    case ConnectionRequest::Kind::None:
        break;
    }
    return url;
}

QString ConnectionOpener::adviceFor(const SfError &error) const
{
    const SfError::Kind kind = error.kind();
    if (error.errorCode.startsWith(QLatin1String("KEYCHAIN"))
        || error.errorCode == QLatin1String("NO_KEYCHAIN")) {
        return tr("No keychain is available: use --instance-url URL with the access token in %1, or a local "
                  "org "
                  "(--local-org).")
            .arg(QLatin1String(ConnectionOptions::TokenVariable));
    }
    if (kind == SfError::Kind::Auth) {
        switch (m_request.kind) {
        case ConnectionRequest::Kind::InstanceUrl:
            if (m_request.clientCredentials) {
                return tr(
                    "Check SFSYNC_CLIENT_ID and SFSYNC_CLIENT_SECRET, and that the connected app allows the "
                    "client credentials flow with a run-as user.");
            }
            return tr("Check that %1 holds a valid, unexpired access token for %2.")
                .arg(QLatin1String(ConnectionOptions::TokenVariable),
                     m_request.instanceUrl.toDisplayString());
        case ConnectionRequest::Kind::Profile:
            return tr("Sign in again with 'sfsync-run login --profile %1'.").arg(m_request.profile);
        case ConnectionRequest::Kind::JwtBearer:
            return tr("Check the username, the consumer key, the key file (its certificate must be on the "
                      "connected app) and that the user is pre-authorized for the app.");
        case ConnectionRequest::Kind::LocalOrg:
        case ConnectionRequest::Kind::None:
            break;
        }
        return tr("Sign in again.");
    }
    switch (kind) {
    case SfError::Kind::Limit:
        return tr("The org's API limit is exhausted: try again later, or raise the limit in Salesforce.");
    case SfError::Kind::Unreachable:
    case SfError::Kind::AnswerLost:
        return tr("Check the address and your network connection (proxy settings are taken from the system), "
                  "then try again.");
    case SfError::Kind::Transient:
        if (error.httpStatus == 0)
            return tr("Check the address and your network connection (proxy settings are taken from the "
                      "system), then try again.");
        if (error.errorCode == QLatin1String("REQUEST_LIMIT_EXCEEDED"))
            return tr("The org's API limit is exhausted: try again later, or raise the limit in Salesforce.");
        return tr("Salesforce did not answer properly; try again later.");
    default:
        return {};
    }
}

} // namespace sfsync
