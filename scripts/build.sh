#!/bin/sh
# Configures and builds sfsync into ./build (Ninja, ccache when present). Extra arguments go to cmake.
set -eu
cd "$(dirname "$0")/.."

BUILD_DIR="${SFSYNC_BUILD_DIR:-build}"
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
elif [ "$#" -gt 0 ]; then
    cmake -S . -B "$BUILD_DIR" "$@"
fi
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
