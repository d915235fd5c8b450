#include "core/allocatortuning.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace sfsync {

void AllocatorTuning::apply()
{
#if defined(__GLIBC__)
    // 256 KB: the glibc default's order of magnitude (128 KB), but fixed. Blocks below it are the engine's
    // rows and strings, which the heap serves best.
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
}

} // namespace sfsync
