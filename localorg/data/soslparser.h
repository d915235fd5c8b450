#pragma once

#include "localorg/data/soqlerror.h"
#include "localorg/data/soslquery.h"

#include <variant>

namespace sfsync::localorg {

// The local org's SOSL parser (see SoslQuery for the grammar). In the search, words are split at anything
// that is not a letter, a digit or a wildcard (so "jordan.lee@example.com" is a phrase of four words), OR
// separates alternatives, AND is implied between words, AND NOT excludes a word, and "quotes" keep a phrase
// together; braces and quotes inside the search are escaped with a backslash. Errors are Salesforce's:
// MALFORMED_SEARCH for the statement's syntax (located like SOQL errors), INVALID_SEARCH for a search term
// of fewer than two characters.
class SoslParser
{
public:
    [[nodiscard]] static std::variant<SoslQuery, SoqlError> parse(const QString &sosl);
};

} // namespace sfsync::localorg
