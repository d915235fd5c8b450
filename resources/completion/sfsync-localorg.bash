# bash completion for sfsync-localorg: its options and their known values. Installed as
# share/bash-completion/completions/sfsync-localorg; the bash_completion test checks the options against
# the program's --help.

_sfsync_localorg()
{
    local cur=${COMP_WORDS[COMP_CWORD]}
    local prev=${COMP_WORDS[COMP_CWORD - 1]}
    if [[ $cur == "=" ]]; then
        cur=""
    elif [[ $prev == "=" ]]; then
        prev=${COMP_WORDS[COMP_CWORD - 2]}
    fi

    case $prev in
    --data)
        compopt -o filenames 2>/dev/null
        COMPREPLY=($(compgen -d -- "$cur"))
        return
        ;;
    --seed)
        COMPREPLY=($(compgen -W "sample none" -- "$cur"))
        return
        ;;
    --fail-codes)
        # A comma-separated list: complete the code after the last comma.
        local done=""
        [[ $cur == *,* ]] && done=${cur%,*},
        COMPREPLY=($(compgen -P "$done" -W "503 500 420 401 REQUEST_LIMIT_EXCEEDED LOSE_REQUEST LOSE_ANSWER DROP STALL UNABLE_TO_LOCK_ROW" \
            -- "${cur##*,}"))
        return
        ;;
    --port | --access-token | --token-lifetime | --daily-limit | --query-batch-size | --latency-ms | \
        --latency-jitter-ms | --fail-rate | --random-seed | --time-zone)
        return
        ;;
    --revoke-permission)
        COMPREPLY=($(compgen -W "PermissionsApiEnabled PermissionsBulkApiHardDelete PermissionsModifyAllData
            PermissionsViewAllData" -- "$cur"))
        return
        ;;
    esac

    COMPREPLY=($(compgen -W "--port --data --seed --access-token --token-lifetime --auto-approve
        --rotate-refresh-tokens --daily-limit --query-batch-size --latency-ms --latency-jitter-ms --fail-rate
        --fail-codes --time-zone --random-seed --revoke-permission -h --help --help-all -v --version" -- "$cur"))
}

complete -F _sfsync_localorg sfsync-localorg
