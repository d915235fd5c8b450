#!/bin/sh
# Builds the libFuzzer targets with clang (ASan + UBSan) in ./build-fuzz and runs each on its checked-in
# corpus for N seconds (default 30): sh scripts/fuzz.sh [SECONDS] [TARGET...]
# New inputs go to build-fuzz/corpus/<target> (the checked-in corpus is only read); crashes are written to
# build-fuzz/artifacts/ and make the script fail. For a long run: sh scripts/fuzz.sh 3600 fuzz_csv
set -eu
cd "$(dirname "$0")/.."

SECONDS_PER_TARGET="${1:-30}"
[ "$#" -gt 0 ] && shift
TARGETS="${*:-fuzz_csv fuzz_config fuzz_soqlparser fuzz_literal_roundtrip}"
BUILD_DIR="${SFSYNC_FUZZ_BUILD_DIR:-build-fuzz}"
JOBS="${SFSYNC_JOBS:-2}"
# libFuzzer picks a fresh seed per run unless one is given (CI gives one, so its runs are reproducible).
SEED_OPTION=""
[ -n "${SFSYNC_FUZZ_SEED:-}" ] && SEED_OPTION="-seed=$SFSYNC_FUZZ_SEED"

# libFuzzer comes with clang's runtime.
sh scripts/install-deps.sh clang libclang-rt-14-dev

if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++ \
        -DSFSYNC_FUZZ=ON -DSFSYNC_SANITIZE=ON -DSFSYNC_GUI_TESTS=OFF
fi
# shellcheck disable=SC2086
cmake --build "$BUILD_DIR" --parallel "$JOBS" --target $TARGETS

mkdir -p "$BUILD_DIR/artifacts"
status=0
for target in $TARGETS; do
    work="$BUILD_DIR/corpus/$target"
    mkdir -p "$work"
    echo "== $target: ${SECONDS_PER_TARGET}s"
    # Qt's own allocations at exit are not ours to chase here; leaks in sfsync code show up in the ctest stage
    # of scripts/test.sh (LeakSanitizer on the whole suite).
    if ! ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}" UBSAN_OPTIONS="print_stacktrace=1:${UBSAN_OPTIONS:-}" \
        "$BUILD_DIR/tests/fuzz/$target" "$work" "tests/fuzz/corpus/$target" \
        -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -artifact_prefix="$BUILD_DIR/artifacts/$target-" -print_final_stats=1 $SEED_OPTION \
        2>"$BUILD_DIR/$target.log"; then
        echo "!! $target failed; see $BUILD_DIR/$target.log and $BUILD_DIR/artifacts/"
        tail -n 40 "$BUILD_DIR/$target.log"
        status=1
    else
        grep -E "^stat::(number_of_executed_units|new_units_added)" "$BUILD_DIR/$target.log" || true
    fi
done
exit "$status"
