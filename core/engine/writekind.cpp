#include "core/engine/writekind.h"

namespace sfsync {

QString writeKindName(WriteKind kind)
{
    switch (kind) {
    case WriteKind::Create:
        return QStringLiteral("create");
    case WriteKind::Update:
        return QStringLiteral("update");
    case WriteKind::Delete:
        return QStringLiteral("delete");
    case WriteKind::Upsert:
        return QStringLiteral("upsert");
    case WriteKind::None:
        break;
    }
    return {};
}

WriteKind writeKindNamed(const QString &name)
{
    for (const WriteKind kind :
         {WriteKind::Create, WriteKind::Update, WriteKind::Delete, WriteKind::Upsert}) {
        if (writeKindName(kind) == name)
            return kind;
    }
    return WriteKind::None;
}

} // namespace sfsync
