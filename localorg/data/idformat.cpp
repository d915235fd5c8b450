#include "localorg/data/idformat.h"

namespace sfsync::localorg {

namespace {

const char kSuffixAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
const char kBase62[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

bool isAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z');
}

bool allAlnum(QStringView s)
{
    for (QChar c : s) {
        if (!isAlnum(c))
            return false;
    }
    return true;
}

} // namespace

QString IdFormat::checksum(QStringView id15)
{
    if (id15.size() != 15)
        return {};
    QString suffix;
    for (int chunk = 0; chunk < 3; ++chunk) {
        int bits = 0;
        for (int i = 0; i < 5; ++i) {
            const char16_t u = id15.at(chunk * 5 + i).unicode();
            if (u >= u'A' && u <= u'Z')
                bits |= 1 << i;
        }
        suffix.append(QLatin1Char(kSuffixAlphabet[bits]));
    }
    return suffix;
}

bool IdFormat::isValid(QStringView id)
{
    if ((id.size() != 15 && id.size() != 18) || !allAlnum(id))
        return false;
    if (id.size() == 18)
        return id.mid(15).compare(checksum(id.left(15)), Qt::CaseInsensitive) == 0;
    return true;
}

QString IdFormat::to18(QStringView id)
{
    if (!isValid(id))
        return {};
    const QStringView head = id.left(15);
    return head.toString() + checksum(head);
}

QString IdFormat::to15(QStringView id)
{
    return isValid(id) ? id.left(15).toString() : QString();
}

bool IdFormat::same(QStringView a, QStringView b)
{
    return isValid(a) && isValid(b) && a.left(15) == b.left(15);
}

QString IdFormat::make(QStringView keyPrefix, quint64 counter)
{
    QString body(10, QLatin1Char('0'));
    for (int i = 9; i >= 0 && counter > 0; --i) {
        body[i] = QLatin1Char(kBase62[counter % 62]);
        counter /= 62;
    }
    const QString id15 = keyPrefix.left(3).toString() + QStringLiteral("0L") + body;
    return id15 + checksum(id15);
}

QString IdFormat::keyPrefix(QStringView id)
{
    return id.size() >= 3 ? id.left(3).toString() : QString();
}

} // namespace sfsync::localorg
