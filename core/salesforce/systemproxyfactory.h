#pragma once

#include <QNetworkProxyFactory>

namespace sfsync {

// The system's proxy settings (http_proxy/https_proxy/no_proxy on Linux, the OS settings elsewhere) for every
// host except loopback: Qt would otherwise send requests for the local org on 127.0.0.1 through a corporate
// proxy, which cannot reach it. Both front ends install it at start (Data Loader's complaint #9: one proxy
// rule for every call).
class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    // Makes this factory the application-wide one (QNetworkProxyFactory takes ownership).
    static void install();
};

} // namespace sfsync
