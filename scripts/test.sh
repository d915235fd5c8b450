#!/bin/sh
# The README's second command: install what is missing, build, and run the whole test suite with ctest,
# in a private D-Bus session with an unlocked throw-away keyring and the offscreen Qt platform.
# Extra arguments go to ctest (e.g. -R tst_soql, -L keyring, -LE gui).
set -eu
cd "$(dirname "$0")/.."

sh scripts/install-deps.sh
sh scripts/build.sh

# The jsforce conformance suite needs its pinned node modules (tests/conformance/package-lock.json).
if [ -f tests/conformance/package-lock.json ]; then
    npm ci --prefix tests/conformance --no-audit --no-fund --loglevel=error
fi

BUILD_DIR="${SFSYNC_BUILD_DIR:-build}"
export QT_QPA_PLATFORM=offscreen
exec sh tests/with-keyring.sh ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$(nproc)" "$@"
