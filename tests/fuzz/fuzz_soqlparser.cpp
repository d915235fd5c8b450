#include "localorg/data/soqlparser.h"
#include "localorg/data/soslparser.h"

#include <cstdint>

// The local org's SOQL and SOSL parsers on arbitrary text: an answer (a query or a MALFORMED_QUERY /
// MALFORMED_SEARCH-style error) for every input, never a crash or a hang.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString soql = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)sfsync::localorg::SoqlParser::parse(soql);
    (void)sfsync::localorg::SoslParser::parse(soql);
    return 0;
}
