#pragma once

#include "core/salesforce/sferror.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <functional>

class QNetworkAccessManager;

namespace sfsync {

class Connection;

// What one REST call asks for. `path` is either absolute on the instance ("/services/data/v62.0/limits",
// a nextRecordsUrl) or relative to the versioned data root ("query?q=...", "composite/sobjects").
struct RestRequest
{
    QByteArray method = "GET";
    QString path;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    // A POST that only reads (e.g. a Composite of queries): after a lost answer it is sent again like a GET.
    bool readOnly = false;
    // How long to wait for the whole answer, in ms; 0: the client's default (setTimeoutMs()).
    int timeoutMs = 0;
    // Kind for the API-call counters: "describe", "query", "collections", "composite", "bulk", "sobject", ...
    QString kind = QStringLiteral("other");
    // May travel inside one Composite call with others that are ready at the same time (sObject Collections
    // and queries; see CompositePacker), when the client batches them.
    bool composable = false;

    // A write changes data in the org (every method but GET and HEAD, unless readOnly). RestClient sends a
    // write so that the network layer can never repeat it (SendOnceBody), and sends it again only after an
    // answer that shows it was not carried out: 401 (then with a renewed token), 503, 420, 429, the
    // concurrent-request limit, a 500 in Salesforce's own error shape. When its answer is lost (the
    // connection closed or reset after sending, no answer in time, an answer cut off or from a gateway), the
    // response says answerLost and the caller reads the org back before deciding (docs/robustness.md).
    [[nodiscard]] bool isWrite() const { return !readOnly && method != "GET" && method != "HEAD"; }
};

// What came back, after retries and at most one transparent token refresh.
struct RestResponse
{
    int httpStatus = 0; // 0 when no HTTP answer came
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QList<SfError> errors; // parsed for any non-2xx status or transport failure
    int attempts = 1;
    // A write went out and no complete answer came back (errors: ANSWER_LOST, saying how): it may or may
    // not have been carried out. Never sent again by RestClient.
    bool answerLost = false;
    bool timedOut = false; // the last attempt ended because no answer came in time

    [[nodiscard]] bool ok() const { return httpStatus >= 200 && httpStatus < 300; }
    [[nodiscard]] QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    [[nodiscard]] SfError firstError() const { return errors.isEmpty() ? SfError {} : errors.first(); }
};

// Parsed Sforce-Limit-Info ("api-usage=N/M").
struct LimitInfo
{
    qint64 used = -1;
    qint64 max = -1;
    [[nodiscard]] bool isKnown() const { return used >= 0 && max > 0; }
};

struct RetryPolicy
{
    int maxAttempts = 5; // including the first
    int initialBackoffMs = 500; // doubled per attempt, with +-50% jitter
    int maxBackoffMs = 30000;

    // The wait before attempt `attempts` + 1: doubled per attempt, capped, with +-50% jitter that spreads
    // the retries of many parallel calls.
    [[nodiscard]] int backoffMs(int attempts) const;
};

// One in-flight call: emits finished() exactly once (also after abort()). Deletes itself later.
class RestCall : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void abort() = 0;
Q_SIGNALS:
    void finished(const sfsync::RestResponse &response);
};

// The one way sfsync talks to an org's REST and Bulk APIs. Uses a single injectable QNetworkAccessManager;
// adds Authorization: Bearer, gzip, a concurrency limit, timeouts, retries with exponential backoff and
// jitter for transient failures only, and replays a call once after refreshing an expired token
// (401 INVALID_SESSION_ID). Refuses plain http:// except for loopback hosts. Writes are never repeated
// after a lost answer (RestRequest::isWrite()); every repeat of a write is logged with its reason.
class RestClient : public QObject
{
    Q_OBJECT
public:
    RestClient(Connection *connection, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~RestClient() override;

    RestCall *send(const RestRequest &request);
    // Convenience: calls `done` with the response unless `context` was destroyed first.
    void send(const RestRequest &request, QObject *context, std::function<void(const RestResponse &)> done);

    // "/services/data/vXX.X/" + relative
    [[nodiscard]] QString dataPath(const QString &relative) const;
    [[nodiscard]] Connection *connection() const;
    [[nodiscard]] QNetworkAccessManager *network() const;

    void setMaxConcurrent(int calls);
    [[nodiscard]] int maxConcurrent() const;
    void setTimeoutMs(int ms);
    void setRetryPolicy(const RetryPolicy &policy);
    [[nodiscard]] RetryPolicy retryPolicy() const;
    // Composable requests ready at the same time travel in Composite calls (default on): fewer API calls.
    void setCompositeBatching(bool on);
    [[nodiscard]] bool compositeBatching() const;
    // sObject Collections or query subrequests one call can carry: 5 with Composite batching, else 1.
    [[nodiscard]] int subrequestsPerCall() const;

    [[nodiscard]] LimitInfo limitInfo() const;
    // The org's clock now, as the Date header of its latest answer tells (to the second); the local clock
    // until an answer came. Read-back after a lost answer compares it with CreatedDate.
    [[nodiscard]] QDateTime serverTime() const;
    // Every HTTP request sent to the org (retries included), in total and by RestRequest::kind.
    [[nodiscard]] int apiCalls() const;
    [[nodiscard]] QHash<QString, int> apiCallsByKind() const;

Q_SIGNALS:
    void limitInfoChanged(const sfsync::LimitInfo &info);
    void apiCallsChanged(int total);

private:
    friend class RestCallImpl;
    class Private;
    Private *d;
};

} // namespace sfsync

Q_DECLARE_METATYPE(sfsync::RestResponse)
Q_DECLARE_METATYPE(sfsync::LimitInfo)
