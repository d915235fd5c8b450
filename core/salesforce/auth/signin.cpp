#include "core/salesforce/auth/signin.h"

#include "core/corelogging.h"
#include "core/salesforce/auth/tokenrequest.h"
#include "core/salesforce/urlpolicy.h"
#include <QNetworkAccessManager>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace sfsync {

namespace {

// `bytes` random bytes from the system's CSPRNG, base64url without padding.
QByteArray randomUrlSafe(int bytes)
{
    QList<quint32> words((bytes + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.constData()), bytes)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString encode(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

constexpr qsizetype MaxRequestHead = 16 * 1024;

} // namespace

SignIn::SignIn(QNetworkAccessManager *network, const SignInOptions &options, OpenUrl openUrl, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_options(options)
    , m_openUrl(std::move(openUrl))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        finish({},
               SfError::network(QStringLiteral("TIMEOUT"),
                                tr("The sign-in was not completed in time. Start it again, and finish it in "
                                   "the browser window that opens.")));
    });
}

SignIn::~SignIn()
{
    if (m_exchange)
        m_exchange->disconnect(this);
    closeListener();
}

QByteArray SignIn::codeChallenge(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QUrl SignIn::redirectUri() const
{
    // "localhost", as Salesforce's own tools register it; the listener itself is bound to 127.0.0.1.
    return QUrl(QStringLiteral("http://localhost:%1/OauthRedirect").arg(m_port));
}

bool SignIn::listen(SfError *error)
{
    m_server = new QTcpServer(this);
    m_server->setMaxPendingConnections(8);
    for (quint16 port : std::as_const(m_options.ports)) {
        if (m_server->listen(QHostAddress(QHostAddress::LocalHost), port)) {
            m_port = m_server->serverPort();
            connect(m_server, &QTcpServer::newConnection, this, &SignIn::onNewConnection);
            return true;
        }
    }
    QStringList tried;
    for (quint16 port : std::as_const(m_options.ports))
        tried.append(QString::number(port));
    *error = SfError::network(QStringLiteral("LISTEN_FAILED"),
                              tr("Cannot receive the sign-in: ports %1 on 127.0.0.1 are all in use (%2).")
                                  .arg(tried.join(QLatin1String(", ")), m_server->errorString()));
    return false;
}

void SignIn::start()
{
    if (m_running)
        return;
    m_running = true;
    m_callbackSeen = false;

    SfError error = UrlPolicy::check(m_options.loginHost);
    if (error.isNull())
        listen(&error);
    if (!error.isNull()) {
        QTimer::singleShot(0, this, [this, error] { finish({}, error); });
        return;
    }

    m_verifier = randomUrlSafe(48); // 64 characters, within RFC 7636's 43..128
    m_state = randomUrlSafe(32); // 256 bits
    QString query = QStringLiteral("response_type=code&client_id=") + encode(m_options.clientId)
        + QLatin1String("&redirect_uri=") + encode(redirectUri().toString())
        + QLatin1String("&code_challenge=") + QString::fromLatin1(codeChallenge(m_verifier))
        + QLatin1String("&code_challenge_method=S256&state=") + QString::fromLatin1(m_state);
    if (!m_options.scope.isEmpty())
        query += QLatin1String("&scope=") + encode(m_options.scope);
    if (!m_options.loginHint.isEmpty())
        query += QLatin1String("&login_hint=") + encode(m_options.loginHint);
    if (m_options.forceLogin)
        query += QLatin1String("&prompt=login");
    m_authorizeUrl = m_options.loginHost;
    m_authorizeUrl.setPath(QStringLiteral("/services/oauth2/authorize"));
    m_authorizeUrl.setQuery(query, QUrl::StrictMode);
    m_authorizeUrl.setFragment(QString());

    qCInfo(lcCoreAuth) << "browser sign-in at" << m_options.loginHost.host() << "listening on port" << m_port;
    m_timer->start(m_options.timeoutMs);
    Q_EMIT authorizeUrlReady(m_authorizeUrl);
    if (m_running && m_openUrl && !m_openUrl(m_authorizeUrl))
        qCInfo(lcCoreAuth) << "the browser could not be opened; the user has to open the URL";
}

void SignIn::cancel()
{
    if (!m_running)
        return;
    finish({}, SfError::network(QStringLiteral("CANCELED"), tr("The sign-in was canceled.")));
}

void SignIn::onNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        // Owned here, not by the server: the answer must still be flushed after the listener is closed.
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (!socket->peerAddress().isLoopback()) {
            // Bound to 127.0.0.1, so this should not happen; refuse anyway.
            socket->abort();
            socket->deleteLater();
            continue;
        }
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }
}

void SignIn::onReadyRead(QTcpSocket *socket)
{
    QByteArray head = socket->property("sfsyncHead").toByteArray() + socket->readAll();
    if (head.size() > MaxRequestHead) {
        respond(socket, 431, tr("Request too large"), tr("This request is too large."));
        return;
    }
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        socket->setProperty("sfsyncHead", head);
        return;
    }
    socket->setProperty("sfsyncHead", QVariant());
    socket->disconnect(this);
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        respond(socket, 400, tr("Bad request"), tr("This is not a sign-in request."));
        return;
    }
    if (requestLine.at(0) != "GET") {
        respond(socket, 405, tr("Not allowed"), tr("This is not a sign-in request."));
        return;
    }
    const QUrl target = QUrl::fromEncoded("http://localhost" + requestLine.at(1), QUrl::StrictMode);
    if (!target.isValid() || target.path() != QLatin1String("/OauthRedirect")) {
        // e.g. the browser asking for /favicon.ico: not an attempt, so the sign-in goes on.
        respond(socket, 404, tr("Not found"), tr("There is nothing here."));
        return;
    }
    handleCallback(socket, target);
}

