#include "core/source/source.h"

#include "core/source/csvsource.h"
#include "core/source/ndjsonsource.h"
#include "core/source/sqlsource.h"

namespace sfsync {

Source::~Source() = default;

std::unique_ptr<Source> Source::create(const SourceConfig &config, const QString &path)
{
    switch (config.type) {
    case SourceConfig::Type::Csv:
        return std::make_unique<CsvSource>(path, config.delimiter, config.encoding);
    case SourceConfig::Type::Ndjson:
        return std::make_unique<NdjsonSource>(path);
    case SourceConfig::Type::Sqlite:
        return std::make_unique<SqlSource>(path, config.query);
    }
    return nullptr;
}

} // namespace sfsync
