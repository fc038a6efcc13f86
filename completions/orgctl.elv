
use builtin;
use str;

set edit:completion:arg-completer[orgctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'orgctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'orgctl'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create (or migrate) the database and do nothing else'
            cand check 'Check the database: the file''s integrity and the invariants I1-I5'
            cand fixture 'Load or generate whole scenarios into an empty database'
            cand org 'Organizations: create, inspect, settings, allow-lists, admin hand-over, cancel'
            cand user 'Users of organizations: add, list, show, change, exemptions, delete'
            cand transfer 'Move users between organizations: request, review, approve, reject, cancel (T1-T11)'
            cand registration 'Registration requests: adding users by e-mail, and the invitee''s acceptance (R1-R9)'
            cand staff 'The staff roster: import from CSV, list, export (S1-S7)'
            cand contact 'A user''s contacts'
            cand chat 'Chats and their members'
            cand message 'Messages of a chat'
            cand file 'Files in chats'
            cand task 'Tasks in chats'
            cand outbox 'E-mails orgctl has written (registration links, transfer requests)'
            cand audit 'The audit log of state-changing commands'
            cand login 'PostgreSQL logins for org admins (the owner of the database manages them)'
            cand profile 'The profiles of the config file ([profile.NAME] sections)'
            cand manpages 'Write the man pages (orgctl.1, orgctl-user-delete.1, ...) into DIR'
            cand completions 'Print a shell completion script to standard output'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;init'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;check'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;fixture'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand load 'Load a whole scenario (TOML) into an empty database'
            cand generate 'Generate a synthetic world at scale into an empty database (deterministic for a seed)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;fixture;load'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;fixture;generate'= {
            cand --orgs 'Organizations'
            cand --users 'Accounts, of which 5% are personal'
            cand --groups 'Group chats [default: users / 10]'
            cand --contacts 'Contacts, each with its direct chat [default: users * 2]'
            cand --messages 'Messages [default: users * 10]'
            cand --files 'Files [default: users / 2]'
            cand --tasks 'Tasks [default: users / 4]'
            cand --seed 'The random seed: the same seed and sizes give the same world'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;fixture;help'= {
            cand load 'Load a whole scenario (TOML) into an empty database'
            cand generate 'Generate a synthetic world at scale into an empty database (deterministic for a seed)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;fixture;help;load'= {
        }
        &'orgctl;fixture;help;generate'= {
        }
        &'orgctl;fixture;help;help'= {
        }
        &'orgctl;org'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create an organization with its admin'
            cand list 'List organizations with their seats and settings'
            cand show 'Show one organization'
            cand set 'Change an organization''s seats or prohibited-acts settings (C1)'
            cand allow 'Put OTHER on ORG''s outside allow-list (ORG''s users may talk to OTHER''s)'
            cand disallow 'Take OTHER off ORG''s outside allow-list; breaks what that forbids (C1)'
            cand cancel 'Cancel the contract: delete every user and every file of the org (C3)'
            cand hand-over 'Hand the admin role to another member; the old admin becomes user_admin (T4)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;org;create'= {
            cand --name 'The display name'
            cand --plan 'The contract plan; prohibited-acts settings need enterprise or kddi'
            cand --seats 'Licenses; the admin uses one'
            cand --admin-email 'The admin''s login e-mail'
            cand --admin-name 'The admin''s name [default: the e-mail''s local part]'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand --admin-password-stdin 'Read the admin''s first password from standard input (one line); without it, it is asked on the terminal'
            cand --dry-run 'Print the plan (every effect, blocker and warning) and change nothing'
            cand --exit-code 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;org;list'= {
            cand --limit 'Print at most N records (the first N in the list''s order)'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;org;show'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;org;set'= {
            cand --seats 'Licenses; never below the seats used'
            cand --plan 'Change the plan (a lower plan needs the settings it lacks off)'
            cand --prohibit-outside 'Prohibit talking to users outside the org (enterprise, kddi); on breaks what it forbids (C1)'
            cand --prohibit-file-sharing 'Prohibit file sharing (enterprise, kddi); applies to uploads from then on (P4)'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand --dry-run 'Print the plan (every effect, blocker and warning) and change nothing'
            cand --exit-code 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;org;allow'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand --dry-run 'Print the plan (every effect, blocker and warning) and change nothing'
            cand --exit-code 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;org;disallow'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand --dry-run 'Print the plan (every effect, blocker and warning) and change nothing'
            cand --exit-code 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;org;cancel'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand --dry-run 'Print the plan (every effect, blocker and warning) and change nothing'
            cand --exit-code 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;org;hand-over'= {
            cand --to 'The new admin: an e-mail, account ID or Chatwork ID of a member'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand --dry-run 'Print the plan (every effect, blocker and warning) and change nothing'
            cand --exit-code 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;org;help'= {
            cand create 'Create an organization with its admin'
            cand list 'List organizations with their seats and settings'
            cand show 'Show one organization'
            cand set 'Change an organization''s seats or prohibited-acts settings (C1)'
            cand allow 'Put OTHER on ORG''s outside allow-list (ORG''s users may talk to OTHER''s)'
            cand disallow 'Take OTHER off ORG''s outside allow-list; breaks what that forbids (C1)'
            cand cancel 'Cancel the contract: delete every user and every file of the org (C3)'
            cand hand-over 'Hand the admin role to another member; the old admin becomes user_admin (T4)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;org;help;create'= {
        }
        &'orgctl;org;help;list'= {
        }
        &'orgctl;org;help;show'= {
        }
        &'orgctl;org;help;set'= {
        }
        &'orgctl;org;help;allow'= {
        }
        &'orgctl;org;help;disallow'= {
        }
        &'orgctl;org;help;cancel'= {
        }
        &'orgctl;org;help;hand-over'= {
        }
        &'orgctl;org;help;help'= {
        }
        &'orgctl;user'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a user by e-mail: a new account, or a registration request to an existing one (R1-R6)'
            cand list 'List accounts, of one org or all'
            cand show 'Show one account'
            cand set 'Change a user''s name, e-mail or role; the Chatwork ID only by the user itself (S1)'
            cand security 'Change a user''s security exemptions; turning one off breaks what it allowed (C1, C2)'
            cand password 'Set or reset a user''s password: an admin or user_admin of its org, or the user itself'
            cand delete 'Delete users, after an exact preview of what goes (D1-D9)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;user;add'= {
            cand --org 'The org to add the user to'
            cand --name 'The new account''s name [default: the e-mail''s local part]'
            cand --role 'The role in the org'
            cand --exempt-outside 'Exempt the invitee from the org''s outside-communication prohibition, so that joining breaks none of its contacts and chats (R8)'
            cand --exempt-file 'Exempt the invitee from the org''s file-sharing prohibition (R8)'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand --dry-run 'Print the plan (every effect, blocker and warning) and change nothing'
            cand --exit-code 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;user;list'= {
            cand --limit 'Print at most N records (the first N in the list''s order)'
            cand --org 'Only the accounts of this org'
            cand --status 'Only the accounts in this state'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;user;show'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;user;set'= {
            cand --name 'The new name'
            cand --email 'The new login e-mail (R9)'
            cand --chatwork-id 'The new Chatwork ID (letters, digits, ''_'' and ''-'')'
            cand --role 'The new role in the org (the admin role moves only by `org hand-over`)'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand --clear-chatwork-id 'Unset the Chatwork ID'
            cand --dry-run 'Print the plan (every effect, blocker and warning) and change nothing'
            cand --exit-code 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;user;security'= {
            cand --exempt-outside 'The outside-communication prohibition does not apply to this user'
            cand --exempt-file 'The file-sharing prohibition does not apply to this user'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand --dry-run 'Print the plan (every effect, blocker and warning) and change nothing'
            cand --exit-code 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;user;password'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand --password-stdin 'Read the new password from standard input (one line) instead of asking on the terminal'
            cand --dry-run 'Print the plan (every effect, blocker and warning) and change nothing'
            cand --exit-code 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;user;delete'= {
            cand --from 'Read more users from FILE (''-'' for standard input): one e-mail or account ID a line, or the CSV `user list --format csv` writes'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand --dry-run 'Print the plan (every effect, blocker and warning) and change nothing'
            cand --exit-code 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;user;help'= {
            cand add 'Add a user by e-mail: a new account, or a registration request to an existing one (R1-R6)'
            cand list 'List accounts, of one org or all'
            cand show 'Show one account'
            cand set 'Change a user''s name, e-mail or role; the Chatwork ID only by the user itself (S1)'
            cand security 'Change a user''s security exemptions; turning one off breaks what it allowed (C1, C2)'
            cand password 'Set or reset a user''s password: an admin or user_admin of its org, or the user itself'
            cand delete 'Delete users, after an exact preview of what goes (D1-D9)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;user;help;add'= {
        }
        &'orgctl;user;help;list'= {
        }
        &'orgctl;user;help;show'= {
        }
        &'orgctl;user;help;set'= {
        }
        &'orgctl;user;help;security'= {
        }
        &'orgctl;user;help;password'= {
        }
        &'orgctl;user;help;delete'= {
        }
        &'orgctl;user;help;help'= {
        }
        &'orgctl;transfer'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand request 'Ask the destination org''s admin to take users (the source admin)'
            cand list 'List transfers, of one org or all'
            cand show 'Show one transfer with its users'
            cand approve 'Approve every pending user, or the ones named (the destination admin)'
            cand reject 'Reject every pending user, or the ones named (the destination admin)'
            cand cancel 'Cancel a request''s pending users (the source admin)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;transfer;request'= {
            cand --from 'The source org'
            cand --to-admin 'The destination org''s admin, by e-mail'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand --dry-run 'Print the plan (every effect, blocker and warning) and change nothing'
            cand --exit-code 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;transfer;list'= {
            cand --limit 'Print at most N records (the first N in the list''s order)'
            cand --org 'Only transfers from or to this org'
            cand --status 'Only transfers in this state'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;transfer;show'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;transfer;approve'= {
            cand --user 'A user to approve (repeatable); none: every pending user'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand --dry-run 'Print the plan (every effect, blocker and warning) and change nothing'
            cand --exit-code 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;transfer;reject'= {
            cand --user 'A user to reject (repeatable); none: every pending user'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand --dry-run 'Print the plan (every effect, blocker and warning) and change nothing'
            cand --exit-code 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;transfer;cancel'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand --dry-run 'Print the plan (every effect, blocker and warning) and change nothing'
            cand --exit-code 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;transfer;help'= {
            cand request 'Ask the destination org''s admin to take users (the source admin)'
            cand list 'List transfers, of one org or all'
            cand show 'Show one transfer with its users'
            cand approve 'Approve every pending user, or the ones named (the destination admin)'
            cand reject 'Reject every pending user, or the ones named (the destination admin)'
            cand cancel 'Cancel a request''s pending users (the source admin)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;transfer;help;request'= {
        }
        &'orgctl;transfer;help;list'= {
        }
        &'orgctl;transfer;help;show'= {
        }
        &'orgctl;transfer;help;approve'= {
        }
        &'orgctl;transfer;help;reject'= {
        }
        &'orgctl;transfer;help;cancel'= {
        }
        &'orgctl;transfer;help;help'= {
        }
        &'orgctl;registration'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List registration requests; a pending one past its expiry shows as expired'
            cand resend 'Send a request''s e-mail again with a new link; the old link stops working (R7)'
            cand cancel 'Cancel a request; a new account that never logged in is removed (R7)'
            cand accept 'The invitee''s side: accept a request with the link''s token and a password (no --as)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;registration;list'= {
            cand --limit 'Print at most N records (the first N in the list''s order)'
            cand --org 'Only the requests of this org'
            cand --status 'Only the requests in this state'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;registration;resend'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand --dry-run 'Print the plan (every effect, blocker and warning) and change nothing'
            cand --exit-code 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;registration;cancel'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand --dry-run 'Print the plan (every effect, blocker and warning) and change nothing'
            cand --exit-code 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;registration;accept'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand --token-stdin 'Read the token from the first line of standard input (with --password-stdin, the password is the second line)'
            cand --password-stdin 'Read the password from standard input instead of asking on the terminal'
            cand --dry-run 'Print the plan (every effect, blocker and warning) and change nothing'
            cand --exit-code 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;registration;help'= {
            cand list 'List registration requests; a pending one past its expiry shows as expired'
            cand resend 'Send a request''s e-mail again with a new link; the old link stops working (R7)'
            cand cancel 'Cancel a request; a new account that never logged in is removed (R7)'
            cand accept 'The invitee''s side: accept a request with the link''s token and a password (no --as)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;registration;help;list'= {
        }
        &'orgctl;registration;help;resend'= {
        }
        &'orgctl;registration;help;cancel'= {
        }
        &'orgctl;registration;help;accept'= {
        }
        &'orgctl;registration;help;help'= {
        }
        &'orgctl;staff'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand import 'Import staff from a CSV file (S2-S6); every row is checked before anything is written'
            cand list 'List an org''s staff roster with each entry''s status'
            cand export 'Write an org''s staff roster as CSV in the import format, to standard output'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;staff;import'= {
            cand --org 'The org whose roster is filled'
            cand --rejects 'Write the rejected rows, with an `error` column, to this new file (mode 0600), put in place only when the import runs to its end'
            cand --encoding 'The file''s encoding'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand --invite 'Send registration requests for rows with a name and e-mail only (method B)'
            cand --skip-invalid 'Write the good rows even when some are bad (exit 6 when any row was skipped)'
            cand --force 'Let --rejects replace an existing file'
            cand --write-rejects 'Write the --rejects file in a dry run too'
            cand --dry-run 'Print the plan (every effect, blocker and warning) and change nothing'
            cand --exit-code 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;staff;list'= {
            cand --limit 'Print at most N records (the first N in the list''s order)'
            cand --org 'The org'
            cand --status 'Only the entries in this state'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;staff;export'= {
            cand --org 'The org'
            cand --encoding 'The encoding to write'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;staff;help'= {
            cand import 'Import staff from a CSV file (S2-S6); every row is checked before anything is written'
            cand list 'List an org''s staff roster with each entry''s status'
            cand export 'Write an org''s staff roster as CSV in the import format, to standard output'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;staff;help;import'= {
        }
        &'orgctl;staff;help;list'= {
        }
        &'orgctl;staff;help;export'= {
        }
        &'orgctl;staff;help;help'= {
        }
        &'orgctl;contact'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'A user''s contacts'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;contact;list'= {
            cand --limit 'Print at most N records (the first N in the list''s order)'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;contact;help'= {
            cand list 'A user''s contacts'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;contact;help;list'= {
        }
        &'orgctl;contact;help;help'= {
        }
        &'orgctl;chat'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List chats, or the chats of one user'
            cand show 'Show one chat with its members'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;chat;list'= {
            cand --limit 'Print at most N records (the first N in the list''s order)'
            cand --user 'Only the chats this user is in (direct chats are named from this user''s side)'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;chat;show'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;chat;help'= {
            cand list 'List chats, or the chats of one user'
            cand show 'Show one chat with its members'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;chat;help;list'= {
        }
        &'orgctl;chat;help;show'= {
        }
        &'orgctl;chat;help;help'= {
        }
        &'orgctl;message'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'The messages of a chat'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;message;list'= {
            cand --limit 'Print at most N records (the first N in the list''s order)'
            cand --chat 'The chat''s ID'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;message;help'= {
            cand list 'The messages of a chat'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;message;help;list'= {
        }
        &'orgctl;message;help;help'= {
        }
        &'orgctl;file'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Files, of one chat or one uploader'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;file;list'= {
            cand --limit 'Print at most N records (the first N in the list''s order)'
            cand --chat 'Only the files of this chat'
            cand --user 'Only the files this user uploaded'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;file;help'= {
            cand list 'Files, of one chat or one uploader'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;file;help;list'= {
        }
        &'orgctl;file;help;help'= {
        }
        &'orgctl;task'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Tasks, of one chat or all'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;task;list'= {
            cand --limit 'Print at most N records (the first N in the list''s order)'
            cand --chat 'Only the tasks of this chat'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;task;help'= {
            cand list 'Tasks, of one chat or all'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;task;help;list'= {
        }
        &'orgctl;task;help;help'= {
        }
        &'orgctl;outbox'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'The e-mails, with their delivery state (links only for the org''s admins)'
            cand export 'Write the messages as a Maildir (DIR/tmp, DIR/new, DIR/cur) for any mail tool'
            cand send 'Deliver the unsent e-mails through the SMTP server of [mail] smtp'
            cand retry 'Queue a message the server refused (failed) again, for the next send'
            cand purge 'Remove delivered e-mails (and the links in them) older than a duration'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;outbox;list'= {
            cand --limit 'Print at most N records (the first N in the list''s order)'
            cand --to 'Only the e-mails to this address'
            cand --status 'Only the messages in this state'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;outbox;export'= {
            cand --maildir 'The Maildir to write (created if missing)'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;outbox;send'= {
            cand --limit 'Send at most N messages, oldest first'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand --dry-run 'List what would be sent and connect to nothing'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;outbox;retry'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand --dry-run 'Print the plan (every effect, blocker and warning) and change nothing'
            cand --exit-code 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;outbox;purge'= {
            cand --older-than 'How long ago they were delivered: e.g. 30d, 12h, 90m'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand --sent 'Only delivered messages are purged; the flag says so explicitly'
            cand --dry-run 'Print the plan (every effect, blocker and warning) and change nothing'
            cand --exit-code 'With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;outbox;help'= {
            cand list 'The e-mails, with their delivery state (links only for the org''s admins)'
            cand export 'Write the messages as a Maildir (DIR/tmp, DIR/new, DIR/cur) for any mail tool'
            cand send 'Deliver the unsent e-mails through the SMTP server of [mail] smtp'
            cand retry 'Queue a message the server refused (failed) again, for the next send'
            cand purge 'Remove delivered e-mails (and the links in them) older than a duration'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;outbox;help;list'= {
        }
        &'orgctl;outbox;help;export'= {
        }
        &'orgctl;outbox;help;send'= {
        }
        &'orgctl;outbox;help;retry'= {
        }
        &'orgctl;outbox;help;purge'= {
        }
        &'orgctl;outbox;help;help'= {
        }
        &'orgctl;audit'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'The audit log, filtered by time, actor and action'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;audit;list'= {
            cand --limit 'Print at most N records (the first N in the list''s order)'
            cand --since 'From this time on: RFC 3339, a date (YYYY-MM-DD, UTC) or an age (30m, 24h, 7d, 2w)'
            cand --until 'Up to this time: RFC 3339, a date (the whole day, UTC) or an age (24h = until a day ago)'
            cand --actor 'Only what this administrator did: an e-mail, account ID or Chatwork ID'
            cand --action 'Only this action (user.delete) or group of actions (user)'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;audit;help'= {
            cand list 'The audit log, filtered by time, actor and action'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;audit;help;list'= {
        }
        &'orgctl;audit;help;help'= {
        }
        &'orgctl;login'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a login role for an org admin or user_admin (password asked, never in argv)'
            cand list 'The logins and the accounts they act as'
            cand drop 'Drop an account''s login role'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;login;create'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand --password-stdin 'Read the password from standard input instead of asking on the terminal'
            cand --dry-run 'Preview the plan and change nothing'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;login;list'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;login;drop'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand --dry-run 'Preview the plan and change nothing'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;login;help'= {
            cand create 'Create a login role for an org admin or user_admin (password asked, never in argv)'
            cand list 'The logins and the accounts they act as'
            cand drop 'Drop an account''s login role'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;login;help;create'= {
        }
        &'orgctl;login;help;list'= {
        }
        &'orgctl;login;help;drop'= {
        }
        &'orgctl;login;help;help'= {
        }
        &'orgctl;profile'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'The [profile.NAME] sections of the config file; the one in use is marked active'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;profile;list'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;profile;help'= {
            cand list 'The [profile.NAME] sections of the config file; the one in use is marked active'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;profile;help;list'= {
        }
        &'orgctl;profile;help;help'= {
        }
        &'orgctl;manpages'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;completions'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]'
            cand --config 'The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]'
            cand --profile 'A [profile.NAME] section of the config file (its db, format, actor)'
            cand --as 'The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)'
            cand --format 'Output format: a table for people, JSON or CSV for scripts [default: table]'
            cand -y 'Do not ask before destructive changes (needed without a terminal)'
            cand --yes 'Do not ask before destructive changes (needed without a terminal)'
            cand -q 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand --quiet 'Print only the result: no notes, summaries, hints or progress (errors still go to stderr)'
            cand -v 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand --verbose 'Say what orgctl does on stderr: settings used, database opened, timing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgctl;help'= {
            cand init 'Create (or migrate) the database and do nothing else'
            cand check 'Check the database: the file''s integrity and the invariants I1-I5'
            cand fixture 'Load or generate whole scenarios into an empty database'
            cand org 'Organizations: create, inspect, settings, allow-lists, admin hand-over, cancel'
            cand user 'Users of organizations: add, list, show, change, exemptions, delete'
            cand transfer 'Move users between organizations: request, review, approve, reject, cancel (T1-T11)'
            cand registration 'Registration requests: adding users by e-mail, and the invitee''s acceptance (R1-R9)'
            cand staff 'The staff roster: import from CSV, list, export (S1-S7)'
            cand contact 'A user''s contacts'
            cand chat 'Chats and their members'
            cand message 'Messages of a chat'
            cand file 'Files in chats'
            cand task 'Tasks in chats'
            cand outbox 'E-mails orgctl has written (registration links, transfer requests)'
            cand audit 'The audit log of state-changing commands'
            cand login 'PostgreSQL logins for org admins (the owner of the database manages them)'
            cand profile 'The profiles of the config file ([profile.NAME] sections)'
            cand manpages 'Write the man pages (orgctl.1, orgctl-user-delete.1, ...) into DIR'
            cand completions 'Print a shell completion script to standard output'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgctl;help;init'= {
        }
        &'orgctl;help;check'= {
        }
        &'orgctl;help;fixture'= {
            cand load 'Load a whole scenario (TOML) into an empty database'
            cand generate 'Generate a synthetic world at scale into an empty database (deterministic for a seed)'
        }
        &'orgctl;help;fixture;load'= {
        }
        &'orgctl;help;fixture;generate'= {
        }
        &'orgctl;help;org'= {
            cand create 'Create an organization with its admin'
            cand list 'List organizations with their seats and settings'
            cand show 'Show one organization'
            cand set 'Change an organization''s seats or prohibited-acts settings (C1)'
            cand allow 'Put OTHER on ORG''s outside allow-list (ORG''s users may talk to OTHER''s)'
            cand disallow 'Take OTHER off ORG''s outside allow-list; breaks what that forbids (C1)'
            cand cancel 'Cancel the contract: delete every user and every file of the org (C3)'
            cand hand-over 'Hand the admin role to another member; the old admin becomes user_admin (T4)'
        }
        &'orgctl;help;org;create'= {
        }
        &'orgctl;help;org;list'= {
        }
        &'orgctl;help;org;show'= {
        }
        &'orgctl;help;org;set'= {
        }
        &'orgctl;help;org;allow'= {
        }
        &'orgctl;help;org;disallow'= {
        }
        &'orgctl;help;org;cancel'= {
        }
        &'orgctl;help;org;hand-over'= {
        }
        &'orgctl;help;user'= {
            cand add 'Add a user by e-mail: a new account, or a registration request to an existing one (R1-R6)'
            cand list 'List accounts, of one org or all'
            cand show 'Show one account'
            cand set 'Change a user''s name, e-mail or role; the Chatwork ID only by the user itself (S1)'
            cand security 'Change a user''s security exemptions; turning one off breaks what it allowed (C1, C2)'
            cand password 'Set or reset a user''s password: an admin or user_admin of its org, or the user itself'
            cand delete 'Delete users, after an exact preview of what goes (D1-D9)'
        }
        &'orgctl;help;user;add'= {
        }
        &'orgctl;help;user;list'= {
        }
        &'orgctl;help;user;show'= {
        }
        &'orgctl;help;user;set'= {
        }
        &'orgctl;help;user;security'= {
        }
        &'orgctl;help;user;password'= {
        }
        &'orgctl;help;user;delete'= {
        }
        &'orgctl;help;transfer'= {
            cand request 'Ask the destination org''s admin to take users (the source admin)'
            cand list 'List transfers, of one org or all'
            cand show 'Show one transfer with its users'
            cand approve 'Approve every pending user, or the ones named (the destination admin)'
            cand reject 'Reject every pending user, or the ones named (the destination admin)'
            cand cancel 'Cancel a request''s pending users (the source admin)'
        }
        &'orgctl;help;transfer;request'= {
        }
        &'orgctl;help;transfer;list'= {
        }
        &'orgctl;help;transfer;show'= {
        }
        &'orgctl;help;transfer;approve'= {
        }
        &'orgctl;help;transfer;reject'= {
        }
        &'orgctl;help;transfer;cancel'= {
        }
        &'orgctl;help;registration'= {
            cand list 'List registration requests; a pending one past its expiry shows as expired'
            cand resend 'Send a request''s e-mail again with a new link; the old link stops working (R7)'
            cand cancel 'Cancel a request; a new account that never logged in is removed (R7)'
            cand accept 'The invitee''s side: accept a request with the link''s token and a password (no --as)'
        }
        &'orgctl;help;registration;list'= {
        }
        &'orgctl;help;registration;resend'= {
        }
        &'orgctl;help;registration;cancel'= {
        }
        &'orgctl;help;registration;accept'= {
        }
        &'orgctl;help;staff'= {
            cand import 'Import staff from a CSV file (S2-S6); every row is checked before anything is written'
            cand list 'List an org''s staff roster with each entry''s status'
            cand export 'Write an org''s staff roster as CSV in the import format, to standard output'
        }
        &'orgctl;help;staff;import'= {
        }
        &'orgctl;help;staff;list'= {
        }
        &'orgctl;help;staff;export'= {
        }
        &'orgctl;help;contact'= {
            cand list 'A user''s contacts'
        }
        &'orgctl;help;contact;list'= {
        }
        &'orgctl;help;chat'= {
            cand list 'List chats, or the chats of one user'
            cand show 'Show one chat with its members'
        }
        &'orgctl;help;chat;list'= {
        }
        &'orgctl;help;chat;show'= {
        }
        &'orgctl;help;message'= {
            cand list 'The messages of a chat'
        }
        &'orgctl;help;message;list'= {
        }
        &'orgctl;help;file'= {
            cand list 'Files, of one chat or one uploader'
        }
        &'orgctl;help;file;list'= {
        }
        &'orgctl;help;task'= {
            cand list 'Tasks, of one chat or all'
        }
        &'orgctl;help;task;list'= {
        }
        &'orgctl;help;outbox'= {
            cand list 'The e-mails, with their delivery state (links only for the org''s admins)'
            cand export 'Write the messages as a Maildir (DIR/tmp, DIR/new, DIR/cur) for any mail tool'
            cand send 'Deliver the unsent e-mails through the SMTP server of [mail] smtp'
            cand retry 'Queue a message the server refused (failed) again, for the next send'
            cand purge 'Remove delivered e-mails (and the links in them) older than a duration'
        }
        &'orgctl;help;outbox;list'= {
        }
        &'orgctl;help;outbox;export'= {
        }
        &'orgctl;help;outbox;send'= {
        }
        &'orgctl;help;outbox;retry'= {
        }
        &'orgctl;help;outbox;purge'= {
        }
        &'orgctl;help;audit'= {
            cand list 'The audit log, filtered by time, actor and action'
        }
        &'orgctl;help;audit;list'= {
        }
        &'orgctl;help;login'= {
            cand create 'Create a login role for an org admin or user_admin (password asked, never in argv)'
            cand list 'The logins and the accounts they act as'
            cand drop 'Drop an account''s login role'
        }
        &'orgctl;help;login;create'= {
        }
        &'orgctl;help;login;list'= {
        }
        &'orgctl;help;login;drop'= {
        }
        &'orgctl;help;profile'= {
            cand list 'The [profile.NAME] sections of the config file; the one in use is marked active'
        }
        &'orgctl;help;profile;list'= {
        }
        &'orgctl;help;manpages'= {
        }
        &'orgctl;help;completions'= {
        }
        &'orgctl;help;help'= {
        }
    ]
    $completions[$command]
}
