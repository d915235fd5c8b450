#!/bin/bash
# The source tarball: bash tests/packaging/package_source.sh BUILD_DIR VERSION
# `cpack --config CPackSourceConfig.cmake` makes sfsync-VERSION.tar.gz with the top-level CMakeLists.txt, the
# sources, docs and scripts, and without build folders, Git data or node modules.
set -u
build=$(realpath "$1") version=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

if ! cpack --config "$build/CPackSourceConfig.cmake" -B "$scratch" >"$scratch/cpack.log" 2>&1; then
    cat "$scratch/cpack.log"
    echo "FAIL: cpack --config CPackSourceConfig.cmake"
    exit 1
fi
tarball="$scratch/sfsync-$version.tar.gz"
[ -f "$tarball" ] || { ls "$scratch"; echo "FAIL: no $(basename "$tarball")"; exit 1; }
tar -tzf "$tarball" >"$scratch/list" || fail "tar -t"
for file in CMakeLists.txt core/CMakeLists.txt app/run/main.cpp docs/man/sfsync-run.1.in \
    resources/io.github.sfsync.sfsync.metainfo.xml resources/completion/sfsync-run.bash scripts/package.sh \
    localorg/catalogue/LICENSE-CumulusCI.md; do
    grep -qx "sfsync-$version/$file" "$scratch/list" || fail "$file is missing"
done
grep -E "^sfsync-$version/(build[^/]*/|.*/node_modules/|\.git(/|$))" "$scratch/list" | head -3 \
    | while read -r path; do echo "FAIL: $path should not be in it"; done
grep -qE "^sfsync-$version/(build[^/]*/|.*/node_modules/|\.git(/|$))" "$scratch/list" && failures=$((failures + 1))

if [ "$failures" -ne 0 ]; then
    exit 1
fi
echo "source package: $(basename "$tarball"), $(wc -l <"$scratch/list") entries"
