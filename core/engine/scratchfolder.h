#pragma once

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace sfsync {

// A private folder for a run's scratch files under the system's temporary folder (TMPDIR), removed with the
// returned object; null with *error when none can be made. QDir::tempPath() is empty when TMPDIR names no
// folder, and the files would then land in the working folder: that counts as none.
[[nodiscard]] std::unique_ptr<QTemporaryDir> makeScratchFolder(const QString &prefix, QString *error);

} // namespace sfsync
