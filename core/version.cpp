#include "version.h"

#include <QCoreApplication>

namespace sfsync {

QString AppInfo::version()
{
    return QStringLiteral(SFSYNC_VERSION);
}

QString AppInfo::organizationName()
{
    return QStringLiteral("sfsync");
}

QString AppInfo::applicationName()
{
    return QStringLiteral("sfsync");
}

void AppInfo::applyTo(const QString &applicationName)
{
    QCoreApplication::setOrganizationName(organizationName());
    QCoreApplication::setOrganizationDomain(QStringLiteral("sfsync.org"));
    QCoreApplication::setApplicationName(applicationName);
    QCoreApplication::setApplicationVersion(version());
}

} // namespace sfsync
