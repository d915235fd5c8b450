#pragma once

// A small synchronous HTTP client for the local org's server suites: real loopback requests through
// QNetworkAccessManager, waited for with QSignalSpy (no sleeps).

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrl>

#include <optional>

namespace sfsync::test {

struct OrgReply
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bool finished = false;

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QJsonObject object() const { return json().object(); }
    QJsonArray array() const { return json().array(); }
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (name.compare(h.first, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    bool hasHeader(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (name.compare(h.first, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    // errorCode of the first entry of a REST error array.
    QString errorCode() const
    {
        return array().at(0).toObject().value(QStringLiteral("errorCode")).toString();
    }
    QString message() const { return array().at(0).toObject().value(QStringLiteral("message")).toString(); }
};

class OrgClient
{
public:
    OrgClient(const QUrl &base, const QString &token, const QString &version = QStringLiteral("62.0"))
        : m_base(base)
        , m_token(token)
        , m_version(version)
    {
        m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }

    void setToken(const QString &token) { m_token = token; }
    QNetworkAccessManager &nam() { return m_nam; }

    // `path` is relative to /services/data/vXX.X/ unless it starts with '/'.
    QUrl url(const QString &path) const
    {
        const QString full = path.startsWith(QLatin1Char('/'))
            ? path
            : QStringLiteral("/services/data/v") + m_version + QLatin1Char('/') + path;
        QUrl u = m_base;
        const qsizetype q = full.indexOf(QLatin1Char('?'));
        u.setPath(q < 0 ? full : full.left(q), QUrl::TolerantMode);
        if (q >= 0)
            u.setQuery(full.mid(q + 1), QUrl::TolerantMode);
        return u;
    }

    OrgReply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  const QList<QPair<QByteArray, QByteArray>> &headers = {},
                  const QByteArray &contentType = "application/json")
    {
        QNetworkRequest request(url(path));
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        if (!body.isEmpty() || method == "POST" || method == "PATCH" || method == "PUT")
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        QNetworkReply *reply =
            method == "HEAD" ? m_nam.head(request) : m_nam.sendCustomRequest(request, method, body);
        return wait(reply);
    }
    OrgReply get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return send("GET", path, {}, headers);
    }
    OrgReply post(const QString &path, const QJsonDocument &doc) { return send("POST", path, doc.toJson()); }
    OrgReply patch(const QString &path, const QJsonDocument &doc)
    {
        return send("PATCH", path, doc.toJson());
    }
    OrgReply del(const QString &path) { return send("DELETE", path); }
    OrgReply postForm(const QString &path, const QByteArray &form)
    {
        return send("POST", path, form, {}, "application/x-www-form-urlencoded");
    }

    static OrgReply wait(QNetworkReply *reply)
    {
        OrgReply out;
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &QNetworkReply::finished);
            out.finished = spy.wait(20000);
        } else {
            out.finished = true;
        }
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        out.headers = reply->rawHeaderPairs();
        out.error = reply->error();
        reply->deleteLater();
        return out;
    }

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QString m_token;
    QString m_version;
};

} // namespace sfsync::test
