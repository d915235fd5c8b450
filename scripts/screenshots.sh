#!/bin/sh
# Captures each main screen of the real desktop app into docs/screenshots/ (or DIR), under Xvfb:
# the org, the objects, the job, the preview and the run of the sample job against the local org.
#   sh scripts/screenshots.sh [DIR]
set -eu
cd "$(dirname "$0")/.."

BUILD_DIR="${SFSYNC_BUILD_DIR:-build}"
OUT="$(realpath -m "${1:-docs/screenshots}")"
if [ ! -x "$BUILD_DIR/app/gui/sfsync" ]; then
    sh scripts/build.sh
fi
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing (apt-get install xvfb)" >&2; exit 2; }

# A throw-away profile: default window layout, no recent jobs, and no journal or runs left behind.
SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT
export XDG_CONFIG_HOME="$SCRATCH/config" XDG_DATA_HOME="$SCRATCH/data" XDG_CACHE_HOME="$SCRATCH/cache"
export XDG_RUNTIME_DIR="$SCRATCH/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export LANG=en_US.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=xcb

mkdir -p "$OUT"
timeout 120 xvfb-run -a -s "-screen 0 1400x1000x24" \
    "$BUILD_DIR/app/gui/sfsync" --screenshots "$OUT" resources/samples/contacts-job.json
ls -1 "$OUT"/*.png
