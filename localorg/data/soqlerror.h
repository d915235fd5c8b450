#pragma once

#include <QString>

namespace sfsync::localorg {

// A SOQL error as the REST API reports it: [{"message": message, "errorCode": errorCode}] with HTTP 400.
// Codes: MALFORMED_QUERY, INVALID_FIELD, INVALID_TYPE, INVALID_QUERY_FILTER_OPERATOR,
// NUMBER_OUTSIDE_VALID_RANGE.
struct SoqlError
{
    QString errorCode;
    QString message;

    // Salesforce's located form: "\n<query row>\n<spaces>^\nERROR at Row:R:Column:C\n<text>", where the
    // caret sits under the offending token. `position` is the 0-based offset into `soql`.
    [[nodiscard]] static SoqlError at(const QString &soql, qsizetype position, const QString &errorCode,
                                      const QString &text);
    friend bool operator==(const SoqlError &, const SoqlError &) = default;
};

} // namespace sfsync::localorg
