#pragma once

#include "core/salesforce/restclient.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;

namespace sfsync {

class Connection;
class MetadataService;

namespace localorg {
class LocalOrg;
}

// The org the window works with: its Connection, the one RestClient and MetadataService over it, and —
// for the offline demo — the in-process local org serving it. Owned by the main window; everything else
// reads it and listens to its signals.
class Session : public QObject
{
    Q_OBJECT

public:
    enum class Kind { None, LocalOrg, Profile };

    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    // Starts an in-process local org seeded with the sample data and connects with its fixed token.
    bool openLocalOrg(QString *error = nullptr);
    // Adopts a ready connection (signed in, or restored from a saved profile). Takes ownership.
    void adopt(Connection *connection, Kind kind, const QString &profileName);
    void close();

    [[nodiscard]] bool isConnected() const { return m_connection != nullptr; }
    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] QString profileName() const { return m_profileName; }
    [[nodiscard]] Connection *connection() const;
    [[nodiscard]] RestClient *restClient() const { return m_rest; }
    [[nodiscard]] MetadataService *metadata() const { return m_metadata; }
    [[nodiscard]] localorg::LocalOrg *localOrg() const { return m_localOrg.get(); }
    [[nodiscard]] QNetworkAccessManager *network() const { return m_network; }

    // "Local org (offline demo)", or the username and host.
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString username() const;
    [[nodiscard]] QUrl instanceUrl() const;
    [[nodiscard]] LimitInfo limitInfo() const;
    [[nodiscard]] int apiCalls() const;
    // The Lightning-independent record URL (instance/Id redirects to the record page).
    [[nodiscard]] QUrl recordUrl(const QString &recordId) const;

    // Where describes are cached on disk, per org.
    [[nodiscard]] static QString metadataCacheDir(const QString &orgKey);

Q_SIGNALS:
    void connectedChanged(bool connected);
    void limitInfoChanged(const sfsync::LimitInfo &info);
    void apiCallsChanged(int total);

private:
    void wire();

    Kind m_kind = Kind::None;
    QString m_profileName;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<localorg::LocalOrg> m_localOrg;
    Connection *m_connection = nullptr;
    RestClient *m_rest = nullptr;
    MetadataService *m_metadata = nullptr;
};

} // namespace sfsync
