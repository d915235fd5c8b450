# bash completion for the desktop app sfsync: its options, and job configs (JSON) to open. Installed as
# share/bash-completion/completions/sfsync; the bash_completion test checks the options against --help.

_sfsync()
{
    local cur=${COMP_WORDS[COMP_CWORD]}
    local prev=${COMP_WORDS[COMP_CWORD - 1]}
    compopt -o filenames 2>/dev/null
    if [[ $prev == --screenshots ]]; then
        COMPREPLY=($(compgen -d -- "$cur"))
    elif [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "--local-org --screenshots -h --help --help-all -v --version" -- "$cur"))
    else
        COMPREPLY=($(compgen -f -X '!*.json' -- "$cur") $(compgen -d -- "$cur"))
    fi
}

complete -F _sfsync sfsync
