#!/bin/bash
# The bash completions of resources/completion/ against the programs they complete:
#   bash tests/packaging/bash_completion.sh COMPLETION_DIR SFSYNC_RUN SFSYNC_LOCALORG SFSYNC
# (COMPLETION_DIR: resources/completion, or an installed share/bash-completion/completions.)
# For every sfsync-run command, the options offered after "-" are exactly those the command's --help prints
# (and the commands those of sfsync-run --help); the same for sfsync-localorg and sfsync. Then a few values:
# files, folders, profile names, --seed and --fail-codes.
set -u
completions=$(realpath "$1") run=$(realpath "$2") localorg=$(realpath "$3") gui=$(realpath "$4")
failures=0

# shellcheck source=tests/packaging/completion_helpers.sh
source "$(dirname "$(realpath "$0")")/completion_helpers.sh"

# The completion functions look profiles up with the sfsync-run on PATH: the one under test.
PATH="$(dirname "$run"):$PATH"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANG=C.UTF-8

# The repository's files end in .bash; installed, each is named after its command.
for program in sfsync-run sfsync-localorg sfsync; do
    file="$completions/$program.bash"
    [ -f "$file" ] || file="$completions/$program"
    # shellcheck source=/dev/null
    source "$file" || fail "$file does not load"
done

# complete WORD...: what the completion offers for the last word (the command line typed so far), sorted.
complete_words() {
    COMP_WORDS=("$@")
    COMP_CWORD=$(($# - 1))
    COMP_LINE="$*"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    local function
    function=$(complete -p "$1" | sed -n 's/.*-F \([^ ]*\) .*/\1/p')
    "$function" "$1" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
    printf '%s\n' "${COMPREPLY[@]}" | sed '/^$/d' | sort -u
}

# sfsync-run: the commands of its overview (the lines under "Commands:"), plus help, --help and --version.
commands=$(overview_commands "$run")
[ -n "$commands" ] || fail "sfsync-run --help lists no commands"
expect "sfsync-run commands" "$(printf '%s\n' $commands help --help --version | sort -u)" \
    "$(complete_words sfsync-run '')"
for command in $commands; do
    expect "sfsync-run $command options" "$(help_options "$run" "$command")" \
        "$(complete_words sfsync-run "$command" -)"
done
expect "sfsync-localorg options" "$(help_options "$localorg")" "$(complete_words sfsync-localorg -)"
expect "sfsync options" "$(help_options "$gui")" "$(complete_words sfsync -)"

# Prefixes and values.
expect "a command by its prefix" "run" "$(complete_words sfsync-run ru)"
expect "an option by its prefix" "--abort-on-ambiguous" "$(complete_words sfsync-run run --ab)"
expect "help's topics" "$(printf '%s\n' $commands help | sort -u)" "$(complete_words sfsync-run help '')"
expect "--seed" "$(printf 'none\nsample')" "$(complete_words sfsync-localorg --seed '')"
expect "--fail-codes after a comma" "503,DROP" "$(complete_words sfsync-localorg --fail-codes 503,D)"
expect "--port takes a number" "" "$(complete_words sfsync-localorg --port '')"

mkdir -p "$scratch/work/jobs" "$scratch/work/out"
touch "$scratch/work/contacts-job.json" "$scratch/work/contacts.csv"
cd "$scratch/work" || exit 1
expect "run's CONFIG: JSON files and folders" "$(printf 'contacts-job.json\njobs\nout')" \
    "$(complete_words sfsync-run run '')"
expect "--source: any file" "$(printf 'contacts-job.json\ncontacts.csv')" \
    "$(complete_words sfsync-run run contacts-job.json --source cont)"
expect "--out: folders" "out" "$(complete_words sfsync-run run contacts-job.json --out o)"
expect "--out=DIR" "out" "$(complete_words sfsync-run run contacts-job.json --out = o)"
expect "the desktop app's job" "$(printf 'contacts-job.json\njobs\nout')" "$(complete_words sfsync '')"

# Profile names come from sfsync-run profiles, which reads the settings shared with the desktop app.
mkdir -p "$XDG_CONFIG_HOME/sfsync"
cat >"$XDG_CONFIG_HOME/sfsync/sfsync.conf" <<'CONF'
[profiles]
prod\instanceUrl=https://example.my.salesforce.com
prod\username=admin@example.com
uat.sandbox\instanceUrl=https://example--uat.sandbox.my.salesforce.com
uat.sandbox\username=admin@example.com.uat
CONF
expect "--profile: the saved profiles" "$(printf 'prod\nuat.sandbox')" \
    "$(complete_words sfsync-run describe --profile '')"
expect "--profile by its prefix" "uat.sandbox" "$(complete_words sfsync-run logout --profile u)"

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "bash completion: every check passed"
