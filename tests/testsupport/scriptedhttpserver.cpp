#include "tests/testsupport/scriptedhttpserver.h"

#include "tests/testsupport/testcertificates.h"

#include <QSslSocket>

#include <memory>

namespace sfsync::test {

namespace {

QByteArray answer(int status, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\nContent-Type: application/json\r\n"
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: keep-alive\r\n\r\n" + body;
}

} // namespace

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QTcpServer(parent)
{ }

bool ScriptedHttpServer::start(bool tls)
{
    m_tls = tls;
    if (tls) {
        m_certificate = loopbackCertificate();
        m_key = loopbackKey();
        if (m_certificate.isNull() || m_key.isNull())
            return false;
    }
    return listen(QHostAddress(QHostAddress::LocalHost));
}

QUrl ScriptedHttpServer::url() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(m_tls ? "https" : "http").arg(serverPort()));
}

void ScriptedHttpServer::setScript(const QList<Step> &steps, const Step &fallback)
{
    m_script = steps;
    m_fallback = fallback;
}

void ScriptedHttpServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *ssl = new QSslSocket(this);
        ssl->setLocalCertificate(m_certificate);
        ssl->setPrivateKey(m_key);
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    serve(socket, ++m_connections);
    if (m_tls)
        static_cast<QSslSocket *>(socket)->startServerEncryption();
}

void ScriptedHttpServer::serve(QTcpSocket *socket, int connection)
{
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer, connection] {
        buffer->append(socket->readAll());
        for (;;) {
            const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QByteArray head = buffer->left(headEnd);
            qint64 length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < headEnd + 4 + length)
                return;
            Request request;
            const QList<QByteArray> words = head.left(head.indexOf('\r')).split(' ');
            request.method = words.value(0);
            request.path = words.value(1);
            request.body = buffer->mid(headEnd + 4, length);
            request.connection = connection;
            buffer->remove(0, headEnd + 4 + length);
            m_requests.append(request);

            const Step step = m_script.isEmpty() ? m_fallback : m_script.takeFirst();
            switch (step.behaviour) {
            case Behaviour::Answer:
                socket->write(answer(step.status, step.body));
                break;
            case Behaviour::CloseWithoutAnswer:
                socket->disconnectFromHost();
                return;
            case Behaviour::ResetWithoutAnswer:
                socket->abort();
                return;
            case Behaviour::CutAnswer: {
                const QByteArray whole = answer(step.status, step.body);
                socket->write(whole.left(whole.size() - qMax<qsizetype>(1, step.body.size() / 2)));
                socket->flush();
                socket->disconnectFromHost();
                return;
            }
            case Behaviour::Stall:
                return; // the connection stays open; the client gives up
            }
        }
    });
}

} // namespace sfsync::test
