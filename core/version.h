#pragma once

#include <QString>

namespace sfsync {

// The application's identity, used by every executable for QCoreApplication and --version.
struct AppInfo
{
    static QString version();
    static QString organizationName();
    static QString applicationName();
    // Sets organisation/application name and version on the running QCoreApplication.
    static void applyTo(const QString &applicationName);
};

} // namespace sfsync
