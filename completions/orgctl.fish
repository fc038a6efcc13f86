# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_orgctl_global_optspecs
    string join \n db= config= profile= as= format= y/yes q/quiet v/verbose h/help V/version
end

function __fish_orgctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_orgctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_orgctl_using_subcommand
    set -l cmd (__fish_orgctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c orgctl -n "__fish_orgctl_needs_command" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_needs_command" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_needs_command" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_needs_command" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_needs_command" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_needs_command" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_needs_command" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_needs_command" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_needs_command" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "init" -d 'Create (or migrate) the database and do nothing else'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "check" -d 'Check the database: the file\'s integrity and the invariants I1-I5'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "fixture" -d 'Load or generate whole scenarios into an empty database'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "org" -d 'Organizations: create, inspect, settings, allow-lists, admin hand-over, cancel'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "user" -d 'Users of organizations: add, list, show, change, exemptions, delete'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "transfer" -d 'Move users between organizations: request, review, approve, reject, cancel (T1-T11)'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "registration" -d 'Registration requests: adding users by e-mail, and the invitee\'s acceptance (R1-R9)'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "staff" -d 'The staff roster: import from CSV, list, export (S1-S7)'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "contact" -d 'A user\'s contacts'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "chat" -d 'Chats and their members'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "message" -d 'Messages of a chat'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "file" -d 'Files in chats'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "task" -d 'Tasks in chats'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "outbox" -d 'E-mails orgctl has written (registration links, transfer requests)'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "audit" -d 'The audit log of state-changing commands'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "login" -d 'PostgreSQL logins for org admins (the owner of the database manages them)'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "profile" -d 'The profiles of the config file ([profile.NAME] sections)'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "manpages" -d 'Write the man pages (orgctl.1, orgctl-user-delete.1, ...) into DIR'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "completions" -d 'Print a shell completion script to standard output'
complete -c orgctl -n "__fish_orgctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand init" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand init" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand init" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand init" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand init" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand init" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand init" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand init" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand init" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand check" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand check" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand check" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand check" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand check" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand check" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand check" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand check" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand check" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and not __fish_seen_subcommand_from load generate help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and not __fish_seen_subcommand_from load generate help" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and not __fish_seen_subcommand_from load generate help" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and not __fish_seen_subcommand_from load generate help" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and not __fish_seen_subcommand_from load generate help" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and not __fish_seen_subcommand_from load generate help" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and not __fish_seen_subcommand_from load generate help" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and not __fish_seen_subcommand_from load generate help" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and not __fish_seen_subcommand_from load generate help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and not __fish_seen_subcommand_from load generate help" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and not __fish_seen_subcommand_from load generate help" -f -a "load" -d 'Load a whole scenario (TOML) into an empty database'
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and not __fish_seen_subcommand_from load generate help" -f -a "generate" -d 'Generate a synthetic world at scale into an empty database (deterministic for a seed)'
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and not __fish_seen_subcommand_from load generate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and __fish_seen_subcommand_from load" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and __fish_seen_subcommand_from load" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and __fish_seen_subcommand_from load" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and __fish_seen_subcommand_from load" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and __fish_seen_subcommand_from load" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and __fish_seen_subcommand_from load" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and __fish_seen_subcommand_from load" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and __fish_seen_subcommand_from load" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and __fish_seen_subcommand_from load" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and __fish_seen_subcommand_from load" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and __fish_seen_subcommand_from generate" -l orgs -d 'Organizations' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and __fish_seen_subcommand_from generate" -l users -d 'Accounts, of which 5% are personal' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and __fish_seen_subcommand_from generate" -l groups -d 'Group chats [default: users / 10]' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and __fish_seen_subcommand_from generate" -l contacts -d 'Contacts, each with its direct chat [default: users * 2]' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and __fish_seen_subcommand_from generate" -l messages -d 'Messages [default: users * 10]' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and __fish_seen_subcommand_from generate" -l files -d 'Files [default: users / 2]' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and __fish_seen_subcommand_from generate" -l tasks -d 'Tasks [default: users / 4]' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and __fish_seen_subcommand_from generate" -l seed -d 'The random seed: the same seed and sizes give the same world' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and __fish_seen_subcommand_from generate" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and __fish_seen_subcommand_from generate" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and __fish_seen_subcommand_from generate" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and __fish_seen_subcommand_from generate" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and __fish_seen_subcommand_from generate" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and __fish_seen_subcommand_from generate" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and __fish_seen_subcommand_from generate" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and __fish_seen_subcommand_from generate" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and __fish_seen_subcommand_from generate" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and __fish_seen_subcommand_from help" -f -a "load" -d 'Load a whole scenario (TOML) into an empty database'
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Generate a synthetic world at scale into an empty database (deterministic for a seed)'
complete -c orgctl -n "__fish_orgctl_using_subcommand fixture; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show set allow disallow cancel hand-over help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show set allow disallow cancel hand-over help" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show set allow disallow cancel hand-over help" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show set allow disallow cancel hand-over help" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show set allow disallow cancel hand-over help" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show set allow disallow cancel hand-over help" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show set allow disallow cancel hand-over help" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show set allow disallow cancel hand-over help" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show set allow disallow cancel hand-over help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show set allow disallow cancel hand-over help" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show set allow disallow cancel hand-over help" -f -a "create" -d 'Create an organization with its admin'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show set allow disallow cancel hand-over help" -f -a "list" -d 'List organizations with their seats and settings'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show set allow disallow cancel hand-over help" -f -a "show" -d 'Show one organization'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show set allow disallow cancel hand-over help" -f -a "set" -d 'Change an organization\'s seats or prohibited-acts settings (C1)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show set allow disallow cancel hand-over help" -f -a "allow" -d 'Put OTHER on ORG\'s outside allow-list (ORG\'s users may talk to OTHER\'s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show set allow disallow cancel hand-over help" -f -a "disallow" -d 'Take OTHER off ORG\'s outside allow-list; breaks what that forbids (C1)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show set allow disallow cancel hand-over help" -f -a "cancel" -d 'Cancel the contract: delete every user and every file of the org (C3)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show set allow disallow cancel hand-over help" -f -a "hand-over" -d 'Hand the admin role to another member; the old admin becomes user_admin (T4)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and not __fish_seen_subcommand_from create list show set allow disallow cancel hand-over help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from create" -l name -d 'The display name' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from create" -l plan -d 'The contract plan; prohibited-acts settings need enterprise or kddi' -r -f -a "business\t''
enterprise\t''
kddi\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from create" -l seats -d 'Licenses; the admin uses one' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from create" -l admin-email -d 'The admin\'s login e-mail' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from create" -l admin-name -d 'The admin\'s name [default: the e-mail\'s local part]' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from create" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from create" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from create" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from create" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from create" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from create" -l admin-password-stdin -d 'Read the admin\'s first password from standard input (one line); without it, it is asked on the terminal'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the plan (every effect, blocker and warning) and change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from create" -l exit-code -d 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from create" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from list" -l limit -d 'Print at most N records (the first N in the list\'s order)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from list" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from list" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from list" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from list" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from show" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from show" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from show" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from show" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from show" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from set" -l seats -d 'Licenses; never below the seats used' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from set" -l plan -d 'Change the plan (a lower plan needs the settings it lacks off)' -r -f -a "business\t''
enterprise\t''
kddi\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from set" -l prohibit-outside -d 'Prohibit talking to users outside the org (enterprise, kddi); on breaks what it forbids (C1)' -r -f -a "on\t'Turn the setting on'
off\t'Turn the setting off'"
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from set" -l prohibit-file-sharing -d 'Prohibit file sharing (enterprise, kddi); applies to uploads from then on (P4)' -r -f -a "on\t'Turn the setting on'
off\t'Turn the setting off'"
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from set" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from set" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from set" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from set" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from set" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from set" -l dry-run -d 'Print the plan (every effect, blocker and warning) and change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from set" -l exit-code -d 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from set" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from allow" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from allow" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from allow" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from allow" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from allow" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from allow" -l dry-run -d 'Print the plan (every effect, blocker and warning) and change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from allow" -l exit-code -d 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from allow" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from allow" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from allow" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from allow" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from allow" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from disallow" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from disallow" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from disallow" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from disallow" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from disallow" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from disallow" -l dry-run -d 'Print the plan (every effect, blocker and warning) and change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from disallow" -l exit-code -d 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from disallow" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from disallow" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from disallow" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from disallow" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from disallow" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from cancel" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from cancel" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from cancel" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from cancel" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from cancel" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from cancel" -l dry-run -d 'Print the plan (every effect, blocker and warning) and change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from cancel" -l exit-code -d 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from cancel" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from hand-over" -l to -d 'The new admin: an e-mail, account ID or Chatwork ID of a member' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from hand-over" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from hand-over" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from hand-over" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from hand-over" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from hand-over" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from hand-over" -l dry-run -d 'Print the plan (every effect, blocker and warning) and change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from hand-over" -l exit-code -d 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from hand-over" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from hand-over" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from hand-over" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from hand-over" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from hand-over" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an organization with its admin'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "list" -d 'List organizations with their seats and settings'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one organization'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change an organization\'s seats or prohibited-acts settings (C1)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "allow" -d 'Put OTHER on ORG\'s outside allow-list (ORG\'s users may talk to OTHER\'s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "disallow" -d 'Take OTHER off ORG\'s outside allow-list; breaks what that forbids (C1)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel the contract: delete every user and every file of the org (C3)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "hand-over" -d 'Hand the admin role to another member; the old admin becomes user_admin (T4)'
complete -c orgctl -n "__fish_orgctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set security password delete help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set security password delete help" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set security password delete help" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set security password delete help" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set security password delete help" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set security password delete help" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set security password delete help" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set security password delete help" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set security password delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set security password delete help" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set security password delete help" -f -a "add" -d 'Add a user by e-mail: a new account, or a registration request to an existing one (R1-R6)'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set security password delete help" -f -a "list" -d 'List accounts, of one org or all'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set security password delete help" -f -a "show" -d 'Show one account'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set security password delete help" -f -a "set" -d 'Change a user\'s name, e-mail or role; the Chatwork ID only by the user itself (S1)'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set security password delete help" -f -a "security" -d 'Change a user\'s security exemptions; turning one off breaks what it allowed (C1, C2)'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set security password delete help" -f -a "password" -d 'Set or reset a user\'s password: an admin or user_admin of its org, or the user itself'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set security password delete help" -f -a "delete" -d 'Delete users, after an exact preview of what goes (D1-D9)'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set security password delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from add" -l org -d 'The org to add the user to' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from add" -l name -d 'The new account\'s name [default: the e-mail\'s local part]' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from add" -l role -d 'The role in the org' -r -f -a "member\t'An ordinary member of the org'
user_admin\t'May add, change and delete the org\'s users (not its settings)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from add" -l exempt-outside -d 'Exempt the invitee from the org\'s outside-communication prohibition, so that joining breaks none of its contacts and chats (R8)' -r -f -a "on\t'Turn the setting on'
off\t'Turn the setting off'"
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from add" -l exempt-file -d 'Exempt the invitee from the org\'s file-sharing prohibition (R8)' -r -f -a "on\t'Turn the setting on'
off\t'Turn the setting off'"
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from add" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from add" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from add" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from add" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from add" -l dry-run -d 'Print the plan (every effect, blocker and warning) and change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from add" -l exit-code -d 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from add" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from list" -l limit -d 'Print at most N records (the first N in the list\'s order)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from list" -l org -d 'Only the accounts of this org' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from list" -l status -d 'Only the accounts in this state' -r -f -a "active\t''
pending_first_login\t''
deleted\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from list" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from list" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from list" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from list" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from show" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from show" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from show" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from show" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from show" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from set" -l name -d 'The new name' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from set" -l email -d 'The new login e-mail (R9)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from set" -l chatwork-id -d 'The new Chatwork ID (letters, digits, \'_\' and \'-\')' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from set" -l role -d 'The new role in the org (the admin role moves only by `org hand-over`)' -r -f -a "member\t'An ordinary member of the org'
user_admin\t'May add, change and delete the org\'s users (not its settings)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from set" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from set" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from set" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from set" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from set" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from set" -l clear-chatwork-id -d 'Unset the Chatwork ID'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from set" -l dry-run -d 'Print the plan (every effect, blocker and warning) and change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from set" -l exit-code -d 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from set" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from security" -l exempt-outside -d 'The outside-communication prohibition does not apply to this user' -r -f -a "on\t'Turn the setting on'
off\t'Turn the setting off'"
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from security" -l exempt-file -d 'The file-sharing prohibition does not apply to this user' -r -f -a "on\t'Turn the setting on'
off\t'Turn the setting off'"
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from security" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from security" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from security" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from security" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from security" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from security" -l dry-run -d 'Print the plan (every effect, blocker and warning) and change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from security" -l exit-code -d 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from security" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from security" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from security" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from security" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from security" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from password" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from password" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from password" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from password" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from password" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from password" -l password-stdin -d 'Read the new password from standard input (one line) instead of asking on the terminal'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from password" -l dry-run -d 'Print the plan (every effect, blocker and warning) and change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from password" -l exit-code -d 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from password" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from password" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from password" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from password" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from password" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l from -d 'Read more users from FILE (\'-\' for standard input): one e-mail or account ID a line, or the CSV `user list --format csv` writes' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print the plan (every effect, blocker and warning) and change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l exit-code -d 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a user by e-mail: a new account, or a registration request to an existing one (R1-R6)'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'List accounts, of one org or all'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one account'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a user\'s name, e-mail or role; the Chatwork ID only by the user itself (S1)'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "security" -d 'Change a user\'s security exemptions; turning one off breaks what it allowed (C1, C2)'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "password" -d 'Set or reset a user\'s password: an admin or user_admin of its org, or the user itself'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete users, after an exact preview of what goes (D1-D9)'
complete -c orgctl -n "__fish_orgctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and not __fish_seen_subcommand_from request list show approve reject cancel help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and not __fish_seen_subcommand_from request list show approve reject cancel help" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and not __fish_seen_subcommand_from request list show approve reject cancel help" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and not __fish_seen_subcommand_from request list show approve reject cancel help" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and not __fish_seen_subcommand_from request list show approve reject cancel help" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and not __fish_seen_subcommand_from request list show approve reject cancel help" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and not __fish_seen_subcommand_from request list show approve reject cancel help" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and not __fish_seen_subcommand_from request list show approve reject cancel help" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and not __fish_seen_subcommand_from request list show approve reject cancel help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and not __fish_seen_subcommand_from request list show approve reject cancel help" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and not __fish_seen_subcommand_from request list show approve reject cancel help" -f -a "request" -d 'Ask the destination org\'s admin to take users (the source admin)'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and not __fish_seen_subcommand_from request list show approve reject cancel help" -f -a "list" -d 'List transfers, of one org or all'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and not __fish_seen_subcommand_from request list show approve reject cancel help" -f -a "show" -d 'Show one transfer with its users'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and not __fish_seen_subcommand_from request list show approve reject cancel help" -f -a "approve" -d 'Approve every pending user, or the ones named (the destination admin)'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and not __fish_seen_subcommand_from request list show approve reject cancel help" -f -a "reject" -d 'Reject every pending user, or the ones named (the destination admin)'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and not __fish_seen_subcommand_from request list show approve reject cancel help" -f -a "cancel" -d 'Cancel a request\'s pending users (the source admin)'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and not __fish_seen_subcommand_from request list show approve reject cancel help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from request" -l from -d 'The source org' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from request" -l to-admin -d 'The destination org\'s admin, by e-mail' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from request" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from request" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from request" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from request" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from request" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from request" -l dry-run -d 'Print the plan (every effect, blocker and warning) and change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from request" -l exit-code -d 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from request" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from request" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from request" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from request" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from request" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from list" -l limit -d 'Print at most N records (the first N in the list\'s order)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from list" -l org -d 'Only transfers from or to this org' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from list" -l status -d 'Only transfers in this state' -r -f -a "pending\t'Waiting for the destination admin'
approved\t'Moved to the destination'
rejected\t'Turned down by the destination admin'
cancelled\t'Withdrawn by the source admin'
expired\t'Not decided in time (T6)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from list" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from list" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from list" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from list" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from show" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from show" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from show" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from show" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from show" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from approve" -l user -d 'A user to approve (repeatable); none: every pending user' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from approve" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from approve" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from approve" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from approve" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from approve" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from approve" -l dry-run -d 'Print the plan (every effect, blocker and warning) and change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from approve" -l exit-code -d 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from approve" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from approve" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from approve" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from approve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from approve" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from reject" -l user -d 'A user to reject (repeatable); none: every pending user' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from reject" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from reject" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from reject" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from reject" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from reject" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from reject" -l dry-run -d 'Print the plan (every effect, blocker and warning) and change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from reject" -l exit-code -d 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from reject" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from reject" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from reject" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from reject" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from reject" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from cancel" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from cancel" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from cancel" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from cancel" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from cancel" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from cancel" -l dry-run -d 'Print the plan (every effect, blocker and warning) and change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from cancel" -l exit-code -d 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from cancel" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from help" -f -a "request" -d 'Ask the destination org\'s admin to take users (the source admin)'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from help" -f -a "list" -d 'List transfers, of one org or all'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one transfer with its users'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from help" -f -a "approve" -d 'Approve every pending user, or the ones named (the destination admin)'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from help" -f -a "reject" -d 'Reject every pending user, or the ones named (the destination admin)'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel a request\'s pending users (the source admin)'
complete -c orgctl -n "__fish_orgctl_using_subcommand transfer; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and not __fish_seen_subcommand_from list resend cancel accept help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and not __fish_seen_subcommand_from list resend cancel accept help" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and not __fish_seen_subcommand_from list resend cancel accept help" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and not __fish_seen_subcommand_from list resend cancel accept help" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and not __fish_seen_subcommand_from list resend cancel accept help" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and not __fish_seen_subcommand_from list resend cancel accept help" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and not __fish_seen_subcommand_from list resend cancel accept help" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and not __fish_seen_subcommand_from list resend cancel accept help" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and not __fish_seen_subcommand_from list resend cancel accept help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and not __fish_seen_subcommand_from list resend cancel accept help" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and not __fish_seen_subcommand_from list resend cancel accept help" -f -a "list" -d 'List registration requests; a pending one past its expiry shows as expired'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and not __fish_seen_subcommand_from list resend cancel accept help" -f -a "resend" -d 'Send a request\'s e-mail again with a new link; the old link stops working (R7)'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and not __fish_seen_subcommand_from list resend cancel accept help" -f -a "cancel" -d 'Cancel a request; a new account that never logged in is removed (R7)'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and not __fish_seen_subcommand_from list resend cancel accept help" -f -a "accept" -d 'The invitee\'s side: accept a request with the link\'s token and a password (no --as)'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and not __fish_seen_subcommand_from list resend cancel accept help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from list" -l limit -d 'Print at most N records (the first N in the list\'s order)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from list" -l org -d 'Only the requests of this org' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from list" -l status -d 'Only the requests in this state' -r -f -a "pending\t''
accepted\t''
cancelled\t''
expired\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from list" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from list" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from list" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from list" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from resend" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from resend" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from resend" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from resend" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from resend" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from resend" -l dry-run -d 'Print the plan (every effect, blocker and warning) and change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from resend" -l exit-code -d 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from resend" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from resend" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from resend" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from resend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from resend" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from cancel" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from cancel" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from cancel" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from cancel" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from cancel" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from cancel" -l dry-run -d 'Print the plan (every effect, blocker and warning) and change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from cancel" -l exit-code -d 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from cancel" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from accept" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from accept" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from accept" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from accept" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from accept" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from accept" -l token-stdin -d 'Read the token from the first line of standard input (with --password-stdin, the password is the second line)'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from accept" -l password-stdin -d 'Read the password from standard input instead of asking on the terminal'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from accept" -l dry-run -d 'Print the plan (every effect, blocker and warning) and change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from accept" -l exit-code -d 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from accept" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from accept" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from accept" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from accept" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from accept" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from help" -f -a "list" -d 'List registration requests; a pending one past its expiry shows as expired'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from help" -f -a "resend" -d 'Send a request\'s e-mail again with a new link; the old link stops working (R7)'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel a request; a new account that never logged in is removed (R7)'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from help" -f -a "accept" -d 'The invitee\'s side: accept a request with the link\'s token and a password (no --as)'
complete -c orgctl -n "__fish_orgctl_using_subcommand registration; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and not __fish_seen_subcommand_from import list export help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and not __fish_seen_subcommand_from import list export help" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and not __fish_seen_subcommand_from import list export help" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and not __fish_seen_subcommand_from import list export help" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and not __fish_seen_subcommand_from import list export help" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and not __fish_seen_subcommand_from import list export help" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and not __fish_seen_subcommand_from import list export help" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and not __fish_seen_subcommand_from import list export help" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and not __fish_seen_subcommand_from import list export help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and not __fish_seen_subcommand_from import list export help" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and not __fish_seen_subcommand_from import list export help" -f -a "import" -d 'Import staff from a CSV file (S2-S6); every row is checked before anything is written'
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and not __fish_seen_subcommand_from import list export help" -f -a "list" -d 'List an org\'s staff roster with each entry\'s status'
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and not __fish_seen_subcommand_from import list export help" -f -a "export" -d 'Write an org\'s staff roster as CSV in the import format, to standard output'
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and not __fish_seen_subcommand_from import list export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from import" -l org -d 'The org whose roster is filled' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from import" -l rejects -d 'Write the rejected rows, with an `error` column, to this new file (mode 0600), put in place only when the import runs to its end' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from import" -l encoding -d 'The file\'s encoding' -r -f -a "auto\t'A BOM means UTF-8; else valid UTF-8 is UTF-8; else Shift_JIS'
utf-8\t'UTF-8, with or without a BOM'
shift_jis\t'Shift_JIS as Windows writes it (CP932)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from import" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from import" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from import" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from import" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from import" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from import" -l invite -d 'Send registration requests for rows with a name and e-mail only (method B)'
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from import" -l skip-invalid -d 'Write the good rows even when some are bad (exit 6 when any row was skipped)'
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from import" -l force -d 'Let --rejects replace an existing file'
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from import" -l write-rejects -d 'Write the --rejects file in a dry run too'
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from import" -l dry-run -d 'Print the plan (every effect, blocker and warning) and change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from import" -l exit-code -d 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from import" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from list" -l limit -d 'Print at most N records (the first N in the list\'s order)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from list" -l org -d 'The org' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from list" -l status -d 'Only the entries in this state' -r -f -a "ready\t''
awaiting_registration\t''
unresolved\t''
stale\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from list" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from list" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from list" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from list" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from export" -l org -d 'The org' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from export" -l encoding -d 'The encoding to write' -r -f -a "utf-8\t'UTF-8, without a BOM'
shift_jis\t'Shift_JIS as Windows writes it (CP932)'"
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from export" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from export" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from export" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from export" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from export" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from export" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import staff from a CSV file (S2-S6); every row is checked before anything is written'
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from help" -f -a "list" -d 'List an org\'s staff roster with each entry\'s status'
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write an org\'s staff roster as CSV in the import format, to standard output'
complete -c orgctl -n "__fish_orgctl_using_subcommand staff; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand contact; and not __fish_seen_subcommand_from list help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand contact; and not __fish_seen_subcommand_from list help" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand contact; and not __fish_seen_subcommand_from list help" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand contact; and not __fish_seen_subcommand_from list help" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand contact; and not __fish_seen_subcommand_from list help" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand contact; and not __fish_seen_subcommand_from list help" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand contact; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand contact; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand contact; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand contact; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand contact; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'A user\'s contacts'
complete -c orgctl -n "__fish_orgctl_using_subcommand contact; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l limit -d 'Print at most N records (the first N in the list\'s order)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand contact; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand contact; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand contact; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand contact; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand contact; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "list" -d 'A user\'s contacts'
complete -c orgctl -n "__fish_orgctl_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and not __fish_seen_subcommand_from list show help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and not __fish_seen_subcommand_from list show help" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and not __fish_seen_subcommand_from list show help" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and not __fish_seen_subcommand_from list show help" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and not __fish_seen_subcommand_from list show help" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and not __fish_seen_subcommand_from list show help" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and not __fish_seen_subcommand_from list show help" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and not __fish_seen_subcommand_from list show help" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and not __fish_seen_subcommand_from list show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and not __fish_seen_subcommand_from list show help" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and not __fish_seen_subcommand_from list show help" -f -a "list" -d 'List chats, or the chats of one user'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and not __fish_seen_subcommand_from list show help" -f -a "show" -d 'Show one chat with its members'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and not __fish_seen_subcommand_from list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from list" -l limit -d 'Print at most N records (the first N in the list\'s order)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from list" -l user -d 'Only the chats this user is in (direct chats are named from this user\'s side)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from list" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from list" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from list" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from list" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from show" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from show" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from show" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from show" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from show" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from help" -f -a "list" -d 'List chats, or the chats of one user'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one chat with its members'
complete -c orgctl -n "__fish_orgctl_using_subcommand chat; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand message; and not __fish_seen_subcommand_from list help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand message; and not __fish_seen_subcommand_from list help" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand message; and not __fish_seen_subcommand_from list help" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand message; and not __fish_seen_subcommand_from list help" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand message; and not __fish_seen_subcommand_from list help" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand message; and not __fish_seen_subcommand_from list help" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand message; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand message; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand message; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand message; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand message; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'The messages of a chat'
complete -c orgctl -n "__fish_orgctl_using_subcommand message; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand message; and __fish_seen_subcommand_from list" -l limit -d 'Print at most N records (the first N in the list\'s order)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand message; and __fish_seen_subcommand_from list" -l chat -d 'The chat\'s ID' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand message; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand message; and __fish_seen_subcommand_from list" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand message; and __fish_seen_subcommand_from list" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand message; and __fish_seen_subcommand_from list" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand message; and __fish_seen_subcommand_from list" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand message; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand message; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand message; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand message; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand message; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand message; and __fish_seen_subcommand_from help" -f -a "list" -d 'The messages of a chat'
complete -c orgctl -n "__fish_orgctl_using_subcommand message; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand file; and not __fish_seen_subcommand_from list help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand file; and not __fish_seen_subcommand_from list help" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand file; and not __fish_seen_subcommand_from list help" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand file; and not __fish_seen_subcommand_from list help" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand file; and not __fish_seen_subcommand_from list help" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand file; and not __fish_seen_subcommand_from list help" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand file; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand file; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand file; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand file; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand file; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'Files, of one chat or one uploader'
complete -c orgctl -n "__fish_orgctl_using_subcommand file; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand file; and __fish_seen_subcommand_from list" -l limit -d 'Print at most N records (the first N in the list\'s order)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand file; and __fish_seen_subcommand_from list" -l chat -d 'Only the files of this chat' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand file; and __fish_seen_subcommand_from list" -l user -d 'Only the files this user uploaded' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand file; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand file; and __fish_seen_subcommand_from list" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand file; and __fish_seen_subcommand_from list" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand file; and __fish_seen_subcommand_from list" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand file; and __fish_seen_subcommand_from list" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand file; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand file; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand file; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand file; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand file; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand file; and __fish_seen_subcommand_from help" -f -a "list" -d 'Files, of one chat or one uploader'
complete -c orgctl -n "__fish_orgctl_using_subcommand file; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand task; and not __fish_seen_subcommand_from list help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand task; and not __fish_seen_subcommand_from list help" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand task; and not __fish_seen_subcommand_from list help" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand task; and not __fish_seen_subcommand_from list help" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand task; and not __fish_seen_subcommand_from list help" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand task; and not __fish_seen_subcommand_from list help" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand task; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand task; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand task; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand task; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand task; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'Tasks, of one chat or all'
complete -c orgctl -n "__fish_orgctl_using_subcommand task; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand task; and __fish_seen_subcommand_from list" -l limit -d 'Print at most N records (the first N in the list\'s order)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand task; and __fish_seen_subcommand_from list" -l chat -d 'Only the tasks of this chat' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand task; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand task; and __fish_seen_subcommand_from list" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand task; and __fish_seen_subcommand_from list" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand task; and __fish_seen_subcommand_from list" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand task; and __fish_seen_subcommand_from list" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand task; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand task; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand task; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand task; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand task; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "list" -d 'Tasks, of one chat or all'
complete -c orgctl -n "__fish_orgctl_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and not __fish_seen_subcommand_from list export send retry purge help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and not __fish_seen_subcommand_from list export send retry purge help" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and not __fish_seen_subcommand_from list export send retry purge help" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and not __fish_seen_subcommand_from list export send retry purge help" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and not __fish_seen_subcommand_from list export send retry purge help" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and not __fish_seen_subcommand_from list export send retry purge help" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and not __fish_seen_subcommand_from list export send retry purge help" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and not __fish_seen_subcommand_from list export send retry purge help" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and not __fish_seen_subcommand_from list export send retry purge help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and not __fish_seen_subcommand_from list export send retry purge help" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and not __fish_seen_subcommand_from list export send retry purge help" -f -a "list" -d 'The e-mails, with their delivery state (links only for the org\'s admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and not __fish_seen_subcommand_from list export send retry purge help" -f -a "export" -d 'Write the messages as a Maildir (DIR/tmp, DIR/new, DIR/cur) for any mail tool'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and not __fish_seen_subcommand_from list export send retry purge help" -f -a "send" -d 'Deliver the unsent e-mails through the SMTP server of [mail] smtp'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and not __fish_seen_subcommand_from list export send retry purge help" -f -a "retry" -d 'Queue a message the server refused (failed) again, for the next send'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and not __fish_seen_subcommand_from list export send retry purge help" -f -a "purge" -d 'Remove delivered e-mails (and the links in them) older than a duration'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and not __fish_seen_subcommand_from list export send retry purge help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -l limit -d 'Print at most N records (the first N in the list\'s order)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -l to -d 'Only the e-mails to this address' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -l status -d 'Only the messages in this state' -r -f -a "unsent\t''
sent\t''
failed\t''"
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from export" -l maildir -d 'The Maildir to write (created if missing)' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from export" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from export" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from export" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from export" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from export" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from export" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from send" -l limit -d 'Send at most N messages, oldest first' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from send" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from send" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from send" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from send" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from send" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from send" -l dry-run -d 'List what would be sent and connect to nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from send" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from send" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from send" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from send" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from retry" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from retry" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from retry" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from retry" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from retry" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from retry" -l dry-run -d 'Print the plan (every effect, blocker and warning) and change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from retry" -l exit-code -d 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from retry" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from retry" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from retry" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from retry" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from retry" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from purge" -l older-than -d 'How long ago they were delivered: e.g. 30d, 12h, 90m' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from purge" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from purge" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from purge" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from purge" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from purge" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from purge" -l sent -d 'Only delivered messages are purged; the flag says so explicitly'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from purge" -l dry-run -d 'Print the plan (every effect, blocker and warning) and change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from purge" -l exit-code -d 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from purge" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from purge" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from purge" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from purge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from purge" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "list" -d 'The e-mails, with their delivery state (links only for the org\'s admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write the messages as a Maildir (DIR/tmp, DIR/new, DIR/cur) for any mail tool'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "send" -d 'Deliver the unsent e-mails through the SMTP server of [mail] smtp'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "retry" -d 'Queue a message the server refused (failed) again, for the next send'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "purge" -d 'Remove delivered e-mails (and the links in them) older than a duration'
complete -c orgctl -n "__fish_orgctl_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'The audit log, filtered by time, actor and action'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l limit -d 'Print at most N records (the first N in the list\'s order)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l since -d 'From this time on: RFC 3339, a date (YYYY-MM-DD, UTC) or an age (30m, 24h, 7d, 2w)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l until -d 'Up to this time: RFC 3339, a date (the whole day, UTC) or an age (24h = until a day ago)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l actor -d 'Only what this administrator did: an e-mail, account ID or Chatwork ID' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l action -d 'Only this action (user.delete) or group of actions (user)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "list" -d 'The audit log, filtered by time, actor and action'
complete -c orgctl -n "__fish_orgctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and not __fish_seen_subcommand_from create list drop help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and not __fish_seen_subcommand_from create list drop help" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and not __fish_seen_subcommand_from create list drop help" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and not __fish_seen_subcommand_from create list drop help" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and not __fish_seen_subcommand_from create list drop help" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and not __fish_seen_subcommand_from create list drop help" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and not __fish_seen_subcommand_from create list drop help" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and not __fish_seen_subcommand_from create list drop help" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and not __fish_seen_subcommand_from create list drop help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and not __fish_seen_subcommand_from create list drop help" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and not __fish_seen_subcommand_from create list drop help" -f -a "create" -d 'Create a login role for an org admin or user_admin (password asked, never in argv)'
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and not __fish_seen_subcommand_from create list drop help" -f -a "list" -d 'The logins and the accounts they act as'
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and not __fish_seen_subcommand_from create list drop help" -f -a "drop" -d 'Drop an account\'s login role'
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and not __fish_seen_subcommand_from create list drop help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from create" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from create" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from create" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from create" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from create" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from create" -l password-stdin -d 'Read the password from standard input instead of asking on the terminal'
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from create" -l dry-run -d 'Preview the plan and change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from create" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from list" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from list" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from list" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from list" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from drop" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from drop" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from drop" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from drop" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from drop" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from drop" -l dry-run -d 'Preview the plan and change nothing'
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from drop" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from drop" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from drop" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from drop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from drop" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a login role for an org admin or user_admin (password asked, never in argv)'
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from help" -f -a "list" -d 'The logins and the accounts they act as'
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from help" -f -a "drop" -d 'Drop an account\'s login role'
complete -c orgctl -n "__fish_orgctl_using_subcommand login; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand profile; and not __fish_seen_subcommand_from list help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand profile; and not __fish_seen_subcommand_from list help" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand profile; and not __fish_seen_subcommand_from list help" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand profile; and not __fish_seen_subcommand_from list help" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand profile; and not __fish_seen_subcommand_from list help" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand profile; and not __fish_seen_subcommand_from list help" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand profile; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand profile; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand profile; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand profile; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand profile; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'The [profile.NAME] sections of the config file; the one in use is marked active'
complete -c orgctl -n "__fish_orgctl_using_subcommand profile; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'The [profile.NAME] sections of the config file; the one in use is marked active'
complete -c orgctl -n "__fish_orgctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand manpages" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand manpages" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand manpages" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand manpages" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand manpages" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand manpages" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand manpages" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand manpages" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand manpages" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand manpages" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand completions" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand completions" -l config -d 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]' -r -F
complete -c orgctl -n "__fish_orgctl_using_subcommand completions" -l profile -d 'A [profile.NAME] section of the config file (its db, format, actor)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand completions" -l as -d 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)' -r
complete -c orgctl -n "__fish_orgctl_using_subcommand completions" -l format -d 'Output format: a table for people, JSON or CSV for scripts [default: table]' -r -f -a "table\t''
json\t''
csv\t''
jsonl\t'JSON lines: one compact JSON object a line; lists stream'"
complete -c orgctl -n "__fish_orgctl_using_subcommand completions" -s y -l yes -d 'Do not ask before destructive changes (needed without a terminal)'
complete -c orgctl -n "__fish_orgctl_using_subcommand completions" -s q -l quiet -d 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
complete -c orgctl -n "__fish_orgctl_using_subcommand completions" -s v -l verbose -d 'Say what orgctl does on stderr: settings used, database opened, timing'
complete -c orgctl -n "__fish_orgctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgctl -n "__fish_orgctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init check fixture org user transfer registration staff contact chat message file task outbox audit login profile manpages completions help" -f -a "init" -d 'Create (or migrate) the database and do nothing else'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init check fixture org user transfer registration staff contact chat message file task outbox audit login profile manpages completions help" -f -a "check" -d 'Check the database: the file\'s integrity and the invariants I1-I5'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init check fixture org user transfer registration staff contact chat message file task outbox audit login profile manpages completions help" -f -a "fixture" -d 'Load or generate whole scenarios into an empty database'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init check fixture org user transfer registration staff contact chat message file task outbox audit login profile manpages completions help" -f -a "org" -d 'Organizations: create, inspect, settings, allow-lists, admin hand-over, cancel'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init check fixture org user transfer registration staff contact chat message file task outbox audit login profile manpages completions help" -f -a "user" -d 'Users of organizations: add, list, show, change, exemptions, delete'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init check fixture org user transfer registration staff contact chat message file task outbox audit login profile manpages completions help" -f -a "transfer" -d 'Move users between organizations: request, review, approve, reject, cancel (T1-T11)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init check fixture org user transfer registration staff contact chat message file task outbox audit login profile manpages completions help" -f -a "registration" -d 'Registration requests: adding users by e-mail, and the invitee\'s acceptance (R1-R9)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init check fixture org user transfer registration staff contact chat message file task outbox audit login profile manpages completions help" -f -a "staff" -d 'The staff roster: import from CSV, list, export (S1-S7)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init check fixture org user transfer registration staff contact chat message file task outbox audit login profile manpages completions help" -f -a "contact" -d 'A user\'s contacts'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init check fixture org user transfer registration staff contact chat message file task outbox audit login profile manpages completions help" -f -a "chat" -d 'Chats and their members'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init check fixture org user transfer registration staff contact chat message file task outbox audit login profile manpages completions help" -f -a "message" -d 'Messages of a chat'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init check fixture org user transfer registration staff contact chat message file task outbox audit login profile manpages completions help" -f -a "file" -d 'Files in chats'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init check fixture org user transfer registration staff contact chat message file task outbox audit login profile manpages completions help" -f -a "task" -d 'Tasks in chats'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init check fixture org user transfer registration staff contact chat message file task outbox audit login profile manpages completions help" -f -a "outbox" -d 'E-mails orgctl has written (registration links, transfer requests)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init check fixture org user transfer registration staff contact chat message file task outbox audit login profile manpages completions help" -f -a "audit" -d 'The audit log of state-changing commands'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init check fixture org user transfer registration staff contact chat message file task outbox audit login profile manpages completions help" -f -a "login" -d 'PostgreSQL logins for org admins (the owner of the database manages them)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init check fixture org user transfer registration staff contact chat message file task outbox audit login profile manpages completions help" -f -a "profile" -d 'The profiles of the config file ([profile.NAME] sections)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init check fixture org user transfer registration staff contact chat message file task outbox audit login profile manpages completions help" -f -a "manpages" -d 'Write the man pages (orgctl.1, orgctl-user-delete.1, ...) into DIR'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init check fixture org user transfer registration staff contact chat message file task outbox audit login profile manpages completions help" -f -a "completions" -d 'Print a shell completion script to standard output'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and not __fish_seen_subcommand_from init check fixture org user transfer registration staff contact chat message file task outbox audit login profile manpages completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from fixture" -f -a "load" -d 'Load a whole scenario (TOML) into an empty database'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from fixture" -f -a "generate" -d 'Generate a synthetic world at scale into an empty database (deterministic for a seed)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "create" -d 'Create an organization with its admin'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "list" -d 'List organizations with their seats and settings'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "show" -d 'Show one organization'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "set" -d 'Change an organization\'s seats or prohibited-acts settings (C1)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "allow" -d 'Put OTHER on ORG\'s outside allow-list (ORG\'s users may talk to OTHER\'s)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "disallow" -d 'Take OTHER off ORG\'s outside allow-list; breaks what that forbids (C1)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "cancel" -d 'Cancel the contract: delete every user and every file of the org (C3)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "hand-over" -d 'Hand the admin role to another member; the old admin becomes user_admin (T4)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "add" -d 'Add a user by e-mail: a new account, or a registration request to an existing one (R1-R6)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'List accounts, of one org or all'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "show" -d 'Show one account'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "set" -d 'Change a user\'s name, e-mail or role; the Chatwork ID only by the user itself (S1)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "security" -d 'Change a user\'s security exemptions; turning one off breaks what it allowed (C1, C2)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "password" -d 'Set or reset a user\'s password: an admin or user_admin of its org, or the user itself'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "delete" -d 'Delete users, after an exact preview of what goes (D1-D9)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from transfer" -f -a "request" -d 'Ask the destination org\'s admin to take users (the source admin)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from transfer" -f -a "list" -d 'List transfers, of one org or all'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from transfer" -f -a "show" -d 'Show one transfer with its users'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from transfer" -f -a "approve" -d 'Approve every pending user, or the ones named (the destination admin)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from transfer" -f -a "reject" -d 'Reject every pending user, or the ones named (the destination admin)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from transfer" -f -a "cancel" -d 'Cancel a request\'s pending users (the source admin)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from registration" -f -a "list" -d 'List registration requests; a pending one past its expiry shows as expired'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from registration" -f -a "resend" -d 'Send a request\'s e-mail again with a new link; the old link stops working (R7)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from registration" -f -a "cancel" -d 'Cancel a request; a new account that never logged in is removed (R7)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from registration" -f -a "accept" -d 'The invitee\'s side: accept a request with the link\'s token and a password (no --as)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from staff" -f -a "import" -d 'Import staff from a CSV file (S2-S6); every row is checked before anything is written'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from staff" -f -a "list" -d 'List an org\'s staff roster with each entry\'s status'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from staff" -f -a "export" -d 'Write an org\'s staff roster as CSV in the import format, to standard output'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "list" -d 'A user\'s contacts'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from chat" -f -a "list" -d 'List chats, or the chats of one user'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from chat" -f -a "show" -d 'Show one chat with its members'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from message" -f -a "list" -d 'The messages of a chat'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from file" -f -a "list" -d 'Files, of one chat or one uploader'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "list" -d 'Tasks, of one chat or all'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from outbox" -f -a "list" -d 'The e-mails, with their delivery state (links only for the org\'s admins)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from outbox" -f -a "export" -d 'Write the messages as a Maildir (DIR/tmp, DIR/new, DIR/cur) for any mail tool'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from outbox" -f -a "send" -d 'Deliver the unsent e-mails through the SMTP server of [mail] smtp'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from outbox" -f -a "retry" -d 'Queue a message the server refused (failed) again, for the next send'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from outbox" -f -a "purge" -d 'Remove delivered e-mails (and the links in them) older than a duration'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "list" -d 'The audit log, filtered by time, actor and action'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from login" -f -a "create" -d 'Create a login role for an org admin or user_admin (password asked, never in argv)'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from login" -f -a "list" -d 'The logins and the accounts they act as'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from login" -f -a "drop" -d 'Drop an account\'s login role'
complete -c orgctl -n "__fish_orgctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'The [profile.NAME] sections of the config file; the one in use is marked active'
