#pragma once

#include "connectionrequest.h"

#include "core/salesforce/sferror.h"

#include <QObject>
#include <QSettings>

#include <memory>

class QNetworkAccessManager;

namespace sfsync {

class Connection;
class MetadataService;
class OrgSession;
class RestClient;
class ProfileStore;
class TokenStore;

// Opens core's OrgSession for a command from a ConnectionRequest: builds the Connection with its credentials
// (environment token, client credentials, keychain profile, JWT bearer, or the embedded local org), hands it
// to the session and checks it answers (OrgConnector). open() is asynchronous (keychains are) and ends with
// opened() once: a null error means ready.
class ConnectionOpener : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionOpener(QObject *parent = nullptr);
    ~ConnectionOpener() override;

    void open(const ConnectionRequest &request);

    [[nodiscard]] OrgSession *session() const { return m_session; }
    [[nodiscard]] Connection *connection() const;
    [[nodiscard]] RestClient *rest() const;
    [[nodiscard]] MetadataService *metadata() const;
    [[nodiscard]] QNetworkAccessManager *network() const;
    // A short description for messages: "https://example.my.salesforce.com (profile prod)".
    [[nodiscard]] QString describeTarget() const;

    // The next step for a user whose command failed with `error` (how to fix the connection).
    [[nodiscard]] QString adviceFor(const SfError &error) const;

Q_SIGNALS:
    void opened(const sfsync::SfError &error);

private:
    void openWithInstanceUrl();
    void openProfile();
    void openLocalOrg();
    void openJwtBearer();
    void finishSetup();
    void fail(const SfError &error);

    ConnectionRequest m_request;
    OrgSession *m_session = nullptr;
    Connection *m_connection = nullptr; // built here until the session adopts it
    TokenStore *m_tokenStore = nullptr;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
};

} // namespace sfsync
