#!/bin/bash
# The Debian package, made from the build under test and installed into a throw-away root:
#   bash tests/packaging/package_deb.sh BUILD_DIR PREFIX VERSION   (PREFIX: the package's, /usr)
# 1. `cpack -G DEB` makes sfsync_<VERSION>_<arch>.deb with the control fields and a computed Depends line
#    whose packages are all real (installed on this machine, which built and runs sfsync);
# 2. dpkg-deb -x unpacks it into a temporary root: every file lies under PREFIX, owned by root, and the
#    programs, man pages, completions, desktop file, metainfo, icons, translations, samples and docs are
#    where a desktop and the programs look for them; the desktop file and the metainfo validate;
# 3. the installed programs run from that root: --version and --help of all three, the installed
#    translations (sfsync's and Qt's), the installed sample job against an in-process local org, and against
#    the installed sfsync-localorg, whose records then show the job's writes; the installed completions
#    pass tests/packaging/bash_completion.sh and fish_completion.sh.
set -u
build=$(realpath "$1") prefix=$2 version=$3
here=$(dirname "$(realpath "$0")")
failures=0

fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
check() { # check WHAT COMMAND...: COMMAND must succeed
    local what=$1
    shift
    "$@" >/dev/null 2>&1 || fail "$what"
}

scratch=$(mktemp -d)
org_pid=""
cleanup() {
    [ -n "$org_pid" ] && kill "$org_pid" 2>/dev/null
    rm -rf "$scratch"
}
trap cleanup EXIT
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/config" XDG_DATA_HOME="$scratch/home/data"
export XDG_CACHE_HOME="$scratch/home/cache" XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export LANG=en_US.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en QT_QPA_PLATFORM=offscreen
unset SFSYNC_ACCESS_TOKEN SFSYNC_CLIENT_ID SFSYNC_CLIENT_SECRET

# 1. The package.
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/package" >"$scratch/cpack.log" 2>&1; then
    cat "$scratch/cpack.log"
    echo "FAIL: cpack -G DEB"
    exit 1
fi
deb="$scratch/package/sfsync_${version}_$(dpkg --print-architecture).deb"
if [ ! -f "$deb" ]; then
    ls "$scratch/package"
    echo "FAIL: no $(basename "$deb")"
    exit 1
fi
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = sfsync ] || fail "Package: $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version: $(field Version)"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture: $(field Architecture)"
[ "$(field Section)" = misc ] || fail "Section: $(field Section)"
[ "$(field Homepage)" = "https://github.com/sfsync/sfsync" ] || fail "Homepage: $(field Homepage)"
case $(field Maintainer) in *\ \<*@*\>) ;; *) fail "Maintainer: $(field Maintainer)" ;; esac
field Description | grep -q "sfsync-localorg" || fail "the long description"
depends=$(field Depends)
echo "Depends: $depends"
echo "Recommends: $(field Recommends)"
# Computed by dpkg-shlibdeps from what the programs link, and the run-time plugins added by hand.
for package in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 \
    libqt6keychain1 libssl3 libqt6sql6-sqlite libsecret-1-0; do
    echo "$depends" | tr ',' '\n' | sed 's/(.*)//; s/ //g' | grep -qxF "$package" || fail "Depends has no $package"
done
# Every package named (the first of alternatives) exists: it is installed here, where sfsync was built.
for package in $(echo "$depends" | tr ',' '\n' | sed 's/|.*//; s/(.*)//; s/ //g'); do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || fail "Depends names $package, which is not installed here"
done

