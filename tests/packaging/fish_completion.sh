#!/bin/bash
# The fish completions of resources/completion/ against the programs they complete:
#   bash tests/packaging/fish_completion.sh COMPLETION_DIR SFSYNC_RUN SFSYNC_LOCALORG SFSYNC
# (COMPLETION_DIR: resources/completion, or an installed share/fish/vendor_completions.d.)
# Read back from the files (fish need not be installed): for every sfsync-run command, the options the file
# gives it are exactly those the command's --help prints, and its commands those of sfsync-run --help; the
# same for sfsync-localorg and sfsync. When fish is installed, fish itself completes a few command lines too.
set -u
completions=$(realpath "$1") run=$(realpath "$2") localorg=$(realpath "$3") gui=$(realpath "$4")
failures=0
# shellcheck source=tests/packaging/completion_helpers.sh
source "$(dirname "$(realpath "$0")")/completion_helpers.sh"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANG=C.UTF-8
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache"

# file_options FILE [COMMAND]: the options of the `complete` lines for COMMAND (lines whose condition
# names it in __fish_seen_subcommand_from), or without COMMAND of the lines without a command
# (no condition, or `not __fish_seen_subcommand_from`).
file_options() {
    local file=$1 command=${2:-}
    grep '^complete ' "$file" | while read -r line; do
        condition=$(sed -n "s/.* -n '\([^']*\)'.*/\1/p" <<<"$line")
        if [ -n "$command" ]; then
            case $condition in
            __fish_seen_subcommand_from*" $command" | __fish_seen_subcommand_from*" $command "*) ;;
            *) continue ;;
            esac
        else
            case $condition in "" | not\ *) ;; *) continue ;; esac
        fi
        # Drop quoted arguments (descriptions, conditions), then read -s X and -l NAME.
        sed "s/'[^']*'//g; s/\"[^\"]*\"//g" <<<"$line" | grep -oE ' -[sl] [A-Za-z0-9-]+' \
            | sed 's/ -s / -/; s/ -l / --/; s/^ //'
    done | sort -u
}

file_commands() { # the words offered with -a where no command has been given yet
    grep "^complete -c sfsync-run -n 'not __fish_seen_subcommand_from" "$1" \
        | sed -n "s/.* -a \([a-z][a-z-]*\) .*/\1/p" | sort -u
}

file() { # the repository's name or the installed one: both are PROGRAM.fish
    echo "$completions/$1.fish"
}

commands=$(overview_commands "$run")
[ -n "$commands" ] || fail "sfsync-run --help lists no commands"
expect "sfsync-run commands" "$(printf '%s\n' $commands help | sort -u)" "$(file_commands "$(file sfsync-run)")"
expect "sfsync-run without a command" "$(printf -- '--help\n--version\n-h\n-v')" \
    "$(file_options "$(file sfsync-run)")"
for command in $commands; do
    expect "sfsync-run $command options" "$(help_options "$run" "$command")" \
        "$(file_options "$(file sfsync-run)" "$command")"
done
expect "sfsync-localorg options" "$(help_options "$localorg")" "$(file_options "$(file sfsync-localorg)")"
expect "sfsync options" "$(help_options "$gui")" "$(file_options "$(file sfsync)")"

# fish itself, when it is installed: the files load, and complete as the lists above say.
if command -v fish >/dev/null; then
    fish_complete() { # fish_complete PROGRAM LINE: the candidates fish offers (without descriptions)
        fish --no-config -c "source $(file "$1"); complete -C '$2'" 2>&1 | cut -f1 | sort -u
    }
    expect "fish: sfsync-run run --" "$(help_options "$run" run | grep -- '^--')" \
        "$(fish_complete sfsync-run 'sfsync-run run --')"
    expect "fish: a command by its prefix" "profiles
preview" "$(fish_complete sfsync-run 'sfsync-run pr' | sort -r)"
    expect "fish: --seed" "$(printf 'none\nsample')" "$(fish_complete sfsync-localorg 'sfsync-localorg --seed ')"
else
    echo "fish is not installed: only the files were read"
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "fish completion: every check passed"
