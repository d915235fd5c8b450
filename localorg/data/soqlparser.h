#pragma once

#include "localorg/data/soqlerror.h"
#include "localorg/data/soqlquery.h"

#include <QString>

#include <variant>

namespace sfsync::localorg {

// The local org's own SOQL parser (it shares nothing with core's query builder, so tests of one against the
// other are not circular). Grammar supported:
//
//   SELECT ( COUNT() | item [, item]* ) FROM object
//     [WHERE condition] [GROUP BY field [, field]* [HAVING condition]]
//     [ORDER BY order [ASC|DESC] [NULLS FIRST|LAST] [, ...]] [LIMIT n] [OFFSET n]
//   item       := field [alias] | aggregate [alias] | ( SELECT field [, field]* FROM childRelationship
//                 [WHERE condition] [ORDER BY ...] [LIMIT n] [OFFSET n] )
//   aggregate  := (COUNT | COUNT_DISTINCT | SUM | MIN | MAX | AVG) ( field )
//   field      := name | relationship.name
//   order      := field | aggregate
//   condition  := term ( (AND | OR) term )*          -- mixing AND and OR without parentheses is an error
//   term       := NOT term | ( condition ) | operand op value | operand [NOT] IN ( value [, value]* )
//   operand    := field | aggregate (HAVING only)
//   op         := = | != | <> | < | <= | > | >= | LIKE
//   value      := 'string' | number | TRUE | FALSE | NULL | YYYY-MM-DD | YYYY-MM-DDThh:mm:ss[.sss](Z|+hh:mm)
//                 | date literal (TODAY, LAST_N_DAYS:n, ... see SoqlDateLiteral)
//
// String literals follow docs/salesforce-api.md §2.5 exactly (see SoqlStringLiteral). Keywords are
// case-insensitive; Salesforce's reserved words are never names. Anything else (semi-joins, TYPEOF, WITH,
// FOR, GROUP BY ROLLUP, functions other than the aggregates) is MALFORMED_QUERY "unexpected token" at the
// token where the supported grammar ends. A statement longer than 100,000 characters is MALFORMED_QUERY
// (Salesforce's documented statement limit; we chose MALFORMED_QUERY over QUERY_TOO_COMPLICATED, which
// Salesforce uses for formula complexity).
class SoqlParser
{
public:
    static constexpr qsizetype MaxQueryLength = 100000;

    [[nodiscard]] static std::variant<SoqlQuery, SoqlError> parse(const QString &soql);

    // SoqlStringLiteral::decode, kept here for the callers that know the parser.
    static bool decodeString(QStringView body, bool like, QString *out, QString *bad = nullptr);
};

} // namespace sfsync::localorg
