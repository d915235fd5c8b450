#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace sfsync::localorg {

// One HTTP response before it is written. Value type; handlers build it, the connection writes it.
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Length, Connection and Date
    QByteArray body;
    // How the response reaches the client. Anything but Whole is fault injection: what a real network does
    // to an answer (a proxy's reset, a Wi-Fi drop, a laptop going to sleep).
    enum class Delivery {
        Whole,
        CutOff, // the head and half of the body, then the connection is reset
        Nothing, // the connection is reset before any byte of the answer
        Never, // nothing is written and the connection stays open
    };
    Delivery delivery = Delivery::Whole;

    void setHeader(const QByteArray &name, const QByteArray &value);
    [[nodiscard]] QByteArray header(QByteArrayView name) const;

    static HttpResponse json(int status, const QJsonDocument &doc);
    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse json(int status, const QJsonArray &array);
    static HttpResponse text(int status, const QByteArray &body,
                             const QByteArray &contentType = "text/plain; charset=UTF-8");
    static HttpResponse empty(int status);
    // Salesforce's REST error shape: [{"message": ..., "errorCode": ..., "fields": [...]}]
    static HttpResponse restError(int status, const QString &errorCode, const QString &message,
                                  const QStringList &fields = {}, bool withFields = false);
    // The OAuth error shape: {"error": ..., "error_description": ...}
    static HttpResponse oauthError(int status, const QString &error, const QString &description);

    static QByteArray reasonPhrase(int status);
};

} // namespace sfsync::localorg
