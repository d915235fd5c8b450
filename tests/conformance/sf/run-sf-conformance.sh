#!/bin/sh
# Starts a fresh sfsync-localorg, runs the Salesforce CLI conformance script against it with the pinned CLI and
# its own Node 22 (tests/conformance/sf/node_modules), stops the server.
#   sh run-sf-conformance.sh <path to sfsync-localorg>
# Skips (exit 77, reported as skipped by CTest) when the CLI's packages are not installed; install them with
#   npm ci --prefix tests/conformance/sf          (scripts/test.sh does)
# The CLI runs with a throw-away HOME (its auth files, config, cache and logs stay there and are removed
# afterwards), no telemetry, no update or version checks: nothing leaks to the machine or the network.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
exe=$1
node="$here/node_modules/.bin/node"
cli="$here/node_modules/@salesforce/cli/bin/run.js"
if [ ! -x "$node" ] || [ ! -f "$cli" ]; then
    echo "SKIP: $here/node_modules is missing; run: npm ci --prefix tests/conformance/sf"; exit 77
fi
work=$(mktemp -d)
out="$work/org.out"
token='00D000000000001!AQ.sfcli'
"$exe" --port 0 --seed sample --access-token "$token" >"$out" 2>"$work/org.err" &
pid=$!
cleanup() {
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM
url=
i=0
while [ $i -lt 100 ]; do
    url=$(head -n 1 "$out" | grep '^http://' || true)
    [ -n "$url" ] && break
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "sfsync-localorg exited early:"; cat "$out" "$work/org.err"; exit 1
    fi
    i=$((i + 1))
    sleep 0.1
done
[ -n "$url" ] || { echo "sfsync-localorg printed no URL"; cat "$out"; exit 1; }

mkdir -p "$work/home" "$work/files"
# The CLI's own node first on PATH: its commands start sub-processes by the names node and sf.
PATH="$here/node_modules/.bin:$PATH" \
HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_CACHE_HOME="$work/home/.cache" \
XDG_DATA_HOME="$work/home/.local/share" XDG_STATE_HOME="$work/home/.local/state" \
SF_DISABLE_TELEMETRY=true SFDX_DISABLE_TELEMETRY=true \
SF_AUTOUPDATE_DISABLE=true SFDX_AUTOUPDATE_DISABLE=true SF_DISABLE_AUTOUPDATE=true \
SF_SKIP_NEW_VERSION_CHECK=true SFDX_SKIP_NEW_VERSION_CHECK=true \
SF_HIDE_RELEASE_NOTES=true SF_HIDE_RELEASE_NOTES_FOOTER=true \
SF_USE_GENERIC_UNIX_KEYCHAIN=true SFDX_USE_GENERIC_UNIX_KEYCHAIN=true \
SF_DISABLE_DNS_CHECK=true NODE_NO_WARNINGS=1 \
    "$node" "$here/sf-conformance.js" "$url" "$token" "$cli" "$work/files"
