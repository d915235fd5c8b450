#include "core/salesforce/orgsession.h"

#include "core/corelogging.h"
#include "core/salesforce/auth/accesstokencredentials.h"
#include "core/salesforce/connection.h"
#include "core/salesforce/metadata/metadataservice.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QStandardPaths>

namespace sfsync {

namespace {

EmbeddedOrgFactory &embeddedOrgFactory()
{
    static EmbeddedOrgFactory factory;
    return factory;
}

} // namespace

OrgSession::OrgSession(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{ }

OrgSession::~OrgSession()
{
    // The clients may talk to the embedded org: they go first.
    delete m_metadata;
    delete m_rest;
    delete m_connection;
}

void OrgSession::setEmbeddedOrgFactory(EmbeddedOrgFactory factory)
{
    embeddedOrgFactory() = std::move(factory);
}

bool OrgSession::hasEmbeddedOrg()
{
    return bool(embeddedOrgFactory());
}

QString OrgSession::metadataCacheRoot()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("metadata"));
}

bool OrgSession::openLocalOrg(SfError *error)
{
    close();
    const auto failWith = [error](const SfError &e) {
        if (error)
            *error = e;
        return false;
    };
    if (!hasEmbeddedOrg())
        return failWith(SfError::network(QStringLiteral("LOCAL_ORG_FAILED"),
                                         tr("This program was built without the local org.")));
    std::unique_ptr<EmbeddedOrg> org = embeddedOrgFactory()();
    QString startError;
    if (!org || !org->start(&startError))
        return failWith(SfError::network(QStringLiteral("LOCAL_ORG_FAILED"),
                                         tr("The local org did not start: %1").arg(startError)));
    auto *connection = new Connection;
    const SfError urlError = connection->setInstanceUrl(org->baseUrl());
    if (!urlError.isNull()) {
        delete connection;
        return failWith(urlError);
    }
    connection->setApiVersion(org->newestApiVersion());
    connection->setLoginHost(org->baseUrl());
    connection->setIdentity(org->identity());
    connection->setCredentials(new AccessTokenCredentials(org->accessToken()));
    m_embedded = std::move(org);
    qCInfo(lcCoreSession) << "local org open at" << m_embedded->baseUrl().toString();
    adopt(connection, Kind::LocalOrg);
    return true;
}

void OrgSession::adopt(Connection *connection, Kind kind, const QString &profileName)
{
    if (m_connection && m_connection != connection)
        close();
    connection->setParent(this);
    m_connection = connection;
    m_kind = kind;
    m_profileName = profileName;
    m_rest = new RestClient(connection, m_network, this);
    m_metadata = new MetadataService(m_rest, kind == Kind::LocalOrg ? QString() : metadataCacheRoot(), this);
    connect(m_rest, &RestClient::limitInfoChanged, this, &OrgSession::limitInfoChanged);
    connect(m_rest, &RestClient::apiCallsChanged, this, &OrgSession::apiCallsChanged);
    Q_EMIT connectedChanged(true);
}

void OrgSession::close()
{
    const bool wasConnected = isConnected();
    delete m_metadata;
    m_metadata = nullptr;
    delete m_rest;
    m_rest = nullptr;
    delete m_connection;
    m_connection = nullptr;
    if (m_embedded) {
        m_embedded->stop();
        m_embedded.reset();
    }
    m_kind = Kind::None;
    m_profileName.clear();
    if (wasConnected)
        Q_EMIT connectedChanged(false);
}

QString OrgSession::title() const
{
    if (!m_connection)
        return tr("Not connected");
    if (m_kind == Kind::LocalOrg)
        return tr("Local org (offline demo)");
    return tr("%1 on %2").arg(username(), m_connection->instanceUrl().host());
}

QString OrgSession::username() const
{
    return m_connection ? m_connection->identity().username : QString();
}

QUrl OrgSession::instanceUrl() const
{
    return m_connection ? m_connection->instanceUrl() : QUrl();
}

LimitInfo OrgSession::limitInfo() const
{
    return m_rest ? m_rest->limitInfo() : LimitInfo {};
}

int OrgSession::apiCalls() const
{
    return m_rest ? m_rest->apiCalls() : 0;
}

QUrl OrgSession::recordUrl(const QString &recordId) const
{
    if (!m_connection || recordId.isEmpty())
        return {};
    QUrl url = m_connection->instanceUrl();
    url.setPath(QLatin1Char('/') + recordId);
    return url;
}

} // namespace sfsync
