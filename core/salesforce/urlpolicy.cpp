#include "core/salesforce/urlpolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace sfsync::UrlPolicy {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    return address.isLoopback();
}

SfError check(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return SfError::network(QStringLiteral("INVALID_URL"),
                                QCoreApplication::translate("sfsync::UrlPolicy", "'%1' is not a valid URL")
                                    .arg(url.toDisplayString()));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return {};
    return SfError::network(
        QStringLiteral("INSECURE_URL"),
        QCoreApplication::translate("sfsync::UrlPolicy",
                                    "Refusing to connect to %1: Salesforce connections must "
                                    "use https (plain http is allowed only for a local org "
                                    "on this machine)")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery)));
}

} // namespace sfsync::UrlPolicy
