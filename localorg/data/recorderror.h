#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sfsync::localorg {

// A per-record error as Salesforce reports it in Collections and upsert results:
// {"statusCode":"REQUIRED_FIELD_MISSING","message":"Required fields are missing: [Name]","fields":["Name"]}.
struct RecordError
{
    QString statusCode;
    QString message;
    QStringList fields;

    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const RecordError &, const RecordError &) = default;
};

} // namespace sfsync::localorg
