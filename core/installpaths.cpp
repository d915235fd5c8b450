#include "installpaths.h"

#include <QCoreApplication>
#include <QDir>

namespace sfsync {

QString InstallPaths::dataDir()
{
    // SFSYNC_BIN_TO_DATADIR is the install layout's bindir -> datadir/sfsync path ("../share/sfsync").
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/')
                           + QStringLiteral(SFSYNC_BIN_TO_DATADIR));
}

QString InstallPaths::translationsDir()
{
    return dataDir() + QStringLiteral("/translations");
}

QString InstallPaths::samplesDir()
{
    return dataDir() + QStringLiteral("/samples");
}

} // namespace sfsync
