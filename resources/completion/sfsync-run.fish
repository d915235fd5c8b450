# fish completion for sfsync-run: its commands, each command's options, and values where they are known.
# Installed as share/fish/vendor_completions.d/sfsync-run.fish. One line per option, each naming the
# commands it belongs to: tests/packaging/fish_completion.sh reads them back and compares them with every
# command's --help.

function __sfsync_run_profiles --description 'Profiles saved by sfsync-run login or the desktop app'
    sfsync-run profiles --json 2>/dev/null | string replace -rf '^ *"name": *"(.*)",?$' '$1'
end

complete -c sfsync-run -f

# Without a command.
complete -c sfsync-run -n 'not __fish_seen_subcommand_from login logout profiles describe validate preview run import-dataloader help' -a login -d 'Sign in to an org in the browser and save it as a profile'
complete -c sfsync-run -n 'not __fish_seen_subcommand_from login logout profiles describe validate preview run import-dataloader help' -a logout -d "Revoke a profile's token and forget the profile"
complete -c sfsync-run -n 'not __fish_seen_subcommand_from login logout profiles describe validate preview run import-dataloader help' -a profiles -d 'List the signed-in orgs'
complete -c sfsync-run -n 'not __fish_seen_subcommand_from login logout profiles describe validate preview run import-dataloader help' -a describe -d "List the org's objects, or an object's fields"
complete -c sfsync-run -n 'not __fish_seen_subcommand_from login logout profiles describe validate preview run import-dataloader help' -a validate -d 'Check a job config'
complete -c sfsync-run -n 'not __fish_seen_subcommand_from login logout profiles describe validate preview run import-dataloader help' -a preview -d 'Plan every row of a job and write nothing'
complete -c sfsync-run -n 'not __fish_seen_subcommand_from login logout profiles describe validate preview run import-dataloader help' -a run -d 'Run a job'
complete -c sfsync-run -n 'not __fish_seen_subcommand_from login logout profiles describe validate preview run import-dataloader help' -a import-dataloader -d 'Turn a Data Loader process or mapping file into a job config'
complete -c sfsync-run -n 'not __fish_seen_subcommand_from login logout profiles describe validate preview run import-dataloader help' -a help -d "A command's options"
complete -c sfsync-run -n 'not __fish_seen_subcommand_from login logout profiles describe validate preview run import-dataloader help' -s h -l help -d 'List the commands'
complete -c sfsync-run -n 'not __fish_seen_subcommand_from login logout profiles describe validate preview run import-dataloader help' -s v -l version -d 'Print the version'
complete -c sfsync-run -n '__fish_seen_subcommand_from help' -a 'login logout profiles describe validate preview run import-dataloader'

# Options of every command.
complete -c sfsync-run -n '__fish_seen_subcommand_from login logout profiles describe validate preview run import-dataloader' -s h -l help -d "Print the command's options"
complete -c sfsync-run -n '__fish_seen_subcommand_from login logout profiles describe validate preview run import-dataloader' -l help-all -d "Print the command's options"
complete -c sfsync-run -n '__fish_seen_subcommand_from login logout profiles describe validate preview run import-dataloader' -s q -l quiet -d 'Print only errors and the requested output'
complete -c sfsync-run -n '__fish_seen_subcommand_from login logout profiles describe validate preview run import-dataloader' -l verbose -d 'Print debug messages'
complete -c sfsync-run -n '__fish_seen_subcommand_from login logout profiles describe validate preview run import-dataloader' -l log-file -r -F -d 'Write log messages to FILE'

# login and logout.
complete -c sfsync-run -n '__fish_seen_subcommand_from login' -l sandbox -d 'Sign in to a sandbox'
complete -c sfsync-run -n '__fish_seen_subcommand_from login' -l login-url -x -a 'https://login.salesforce.com https://test.salesforce.com' -d 'Sign in at URL'
complete -c sfsync-run -n '__fish_seen_subcommand_from login' -l client-id -x -d "The connected app's consumer key"
complete -c sfsync-run -n '__fish_seen_subcommand_from login' -l profile -x -d 'Save the org as profile NAME'
complete -c sfsync-run -n '__fish_seen_subcommand_from login' -l no-browser -d 'Only print the sign-in URL'
complete -c sfsync-run -n '__fish_seen_subcommand_from login' -l timeout -x -d 'Give up after SECONDS'
complete -c sfsync-run -n '__fish_seen_subcommand_from logout' -l profile -x -a '(__sfsync_run_profiles)' -d 'The profile to sign out of'

