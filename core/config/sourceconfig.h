#pragma once

#include <QString>
#include <QStringList>

namespace sfsync {

// Where a job's rows come from. `path` is as written in the config (maybe relative); JobConfig resolves it.
struct SourceConfig
{
    enum class Type { Csv, Ndjson, Sqlite };
    // The character encodings a CSV file may be in. Utf16/Utf32 take the byte order from a byte order mark
    // (big-endian without one); whatever is chosen, a byte order mark at the start of the file wins.
    enum class Encoding {
        Utf8,
        Utf16,
        Utf16Le,
        Utf16Be,
        Utf32,
        Utf32Le,
        Utf32Be,
        Latin1,
        Windows1252,
        Latin9
    };

    Type type = Type::Csv;
    QString path;
    QChar delimiter = QLatin1Char(','); // csv only; any single ASCII character except quote, CR, LF
    Encoding encoding = Encoding::Utf8; // csv only
    QString query; // sqlite only

    [[nodiscard]] static QString typeName(Type type);
    [[nodiscard]] static bool typeFromName(const QString &name, Type *type);
    // The name the config writes ("UTF-8", "Windows-1252", ...).
    [[nodiscard]] static QString encodingName(Encoding encoding);
    // Case-insensitive, also common aliases ("utf8", "cp1252", "latin1", "iso-8859-15", ...).
    [[nodiscard]] static bool encodingFromName(const QString &name, Encoding *encoding);
    [[nodiscard]] static QList<Encoding> encodings();
    [[nodiscard]] static QStringList encodingNames();
    // One byte per character: every byte is a character (or, in Windows-1252, an undefined byte).
    [[nodiscard]] static bool isSingleByte(Encoding encoding);
    friend bool operator==(const SourceConfig &, const SourceConfig &) = default;
};

} // namespace sfsync
