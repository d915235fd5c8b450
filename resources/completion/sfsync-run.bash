# bash completion for sfsync-run: its commands, each command's options, and values where they are known
# (files, folders, profile names). Installed as share/bash-completion/completions/sfsync-run, where
# bash-completion loads it on first use. It needs nothing from bash-completion itself.
# The bash_completion test checks that every command's list below matches what its --help prints.

_sfsync_run()
{
    local cur=${COMP_WORDS[COMP_CWORD]}
    local prev=${COMP_WORDS[COMP_CWORD - 1]}
    # "--out=DIR": bash splits the "=" into a word of its own.
    if [[ $cur == "=" ]]; then
        cur=""
    elif [[ $prev == "=" ]]; then
        prev=${COMP_WORDS[COMP_CWORD - 2]}
    fi

    local commands="login logout profiles describe validate preview run import-dataloader help"
    if ((COMP_CWORD == 1)); then
        COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
        return
    fi

    case $prev in
    --source | --log-file | --jwt-key | --csv | -o | --output)
        compopt -o filenames 2>/dev/null
        COMPREPLY=($(compgen -f -- "$cur"))
        return
        ;;
    --out)
        compopt -o filenames 2>/dev/null
        COMPREPLY=($(compgen -d -- "$cur"))
        return
        ;;
    --profile)
        # The saved profiles, from the runner itself (it reads the settings the desktop app shares).
        local names
        names=$(sfsync-run profiles --json 2>/dev/null | sed -n 's/^ *"name": *"\(.*\)",*$/\1/p')
        local IFS=$'\n'
        COMPREPLY=($(compgen -W "$names" -- "$cur"))
        return
        ;;
    --login-url | --instance-url)
        COMPREPLY=($(compgen -W "https://login.salesforce.com https://test.salesforce.com" -- "$cur"))
        return
        ;;
    --operation)
        COMPREPLY=($(compgen -W "insert update upsert delete hard_delete" -- "$cur"))
        return
        ;;
    --client-id | --username | --timeout | --concurrency | --api-version | --bean | --object | --external-id)
        return
        ;;
    esac

    local common="-h --help --help-all -q --quiet --verbose --log-file"
    local connection="--profile --instance-url --local-org --jwt-key --username --client-id --login-url
        --sandbox --api-version"
    local options
    case ${COMP_WORDS[1]} in
    login) options="--sandbox --login-url --client-id --profile --no-browser --timeout" ;;
    logout) options="--profile" ;;
    profiles) options="--json" ;;
    describe) options="--json --matchers $connection" ;;
    validate) options="--source --json $connection" ;;
    preview) options="--source --out --json --concurrency $connection" ;;
    run)
        options="--source --out --json --resume --abort-on-ambiguous --bulk --no-bulk --yes --concurrency
            $connection"
        ;;
    import-dataloader) options="--bean -o --output --object --operation --external-id --csv" ;;
    help)
        ((COMP_CWORD == 2)) && COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        return
        ;;
    *) return ;;
    esac

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options $common" -- "$cur"))
        return
    fi
    case ${COMP_WORDS[1]} in
    validate | preview | run)
        # The job config: JSON files and folders to walk into.
        compopt -o filenames 2>/dev/null
        COMPREPLY=($(compgen -f -X '!*.json' -- "$cur") $(compgen -d -- "$cur"))
        ;;
    import-dataloader)
        # Data Loader's process-conf.xml or an .sdl mapping file.
        compopt -o filenames 2>/dev/null
        COMPREPLY=($(compgen -f -X '!*.xml' -- "$cur") $(compgen -f -X '!*.sdl' -- "$cur") $(compgen -d -- "$cur"))
        ;;
    esac
}

complete -F _sfsync_run sfsync-run
