#include "core/salesforce/orgconnector.h"

#include "core/corelogging.h"
#include "core/salesforce/connection.h"
#include "core/salesforce/restclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace sfsync {

OrgConnector::OrgConnector(RestClient *rest, QObject *parent)
    : QObject(parent)
    , m_rest(rest)
{ }

void OrgConnector::start()
{
    if (!m_rest || !m_rest->connection()) {
        QTimer::singleShot(0, this, [this] {
            done(SfError::network(
                QStringLiteral("NOT_CONNECTED"),
                QCoreApplication::translate("sfsync::OrgConnector", "Not connected to an org")));
        });
        return;
    }
    negotiateVersion();
}

void OrgConnector::negotiateVersion()
{
    Connection *connection = m_rest->connection();
    if (connection->isApiVersionPinned()) {
        readIdentity();
        return;
    }
    RestRequest request;
    request.path = QStringLiteral("/services/data");
    request.kind = QStringLiteral("versions");
    m_rest->send(request, this, [this](const RestResponse &response) {
        if (!response.ok()) {
            done(response.firstError());
            return;
        }
        QStringList offered;
        const QJsonArray versions = response.json().array();
        for (const QJsonValue &v : versions)
            offered.append(v.toObject().value(QLatin1String("version")).toString());
        const QString chosen = Connection::chooseApiVersion(offered);
        if (chosen.isEmpty()) {
            SfError error;
            error.httpStatus = response.httpStatus;
            error.errorCode = QStringLiteral("UNSUPPORTED_API_VERSION");
            error.message =
                QCoreApplication::translate("sfsync::OrgConnector",
                                            "The org offers no API version sfsync can use (offered: %1)")
                    .arg(offered.join(QLatin1String(", ")));
            done(error);
            return;
        }
        m_rest->connection()->setApiVersion(chosen);
        qCInfo(lcCoreRest) << "using API version" << chosen;
        readIdentity();
    });
}

void OrgConnector::readIdentity()
{
    RestRequest request;
    request.path = QStringLiteral("/services/oauth2/userinfo");
    request.kind = QStringLiteral("identity");
    m_rest->send(request, this, [this](const RestResponse &response) {
        if (!response.ok()) {
            done(response.firstError());
            return;
        }
        const QJsonObject info = response.json().object();
        Connection *connection = m_rest->connection();
        OrgIdentity identity = connection->identity();
        identity.username = info.value(QLatin1String("preferred_username")).toString(identity.username);
        identity.displayName = info.value(QLatin1String("name")).toString(identity.displayName);
        identity.orgId = info.value(QLatin1String("organization_id")).toString(identity.orgId);
        identity.userId = info.value(QLatin1String("user_id")).toString(identity.userId);
        connection->setIdentity(identity);
        done({});
    });
}

void OrgConnector::done(const SfError &error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(error);
}

} // namespace sfsync
