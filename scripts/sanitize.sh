#!/bin/sh
# Builds the whole suite with AddressSanitizer + UndefinedBehaviorSanitizer in ./build-asan and runs ctest
# there (in the private keyring session, offscreen), as CI does. Extra arguments go to ctest.
set -eu
cd "$(dirname "$0")/.."

BUILD_DIR="${SFSYNC_ASAN_BUILD_DIR:-build-asan}"
JOBS="${SFSYNC_JOBS:-$(nproc)}"
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSFSYNC_SANITIZE=ON
fi
cmake --build "$BUILD_DIR" --parallel "$JOBS"

export QT_QPA_PLATFORM=offscreen
# UBSan findings are fatal (-fno-sanitize-recover); ASan reports leaks too. Qt keeps a few process-lifetime
# allocations (plugin loader, D-Bus), suppressed by tests/reliability/lsan.supp.
export ASAN_OPTIONS="detect_stack_use_after_return=1:strict_init_order=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
export LSAN_OPTIONS="suppressions=$(pwd)/tests/reliability/lsan.supp:print_suppressions=0:${LSAN_OPTIONS:-}"
exec sh tests/with-keyring.sh ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$JOBS" \
    --timeout 900 "$@"
