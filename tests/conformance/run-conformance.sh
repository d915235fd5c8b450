#!/bin/sh
# Starts sfsync-localorg, runs the jsforce conformance script against it, stops the server.
#   sh run-conformance.sh <path to sfsync-localorg>
# Skips (exit 77, reported as skipped by CTest) when node or node_modules is missing; install them with
#   npm ci --prefix tests/conformance
set -eu
here=$(cd "$(dirname "$0")" && pwd)
exe=$1
if ! command -v node >/dev/null 2>&1; then
    echo "SKIP: node is not installed"; exit 77
fi
if [ ! -d "$here/node_modules/jsforce" ]; then
    echo "SKIP: $here/node_modules is missing; run: npm ci --prefix tests/conformance"; exit 77
fi
out=$(mktemp)
token='00D000000000001!AQ.conformance'
"$exe" --port 0 --seed sample --query-batch-size 100 --access-token "$token" >"$out" &
pid=$!
cleanup() {
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    rm -f "$out"
}
trap cleanup EXIT INT TERM
url=
i=0
while [ $i -lt 100 ]; do
    url=$(head -n 1 "$out" | grep '^http://' || true)
    [ -n "$url" ] && break
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "sfsync-localorg exited early:"; cat "$out"; exit 1
    fi
    i=$((i + 1))
    sleep 0.1
done
[ -n "$url" ] || { echo "sfsync-localorg printed no URL"; cat "$out"; exit 1; }
node "$here/conformance.js" "$url" "$token"
