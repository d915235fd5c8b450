#pragma once

namespace sfsync {

// Keeps the peak memory of long runs down where the C library allows it (glibc). glibc raises its mmap
// threshold each time a large block it mapped is freed, up to 32 MB: after the first Bulk API 2.0 result file
// or upload body (several MB each) is freed, the next ones come from the heap instead, whose high-water mark
// stays resident for the rest of the run. A fixed threshold keeps such buffers mapped, so each goes back to
// the system when it is freed (about 12 MB less peak RSS on a run of a million creates). Call once, first
// thing in main(); a no-op elsewhere.
class AllocatorTuning
{
public:
    static void apply();
};

} // namespace sfsync
