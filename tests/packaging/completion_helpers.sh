# Shared by bash_completion.sh and fish_completion.sh (sourced, bash): reading the programs' --help, and
# reporting. The caller sets failures=0.

fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

# expect WHAT EXPECTED ACTUAL: the two lists (one item a line) are equal.
expect() {
    if [ "$2" != "$3" ]; then
        fail "$1"
        diff <(echo "$2") <(echo "$3") | sed 's/^/    /'
    fi
}

# help_options PROGRAM [ARG...]: every option name in PROGRAM's --help, sorted (Qt's format: option lines
# start with two spaces and a dash; wrapped descriptions are indented further).
help_options() {
    "$@" --help 2>/dev/null \
        | sed -nE 's/^  ((-[A-Za-z0-9?]|--[A-Za-z0-9-]+)(, (-[A-Za-z0-9?]|--[A-Za-z0-9-]+))*).*/\1/p' \
        | tr ',' '\n' | sed 's/ //g' | sort -u
}

# overview_commands SFSYNC_RUN: the commands sfsync-run --help lists under "Commands:".
overview_commands() {
    "$1" --help | sed -n '/^Commands:/,/^$/p' | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p'
}
