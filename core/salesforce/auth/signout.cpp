#include "core/salesforce/auth/signout.h"

#include "core/corelogging.h"
#include "core/salesforce/auth/profilestore.h"
#include "core/salesforce/auth/tokenrequest.h"
#include "core/salesforce/auth/tokenstore.h"
#include "core/salesforce/urlpolicy.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace sfsync {

SignOut::SignOut(QNetworkAccessManager *network, ProfileStore *profiles, TokenStore *tokens, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_profiles(profiles)
    , m_tokens(tokens)
{ }

void SignOut::start(const QString &profileName)
{
    m_profile = profileName;
    const std::optional<Profile> profile = m_profiles ? m_profiles->load(profileName) : std::nullopt;
    const QUrl loginHost =
        profile ? (profile->loginHost.isValid() ? profile->loginHost : profile->instanceUrl) : QUrl();
    if (!m_tokens) {
        forget({});
        return;
    }
    m_tokens->read(profileName, this, [this, loginHost](const StoredTokens &tokens, const SfError &error) {
        const QString token = tokens.refreshToken.isEmpty() ? tokens.accessToken : tokens.refreshToken;
        if (!error.isNull() || token.isEmpty() || !loginHost.isValid()) {
            forget({});
            return;
        }
        revoke(loginHost, token);
    });
}

void SignOut::revoke(const QUrl &loginHost, const QString &token)
{
    QUrl url = loginHost;
    url.setPath(QStringLiteral("/services/oauth2/revoke"));
    url.setQuery(QString());
    if (!m_network || !UrlPolicy::check(url).isNull()) {
        forget(UrlPolicy::check(url));
        return;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply =
        m_network->post(request, TokenRequest::formBody({{QStringLiteral("token"), token}}));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        SfError error;
        if (status == 0)
            error = SfError::network(QStringLiteral("NETWORK_ERROR"), reply->errorString());
        else if (status != 200)
            error = SfError::fromResponse(status, reply->readAll()).value(0);
        qCInfo(lcCoreAuth) << "token revocation:" << status;
        forget(error);
    });
}

void SignOut::forget(const SfError &revokeError)
{
    if (m_profiles)
        m_profiles->remove(m_profile);
    if (!m_tokens) {
        Q_EMIT finished(revokeError);
        return;
    }
    m_tokens->remove(m_profile, this, [this, revokeError](const SfError &error) {
        // A missing entry is fine: there is nothing left to forget.
        if (revokeError.isNull() && !error.isNull() && error.errorCode != QLatin1String("ENTRY_NOT_FOUND"))
            Q_EMIT finished(error);
        else
            Q_EMIT finished(revokeError);
    });
}

} // namespace sfsync
