#include "core/config/sourceconfig.h"

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

} // namespace sfsync
