#pragma once

#include <QtGlobal>

namespace sfsync::bench {

// The most resident memory this process has used so far, in KiB: VmHWM from /proc/self/status, or
// getrusage's ru_maxrss where /proc is missing.
class PeakRss
{
public:
    [[nodiscard]] static qint64 selfKiB();
    // User + system CPU time of this process so far, in milliseconds.
    [[nodiscard]] static qint64 cpuMs();
};

} // namespace sfsync::bench
