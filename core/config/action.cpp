#include "core/config/action.h"

namespace sfsync {

QString Action::displayName() const
{
    if (!name.isEmpty())
        return name;
    return operationName(operation) + QLatin1Char(' ') + object;
}

QString Action::operationName(Operation operation)
{
    switch (operation) {
    case Operation::Create:
        return QStringLiteral("create");
    case Operation::Update:
        return QStringLiteral("update");
    case Operation::Upsert:
        return QStringLiteral("upsert");
    case Operation::Delete:
        return QStringLiteral("delete");
    case Operation::HardDelete:
        return QStringLiteral("hardDelete");
    }
    return {};
}

bool Action::operationFromName(const QString &name, Operation *operation)
{
    for (const Operation op : {Operation::Create, Operation::Update, Operation::Upsert, Operation::Delete,
                               Operation::HardDelete}) {
        if (name == operationName(op)) {
            *operation = op;
            return true;
        }
    }
    return false;
}

} // namespace sfsync
