#include "testenvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace sfsync::test {

void isolateEnvironment(const QString &suiteName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("sfsync-tests"));
    QCoreApplication::setApplicationName(suiteName);
}

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(SFSYNC_SOURCE_DIR)).filePath(relative);
}

} // namespace sfsync::test
