#pragma once

#include <QString>

namespace sfsync {

// Where a job's rows come from. `path` is as written in the config (maybe relative); JobConfig resolves it.
struct SourceConfig
{
    enum class Type { Csv, Ndjson, Sqlite };

    Type type = Type::Csv;
    QString path;
    QChar delimiter = QLatin1Char(','); // csv only; any single ASCII character except quote, CR, LF
    QString query; // sqlite only

    [[nodiscard]] static QString typeName(Type type);
    [[nodiscard]] static bool typeFromName(const QString &name, Type *type);
    friend bool operator==(const SourceConfig &, const SourceConfig &) = default;
};

} // namespace sfsync
