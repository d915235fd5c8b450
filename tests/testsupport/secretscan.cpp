#include "tests/testsupport/secretscan.h"

#include <QDirIterator>
#include <QFile>
#include <QUrl>

namespace sfsync::test {

bool containsSecret(const QByteArray &haystack, const QByteArray &needle)
{
    if (needle.isEmpty())
        return false;
    return haystack.contains(needle) || haystack.contains(QUrl::toPercentEncoding(QString::fromUtf8(needle)))
        || haystack.contains(needle.toBase64())
        || haystack.contains(needle.toBase64(QByteArray::Base64UrlEncoding))
        || haystack.contains(needle.toHex());
}

QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        if (containsSecret(f.readAll(), needle))
            hits.append(path);
    }
    return hits;
}

} // namespace sfsync::test
