#pragma once

#include <QString>

namespace sfsync {

// One written field of an action: its value comes from a source `column` or is the constant `value`.
// A constant `null` (hasValue && valueIsNull) clears the field.
struct FieldMapping
{
    QString field;
    QString column;
    QString value; // constant, as text (JSON numbers and booleans are kept as their JSON text)
    bool hasValue = false;
    bool valueIsNull = false;

    [[nodiscard]] bool isConstant() const { return hasValue; }
    friend bool operator==(const FieldMapping &, const FieldMapping &) = default;
};

} // namespace sfsync
