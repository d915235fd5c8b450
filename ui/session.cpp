#include "session.h"

#include "uilogging.h"

#include "core/salesforce/auth/accesstokencredentials.h"
#include "core/salesforce/connection.h"
#include "core/salesforce/metadata/metadataservice.h"
#include "localorg/localorg.h"

#include <QCryptographicHash>
#include <QDir>
#include <QNetworkAccessManager>
#include <QStandardPaths>

namespace sfsync {

Session::Session(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{ }

Session::~Session()
{
    // The clients talk to the local org; they go first.
    delete m_metadata;
    delete m_rest;
    delete m_connection;
}

Connection *Session::connection() const
{
    return m_connection;
}

QString Session::metadataCacheDir(const QString &orgKey)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    const QByteArray key =
        QCryptographicHash::hash(orgKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(base).filePath(QStringLiteral("metadata/") + QString::fromLatin1(key));
}

bool Session::openLocalOrg(QString *error)
{
    close();
    auto org = std::make_unique<localorg::LocalOrg>();
    QString startError;
    if (!org->start(&startError)) {
        if (error)
            *error = tr("The local org did not start: %1").arg(startError);
        return false;
    }
    auto *connection = new Connection;
    const SfError urlError = connection->setInstanceUrl(org->baseUrl());
    if (!urlError.isNull()) {
        delete connection;
        if (error)
            *error = urlError.toString();
        return false;
    }
    connection->setApiVersion(org->newestApiVersion());
    connection->setLoginHost(org->baseUrl());
    OrgIdentity identity;
    identity.username = org->username();
    identity.displayName = tr("Local org user");
    identity.orgId = org->organizationId();
    identity.userId = org->userId();
    connection->setIdentity(identity);
    connection->setCredentials(new AccessTokenCredentials(org->accessToken()));
    m_localOrg = std::move(org);
    qCInfo(lcUi) << "local org open at" << m_localOrg->baseUrl().toString();
    adopt(connection, Kind::LocalOrg, QString());
    return true;
}

void Session::adopt(Connection *connection, Kind kind, const QString &profileName)
{
    if (m_connection && m_connection != connection)
        close();
    connection->setParent(this);
    m_connection = connection;
    m_kind = kind;
    m_profileName = profileName;
    m_rest = new RestClient(connection, m_network, this);
    // Describes are only cached on disk for real orgs; a local org starts fresh every time.
    const QString orgKey =
        connection->instanceUrl().toString() + QLatin1Char('/') + connection->identity().orgId;
    m_metadata =
        new MetadataService(m_rest, kind == Kind::LocalOrg ? QString() : metadataCacheDir(orgKey), this);
    wire();
    Q_EMIT connectedChanged(true);
}

void Session::wire()
{
    connect(m_rest, &RestClient::limitInfoChanged, this, &Session::limitInfoChanged);
    connect(m_rest, &RestClient::apiCallsChanged, this, &Session::apiCallsChanged);
}

void Session::close()
{
    const bool wasConnected = isConnected();
    delete m_metadata;
    m_metadata = nullptr;
    delete m_rest;
    m_rest = nullptr;
    delete m_connection;
    m_connection = nullptr;
    if (m_localOrg) {
        m_localOrg->stop();
        m_localOrg.reset();
    }
    m_kind = Kind::None;
    m_profileName.clear();
    if (wasConnected)
        Q_EMIT connectedChanged(false);
}

QString Session::title() const
{
    if (!m_connection)
        return tr("Not connected");
    if (m_kind == Kind::LocalOrg)
        return tr("Local org (offline demo)");
    return tr("%1 on %2").arg(username(), m_connection->instanceUrl().host());
}

QString Session::username() const
{
    return m_connection ? m_connection->identity().username : QString();
}

QUrl Session::instanceUrl() const
{
    return m_connection ? m_connection->instanceUrl() : QUrl();
}

LimitInfo Session::limitInfo() const
{
    return m_rest ? m_rest->limitInfo() : LimitInfo {};
}

int Session::apiCalls() const
{
    return m_rest ? m_rest->apiCalls() : 0;
}

QUrl Session::recordUrl(const QString &recordId) const
{
    if (!m_connection || recordId.isEmpty())
        return {};
    QUrl url = m_connection->instanceUrl();
    url.setPath(QLatin1Char('/') + recordId);
    return url;
}

} // namespace sfsync
