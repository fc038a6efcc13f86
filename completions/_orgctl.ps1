
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'orgctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'orgctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'orgctl' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create (or migrate) the database and do nothing else')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the database: the file''s integrity and the invariants I1-I5')
            [CompletionResult]::new('fixture', 'fixture', [CompletionResultType]::ParameterValue, 'Load or generate whole scenarios into an empty database')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Organizations: create, inspect, settings, allow-lists, admin hand-over, cancel')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Users of organizations: add, list, show, change, exemptions, delete')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Move users between organizations: request, review, approve, reject, cancel (T1-T11)')
            [CompletionResult]::new('registration', 'registration', [CompletionResultType]::ParameterValue, 'Registration requests: adding users by e-mail, and the invitee''s acceptance (R1-R9)')
            [CompletionResult]::new('staff', 'staff', [CompletionResultType]::ParameterValue, 'The staff roster: import from CSV, list, export (S1-S7)')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'A user''s contacts')
            [CompletionResult]::new('chat', 'chat', [CompletionResultType]::ParameterValue, 'Chats and their members')
            [CompletionResult]::new('message', 'message', [CompletionResultType]::ParameterValue, 'Messages of a chat')
            [CompletionResult]::new('file', 'file', [CompletionResultType]::ParameterValue, 'Files in chats')
            [CompletionResult]::new('task', 'task', [CompletionResultType]::ParameterValue, 'Tasks in chats')
            [CompletionResult]::new('outbox', 'outbox', [CompletionResultType]::ParameterValue, 'E-mails orgctl has written (registration links, transfer requests)')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit log of state-changing commands')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'PostgreSQL logins for org admins (the owner of the database manages them)')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'The profiles of the config file ([profile.NAME] sections)')
            [CompletionResult]::new('manpages', 'manpages', [CompletionResultType]::ParameterValue, 'Write the man pages (orgctl.1, orgctl-user-delete.1, ...) into DIR')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script to standard output')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;init' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;fixture' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Load a whole scenario (TOML) into an empty database')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate a synthetic world at scale into an empty database (deterministic for a seed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;fixture;load' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;fixture;generate' {
            [CompletionResult]::new('--orgs', '--orgs', [CompletionResultType]::ParameterName, 'Organizations')
            [CompletionResult]::new('--users', '--users', [CompletionResultType]::ParameterName, 'Accounts, of which 5% are personal')
            [CompletionResult]::new('--groups', '--groups', [CompletionResultType]::ParameterName, 'Group chats [default: users / 10]')
            [CompletionResult]::new('--contacts', '--contacts', [CompletionResultType]::ParameterName, 'Contacts, each with its direct chat [default: users * 2]')
            [CompletionResult]::new('--messages', '--messages', [CompletionResultType]::ParameterName, 'Messages [default: users * 10]')
            [CompletionResult]::new('--files', '--files', [CompletionResultType]::ParameterName, 'Files [default: users / 2]')
            [CompletionResult]::new('--tasks', '--tasks', [CompletionResultType]::ParameterName, 'Tasks [default: users / 4]')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'The random seed: the same seed and sizes give the same world')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;fixture;help' {
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Load a whole scenario (TOML) into an empty database')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate a synthetic world at scale into an empty database (deterministic for a seed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;fixture;help;load' {
            break
        }
        'orgctl;fixture;help;generate' {
            break
        }
        'orgctl;fixture;help;help' {
            break
        }
        'orgctl;org' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an organization with its admin')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List organizations with their seats and settings')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one organization')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change an organization''s seats or prohibited-acts settings (C1)')
            [CompletionResult]::new('allow', 'allow', [CompletionResultType]::ParameterValue, 'Put OTHER on ORG''s outside allow-list (ORG''s users may talk to OTHER''s)')
            [CompletionResult]::new('disallow', 'disallow', [CompletionResultType]::ParameterValue, 'Take OTHER off ORG''s outside allow-list; breaks what that forbids (C1)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel the contract: delete every user and every file of the org (C3)')
            [CompletionResult]::new('hand-over', 'hand-over', [CompletionResultType]::ParameterValue, 'Hand the admin role to another member; the old admin becomes user_admin (T4)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;org;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The display name')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'The contract plan; prohibited-acts settings need enterprise or kddi')
            [CompletionResult]::new('--seats', '--seats', [CompletionResultType]::ParameterName, 'Licenses; the admin uses one')
            [CompletionResult]::new('--admin-email', '--admin-email', [CompletionResultType]::ParameterName, 'The admin''s login e-mail')
            [CompletionResult]::new('--admin-name', '--admin-name', [CompletionResultType]::ParameterName, 'The admin''s name [default: the e-mail''s local part]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('--admin-password-stdin', '--admin-password-stdin', [CompletionResultType]::ParameterName, 'Read the admin''s first password from standard input (one line); without it, it is asked on the terminal')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (every effect, blocker and warning) and change nothing')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;org;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N records (the first N in the list''s order)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;org;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;org;set' {
            [CompletionResult]::new('--seats', '--seats', [CompletionResultType]::ParameterName, 'Licenses; never below the seats used')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Change the plan (a lower plan needs the settings it lacks off)')
            [CompletionResult]::new('--prohibit-outside', '--prohibit-outside', [CompletionResultType]::ParameterName, 'Prohibit talking to users outside the org (enterprise, kddi); on breaks what it forbids (C1)')
            [CompletionResult]::new('--prohibit-file-sharing', '--prohibit-file-sharing', [CompletionResultType]::ParameterName, 'Prohibit file sharing (enterprise, kddi); applies to uploads from then on (P4)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (every effect, blocker and warning) and change nothing')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;org;allow' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (every effect, blocker and warning) and change nothing')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;org;disallow' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (every effect, blocker and warning) and change nothing')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;org;cancel' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (every effect, blocker and warning) and change nothing')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;org;hand-over' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The new admin: an e-mail, account ID or Chatwork ID of a member')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (every effect, blocker and warning) and change nothing')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;org;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an organization with its admin')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List organizations with their seats and settings')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one organization')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change an organization''s seats or prohibited-acts settings (C1)')
            [CompletionResult]::new('allow', 'allow', [CompletionResultType]::ParameterValue, 'Put OTHER on ORG''s outside allow-list (ORG''s users may talk to OTHER''s)')
            [CompletionResult]::new('disallow', 'disallow', [CompletionResultType]::ParameterValue, 'Take OTHER off ORG''s outside allow-list; breaks what that forbids (C1)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel the contract: delete every user and every file of the org (C3)')
            [CompletionResult]::new('hand-over', 'hand-over', [CompletionResultType]::ParameterValue, 'Hand the admin role to another member; the old admin becomes user_admin (T4)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;org;help;create' {
            break
        }
        'orgctl;org;help;list' {
            break
        }
        'orgctl;org;help;show' {
            break
        }
        'orgctl;org;help;set' {
            break
        }
        'orgctl;org;help;allow' {
            break
        }
        'orgctl;org;help;disallow' {
            break
        }
        'orgctl;org;help;cancel' {
            break
        }
        'orgctl;org;help;hand-over' {
            break
        }
        'orgctl;org;help;help' {
            break
        }
        'orgctl;user' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user by e-mail: a new account, or a registration request to an existing one (R1-R6)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts, of one org or all')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one account')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a user''s name, e-mail or role; the Chatwork ID only by the user itself (S1)')
            [CompletionResult]::new('security', 'security', [CompletionResultType]::ParameterValue, 'Change a user''s security exemptions; turning one off breaks what it allowed (C1, C2)')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Set or reset a user''s password: an admin or user_admin of its org, or the user itself')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete users, after an exact preview of what goes (D1-D9)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;user;add' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org to add the user to')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The new account''s name [default: the e-mail''s local part]')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The role in the org')
            [CompletionResult]::new('--exempt-outside', '--exempt-outside', [CompletionResultType]::ParameterName, 'Exempt the invitee from the org''s outside-communication prohibition, so that joining breaks none of its contacts and chats (R8)')
            [CompletionResult]::new('--exempt-file', '--exempt-file', [CompletionResultType]::ParameterName, 'Exempt the invitee from the org''s file-sharing prohibition (R8)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (every effect, blocker and warning) and change nothing')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;user;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N records (the first N in the list''s order)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Only the accounts of this org')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only the accounts in this state')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;user;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;user;set' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The new name')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The new login e-mail (R9)')
            [CompletionResult]::new('--chatwork-id', '--chatwork-id', [CompletionResultType]::ParameterName, 'The new Chatwork ID (letters, digits, ''_'' and ''-'')')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The new role in the org (the admin role moves only by `org hand-over`)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('--clear-chatwork-id', '--clear-chatwork-id', [CompletionResultType]::ParameterName, 'Unset the Chatwork ID')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (every effect, blocker and warning) and change nothing')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;user;security' {
            [CompletionResult]::new('--exempt-outside', '--exempt-outside', [CompletionResultType]::ParameterName, 'The outside-communication prohibition does not apply to this user')
            [CompletionResult]::new('--exempt-file', '--exempt-file', [CompletionResultType]::ParameterName, 'The file-sharing prohibition does not apply to this user')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (every effect, blocker and warning) and change nothing')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;user;password' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the new password from standard input (one line) instead of asking on the terminal')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (every effect, blocker and warning) and change nothing')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;user;delete' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Read more users from FILE (''-'' for standard input): one e-mail or account ID a line, or the CSV `user list --format csv` writes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (every effect, blocker and warning) and change nothing')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;user;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user by e-mail: a new account, or a registration request to an existing one (R1-R6)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts, of one org or all')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one account')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a user''s name, e-mail or role; the Chatwork ID only by the user itself (S1)')
            [CompletionResult]::new('security', 'security', [CompletionResultType]::ParameterValue, 'Change a user''s security exemptions; turning one off breaks what it allowed (C1, C2)')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Set or reset a user''s password: an admin or user_admin of its org, or the user itself')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete users, after an exact preview of what goes (D1-D9)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;user;help;add' {
            break
        }
        'orgctl;user;help;list' {
            break
        }
        'orgctl;user;help;show' {
            break
        }
        'orgctl;user;help;set' {
            break
        }
        'orgctl;user;help;security' {
            break
        }
        'orgctl;user;help;password' {
            break
        }
        'orgctl;user;help;delete' {
            break
        }
        'orgctl;user;help;help' {
            break
        }
        'orgctl;transfer' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Ask the destination org''s admin to take users (the source admin)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List transfers, of one org or all')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one transfer with its users')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve every pending user, or the ones named (the destination admin)')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Reject every pending user, or the ones named (the destination admin)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a request''s pending users (the source admin)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;transfer;request' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The source org')
            [CompletionResult]::new('--to-admin', '--to-admin', [CompletionResultType]::ParameterName, 'The destination org''s admin, by e-mail')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (every effect, blocker and warning) and change nothing')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;transfer;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N records (the first N in the list''s order)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Only transfers from or to this org')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only transfers in this state')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;transfer;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;transfer;approve' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'A user to approve (repeatable); none: every pending user')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (every effect, blocker and warning) and change nothing')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;transfer;reject' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'A user to reject (repeatable); none: every pending user')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (every effect, blocker and warning) and change nothing')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;transfer;cancel' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (every effect, blocker and warning) and change nothing')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;transfer;help' {
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Ask the destination org''s admin to take users (the source admin)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List transfers, of one org or all')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one transfer with its users')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve every pending user, or the ones named (the destination admin)')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Reject every pending user, or the ones named (the destination admin)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a request''s pending users (the source admin)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;transfer;help;request' {
            break
        }
        'orgctl;transfer;help;list' {
            break
        }
        'orgctl;transfer;help;show' {
            break
        }
        'orgctl;transfer;help;approve' {
            break
        }
        'orgctl;transfer;help;reject' {
            break
        }
        'orgctl;transfer;help;cancel' {
            break
        }
        'orgctl;transfer;help;help' {
            break
        }
        'orgctl;registration' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List registration requests; a pending one past its expiry shows as expired')
            [CompletionResult]::new('resend', 'resend', [CompletionResultType]::ParameterValue, 'Send a request''s e-mail again with a new link; the old link stops working (R7)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a request; a new account that never logged in is removed (R7)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'The invitee''s side: accept a request with the link''s token and a password (no --as)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;registration;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N records (the first N in the list''s order)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Only the requests of this org')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only the requests in this state')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;registration;resend' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (every effect, blocker and warning) and change nothing')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;registration;cancel' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (every effect, blocker and warning) and change nothing')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;registration;accept' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the token from the first line of standard input (with --password-stdin, the password is the second line)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from standard input instead of asking on the terminal')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (every effect, blocker and warning) and change nothing')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;registration;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List registration requests; a pending one past its expiry shows as expired')
            [CompletionResult]::new('resend', 'resend', [CompletionResultType]::ParameterValue, 'Send a request''s e-mail again with a new link; the old link stops working (R7)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a request; a new account that never logged in is removed (R7)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'The invitee''s side: accept a request with the link''s token and a password (no --as)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;registration;help;list' {
            break
        }
        'orgctl;registration;help;resend' {
            break
        }
        'orgctl;registration;help;cancel' {
            break
        }
        'orgctl;registration;help;accept' {
            break
        }
        'orgctl;registration;help;help' {
            break
        }
        'orgctl;staff' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import staff from a CSV file (S2-S6); every row is checked before anything is written')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an org''s staff roster with each entry''s status')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write an org''s staff roster as CSV in the import format, to standard output')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;staff;import' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org whose roster is filled')
            [CompletionResult]::new('--rejects', '--rejects', [CompletionResultType]::ParameterName, 'Write the rejected rows, with an `error` column, to this new file (mode 0600), put in place only when the import runs to its end')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s encoding')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('--invite', '--invite', [CompletionResultType]::ParameterName, 'Send registration requests for rows with a name and e-mail only (method B)')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Write the good rows even when some are bad (exit 6 when any row was skipped)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Let --rejects replace an existing file')
            [CompletionResult]::new('--write-rejects', '--write-rejects', [CompletionResultType]::ParameterName, 'Write the --rejects file in a dry run too')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (every effect, blocker and warning) and change nothing')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;staff;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N records (the first N in the list''s order)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only the entries in this state')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;staff;export' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The encoding to write')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;staff;help' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import staff from a CSV file (S2-S6); every row is checked before anything is written')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an org''s staff roster with each entry''s status')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write an org''s staff roster as CSV in the import format, to standard output')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;staff;help;import' {
            break
        }
        'orgctl;staff;help;list' {
            break
        }
        'orgctl;staff;help;export' {
            break
        }
        'orgctl;staff;help;help' {
            break
        }
        'orgctl;contact' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A user''s contacts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;contact;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N records (the first N in the list''s order)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;contact;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A user''s contacts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;contact;help;list' {
            break
        }
        'orgctl;contact;help;help' {
            break
        }
        'orgctl;chat' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List chats, or the chats of one user')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one chat with its members')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;chat;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N records (the first N in the list''s order)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only the chats this user is in (direct chats are named from this user''s side)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;chat;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;chat;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List chats, or the chats of one user')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one chat with its members')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;chat;help;list' {
            break
        }
        'orgctl;chat;help;show' {
            break
        }
        'orgctl;chat;help;help' {
            break
        }
        'orgctl;message' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The messages of a chat')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;message;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N records (the first N in the list''s order)')
            [CompletionResult]::new('--chat', '--chat', [CompletionResultType]::ParameterName, 'The chat''s ID')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;message;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The messages of a chat')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;message;help;list' {
            break
        }
        'orgctl;message;help;help' {
            break
        }
        'orgctl;file' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Files, of one chat or one uploader')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;file;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N records (the first N in the list''s order)')
            [CompletionResult]::new('--chat', '--chat', [CompletionResultType]::ParameterName, 'Only the files of this chat')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only the files this user uploaded')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;file;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Files, of one chat or one uploader')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;file;help;list' {
            break
        }
        'orgctl;file;help;help' {
            break
        }
        'orgctl;task' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Tasks, of one chat or all')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;task;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N records (the first N in the list''s order)')
            [CompletionResult]::new('--chat', '--chat', [CompletionResultType]::ParameterName, 'Only the tasks of this chat')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;task;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Tasks, of one chat or all')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;task;help;list' {
            break
        }
        'orgctl;task;help;help' {
            break
        }
        'orgctl;outbox' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The e-mails, with their delivery state (links only for the org''s admins)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the messages as a Maildir (DIR/tmp, DIR/new, DIR/cur) for any mail tool')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Deliver the unsent e-mails through the SMTP server of [mail] smtp')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Queue a message the server refused (failed) again, for the next send')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Remove delivered e-mails (and the links in them) older than a duration')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;outbox;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N records (the first N in the list''s order)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Only the e-mails to this address')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only the messages in this state')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;outbox;export' {
            [CompletionResult]::new('--maildir', '--maildir', [CompletionResultType]::ParameterName, 'The Maildir to write (created if missing)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;outbox;send' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Send at most N messages, oldest first')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'List what would be sent and connect to nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;outbox;retry' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (every effect, blocker and warning) and change nothing')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;outbox;purge' {
            [CompletionResult]::new('--older-than', '--older-than', [CompletionResultType]::ParameterName, 'How long ago they were delivered: e.g. 30d, 12h, 90m')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('--sent', '--sent', [CompletionResultType]::ParameterName, 'Only delivered messages are purged; the flag says so explicitly')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (every effect, blocker and warning) and change nothing')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;outbox;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The e-mails, with their delivery state (links only for the org''s admins)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the messages as a Maildir (DIR/tmp, DIR/new, DIR/cur) for any mail tool')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Deliver the unsent e-mails through the SMTP server of [mail] smtp')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Queue a message the server refused (failed) again, for the next send')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Remove delivered e-mails (and the links in them) older than a duration')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;outbox;help;list' {
            break
        }
        'orgctl;outbox;help;export' {
            break
        }
        'orgctl;outbox;help;send' {
            break
        }
        'orgctl;outbox;help;retry' {
            break
        }
        'orgctl;outbox;help;purge' {
            break
        }
        'orgctl;outbox;help;help' {
            break
        }
        'orgctl;audit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The audit log, filtered by time, actor and action')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;audit;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N records (the first N in the list''s order)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'From this time on: RFC 3339, a date (YYYY-MM-DD, UTC) or an age (30m, 24h, 7d, 2w)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Up to this time: RFC 3339, a date (the whole day, UTC) or an age (24h = until a day ago)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Only what this administrator did: an e-mail, account ID or Chatwork ID')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'Only this action (user.delete) or group of actions (user)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;audit;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The audit log, filtered by time, actor and action')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;audit;help;list' {
            break
        }
        'orgctl;audit;help;help' {
            break
        }
        'orgctl;login' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a login role for an org admin or user_admin (password asked, never in argv)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The logins and the accounts they act as')
            [CompletionResult]::new('drop', 'drop', [CompletionResultType]::ParameterValue, 'Drop an account''s login role')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;login;create' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from standard input instead of asking on the terminal')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Preview the plan and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;login;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;login;drop' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Preview the plan and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;login;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a login role for an org admin or user_admin (password asked, never in argv)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The logins and the accounts they act as')
            [CompletionResult]::new('drop', 'drop', [CompletionResultType]::ParameterValue, 'Drop an account''s login role')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;login;help;create' {
            break
        }
        'orgctl;login;help;list' {
            break
        }
        'orgctl;login;help;drop' {
            break
        }
        'orgctl;login;help;help' {
            break
        }
        'orgctl;profile' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The [profile.NAME] sections of the config file; the one in use is marked active')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;profile;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;profile;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The [profile.NAME] sections of the config file; the one in use is marked active')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;profile;help;list' {
            break
        }
        'orgctl;profile;help;help' {
            break
        }
        'orgctl;manpages' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON or CSV for scripts [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before destructive changes (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what orgctl does on stderr: settings used, database opened, timing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgctl;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create (or migrate) the database and do nothing else')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the database: the file''s integrity and the invariants I1-I5')
            [CompletionResult]::new('fixture', 'fixture', [CompletionResultType]::ParameterValue, 'Load or generate whole scenarios into an empty database')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Organizations: create, inspect, settings, allow-lists, admin hand-over, cancel')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Users of organizations: add, list, show, change, exemptions, delete')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Move users between organizations: request, review, approve, reject, cancel (T1-T11)')
            [CompletionResult]::new('registration', 'registration', [CompletionResultType]::ParameterValue, 'Registration requests: adding users by e-mail, and the invitee''s acceptance (R1-R9)')
            [CompletionResult]::new('staff', 'staff', [CompletionResultType]::ParameterValue, 'The staff roster: import from CSV, list, export (S1-S7)')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'A user''s contacts')
            [CompletionResult]::new('chat', 'chat', [CompletionResultType]::ParameterValue, 'Chats and their members')
            [CompletionResult]::new('message', 'message', [CompletionResultType]::ParameterValue, 'Messages of a chat')
            [CompletionResult]::new('file', 'file', [CompletionResultType]::ParameterValue, 'Files in chats')
            [CompletionResult]::new('task', 'task', [CompletionResultType]::ParameterValue, 'Tasks in chats')
            [CompletionResult]::new('outbox', 'outbox', [CompletionResultType]::ParameterValue, 'E-mails orgctl has written (registration links, transfer requests)')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit log of state-changing commands')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'PostgreSQL logins for org admins (the owner of the database manages them)')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'The profiles of the config file ([profile.NAME] sections)')
            [CompletionResult]::new('manpages', 'manpages', [CompletionResultType]::ParameterValue, 'Write the man pages (orgctl.1, orgctl-user-delete.1, ...) into DIR')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script to standard output')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;help;init' {
            break
        }
        'orgctl;help;check' {
            break
        }
        'orgctl;help;fixture' {
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Load a whole scenario (TOML) into an empty database')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate a synthetic world at scale into an empty database (deterministic for a seed)')
            break
        }
        'orgctl;help;fixture;load' {
            break
        }
        'orgctl;help;fixture;generate' {
            break
        }
        'orgctl;help;org' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an organization with its admin')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List organizations with their seats and settings')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one organization')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change an organization''s seats or prohibited-acts settings (C1)')
            [CompletionResult]::new('allow', 'allow', [CompletionResultType]::ParameterValue, 'Put OTHER on ORG''s outside allow-list (ORG''s users may talk to OTHER''s)')
            [CompletionResult]::new('disallow', 'disallow', [CompletionResultType]::ParameterValue, 'Take OTHER off ORG''s outside allow-list; breaks what that forbids (C1)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel the contract: delete every user and every file of the org (C3)')
            [CompletionResult]::new('hand-over', 'hand-over', [CompletionResultType]::ParameterValue, 'Hand the admin role to another member; the old admin becomes user_admin (T4)')
            break
        }
        'orgctl;help;org;create' {
            break
        }
        'orgctl;help;org;list' {
            break
        }
        'orgctl;help;org;show' {
            break
        }
        'orgctl;help;org;set' {
            break
        }
        'orgctl;help;org;allow' {
            break
        }
        'orgctl;help;org;disallow' {
            break
        }
        'orgctl;help;org;cancel' {
            break
        }
        'orgctl;help;org;hand-over' {
            break
        }
        'orgctl;help;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user by e-mail: a new account, or a registration request to an existing one (R1-R6)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts, of one org or all')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one account')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a user''s name, e-mail or role; the Chatwork ID only by the user itself (S1)')
            [CompletionResult]::new('security', 'security', [CompletionResultType]::ParameterValue, 'Change a user''s security exemptions; turning one off breaks what it allowed (C1, C2)')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Set or reset a user''s password: an admin or user_admin of its org, or the user itself')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete users, after an exact preview of what goes (D1-D9)')
            break
        }
        'orgctl;help;user;add' {
            break
        }
        'orgctl;help;user;list' {
            break
        }
        'orgctl;help;user;show' {
            break
        }
        'orgctl;help;user;set' {
            break
        }
        'orgctl;help;user;security' {
            break
        }
        'orgctl;help;user;password' {
            break
        }
        'orgctl;help;user;delete' {
            break
        }
        'orgctl;help;transfer' {
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Ask the destination org''s admin to take users (the source admin)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List transfers, of one org or all')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one transfer with its users')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve every pending user, or the ones named (the destination admin)')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Reject every pending user, or the ones named (the destination admin)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a request''s pending users (the source admin)')
            break
        }
        'orgctl;help;transfer;request' {
            break
        }
        'orgctl;help;transfer;list' {
            break
        }
        'orgctl;help;transfer;show' {
            break
        }
        'orgctl;help;transfer;approve' {
            break
        }
        'orgctl;help;transfer;reject' {
            break
        }
        'orgctl;help;transfer;cancel' {
            break
        }
        'orgctl;help;registration' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List registration requests; a pending one past its expiry shows as expired')
            [CompletionResult]::new('resend', 'resend', [CompletionResultType]::ParameterValue, 'Send a request''s e-mail again with a new link; the old link stops working (R7)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a request; a new account that never logged in is removed (R7)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'The invitee''s side: accept a request with the link''s token and a password (no --as)')
            break
        }
        'orgctl;help;registration;list' {
            break
        }
        'orgctl;help;registration;resend' {
            break
        }
        'orgctl;help;registration;cancel' {
            break
        }
        'orgctl;help;registration;accept' {
            break
        }
        'orgctl;help;staff' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import staff from a CSV file (S2-S6); every row is checked before anything is written')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an org''s staff roster with each entry''s status')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write an org''s staff roster as CSV in the import format, to standard output')
            break
        }
        'orgctl;help;staff;import' {
            break
        }
        'orgctl;help;staff;list' {
            break
        }
        'orgctl;help;staff;export' {
            break
        }
        'orgctl;help;contact' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A user''s contacts')
            break
        }
        'orgctl;help;contact;list' {
            break
        }
        'orgctl;help;chat' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List chats, or the chats of one user')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one chat with its members')
            break
        }
        'orgctl;help;chat;list' {
            break
        }
        'orgctl;help;chat;show' {
            break
        }
        'orgctl;help;message' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The messages of a chat')
            break
        }
        'orgctl;help;message;list' {
            break
        }
        'orgctl;help;file' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Files, of one chat or one uploader')
            break
        }
        'orgctl;help;file;list' {
            break
        }
        'orgctl;help;task' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Tasks, of one chat or all')
            break
        }
        'orgctl;help;task;list' {
            break
        }
        'orgctl;help;outbox' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The e-mails, with their delivery state (links only for the org''s admins)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the messages as a Maildir (DIR/tmp, DIR/new, DIR/cur) for any mail tool')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Deliver the unsent e-mails through the SMTP server of [mail] smtp')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Queue a message the server refused (failed) again, for the next send')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Remove delivered e-mails (and the links in them) older than a duration')
            break
        }
        'orgctl;help;outbox;list' {
            break
        }
        'orgctl;help;outbox;export' {
            break
        }
        'orgctl;help;outbox;send' {
            break
        }
        'orgctl;help;outbox;retry' {
            break
        }
        'orgctl;help;outbox;purge' {
            break
        }
        'orgctl;help;audit' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The audit log, filtered by time, actor and action')
            break
        }
        'orgctl;help;audit;list' {
            break
        }
        'orgctl;help;login' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a login role for an org admin or user_admin (password asked, never in argv)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The logins and the accounts they act as')
            [CompletionResult]::new('drop', 'drop', [CompletionResultType]::ParameterValue, 'Drop an account''s login role')
            break
        }
        'orgctl;help;login;create' {
            break
        }
        'orgctl;help;login;list' {
            break
        }
        'orgctl;help;login;drop' {
            break
        }
        'orgctl;help;profile' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The [profile.NAME] sections of the config file; the one in use is marked active')
            break
        }
        'orgctl;help;profile;list' {
            break
        }
        'orgctl;help;manpages' {
            break
        }
        'orgctl;help;completions' {
            break
        }
        'orgctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
