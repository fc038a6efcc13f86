
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
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create (or migrate) the database and do nothing else')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the database: SQLite''s integrity check and the invariants of SPEC §9')
            [CompletionResult]::new('fixture', 'fixture', [CompletionResultType]::ParameterValue, 'Load or generate whole scenarios')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Organizations: create, inspect, settings, allow-lists, admin hand-over')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Users of organizations')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Move users between organizations: request, review, approve')
            [CompletionResult]::new('registration', 'registration', [CompletionResultType]::ParameterValue, 'Registration requests: adding users by e-mail, and the invitee''s acceptance')
            [CompletionResult]::new('staff', 'staff', [CompletionResultType]::ParameterValue, 'The staff roster: import from CSV, list, export (SPEC §8)')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'A user''s contacts')
            [CompletionResult]::new('chat', 'chat', [CompletionResultType]::ParameterValue, 'Chats and their members')
            [CompletionResult]::new('message', 'message', [CompletionResultType]::ParameterValue, 'Messages of a chat')
            [CompletionResult]::new('file', 'file', [CompletionResultType]::ParameterValue, 'Files in chats')
            [CompletionResult]::new('task', 'task', [CompletionResultType]::ParameterValue, 'Tasks in chats')
            [CompletionResult]::new('outbox', 'outbox', [CompletionResultType]::ParameterValue, 'E-mails orgctl has sent')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit log of state-changing commands')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'The profiles of the config file ([profile.NAME] sections)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;init' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgctl;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgctl;fixture' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Load a whole scenario (TOML, CLI.md format) into an empty database')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate a synthetic world at scale into an empty database (deterministic for a seed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;fixture;load' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
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
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'seed')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgctl;fixture;help' {
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Load a whole scenario (TOML, CLI.md format) into an empty database')
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
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an organization with its admin')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List organizations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one organization')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change an organization''s seats or prohibited-acts settings')
            [CompletionResult]::new('allow', 'allow', [CompletionResultType]::ParameterValue, 'Put OTHER on ORG''s outside allow-list (ORG''s users may talk to OTHER''s)')
            [CompletionResult]::new('disallow', 'disallow', [CompletionResultType]::ParameterValue, 'Take OTHER off ORG''s outside allow-list; breaks what that forbids (C1)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel the contract: delete every user and every file of the org (C3)')
            [CompletionResult]::new('hand-over', 'hand-over', [CompletionResultType]::ParameterValue, 'Hand the admin role to another member; the old admin becomes user_admin')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;org;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'business, enterprise or kddi')
            [CompletionResult]::new('--seats', '--seats', [CompletionResultType]::ParameterName, 'Licenses; the admin uses one')
            [CompletionResult]::new('--admin-email', '--admin-email', [CompletionResultType]::ParameterName, 'admin-email')
            [CompletionResult]::new('--admin-name', '--admin-name', [CompletionResultType]::ParameterName, 'admin-name')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgctl;org;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgctl;org;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgctl;org;set' {
            [CompletionResult]::new('--seats', '--seats', [CompletionResultType]::ParameterName, 'Licenses; never below the seats used')
            [CompletionResult]::new('--prohibit-outside', '--prohibit-outside', [CompletionResultType]::ParameterName, 'Prohibit talking to users outside the org (enterprise, kddi); on breaks what it forbids (C1)')
            [CompletionResult]::new('--prohibit-file-sharing', '--prohibit-file-sharing', [CompletionResultType]::ParameterName, 'Prohibit file sharing (enterprise, kddi)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Preview the plan and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgctl;org;allow' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Preview the plan and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgctl;org;disallow' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Preview the plan and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgctl;org;cancel' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Preview the plan and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgctl;org;hand-over' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'to')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgctl;org;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an organization with its admin')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List organizations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one organization')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change an organization''s seats or prohibited-acts settings')
            [CompletionResult]::new('allow', 'allow', [CompletionResultType]::ParameterValue, 'Put OTHER on ORG''s outside allow-list (ORG''s users may talk to OTHER''s)')
            [CompletionResult]::new('disallow', 'disallow', [CompletionResultType]::ParameterValue, 'Take OTHER off ORG''s outside allow-list; breaks what that forbids (C1)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel the contract: delete every user and every file of the org (C3)')
            [CompletionResult]::new('hand-over', 'hand-over', [CompletionResultType]::ParameterValue, 'Hand the admin role to another member; the old admin becomes user_admin')
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
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user by e-mail: a new account, or a registration request to an existing one (R1-R6)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one account')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a user''s name, e-mail, Chatwork ID or role')
            [CompletionResult]::new('security', 'security', [CompletionResultType]::ParameterValue, 'Change a user''s security exemptions; turning one off breaks what it allowed (C1, C2)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete users, after an exact preview of what goes (D1-D9)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;user;add' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'org')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The new account''s name [default: the e-mail''s local part]')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'role')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Preview the plan and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgctl;user;list' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'org')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'status')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgctl;user;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgctl;user;set' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'email')
            [CompletionResult]::new('--chatwork-id', '--chatwork-id', [CompletionResultType]::ParameterName, 'chatwork-id')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'role')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--clear-chatwork-id', '--clear-chatwork-id', [CompletionResultType]::ParameterName, 'clear-chatwork-id')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgctl;user;security' {
            [CompletionResult]::new('--exempt-outside', '--exempt-outside', [CompletionResultType]::ParameterName, 'The outside-communication prohibition does not apply to this user')
            [CompletionResult]::new('--exempt-file', '--exempt-file', [CompletionResultType]::ParameterName, 'The file-sharing prohibition does not apply to this user')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Preview the plan and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgctl;user;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Preview the plan and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgctl;user;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user by e-mail: a new account, or a registration request to an existing one (R1-R6)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one account')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a user''s name, e-mail, Chatwork ID or role')
            [CompletionResult]::new('security', 'security', [CompletionResultType]::ParameterValue, 'Change a user''s security exemptions; turning one off breaks what it allowed (C1, C2)')
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
        'orgctl;user;help;delete' {
            break
        }
        'orgctl;user;help;help' {
            break
        }
        'orgctl;transfer' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
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
            [CompletionResult]::new('--to-admin', '--to-admin', [CompletionResultType]::ParameterName, 'The destination org''s admin')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Preview the checks and the impact and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgctl;transfer;list' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'org')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'status')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgctl;transfer;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgctl;transfer;approve' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'A user to approve (repeatable); none: every pending user')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Preview the checks and the impact and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgctl;transfer;reject' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'user')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgctl;transfer;cancel' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
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
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List registration requests; a pending one past its expiry shows as expired')
            [CompletionResult]::new('resend', 'resend', [CompletionResultType]::ParameterValue, 'Send a request''s e-mail again with a new link; the old link stops working (R7)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a request; a new account that never logged in is removed (R7)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'The invitee''s side: accept a request with the link''s token and a password (no --as)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;registration;list' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'org')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'status')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgctl;registration;resend' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Preview the plan and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgctl;registration;cancel' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Preview the plan and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgctl;registration;accept' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from standard input instead of asking on the terminal')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Preview the plan (after checking the password) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
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
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import staff from a CSV file (S2-S6); every row is checked before anything is written')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an org''s staff roster with each entry''s status')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write an org''s staff roster as CSV in the import format, to standard output')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;staff;import' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'org')
            [CompletionResult]::new('--rejects', '--rejects', [CompletionResultType]::ParameterName, 'Write the rejected rows, with an `error` column, to this file (mode 0600)')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s encoding')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--invite', '--invite', [CompletionResultType]::ParameterName, 'Send registration requests for rows with a name and e-mail only (method B)')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Write the good rows even when some are bad (exit 6 when any row was skipped)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check every row and report, and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgctl;staff;list' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'org')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'ready, awaiting_registration, unresolved or stale')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgctl;staff;export' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'org')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'encoding')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
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
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A user''s contacts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;contact;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
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
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List chats, or the chats of one user')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one chat with its members')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;chat;list' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'user')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgctl;chat;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
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
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The messages of a chat')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;message;list' {
            [CompletionResult]::new('--chat', '--chat', [CompletionResultType]::ParameterName, 'chat')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
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
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Files, of one chat or one uploader')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;file;list' {
            [CompletionResult]::new('--chat', '--chat', [CompletionResultType]::ParameterName, 'chat')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'user')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
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
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Tasks, of one chat')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;task;list' {
            [CompletionResult]::new('--chat', '--chat', [CompletionResultType]::ParameterName, 'chat')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgctl;task;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Tasks, of one chat')
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
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The e-mails sent, to one address or all')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write every message as a Maildir (DIR/tmp, DIR/new, DIR/cur) for any mail tool')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;outbox;list' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'to')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgctl;outbox;export' {
            [CompletionResult]::new('--maildir', '--maildir', [CompletionResultType]::ParameterName, 'maildir')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgctl;outbox;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The e-mails sent, to one address or all')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write every message as a Maildir (DIR/tmp, DIR/new, DIR/cur) for any mail tool')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;outbox;help;list' {
            break
        }
        'orgctl;outbox;help;export' {
            break
        }
        'orgctl;outbox;help;help' {
            break
        }
        'orgctl;audit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The audit log, filtered by time, actor and action')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;audit;list' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'From this time on: RFC 3339, a date (YYYY-MM-DD, UTC) or an age (30m, 24h, 7d, 2w)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Up to this time: RFC 3339, a date (the whole day, UTC) or an age (24h = until a day ago)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Only what this administrator did: an e-mail, account ID or Chatwork ID')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'Only this action (user.delete) or group of actions (user)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
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
        'orgctl;profile' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The [profile.NAME] sections of the config file; the one in use is marked active')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgctl;profile;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
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
        'orgctl;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: e.g. ~/.config/orgctl/config.toml, optional]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A [profile.NAME] section of the config file (its db, format, actor)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation before destructive changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no summaries or hints')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgctl;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create (or migrate) the database and do nothing else')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the database: SQLite''s integrity check and the invariants of SPEC §9')
            [CompletionResult]::new('fixture', 'fixture', [CompletionResultType]::ParameterValue, 'Load or generate whole scenarios')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Organizations: create, inspect, settings, allow-lists, admin hand-over')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Users of organizations')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Move users between organizations: request, review, approve')
            [CompletionResult]::new('registration', 'registration', [CompletionResultType]::ParameterValue, 'Registration requests: adding users by e-mail, and the invitee''s acceptance')
            [CompletionResult]::new('staff', 'staff', [CompletionResultType]::ParameterValue, 'The staff roster: import from CSV, list, export (SPEC §8)')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'A user''s contacts')
            [CompletionResult]::new('chat', 'chat', [CompletionResultType]::ParameterValue, 'Chats and their members')
            [CompletionResult]::new('message', 'message', [CompletionResultType]::ParameterValue, 'Messages of a chat')
            [CompletionResult]::new('file', 'file', [CompletionResultType]::ParameterValue, 'Files in chats')
            [CompletionResult]::new('task', 'task', [CompletionResultType]::ParameterValue, 'Tasks in chats')
            [CompletionResult]::new('outbox', 'outbox', [CompletionResultType]::ParameterValue, 'E-mails orgctl has sent')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit log of state-changing commands')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'The profiles of the config file ([profile.NAME] sections)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
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
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Load a whole scenario (TOML, CLI.md format) into an empty database')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List organizations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one organization')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change an organization''s seats or prohibited-acts settings')
            [CompletionResult]::new('allow', 'allow', [CompletionResultType]::ParameterValue, 'Put OTHER on ORG''s outside allow-list (ORG''s users may talk to OTHER''s)')
            [CompletionResult]::new('disallow', 'disallow', [CompletionResultType]::ParameterValue, 'Take OTHER off ORG''s outside allow-list; breaks what that forbids (C1)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel the contract: delete every user and every file of the org (C3)')
            [CompletionResult]::new('hand-over', 'hand-over', [CompletionResultType]::ParameterValue, 'Hand the admin role to another member; the old admin becomes user_admin')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one account')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a user''s name, e-mail, Chatwork ID or role')
            [CompletionResult]::new('security', 'security', [CompletionResultType]::ParameterValue, 'Change a user''s security exemptions; turning one off breaks what it allowed (C1, C2)')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Tasks, of one chat')
            break
        }
        'orgctl;help;task;list' {
            break
        }
        'orgctl;help;outbox' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The e-mails sent, to one address or all')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write every message as a Maildir (DIR/tmp, DIR/new, DIR/cur) for any mail tool')
            break
        }
        'orgctl;help;outbox;list' {
            break
        }
        'orgctl;help;outbox;export' {
            break
        }
        'orgctl;help;audit' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The audit log, filtered by time, actor and action')
            break
        }
        'orgctl;help;audit;list' {
            break
        }
        'orgctl;help;profile' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The [profile.NAME] sections of the config file; the one in use is marked active')
            break
        }
        'orgctl;help;profile;list' {
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
