#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QUrl>
#include <functional>
#include <optional>

namespace sfsync::test {

// A QNetworkAccessManager that records every request and answers from a script (nextcloud's FakeQNAM idea):
// queued replies first, then a handler; a request neither answers goes to the real network (e.g. an
// in-process local org on loopback), so one fault can be forced in front of a real server.
class FakeNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QUrl url;
        QNetworkRequest request;
        QByteArray body;
        [[nodiscard]] QByteArray header(const QByteArray &name) const { return request.rawHeader(name); }
    };

    struct Reply
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        // A transport failure instead of an HTTP answer (status ignored).
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        bool hang = false; // never answers until aborted (timeouts)

        static Reply json(int status, const QByteArray &body);
        static Reply failure(QNetworkReply::NetworkError error);
        static Reply hanging();
    };

    using Handler = std::function<std::optional<Reply>(const Request &request)>;
    // Changes the body of a request that goes on to the real network (e.g. a tampered PKCE verifier).
    using Rewriter = std::function<QByteArray(const Request &request)>;

    explicit FakeNetworkAccessManager(QObject *parent = nullptr);

    void enqueue(const Reply &reply) { m_queue.append(reply); }
    void clearQueue() { m_queue.clear(); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setRewriter(Rewriter rewriter) { m_rewriter = std::move(rewriter); }

    [[nodiscard]] const QList<Request> &requests() const { return m_requests; }
    [[nodiscard]] int count(const QString &pathContains) const;
    // Requests whose method is `method` (any method when empty) and whose URL path contains `pathContains`.
    [[nodiscard]] int count(const QByteArray &method, const QString &pathContains) const;
    void clearRequests() { m_requests.clear(); }
    [[nodiscard]] int inFlight() const { return m_inFlight; }
    [[nodiscard]] int maxInFlight() const { return m_maxInFlight; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData = nullptr) override;

private:
    void track(QNetworkReply *reply);

    QList<Reply> m_queue;
    Handler m_handler;
    Rewriter m_rewriter;
    QList<Request> m_requests;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};

} // namespace sfsync::test
