#!/bin/sh
# Peak memory of sfsync-run on large jobs of creates (docs/performance.md, "Memory"): for each row count given
# (default 1000000 4000000), writes the bench's data, starts an empty sfsync-localorg of its own (so the org's
# memory does not count), runs the bench's job (upsert on Contact by Email OR Legacy_Id__c, 4 fields; every
# row a create, since the org is empty) through sfsync-run with Bulk API 2.0 chosen automatically, and prints
# a table row per count: API calls, outcomes, wall time, peak RSS (/usr/bin/time's maximum resident set size).
# Needs a built tree (scripts/build.sh) and the 'time' package. Takes about 4 minutes per million rows on two
# cores. SFSYNC_BUILD_DIR picks another build folder.
set -eu
cd "$(dirname "$0")/.."
BUILD="${SFSYNC_BUILD_DIR:-build}"
[ -x /usr/bin/time ] || { echo "memory-bench: needs /usr/bin/time (apt-get install -y time)" >&2; exit 2; }
[ $# -gt 0 ] || set -- 1000000 4000000

work=$(mktemp -d)
org_pid=""
trap '[ -n "$org_pid" ] && kill "$org_pid" 2>/dev/null; rm -rf "$work"' EXIT INT TERM

cat > "$work/job.json" <<'JSON'
{
  "version": 1,
  "name": "memory-bench",
  "source": {"type": "csv", "path": "rows.csv"},
  "actions": [{
    "name": "Upsert contacts", "object": "Contact", "operation": "upsert",
    "matchers": [{"field": "Email", "column": "email"}, {"field": "Legacy_Id__c", "column": "legacy_id"}],
    "matcherOperator": "OR",
    "fields": [{"field": "Email", "column": "email"}, {"field": "Legacy_Id__c", "column": "legacy_id"},
               {"field": "FirstName", "column": "first_name"}, {"field": "LastName", "column": "last_name"}],
    "bulk": "auto"
  }]
}
JSON

# A fixed token for this private org only (never a real one); it goes to sfsync-run through the environment.
token="00Dmemorybench0001!$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
printf '| rows | API calls | outcomes | wall | peak RSS |\n|--:|--:|---|--:|--:|\n'
for rows in "$@"; do
    "$BUILD/tests/bench/sfsync-bench" --write-csv "$work/rows.csv" --rows "$rows" >/dev/null
    rm -f "$work/org.url"
    "$BUILD/app/localorg/sfsync-localorg" --seed none --daily-limit 100000000 --access-token "$token" \
        > "$work/org.url" 2> "$work/org.log" &
    org_pid=$!
    while [ ! -s "$work/org.url" ]; do sleep 0.2; done
    url=$(head -n 1 "$work/org.url")
    rm -rf "$work/out"
    SFSYNC_ACCESS_TOKEN="$token" /usr/bin/time -f '%M %e' -o "$work/time.txt" \
        "$BUILD/app/run/sfsync-run" run "$work/job.json" --instance-url "$url" --out "$work/out" --json -q \
        > "$work/summary.json" 2> "$work/run.log" || { echo "memory-bench: sfsync-run failed:" >&2; cat "$work/run.log" >&2; exit 1; }
    kill "$org_pid"; wait "$org_pid" 2>/dev/null || true; org_pid=""
    python3 - "$rows" "$work/summary.json" "$work/time.txt" <<'PY'
import json, sys
rows, summary, timing = sys.argv[1], json.load(open(sys.argv[2])), open(sys.argv[3]).read().split()
kb, seconds = int(timing[0]), float(timing[1])
outcomes = ", ".join(f"{summary[k]:,} {k}" for k in ("created", "updated", "unchanged", "failed", "ambiguous")
                     if summary.get(k))
print(f"| {int(rows):,} | {summary['apiCalls']} | {outcomes} | {seconds:.0f} s | {kb / 1024:.0f} MB |")
PY
    rm -f "$work/rows.csv"
done