# profiles, describe, validate, preview, run.
complete -c sfsync-run -n '__fish_seen_subcommand_from profiles describe validate preview run' -l json -d 'Print JSON on stdout'
complete -c sfsync-run -n '__fish_seen_subcommand_from describe' -l matchers -d 'Only the fields that can be matchers'
complete -c sfsync-run -n '__fish_seen_subcommand_from validate preview run' -l source -r -F -d 'Read the rows from FILE'
complete -c sfsync-run -n '__fish_seen_subcommand_from validate preview run' -k -a '(__fish_complete_suffix .json)' -d 'Job config'
complete -c sfsync-run -n '__fish_seen_subcommand_from preview run' -l out -x -a '(__fish_complete_directories)' -d 'Write the result files into DIR'
complete -c sfsync-run -n '__fish_seen_subcommand_from preview run' -l concurrency -x -d 'Calls in flight at once (1-25)'
complete -c sfsync-run -n '__fish_seen_subcommand_from run' -l resume -d 'Continue the last interrupted run'
complete -c sfsync-run -n '__fish_seen_subcommand_from run' -l abort-on-ambiguous -d 'Write nothing if any row is ambiguous'
complete -c sfsync-run -n '__fish_seen_subcommand_from run' -l bulk -d 'Write with Bulk API 2.0'
complete -c sfsync-run -n '__fish_seen_subcommand_from run' -l no-bulk -d 'Write with sObject Collections'
complete -c sfsync-run -n '__fish_seen_subcommand_from run' -l yes -d "Confirm the job's hardDelete actions"

# import-dataloader.
complete -c sfsync-run -n '__fish_seen_subcommand_from import-dataloader' -k -a '(__fish_complete_suffix .xml; __fish_complete_suffix .sdl)' -d 'Data Loader file'
complete -c sfsync-run -n '__fish_seen_subcommand_from import-dataloader' -l bean -x -d 'The process to take'
complete -c sfsync-run -n '__fish_seen_subcommand_from import-dataloader' -s o -l output -r -F -d 'Write the job config to FILE'
complete -c sfsync-run -n '__fish_seen_subcommand_from import-dataloader' -l object -x -d 'With an .sdl file: the sObject'
complete -c sfsync-run -n '__fish_seen_subcommand_from import-dataloader' -l operation -x -a 'insert update upsert delete hard_delete' -d 'With an .sdl file: the operation'
complete -c sfsync-run -n '__fish_seen_subcommand_from import-dataloader' -l external-id -x -d 'With an .sdl file: the upsert key field'
complete -c sfsync-run -n '__fish_seen_subcommand_from import-dataloader' -l csv -r -F -d 'With an .sdl file: the CSV file'

# Connection options.
complete -c sfsync-run -n '__fish_seen_subcommand_from describe validate preview run' -l profile -x -a '(__sfsync_run_profiles)' -d 'Use the org signed in as profile NAME'
complete -c sfsync-run -n '__fish_seen_subcommand_from describe validate preview run' -l instance-url -x -d 'Use the org at URL (token in SFSYNC_ACCESS_TOKEN)'
complete -c sfsync-run -n '__fish_seen_subcommand_from describe validate preview run' -l local-org -d 'Use a local org inside sfsync-run'
complete -c sfsync-run -n '__fish_seen_subcommand_from describe validate preview run' -l jwt-key -r -F -d 'Use the JWT bearer flow with the key in FILE'
complete -c sfsync-run -n '__fish_seen_subcommand_from describe validate preview run' -l username -x -d 'The Salesforce username for --jwt-key'
complete -c sfsync-run -n '__fish_seen_subcommand_from describe validate preview run' -l client-id -x -d "The connected app's consumer key for --jwt-key"
complete -c sfsync-run -n '__fish_seen_subcommand_from describe validate preview run' -l login-url -x -a 'https://login.salesforce.com https://test.salesforce.com' -d 'Where --jwt-key gets its token'
complete -c sfsync-run -n '__fish_seen_subcommand_from describe validate preview run' -l sandbox -d 'For --jwt-key: a sandbox'
complete -c sfsync-run -n '__fish_seen_subcommand_from describe validate preview run' -l api-version -x -d 'Use API version VERSION'
