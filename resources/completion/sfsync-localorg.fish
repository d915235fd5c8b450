# fish completion for sfsync-localorg. Installed as share/fish/vendor_completions.d/sfsync-localorg.fish;
# tests/packaging/fish_completion.sh compares its options with the program's --help.

complete -c sfsync-localorg -f
complete -c sfsync-localorg -s h -l help -d 'Print the options'
complete -c sfsync-localorg -l help-all -d "Print the options, with Qt's"
complete -c sfsync-localorg -s v -l version -d 'Print the version'
complete -c sfsync-localorg -l port -x -d 'Port on 127.0.0.1 (0 = any free port)'
complete -c sfsync-localorg -l data -x -a '(__fish_complete_directories)' -d 'Data folder that keeps the org'
complete -c sfsync-localorg -l seed -x -a 'sample none' -d 'Data for an empty org'
complete -c sfsync-localorg -l access-token -x -d 'A fixed access token'
complete -c sfsync-localorg -l token-lifetime -x -d 'Seconds until OAuth tokens expire'
complete -c sfsync-localorg -l auto-approve -d 'Approve OAuth sign-ins at once'
complete -c sfsync-localorg -l rotate-refresh-tokens -d 'A new refresh token with every refresh'
complete -c sfsync-localorg -l daily-limit -x -d 'Daily API request limit'
complete -c sfsync-localorg -l query-batch-size -x -d 'Records per query page'
complete -c sfsync-localorg -l latency-ms -x -d 'Delay every response by N ms'
complete -c sfsync-localorg -l latency-jitter-ms -x -d 'Add up to N ms at random'
complete -c sfsync-localorg -l fail-rate -x -d 'Probability that a call fails'
complete -c sfsync-localorg -l fail-codes -x -a '503 500 420 401 REQUEST_LIMIT_EXCEEDED LOSE_REQUEST LOSE_ANSWER DROP STALL UNABLE_TO_LOCK_ROW' -d 'Which faults'
complete -c sfsync-localorg -l time-zone -x -d "The org's time zone for SOQL date literals"
complete -c sfsync-localorg -l random-seed -x -d 'Seed for injected faults'
complete -c sfsync-localorg -l revoke-permission -x -a 'PermissionsApiEnabled PermissionsBulkApiHardDelete PermissionsModifyAllData PermissionsViewAllData' -d 'A user permission the user lacks'
