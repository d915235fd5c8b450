#pragma once

#include <QByteArray>
#include <QIODevice>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace sfsync {

// The body of a request that changes data, handed to Qt so that Qt can send it once and never again.
//
// Qt 6.4's HTTP/1.1 channel sends a request again by itself, on a new connection and without telling the
// application, when the connection breaks after the request went out and before a complete answer came
// (QHttpNetworkConnectionChannel: a closed connection or an unexpected end of the answer, up to three
// times). It looks at no method: a POST is repeated like a GET, and on a reused keep-alive connection the
// repeat can even succeed and report 200, so a record is created twice and nobody knows. The one gate on
// that path is the upload device: before repeating, Qt asks it to rewind (reset()), and when it cannot, the
// reply ends with QNetworkReply::ContentReSendError instead. A QByteArray or QBuffer body always rewinds
// (Qt wraps them itself); this device never does. It is random access with a known size, so Qt reads it in
// place, in chunks, without copying it (a Bulk API 2.0 upload may be 100 MB).
//
// Every write sfsync sends goes through send(): a write is sent at most once per decision of sfsync, and a
// lost answer reaches the engine, which reads the org back before deciding (docs/robustness.md).
class SendOnceBody : public QIODevice
{
    Q_OBJECT
public:
    explicit SendOnceBody(QByteArray data, QObject *parent = nullptr);

    [[nodiscard]] bool isSequential() const override { return false; }
    [[nodiscard]] qint64 size() const override { return m_data.size(); }
    [[nodiscard]] bool atEnd() const override;
    // Never rewinds: this is what stops Qt from sending the request again.
    bool reset() override;
    // Forward only, for the same reason.
    bool seek(qint64 pos) override;

    // Sends `body` with `verb` through `network` so that Qt cannot repeat it. The reply owns the body.
    // HTTP/2 is not allowed for such a request: only the HTTP/1.1 path is known to honour the gate.
    static QNetworkReply *send(QNetworkAccessManager *network, QNetworkRequest request,
                               const QByteArray &verb, const QByteArray &body);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace sfsync