# 2. Unpacked into a throw-away root.
root="$scratch/root"
dpkg-deb -x "$deb" "$root" || fail "dpkg-deb -x"
# Everything lies under PREFIX (apart from the folders leading to it).
while read -r path; do
    path=${path#.}
    case "$prefix/" in "$path"*) continue ;; esac
    case $path in "$prefix"/*) ;; *) fail "$path lies outside $prefix" ;; esac
done < <(dpkg-deb -c "$deb" | awk '{print $6}')
dpkg-deb -c "$deb" | awk '{print $2}' | grep -qv '^root/root$' && fail "files not owned by root"

p="$root$prefix"
for program in sfsync sfsync-run sfsync-localorg; do
    [ -x "$p/bin/$program" ] || fail "bin/$program"
    [ -f "$p/share/man/man1/$program.1.gz" ] || fail "man1/$program.1.gz"
    gzip -t "$p/share/man/man1/$program.1.gz" 2>/dev/null || fail "$program.1.gz is not gzip"
    zcat "$p/share/man/man1/$program.1.gz" | grep -q "^\.TH .*\"sfsync $version\"" || fail "$program.1: version"
    [ -f "$p/share/bash-completion/completions/$program" ] || fail "bash completion for $program"
    [ -f "$p/share/fish/vendor_completions.d/$program.fish" ] || fail "fish completion for $program"
done
# Unstripped binaries would carry the build's debug information into the package.
file -L "$p/bin/sfsync-run" | grep -q ", stripped" || fail "bin/sfsync-run is not stripped"
check "desktop file" desktop-file-validate "$p/share/applications/io.github.sfsync.sfsync.desktop"
check "metainfo" appstreamcli validate --no-net "$p/share/metainfo/io.github.sfsync.sfsync.metainfo.xml"
[ -f "$p/share/icons/hicolor/scalable/apps/sfsync.svg" ] || fail "the scalable icon"
for size in 16 24 32 48 64 128 256; do
    [ -f "$p/share/icons/hicolor/${size}x$size/apps/sfsync.png" ] || fail "the ${size}px icon"
done
for language in en de fr; do
    [ -s "$p/share/sfsync/translations/sfsync_$language.qm" ] || fail "sfsync_$language.qm"
done
samples="$p/share/sfsync/samples"
[ -f "$samples/contacts-job.json" ] && [ -f "$samples/contacts.csv" ] || fail "the sample job"
for doc in user-guide.md config.md cli.md sign-in.md local-org.md LICENSE-CumulusCI.md screenshots/05-run.png; do
    [ -f "$p/share/doc/sfsync/$doc" ] || fail "doc/sfsync/$doc"
done
zcat "$p/share/man/man1/sfsync-run.1.gz" | grep -qF "$prefix/share/sfsync/samples/contacts-job.json" \
    || fail "sfsync-run.1 names the installed sample job"

# 3. The installed programs.
run="$p/bin/sfsync-run" localorg="$p/bin/sfsync-localorg" gui="$p/bin/sfsync"
[ "$("$run" --version)" = "sfsync-run $version" ] || fail "sfsync-run --version"
[ "$("$localorg" --version)" = "sfsync-localorg $version" ] || fail "sfsync-localorg --version"
"$localorg" --help | grep -q -- "--access-token" || fail "sfsync-localorg --help"
"$gui" --help 2>/dev/null | grep -q -- "--local-org" || fail "sfsync --help"
[ "$("$gui" --version 2>/dev/null)" = "sfsync $version" ] || fail "sfsync --version"

# Translations: sfsync's own from the installed catalogue (not the embedded copy), Qt's from Qt's.
for locale in de_DE fr_FR; do
    language=${locale%_*}
    LANG=$locale.UTF-8 LC_ALL="" LANGUAGE=$language QT_LOGGING_RULES="sfsync.core.i18n.debug=true" \
        "$run" --help >"$scratch/help.$language" 2>"$scratch/i18n.$language"
    grep -qF "\"$p/share/sfsync/translations/sfsync_$language.qm\"" "$scratch/i18n.$language" \
        || fail "sfsync-run loads the installed sfsync_$language.qm: $(cat "$scratch/i18n.$language")"
done
grep -q "^Befehle:" "$scratch/help.de" || fail "sfsync-run --help in German"
grep -q "^Commandes :" "$scratch/help.fr" || fail "sfsync-run --help in French"
if [ -f /usr/share/qt6/translations/qtbase_de.qm ]; then
    grep -qF "qtbase_de.qm" "$scratch/i18n.de" || fail "Qt's qtbase_de.qm"
    LANG=de_DE.UTF-8 LC_ALL="" LANGUAGE=de "$run" run --help | grep -q "Zeigt Hilfe" \
        || fail "Qt's own strings in German"
fi

# The sample job against a local org inside sfsync-run. The sample holds an ambiguous, a not-found and an
# invalid row on purpose: exit code 1, and the counts docs/cli.md shows.
status=0
"$run" run "$samples/contacts-job.json" --local-org --quiet --json --out "$scratch/inproc" \
    >"$scratch/inproc.json" 2>"$scratch/inproc.err" || status=$?
[ "$status" -eq 1 ] || fail "run --local-org: exit code $status: $(cat "$scratch/inproc.err")"
for count in '"created":2' '"ambiguous":1' '"notFound":2' '"invalid":1' '"failed":0'; do
    grep -q "$count" "$scratch/inproc.json" || fail "run --local-org: $count in $(cat "$scratch/inproc.json")"
done
[ -f "$scratch/inproc/results.csv" ] && [ -f "$scratch/inproc/errors.csv" ] || fail "run --local-org: result files"

# The same job against the installed sfsync-localorg, which keeps its records in a data folder. On a fresh
# org the job creates 2 contacts and updates 6 records; a preview afterwards plans no creates and 8 updates:
# the two contacts the run created are in the org and match their rows now.
token="00D000000000001!AQ.package$RANDOM"
coproc ORG { exec "$localorg" --port 0 --data "$scratch/org" --access-token "$token" 2>"$scratch/org.err"; }
org_pid=$ORG_PID
read -r -t 60 url <&"${ORG[0]}" || fail "sfsync-localorg printed no URL: $(cat "$scratch/org.err")"
case $url in http://127.0.0.1:*) ;; *) fail "sfsync-localorg's first line: $url" ;; esac
export SFSYNC_ACCESS_TOKEN=$token
status=0
"$run" run "$samples/contacts-job.json" --instance-url "$url" --quiet --json --out "$scratch/out" \
    >"$scratch/run.json" 2>"$scratch/run.err" || status=$?
[ "$status" -eq 1 ] || fail "run against sfsync-localorg: exit code $status: $(cat "$scratch/run.err")"
grep -q '"created":2' "$scratch/run.json" || fail "run against sfsync-localorg: $(cat "$scratch/run.json")"
status=0
"$run" preview "$samples/contacts-job.json" --instance-url "$url" --quiet --json \
    >"$scratch/preview.json" 2>"$scratch/preview.err" || status=$?
# The run wrote them: the same rows again would change nothing (skipUnchanged).
for count in '"plannedCreate":0' '"plannedUpdate":0' '"unchanged":8'; do
    grep -q "$count" "$scratch/preview.json" \
        || fail "preview after the run: $count in $(cat "$scratch/preview.json") $(cat "$scratch/preview.err")"
done
unset SFSYNC_ACCESS_TOKEN
kill -TERM "$org_pid"
wait "$org_pid"
status=$?
org_pid=""
[ "$status" -eq 0 ] || fail "sfsync-localorg exit code $status after SIGTERM"
[ -s "$scratch/org/localorg.sqlite" ] || fail "sfsync-localorg kept no data folder"

# The installed completions, against the installed programs.
PATH="$p/bin:$PATH" bash "$here/bash_completion.sh" "$p/share/bash-completion/completions" "$run" "$localorg" \
    "$gui" >"$scratch/completion.log" 2>&1 || fail "installed bash completions: $(cat "$scratch/completion.log")"
PATH="$p/bin:$PATH" bash "$here/fish_completion.sh" "$p/share/fish/vendor_completions.d" "$run" "$localorg" \
    "$gui" >"$scratch/completion.log" 2>&1 || fail "installed fish completions: $(cat "$scratch/completion.log")"

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1)) installs and runs"
