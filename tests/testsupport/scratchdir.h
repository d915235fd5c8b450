#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace sfsync::test {

// A temporary folder for what a suite writes and reads back (sources, configs, journals, result folders),
// removed with the object. write() puts a file in it in one call, so suites do not each carry their own
// "write this CSV" helper.
class ScratchDir
{
public:
    [[nodiscard]] bool isValid() const { return m_dir.isValid(); }
    [[nodiscard]] QString path() const { return m_dir.path(); }
    [[nodiscard]] QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // Writes `content` to `name` inside the folder; the file's path, or empty when it cannot be written.
    QString write(const QString &name, const QByteArray &content) const;

private:
    QTemporaryDir m_dir;
};

// Writes `content` to `path` (replacing the file); `path`, or empty when it cannot be written.
QString writeFile(const QString &path, const QByteArray &content);
// The non-empty lines of a UTF-8 text file (e.g. a result CSV without quoted line breaks); empty when the
// file cannot be read.
QStringList readLines(const QString &path);

} // namespace sfsync::test
