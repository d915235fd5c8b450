#pragma once

#include "localorg/data/soqlerror.h"
#include "localorg/data/soqlquery.h"

#include <QString>

#include <variant>

namespace sfsync::localorg {

// The local org's own SOQL parser (it shares nothing with core's query builder, so tests of one against the
// other are not circular). Grammar supported:
//
//   SELECT ( COUNT() | field [, field]* ) FROM object
//     [WHERE condition] [ORDER BY field [ASC|DESC] [NULLS FIRST|LAST] [, ...]] [LIMIT n] [OFFSET n]
//   field      := name | relationship.name
//   condition  := term ( (AND | OR) term )*          -- mixing AND and OR without parentheses is an error
//   term       := NOT term | ( condition ) | field op value | field [NOT] IN ( value [, value]* )
//   op         := = | != | <> | < | <= | > | >= | LIKE
//   value      := 'string' | number | TRUE | FALSE | NULL | YYYY-MM-DD | YYYY-MM-DDThh:mm:ss[.sss](Z|+hh:mm)
//
// String literals follow salesforce-api.md §2.5 exactly: \n \N \r \R \t \T \b \B \f \F \" \' \\ \uXXXX; \_
// and
// \% only inside a LIKE pattern; any other backslash is MALFORMED_QUERY. Keywords are case-insensitive.
// A statement longer than 100,000 characters is MALFORMED_QUERY (Salesforce's documented statement limit;
// we chose MALFORMED_QUERY over QUERY_TOO_COMPLICATED, which Salesforce uses for formula complexity).
class SoqlParser
{
public:
    static constexpr qsizetype MaxQueryLength = 100000;

    [[nodiscard]] static std::variant<SoqlQuery, SoqlError> parse(const QString &soql);

    // Decodes the body of a quoted literal (without the quotes). `like` allows \% and \_ and returns a
    // QRegularExpression pattern instead of the text. Returns false with the offending sequence in *bad.
    static bool decodeString(QStringView body, bool like, QString *out, QString *bad = nullptr);
};

} // namespace sfsync::localorg
