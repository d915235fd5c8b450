#include "core/config/sourceconfig.h"

#include <QHash>

namespace sfsync {

QString SourceConfig::typeName(Type type)
{
    switch (type) {
    case Type::Csv:
        return QStringLiteral("csv");
    case Type::Ndjson:
        return QStringLiteral("ndjson");
    case Type::Sqlite:
        return QStringLiteral("sqlite");
    }
    return {};
}

bool SourceConfig::typeFromName(const QString &name, Type *type)
{
    for (const Type t : {Type::Csv, Type::Ndjson, Type::Sqlite}) {
        if (name == typeName(t)) {
            *type = t;
            return true;
        }
    }
    return false;
}

QList<SourceConfig::Encoding> SourceConfig::encodings()
{
    return {Encoding::Utf8,    Encoding::Utf16,   Encoding::Utf16Le, Encoding::Utf16Be,     Encoding::Utf32,
            Encoding::Utf32Le, Encoding::Utf32Be, Encoding::Latin1,  Encoding::Windows1252, Encoding::Latin9};
}

QString SourceConfig::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf16:
        return QStringLiteral("UTF-16");
    case Encoding::Utf16Le:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16Be:
        return QStringLiteral("UTF-16BE");
    case Encoding::Utf32:
        return QStringLiteral("UTF-32");
    case Encoding::Utf32Le:
        return QStringLiteral("UTF-32LE");
    case Encoding::Utf32Be:
        return QStringLiteral("UTF-32BE");
    case Encoding::Latin1:
        return QStringLiteral("ISO-8859-1");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    case Encoding::Latin9:
        return QStringLiteral("ISO-8859-15");
    }
    return {};
}

QStringList SourceConfig::encodingNames()
{
    QStringList names;
    for (const Encoding e : encodings())
        names.append(encodingName(e));
    return names;
}

bool SourceConfig::encodingFromName(const QString &name, Encoding *encoding)
{
    // The IANA names and the spellings people type; compared without case, spaces, '-' and '_'.
    static const QHash<QString, Encoding> aliases {
        {QStringLiteral("utf8"), Encoding::Utf8},
        {QStringLiteral("utf16"), Encoding::Utf16},
        {QStringLiteral("utf16le"), Encoding::Utf16Le},
        {QStringLiteral("utf16be"), Encoding::Utf16Be},
        {QStringLiteral("utf32"), Encoding::Utf32},
        {QStringLiteral("utf32le"), Encoding::Utf32Le},
        {QStringLiteral("utf32be"), Encoding::Utf32Be},
        {QStringLiteral("iso88591"), Encoding::Latin1},
        {QStringLiteral("latin1"), Encoding::Latin1},
        {QStringLiteral("l1"), Encoding::Latin1},
        {QStringLiteral("windows1252"), Encoding::Windows1252},
        {QStringLiteral("cp1252"), Encoding::Windows1252},
        {QStringLiteral("iso885915"), Encoding::Latin9},
        {QStringLiteral("latin9"), Encoding::Latin9},
    };
    QString key = name.toLower();
    key.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    const auto it = aliases.constFind(key);
    if (it == aliases.cend())
        return false;
    *encoding = it.value();
    return true;
}

bool SourceConfig::isSingleByte(Encoding encoding)
{
    return encoding == Encoding::Latin1 || encoding == Encoding::Windows1252 || encoding == Encoding::Latin9;
}

} // namespace sfsync
