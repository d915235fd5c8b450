#include "core/salesforce/sendoncebody.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <cstring>

namespace sfsync {

SendOnceBody::SendOnceBody(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    // Unbuffered: Qt reads straight from m_data, and the offset below is the only position there is.
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool SendOnceBody::atEnd() const
{
    return m_offset >= m_data.size();
}

bool SendOnceBody::reset()
{
    return false;
}

bool SendOnceBody::seek(qint64 to)
{
    if (to < m_offset || to > m_data.size())
        return false;
    m_offset = to;
    return QIODevice::seek(to);
}

qint64 SendOnceBody::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin(maxSize, m_data.size() - m_offset);
    if (n <= 0)
        return 0;
    std::memcpy(data, m_data.constData() + m_offset, size_t(n));
    m_offset += n;
    return n;
}

qint64 SendOnceBody::writeData(const char *, qint64)
{
    return -1;
}

QNetworkReply *SendOnceBody::send(QNetworkAccessManager *network, QNetworkRequest request,
                                  const QByteArray &verb, const QByteArray &body)
{
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    auto *device = new SendOnceBody(body);
    QNetworkReply *reply = network->sendCustomRequest(request, verb, device);
    device->setParent(reply);
    return reply;
}

} // namespace sfsync
