#include "tests/testsupport/scratchdir.h"

#include <QFile>

namespace sfsync::test {

QString ScratchDir::write(const QString &name, const QByteArray &content) const
{
    return writeFile(filePath(name), content);
}

QString writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace sfsync::test
