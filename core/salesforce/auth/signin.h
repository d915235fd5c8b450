#pragma once

#include "core/salesforce/auth/signinoptions.h"
#include "core/salesforce/auth/tokenresponse.h"
#include "core/salesforce/sferror.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QTcpServer;
class QTcpSocket;
class QTimer;

namespace sfsync {

class TokenRequest;

// The browser sign-in: OAuth 2.0 authorization code with PKCE (S256) and a loopback redirect
// (docs/salesforce-api.md §1.2), on a plain QTcpServer rather than QtNetworkAuth 6.4 (docs/sign-in.md, "Why
// sfsync does not use QtNetworkAuth").
//
// start() listens on 127.0.0.1 (default port 7171, then fallbacks), calls `openUrl` with the authorize URL
// (the GUI passes QDesktopServices::openUrl, the runner prints the URL and tries xdg-open), accepts exactly
// one redirect to /OauthRedirect from a loopback peer, checks `state`, exchanges the code (decoded once) with
// the verifier, answers the browser with a success or failure page and emits finished() once. Times out and
// can be canceled; the listener is closed in every case. The object does not delete itself.
class SignIn : public QObject
{
    Q_OBJECT
public:
    using OpenUrl = std::function<bool(const QUrl &url)>;

    SignIn(QNetworkAccessManager *network, const SignInOptions &options, OpenUrl openUrl,
           QObject *parent = nullptr);
    ~SignIn() override;

    void start();
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QUrl redirectUri() const;
    [[nodiscard]] QUrl authorizeUrl() const { return m_authorizeUrl; }
    [[nodiscard]] const SignInOptions &options() const { return m_options; }

    static QByteArray codeChallenge(const QByteArray &verifier); // base64url(SHA-256(verifier)), no padding

Q_SIGNALS:
    // The URL the user must open (emitted before openUrl is called; show it if the browser does not open).
    void authorizeUrlReady(const QUrl &url);
    // The browser came back; the code is being exchanged.
    void exchangingCode();
    void finished(const sfsync::TokenResponse &response, const sfsync::SfError &error);

private:
    bool listen(SfError *error);
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handleCallback(QTcpSocket *socket, const QUrl &target);
    void exchange(const QString &code);
    void respond(QTcpSocket *socket, int status, const QString &title, const QString &text);
    void finish(const TokenResponse &response, const SfError &error);
    void closeListener();

    QPointer<QNetworkAccessManager> m_network;
    SignInOptions m_options;
    OpenUrl m_openUrl;
    QTcpServer *m_server = nullptr;
    QTimer *m_timer = nullptr;
    QPointer<QTcpSocket> m_browser; // the socket that brought the redirect; answered after the exchange
    QPointer<TokenRequest> m_exchange;
    QByteArray m_verifier;
    QByteArray m_state;
    QUrl m_authorizeUrl;
    quint16 m_port = 0;
    bool m_running = false;
    bool m_callbackSeen = false;
};

} // namespace sfsync
