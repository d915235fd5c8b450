#pragma once

#include <QJsonValue>
#include <QString>

namespace sfsync {

// A source value converted to a field's type: the JSON value to send (null clears the field) or why not.
struct ConvertedValue
{
    bool ok = true;
    QJsonValue json;
    QString error; // translated reason when !ok

    static ConvertedValue failure(const QString &reason)
    {
        ConvertedValue v;
        v.ok = false;
        v.error = reason;
        return v;
    }
};

} // namespace sfsync
