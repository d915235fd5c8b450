#pragma once

#include <QString>

namespace sfsync {

// One record matcher of an action: records whose `field` equals the row's value (from a source `column`, or
// the constant `value`) match. Several matchers are joined by the action's matcherOperator.
struct Matcher
{
    QString field;
    QString column;
    QString value; // constant, as text
    bool hasValue = false;

    [[nodiscard]] bool isConstant() const { return hasValue; }
    friend bool operator==(const Matcher &, const Matcher &) = default;
};

} // namespace sfsync
