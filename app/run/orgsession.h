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
class RestClient;
class ProfileStore;
class TokenStore;

namespace localorg {
class LocalOrg;
}

// Everything a command needs to talk to one org, built from a ConnectionRequest: the network manager, the
// Connection with its credentials (environment token, keychain profile, or an in-process local org), a
// RestClient and a MetadataService. open() is asynchronous (keychains are) and ends with opened() once:
// a null error means ready.
class OrgSession : public QObject
{
    Q_OBJECT
public:
    explicit OrgSession(QObject *parent = nullptr);
    ~OrgSession() override;

    void open(const ConnectionRequest &request);

    [[nodiscard]] Connection *connection() const { return m_connection; }
    [[nodiscard]] RestClient *rest() const { return m_rest; }
    [[nodiscard]] MetadataService *metadata() const { return m_metadata; }
    [[nodiscard]] QNetworkAccessManager *network() const { return m_network; }
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
    QNetworkAccessManager *m_network = nullptr;
    Connection *m_connection = nullptr;
    RestClient *m_rest = nullptr;
    MetadataService *m_metadata = nullptr;
    TokenStore *m_tokenStore = nullptr;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    localorg::LocalOrg *m_localOrg = nullptr; // the in-process local org of --local-org
};

} // namespace sfsync
