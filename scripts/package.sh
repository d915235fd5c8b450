#!/bin/sh
# Builds the packages for users: a Release build in ./build-release, then
#   build-release/packages/sfsync_<version>_<arch>.deb   (cpack -G DEB; Depends computed by dpkg-shlibdeps)
#   build-release/packages/sfsync-<version>.tar.gz       (the source tarball)
# Install the .deb with: sudo apt install ./build-release/packages/sfsync_<version>_<arch>.deb
# Extra arguments go to cmake when the build folder is configured the first time.
set -eu
cd "$(dirname "$0")/.."

sh scripts/install-deps.sh
BUILD_DIR="${SFSYNC_RELEASE_BUILD_DIR:-build-release}"
JOBS="${SFSYNC_JOBS:-$(nproc)}"
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
    # No test suites: the package holds the programs only, and CI tests a package made from its own build.
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF "$@"
fi
cmake --build "$BUILD_DIR" --parallel "$JOBS"

OUT="$BUILD_DIR/packages"
cpack -G DEB --config "$BUILD_DIR/CPackConfig.cmake" -B "$OUT"
cpack --config "$BUILD_DIR/CPackSourceConfig.cmake" -B "$OUT"
for deb in "$OUT"/*.deb; do
    echo "$deb"
    dpkg-deb -f "$deb" Package Version Architecture Depends Recommends | sed 's/^/  /'
done
ls -1 "$OUT"/*.tar.gz
