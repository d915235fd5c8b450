#pragma once

#include "core/salesforce/auth/credentials.h"
#include "core/salesforce/auth/tokenrequest.h"
#include "core/salesforce/orgidentity.h"
#include "core/salesforce/sferror.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;

namespace sfsync {

// One org as sfsync talks to it: instance URL, API version, login host, who is signed in, and the credentials
// that produce access tokens. Shared by every RestClient on the org, so a token refresh happens once for all
// of them. Never exposes the token in logs.
class Connection : public QObject
{
    Q_OBJECT
public:
    explicit Connection(QObject *parent = nullptr);
    ~Connection() override;

    // The newest API version this code knows; negotiation never goes above it.
    static QString newestKnownApiVersion() { return QStringLiteral("62.0"); }
    static constexpr const char *ProductionLoginUrl = "https://login.salesforce.com";
    static constexpr const char *SandboxLoginUrl = "https://test.salesforce.com";
    // The newest version in `offered` that is not above `cap` ("62.0" style strings); empty when none is.
    static QString chooseApiVersion(const QStringList &offered, const QString &cap = newestKnownApiVersion());

    // Refuses http:// except for loopback hosts (UrlPolicy); the previous URL stays on error.
    SfError setInstanceUrl(const QUrl &url);
    [[nodiscard]] QUrl instanceUrl() const { return m_instanceUrl; }

    [[nodiscard]] QString apiVersion() const { return m_apiVersion; }
    // Sets the version; `pinned` (--api-version) keeps negotiation from changing it.
    void setApiVersion(const QString &version, bool pinned = false);
    [[nodiscard]] bool isApiVersionPinned() const { return m_apiVersionPinned; }

    [[nodiscard]] QUrl loginHost() const;
    void setLoginHost(const QUrl &url) { m_loginHost = url; }

    [[nodiscard]] OrgIdentity identity() const { return m_identity; }
    void setIdentity(const OrgIdentity &identity);

    // Takes ownership. An initial access token of the credentials is adopted.
    void setCredentials(Credentials *credentials);
    [[nodiscard]] Credentials *credentials() const { return m_credentials; }

    [[nodiscard]] QString accessToken() const { return m_accessToken; }
    void setAccessToken(const QString &token);

    [[nodiscard]] bool canRefresh() const { return m_credentials && m_credentials->canRefresh(); }
    [[nodiscard]] bool isRefreshing() const { return m_refresh != nullptr; }
    // Starts one token request unless one is already running; refreshFinished() reports the outcome to all
    // waiters. Without refreshable credentials it fails (asynchronously) with the credentials' reason.
    void refreshAccessToken(QNetworkAccessManager *network);
    [[nodiscard]] int refreshCount() const { return m_refreshCount; }

Q_SIGNALS:
    void accessTokenChanged();
    void identityChanged();
    void refreshFinished(const sfsync::SfError &error);

private:
    void applyToken(const TokenResponse &response);

    QUrl m_instanceUrl;
    QString m_apiVersion = newestKnownApiVersion();
    bool m_apiVersionPinned = false;
    QUrl m_loginHost;
    OrgIdentity m_identity;
    QPointer<Credentials> m_credentials;
    QString m_accessToken;
    QPointer<TokenRequest> m_refresh;
    int m_refreshCount = 0;
};

} // namespace sfsync