void SignIn::handleCallback(QTcpSocket *socket, const QUrl &target)
{
    if (m_callbackSeen || !m_running) {
        respond(socket, 409, tr("Sign-in already used"),
                tr("This sign-in has already been completed or abandoned. Start a new sign-in in sfsync."));
        return;
    }
    m_callbackSeen = true;
    // The listener has done its job: nobody else gets to talk to it.
    if (m_server)
        m_server->close();

    const QUrlQuery query(target);
    // FullyDecoded: each value is percent-decoded exactly once (a code's "%2F" becomes "/", never "%252F").
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    const QString description = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);

    if (state.toLatin1() != m_state) {
        respond(socket, 400, tr("Sign-in refused"),
                tr("The answer did not belong to this sign-in, so it was refused. Start a new sign-in in "
                   "sfsync."));
        finish({},
               SfError::network(QStringLiteral("STATE_MISMATCH"),
                                tr("The sign-in answer did not belong to this sign-in (state mismatch); it "
                                   "was refused.")));
        return;
    }
    if (!error.isEmpty()) {
        SfError e;
        e.httpStatus = 400;
        e.errorCode = error;
        e.message = error == QLatin1String("access_denied")
            ? tr("Access was denied in the browser: %1").arg(description.isEmpty() ? error : description)
            : (description.isEmpty() ? error : description);
        respond(socket, 400, tr("Sign-in not completed"), e.message);
        finish({}, e);
        return;
    }
    if (code.isEmpty()) {
        respond(socket, 400, tr("Sign-in not completed"), tr("Salesforce sent no authorization code."));
        finish({},
               SfError::network(QStringLiteral("invalid_request"),
                                tr("Salesforce sent no authorization code.")));
        return;
    }
    m_browser = socket;
    Q_EMIT exchangingCode();
    exchange(code);
}

void SignIn::exchange(const QString &code)
{
    TokenRequest::Parameters parameters = {
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("code"), code},
        {QStringLiteral("client_id"), m_options.clientId},
        {QStringLiteral("redirect_uri"), redirectUri().toString()},
        {QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier)}};
    if (!m_options.clientSecret.isEmpty())
        parameters.append({QStringLiteral("client_secret"), m_options.clientSecret});
    parameters.append({QStringLiteral("format"), QStringLiteral("json")});
    m_exchange = new TokenRequest(m_network, m_options.loginHost, parameters, this);
    // An authorization code is single-use: never replay it.
    m_exchange->setMaxAttempts(1);
    connect(
        m_exchange, &TokenRequest::finished, this,
        [this](const TokenResponse &response, const SfError &error) {
            m_exchange = nullptr;
            if (!m_running)
                return;
            if (error.isNull() && !UrlPolicy::check(response.instanceUrl).isNull()) {
                const SfError insecure = UrlPolicy::check(response.instanceUrl);
                respond(m_browser, 400, tr("Sign-in failed"), insecure.message);
                finish({}, insecure);
                return;
            }
            if (error.isNull()) {
                respond(
                    m_browser, 200, tr("Signed in"),
                    tr("You are signed in to Salesforce. You can close this window and return to sfsync."));
            } else {
                respond(m_browser, 400, tr("Sign-in failed"),
                        tr("Salesforce did not accept the sign-in: %1").arg(error.toString()));
            }
            finish(response, error);
        });
    m_exchange->start();
}

void SignIn::respond(QTcpSocket *socket, int status, const QString &title, const QString &text)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    const QString html = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                                        "<style>body{font-family:sans-serif;margin:3em;}</style></head>"
                                        "<body><h1>%1</h1><p>%2</p></body></html>")
                             .arg(title.toHtmlEscaped(), text.toHtmlEscaped());
    const QByteArray body = html.toUtf8();
    QByteArray reason = status == 200 ? "OK"
        : status == 404               ? "Not Found"
        : status == 409               ? "Conflict"
                                      : "Bad Request";
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\n"
          "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket->write(response);
    socket->disconnectFromHost();
}

void SignIn::finish(const TokenResponse &response, const SfError &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_timer->stop();
    if (m_exchange) {
        m_exchange->disconnect(this);
        m_exchange->cancel();
        m_exchange = nullptr;
    }
    if (m_browser && !error.isNull())
        respond(m_browser, 400, tr("Sign-in not completed"), error.message);
    m_browser = nullptr;
    closeListener();
    if (error.isNull())
        qCInfo(lcCoreAuth) << "browser sign-in completed";
    else
        qCInfo(lcCoreAuth) << "browser sign-in ended:" << error.errorCode;
    Q_EMIT finished(response, error);
}

void SignIn::closeListener()
{
    if (!m_server)
        return;
    m_server->close();
    m_server->deleteLater();
    m_server = nullptr;
}

} // namespace sfsync
