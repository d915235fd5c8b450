#!/bin/sh
# The README's first command: install what is missing, build, and run the main job against the local org.
# With a display it opens the desktop app on the local org; without one it runs the sample job headless
# and prints its summary.
set -eu
cd "$(dirname "$0")/.."

sh scripts/install-deps.sh
sh scripts/build.sh

BUILD_DIR="${SFSYNC_BUILD_DIR:-build}"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$BUILD_DIR/app/gui/sfsync" --local-org
fi
exec "$BUILD_DIR/app/run/sfsync-run" run resources/samples/contacts-job.json --local-org --out "$BUILD_DIR/sample-run"
