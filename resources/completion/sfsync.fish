# fish completion for the desktop app sfsync. Installed as share/fish/vendor_completions.d/sfsync.fish;
# tests/packaging/fish_completion.sh compares its options with the program's --help.

complete -c sfsync -f
complete -c sfsync -k -a '(__fish_complete_suffix .json)' -d 'Job config'
complete -c sfsync -s h -l help -d 'Print the options'
complete -c sfsync -l help-all -d "Print the options, with Qt's"
complete -c sfsync -s v -l version -d 'Print the version'
complete -c sfsync -l local-org -d 'Open the local org and the sample job'
complete -c sfsync -l screenshots -x -a '(__fish_complete_directories)' -d 'Save screenshots into DIR, then quit'
