#pragma once

#include "localorg/localorgoptions.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace sfsync::localorg {

class Catalogue;
class RecordStore;
class LocalOrgPrivate;

// The local org: a Salesforce emulator served over HTTP/1.1 on 127.0.0.1 (OAuth, REST with SOQL and SOSL,
// Composite, sObject Collections, sObject Tree, Bulk API 2.0 and 1.0), with fault injection and API counters.
// Tests start it in-process (`LocalOrg org; QVERIFY(org.start());`) and talk to it over real loopback HTTP;
// `sfsync-localorg` serves it as a program. Everything runs on the thread that owns the object.
class LocalOrg : public QObject
{
    Q_OBJECT
public:
    explicit LocalOrg(const LocalOrgOptions &options = {}, QObject *parent = nullptr);
    ~LocalOrg() override;

    // Opens the data folder, seeds it when asked and empty, and listens on 127.0.0.1.
    bool start(QString *error = nullptr);
    void stop();
    [[nodiscard]] bool isRunning() const;

    [[nodiscard]] QUrl baseUrl() const; // http://127.0.0.1:PORT
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QString accessToken() const; // the fixed, non-expiring token
    [[nodiscard]] QString newestApiVersion() const; // "62.0"
    [[nodiscard]] QString organizationId() const; // 18 chars, 00D...
    [[nodiscard]] QString userId() const; // 18 chars, 005...
    [[nodiscard]] QString username() const;
    [[nodiscard]] const LocalOrgOptions &options() const;

    // Direct access for test assertions and set-up.
    RecordStore &records();
    [[nodiscard]] const Catalogue &catalogue() const;
    // Adds a custom field to an object (describe field JSON, see Catalogue::addField).
    bool addField(const QString &object, const QJsonObject &fieldJson, QString *error = nullptr);

    // OAuth clients. A default one exists: clientId "sfsync-local", no secret, any loopback redirect_uri.
    // With a secret the client may use client_credentials; with a certificate (PEM) the JWT bearer flow.
    void registerClient(const QString &clientId, const QString &clientSecret,
                        const QString &certificatePem = {});
    void setAutoApprove(bool autoApprove);
    void setRotateRefreshTokens(bool rotate);
    void setAccessTokenLifetime(int seconds);
    // Every issued (non-fixed) access token now gets 401 INVALID_SESSION_ID; refresh tokens stay valid.
    void expireAccessTokens();
    // Every access and refresh token the OAuth endpoints issued (for leak checks in tests).
    [[nodiscard]] QStringList issuedTokens() const;

    // Faults, adjustable at run time. Each code is "CODE[=RATE][@METHOD:PATH]" (see FaultRule in
    // server/faultinjector.h): e.g. "503=0.05", "LOSE_ANSWER=0.2@POST:composite/sobjects",
    // "STALL=1@PATCH:jobs/ingest/*". Returns false (and names the bad code in *error) for a code it cannot
    // read, and then changes nothing.
    void setLatency(int ms, int jitterMs = 0);
    bool setFaults(double rate, const QStringList &codes, QString *error = nullptr);
    // The check setFaults() makes, for programs that validate their options first.
    static bool checkFaultCodes(const QStringList &codes, QString *error);
    // Faults injected so far, by code ("503", "DROP", "UNABLE_TO_LOCK_ROW", ...).
    [[nodiscard]] QHash<QString, int> injectedFaults() const;
    // The user's permissions (UserPermissionAccess): e.g. setUserPermission("PermissionsBulkApiHardDelete",
    // false) makes hardDelete jobs fail with FEATURENOTENABLED and the query answer false.
    // setReportedUserPermission() changes only the query's answer (RecordStore::setReportedUserPermission).
    void setUserPermission(const QString &permission, bool granted);
    void setReportedUserPermission(const QString &permission, bool granted);
    void setDailyApiLimit(qint64 max);
    [[nodiscard]] qint64 apiUsage() const;
    void setQueryBatchSize(int size);

    // Counters: REST calls (those counted against the daily limit), by endpoint ("GET query",
    // "POST composite/sobjects", "PUT jobs/ingest/{id}/batches", ...).
    [[nodiscard]] int apiCalls() const;
    [[nodiscard]] QHash<QString, int> apiCallsByEndpoint() const;
    // The subrequests of Composite calls by endpoint, named like the calls ("PATCH composite/sobjects").
    [[nodiscard]] QHash<QString, int> subrequestsByEndpoint() const;
    // Calls plus Composite subrequests to `endpoint`: what was asked of it, however it travelled.
    [[nodiscard]] int requestsTo(const QString &endpoint) const;
    void resetCounters();
    [[nodiscard]] QString summary() const;

    // The HTTP layer's counters (tests of keep-alive and concurrency).
    [[nodiscard]] int connectionsAccepted() const;
    [[nodiscard]] int maxPendingResponses() const;

private:
    std::unique_ptr<LocalOrgPrivate> d;
};

} // namespace sfsync::localorg
