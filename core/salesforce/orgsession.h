#pragma once

#include "core/salesforce/embeddedorg.h"
#include "core/salesforce/restclient.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace sfsync {

class Connection;
class MetadataService;

// The org a program works with: one network manager, the Connection, the one RestClient and
// MetadataService over it and, for the embedded local org, the org itself. The desktop app and the runner
// both hold one; they differ only in how they obtain the Connection (a sign-in, a profile, a token in the
// environment), which they hand over with adopt().
//
// Describes are cached on disk under one layout, <CacheLocation>/metadata/<org Id, or host_port before the
// org is known> (MetadataService adds the org part); the embedded org starts fresh every time and is not
// cached.
class OrgSession : public QObject
{
    Q_OBJECT

public:
    enum class Kind { None, LocalOrg, Profile, Direct };

    explicit OrgSession(QObject *parent = nullptr);
    ~OrgSession() override;

    // How openLocalOrg() makes the embedded org; set once by each executable (and by tests).
    static void setEmbeddedOrgFactory(EmbeddedOrgFactory factory);
    [[nodiscard]] static bool hasEmbeddedOrg();
    // The root of the describe cache, shared by every org.
    [[nodiscard]] static QString metadataCacheRoot();

    // Starts the embedded local org (seeded with the sample data) and connects with its fixed token.
    bool openLocalOrg(SfError *error = nullptr);
    // Adopts a ready connection (signed in, restored from a profile, or built from a token). Takes
    // ownership and builds the REST client and metadata service over it.
    void adopt(Connection *connection, Kind kind, const QString &profileName = {});
    void close();

    [[nodiscard]] bool isConnected() const { return m_connection != nullptr; }
    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] QString profileName() const { return m_profileName; }
    [[nodiscard]] Connection *connection() const { return m_connection; }
    [[nodiscard]] RestClient *rest() const { return m_rest; }
    [[nodiscard]] MetadataService *metadata() const { return m_metadata; }
    [[nodiscard]] QNetworkAccessManager *network() const { return m_network; }
    // The embedded org while the session is on it, else null.
    [[nodiscard]] EmbeddedOrg *embeddedOrg() const { return m_embedded.get(); }

    // "Local org (offline demo)", or the username and host.
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString username() const;
    [[nodiscard]] QUrl instanceUrl() const;
    [[nodiscard]] LimitInfo limitInfo() const;
    [[nodiscard]] int apiCalls() const;
    // The Lightning-independent record URL (instance/Id redirects to the record page).
    [[nodiscard]] QUrl recordUrl(const QString &recordId) const;

Q_SIGNALS:
    void connectedChanged(bool connected);
    void limitInfoChanged(const sfsync::LimitInfo &info);
    void apiCallsChanged(int total);

private:
    Kind m_kind = Kind::None;
    QString m_profileName;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<EmbeddedOrg> m_embedded;
    Connection *m_connection = nullptr;
    RestClient *m_rest = nullptr;
    MetadataService *m_metadata = nullptr;
};

} // namespace sfsync
