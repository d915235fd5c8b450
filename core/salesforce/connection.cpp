#include "core/salesforce/connection.h"

#include "core/corelogging.h"
#include "core/salesforce/auth/tokenrequest.h"
#include "core/salesforce/urlpolicy.h"

#include <QCoreApplication>
#include <QTimer>
#include <QVersionNumber>

namespace sfsync {

Connection::Connection(QObject *parent)
    : QObject(parent)
{ }

Connection::~Connection()
{
    if (m_refresh)
        m_refresh->disconnect(this);
}

QString Connection::chooseApiVersion(const QStringList &offered, const QString &cap)
{
    const QVersionNumber capVersion = QVersionNumber::fromString(cap);
    QVersionNumber best;
    QString bestText;
    for (const QString &text : offered) {
        const QVersionNumber v = QVersionNumber::fromString(text);
        if (v.isNull() || (!capVersion.isNull() && v > capVersion))
            continue;
        if (best.isNull() || v > best) {
            best = v;
            bestText = text;
        }
    }
    return bestText;
}

SfError Connection::setInstanceUrl(const QUrl &url)
{
    const SfError error = UrlPolicy::check(url);
    if (!error.isNull())
        return error;
    QUrl clean = url;
    clean.setPath(QString());
    clean.setQuery(QString());
    clean.setFragment(QString());
    m_instanceUrl = clean;
    return {};
}

void Connection::setApiVersion(const QString &version, bool pinned)
{
    m_apiVersion = version;
    m_apiVersionPinned = pinned;
}

QUrl Connection::loginHost() const
{
    if (m_credentials && m_credentials->loginHost().isValid())
        return m_credentials->loginHost();
    return m_loginHost;
}

void Connection::setIdentity(const OrgIdentity &identity)
{
    if (m_identity == identity)
        return;
    m_identity = identity;
    Q_EMIT identityChanged();
}

void Connection::setCredentials(Credentials *credentials)
{
    if (m_credentials && m_credentials != credentials && m_credentials->parent() == this)
        m_credentials->deleteLater();
    m_credentials = credentials;
    if (!credentials)
        return;
    credentials->setParent(this);
    if (credentials->loginHost().isValid())
        m_loginHost = credentials->loginHost();
    if (!credentials->initialAccessToken().isEmpty())
        setAccessToken(credentials->initialAccessToken());
}

void Connection::setAccessToken(const QString &token)
{
    if (m_accessToken == token)
        return;
    m_accessToken = token;
    Q_EMIT accessTokenChanged();
}

void Connection::refreshAccessToken(QNetworkAccessManager *network)
{
    if (m_refresh)
        return;
    SfError error;
    TokenRequest *request = m_credentials ? m_credentials->createTokenRequest(network, &error) : nullptr;
    if (!request) {
        if (error.isNull()) {
            error.httpStatus = 401;
            error.errorCode = QStringLiteral("INVALID_SESSION_ID");
            error.message = QCoreApplication::translate("sfsync::Connection",
                                                        "The session has expired and no credentials are "
                                                        "available to renew it. Sign in again.");
        }
        QTimer::singleShot(0, this, [this, error] { Q_EMIT refreshFinished(error); });
        return;
    }
    ++m_refreshCount;
    qCInfo(lcCoreAuth) << "requesting a new access token from" << loginHost().host();
    m_refresh = request;
    request->setParent(this);
    connect(request, &TokenRequest::finished, this,
            [this](const TokenResponse &response, const SfError &error) {
                m_refresh = nullptr;
                if (error.isNull())
                    applyToken(response);
                else
                    qCWarning(lcCoreAuth) << "token request failed:" << error.errorCode;
                Q_EMIT refreshFinished(error);
            });
    request->start();
}

void Connection::applyToken(const TokenResponse &response)
{
    if (response.instanceUrl.isValid() && !response.instanceUrl.isEmpty()) {
        const SfError urlError = setInstanceUrl(response.instanceUrl);
        if (!urlError.isNull())
            qCWarning(lcCoreAuth) << "ignoring the token response's instance URL:" << urlError.errorCode;
    }
    if (!response.orgId().isEmpty()) {
        OrgIdentity id = m_identity;
        id.orgId = response.orgId();
        id.userId = response.userId();
        id.identityUrl = response.identityUrl;
        setIdentity(id);
    }
    if (m_credentials)
        m_credentials->tokenReceived(response);
    setAccessToken(response.accessToken);
}

} // namespace sfsync
