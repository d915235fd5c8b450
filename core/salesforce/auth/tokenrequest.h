#pragma once

#include "core/salesforce/auth/tokenresponse.h"
#include "core/salesforce/sferror.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace sfsync {

// One POST to {loginHost}/services/oauth2/token (form-encoded, never QtNetworkAuth: docs/sign-in.md).
// Retries the transient concurrent-refresh invalid_grant ("token request is already being processed") a few
// times. Emits finished() exactly once; deletes itself afterwards.
class TokenRequest : public QObject
{
    Q_OBJECT
public:
    using Parameters = QList<QPair<QString, QString>>;

    TokenRequest(QNetworkAccessManager *network, const QUrl &loginHost, const Parameters &parameters,
                 QObject *parent = nullptr);
    ~TokenRequest() override;

    static QUrl tokenEndpoint(const QUrl &loginHost);
    // Form body with every value percent-encoded once (a code's '%2F' arrives as '%252F' only if it was
    // still encoded: callers pass decoded values).
    static QByteArray formBody(const Parameters &parameters);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }
    void setRetryDelayMs(int ms) { m_retryDelayMs = ms; }

    void start();
    void cancel();

Q_SIGNALS:
    void finished(const sfsync::TokenResponse &response, const sfsync::SfError &error);

private:
    void send();
    void onReplyFinished();
    void finish(const TokenResponse &response, const SfError &error);

    QPointer<QNetworkAccessManager> m_network;
    QUrl m_endpoint;
    Parameters m_parameters;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer = nullptr;
    int m_timeoutMs = 60000;
    int m_maxAttempts = 4;
    int m_retryDelayMs = 500;
    int m_attempt = 0;
    bool m_timedOut = false;
    bool m_done = false;
};

} // namespace sfsync
