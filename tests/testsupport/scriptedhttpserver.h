#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>

namespace sfsync::test {

// An HTTP/1.1 server on loopback (plain or TLS) that behaves the way a broken network does, one scripted
// step per request it has read in full: answer, close the connection without a byte of an answer, send
// half of an answer and close, or never answer. It records every request it read, so a test can prove how
// often a request reached it (a real network's faults, where the local org's injected faults sit inside the
// org's own handling).
class ScriptedHttpServer : public QTcpServer
{
    Q_OBJECT
public:
    enum class Behaviour {
        Answer, // the status and body, keep-alive
        CloseWithoutAnswer, // read the request, then close the connection (FIN): no byte of an answer
        ResetWithoutAnswer, // read the request, then reset the connection (RST)
        CutAnswer, // the head and half of the body, then close
        Stall, // read the request and never answer (the client times out)
    };
    struct Step
    {
        Behaviour behaviour = Behaviour::Answer;
        int status = 200;
        QByteArray body = "{}";
    };
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QByteArray body;
        int connection = 0; // 1-based number of the connection it came on
    };

    explicit ScriptedHttpServer(QObject *parent = nullptr);

    // Listens on 127.0.0.1; with `tls`, serves loopbackCertificate() (testcertificates.h).
    bool start(bool tls = false);
    [[nodiscard]] QUrl url() const;

    // Steps for the next requests, in order; once they are used up, every request gets `fallback` (by
    // default an answer: a repeat would succeed, as it often does on a real network).
    void setScript(const QList<Step> &steps, const Step &fallback);
    void setScript(const QList<Step> &steps) { setScript(steps, Step()); }
    [[nodiscard]] const QList<Request> &requests() const { return m_requests; }
    [[nodiscard]] int connections() const { return m_connections; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void serve(QTcpSocket *socket, int connection);

    bool m_tls = false;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QList<Step> m_script;
    Step m_fallback;
    QList<Request> m_requests;
    int m_connections = 0;
};

} // namespace sfsync::test
