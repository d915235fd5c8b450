#include "core/salesforce/recordid.h"

namespace sfsync {

namespace {

bool isAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

bool allAlnum(QStringView s)
{
    for (const QChar c : s) {
        if (!isAlnum(c))
            return false;
    }
    return true;
}

} // namespace

QString RecordId::checksum(QStringView id15)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
    QString out;
    for (int chunk = 0; chunk < 3; ++chunk) {
        int bits = 0;
        for (int i = 0; i < 5; ++i) {
            const char16_t u = id15.at(chunk * 5 + i).unicode();
            if (u >= 'A' && u <= 'Z')
                bits |= 1 << i;
        }
        out += QLatin1Char(alphabet[bits]);
    }
    return out;
}

bool RecordId::isValid(QStringView id)
{
    if (id.size() == 15)
        return allAlnum(id);
    if (id.size() == 18 && allAlnum(id))
        return checksum(id.first(15)).compare(id.last(3), Qt::CaseInsensitive) == 0;
    return false;
}

QString RecordId::to18(QStringView id)
{
    if (!isValid(id))
        return {};
    if (id.size() == 18)
        return id.toString();
    return id.toString() + checksum(id);
}

QString RecordId::key(QStringView id)
{
    // The suffix makes the 18-character form case-insensitively unique; keep the first 15 exact.
    if (id.size() == 18 && allAlnum(id))
        return id.first(15).toString() + checksum(id.first(15));
    return to18(id);
}

} // namespace sfsync
