#include "core/config/jobconfig.h"

#include <cstdint>
#include <cstdlib>

// The job config loader on arbitrary bytes: never a crash; a config it accepts saves and loads back to the
// same config (so the GUI's save never changes a job).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    sfsync::ConfigIssues issues;
    const sfsync::JobConfig config = sfsync::JobConfig::fromJson(json, QStringLiteral("/fuzz"), &issues);
    if (!issues.isEmpty())
        return 0;
    (void)config.validateShape();
    (void)config.hash();
    sfsync::ConfigIssues again;
    const sfsync::JobConfig reloaded =
        sfsync::JobConfig::fromJson(config.toJsonBytes(), QStringLiteral("/fuzz"), &again);
    if (!again.isEmpty() || !(reloaded == config))
        std::abort();
    return 0;
}
