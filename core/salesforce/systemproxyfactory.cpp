#include "systemproxyfactory.h"

#include "core/salesforce/urlpolicy.h"

namespace sfsync {

QList<QNetworkProxy> SystemProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    if (UrlPolicy::isLoopbackHost(query.peerHostName()))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    return QNetworkProxyFactory::systemProxyForQuery(query);
}

void SystemProxyFactory::install()
{
    QNetworkProxyFactory::setApplicationProxyFactory(new SystemProxyFactory);
}

} // namespace sfsync
