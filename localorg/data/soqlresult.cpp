#include "localorg/data/soqlresult.h"

namespace sfsync::localorg {

QJsonObject SoqlResult::toJson() const
{
    return QJsonObject {{QStringLiteral("totalSize"), double(totalSize)},
                        {QStringLiteral("done"), true},
                        {QStringLiteral("records"), records}};
}

} // namespace sfsync::localorg
