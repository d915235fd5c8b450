#include "core/engine/scratchfolder.h"

#include <QDir>
#include <QFileInfo>

namespace sfsync {

std::unique_ptr<QTemporaryDir> makeScratchFolder(const QString &prefix, QString *error)
{
    const QString temp = QDir::tempPath();
    if (temp.isEmpty() || !QFileInfo(temp).isDir()) {
        *error = QStringLiteral("no temporary folder (TMPDIR: %1)").arg(qEnvironmentVariable("TMPDIR"));
        return nullptr;
    }
    auto dir = std::make_unique<QTemporaryDir>(QDir(temp).filePath(prefix + QStringLiteral("-XXXXXX")));
    if (!dir->isValid()) {
        *error = dir->errorString();
        return nullptr;
    }
    return dir;
}

} // namespace sfsync
