#include "core/engine/workitem.h"

namespace sfsync {

QString WorkItem::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Create:
        return QStringLiteral("create");
    case Kind::Update:
        return QStringLiteral("update");
    case Kind::Delete:
        return QStringLiteral("delete");
    case Kind::Upsert:
        return QStringLiteral("upsert");
    case Kind::None:
        break;
    }
    return {};
}

WorkItem::Kind WorkItem::kindNamed(const QString &name)
{
    for (const Kind kind : {Kind::Create, Kind::Update, Kind::Delete, Kind::Upsert}) {
        if (kindName(kind) == name)
            return kind;
    }
    return Kind::None;
}

} // namespace sfsync
