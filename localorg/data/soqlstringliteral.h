#pragma once

#include <QString>
#include <QStringView>

namespace sfsync::localorg {

// SOQL string literals, with exactly Salesforce's escapes: \n \N \r \R \t \T \b \B \f \F \" \' \\ \uXXXX;
// \_ and \% only inside a LIKE pattern; any other backslash is an error.
class SoqlStringLiteral
{
public:
    // Decodes the body of a quoted literal (without the quotes). `like` allows \% and \_ and returns a
    // QRegularExpression pattern instead of the text. Returns false with the offending sequence in *bad.
    static bool decode(QStringView body, bool like, QString *out, QString *bad = nullptr);
};

} // namespace sfsync::localorg
