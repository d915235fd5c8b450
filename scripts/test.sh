#!/bin/sh
# The README's second command, and all of CI (.ci/run): install what is missing, build ONE checked build and
# run every test stage on it:
#   1. the whole ctest suite (Qt Test suites, the jsforce and Salesforce CLI conformance runs, the format
#      check) under AddressSanitizer + UndefinedBehaviorSanitizer, in a private D-Bus session with an unlocked
#      throw-away keyring and the offscreen Qt platform;
#   2. a short libFuzzer run of every fuzz target on its checked-in corpus (scripts/fuzz.sh, 30 s each).
# The build is clang's, so the same objects serve the tests and the fuzzers (their libraries carry libFuzzer's
# coverage hooks, which cost nothing outside a fuzzer). Extra arguments go to ctest (e.g. -R tst_soql).
#
# SFSYNC_CHECKED=0 runs the suite on the plain build in ./build instead (quick local iterations; no
# sanitizers, no fuzzing). SFSYNC_FUZZ_SECONDS=0 skips stage 2.
set -eu
cd "$(dirname "$0")/.."

CHECKED="${SFSYNC_CHECKED:-1}"
FUZZ_SECONDS="${SFSYNC_FUZZ_SECONDS:-30}"
JOBS="${SFSYNC_JOBS:-$(nproc)}"

if [ "$CHECKED" = 0 ]; then
    sh scripts/install-deps.sh
    sh scripts/build.sh
    BUILD_DIR="${SFSYNC_BUILD_DIR:-build}"
else
    # clang and its sanitizer/libFuzzer runtime.
    sh scripts/install-deps.sh clang libclang-rt-14-dev
    BUILD_DIR="${SFSYNC_CHECK_BUILD_DIR:-build-check}"
    if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
        cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
            -DSFSYNC_SANITIZE=ON -DSFSYNC_FUZZ=ON -DSFSYNC_WERROR=ON
    fi
    cmake --build "$BUILD_DIR" --parallel "$JOBS"
    # UBSan findings are fatal (-fno-sanitize-recover); ASan reports leaks too. Qt keeps a few process-lifetime
    # allocations (plugin loader, D-Bus), suppressed by tests/reliability/lsan.supp.
    ASAN_OPTIONS="detect_stack_use_after_return=1:strict_init_order=1:${ASAN_OPTIONS:-}"
    UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
    LSAN_OPTIONS="suppressions=$(pwd)/tests/reliability/lsan.supp:print_suppressions=0:${LSAN_OPTIONS:-}"
    export ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS
fi

# The conformance suites need their pinned node modules: jsforce (tests/conformance) and the Salesforce CLI
# with its own Node 22 (tests/conformance/sf, about 500 MB). npm ci runs only when a lockfile changed since the
# last install (node_modules/.sfsync-lock holds its hash), so a rerun costs nothing.
npm_ci() {
    [ -f "$1/package-lock.json" ] || return 0
    lock=$(sha256sum "$1/package-lock.json" | cut -d ' ' -f 1)
    if [ "$(cat "$1/node_modules/.sfsync-lock" 2>/dev/null || true)" != "$lock" ]; then
        npm ci --prefix "$1" --no-audit --no-fund --loglevel=error
        echo "$lock" > "$1/node_modules/.sfsync-lock"
    fi
}
npm_ci tests/conformance
npm_ci tests/conformance/sf

export QT_QPA_PLATFORM=offscreen
# Sanitized code runs a few times slower: a generous per-test ceiling (the suites bound their own waits).
sh tests/with-keyring.sh ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$JOBS" --timeout 900 "$@"

if [ "$CHECKED" != 0 ] && [ "$FUZZ_SECONDS" != 0 ] && [ "$#" -eq 0 ]; then
    # A fixed seed: CI explores the same inputs on every run, so a red run is always reproducible. Longer
    # runs with fresh seeds are in docs/robustness.md.
    SFSYNC_FUZZ_BUILD_DIR="$BUILD_DIR" SFSYNC_FUZZ_SEED="${SFSYNC_FUZZ_SEED:-1}" sh scripts/fuzz.sh "$FUZZ_SECONDS"
fi
