#include "localorg/data/soqlparser.h"

#include <cstdint>

// The local org's SOQL parser on arbitrary text: an answer (a query or a MALFORMED_QUERY-style error) for
// every input, never a crash or a hang.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString soql = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)sfsync::localorg::SoqlParser::parse(soql);
    return 0;
}
