#include "localorg/data/recorderror.h"

#include <QJsonArray>

namespace sfsync::localorg {

QJsonObject RecordError::toJson() const
{
    return QJsonObject {{QStringLiteral("statusCode"), statusCode},
                        {QStringLiteral("message"), message},
                        {QStringLiteral("fields"), QJsonArray::fromStringList(fields)}};
}

} // namespace sfsync::localorg
