#!/usr/bin/env bash
# The benchmark suite (issues 7 and 18). Reproducible with public tools only:
# hyperfine and the sqlite3 shell (Debian packages), GNU time, python3.
#
#   benches/run.sh            # the full sizes of BENCHMARKS.md
#   benches/run.sh --quick    # a tenth of the sizes, to try changes quickly
#   benches/run.sh --import   # only the staff import (fair floor, peak memory,
#                             # and the same on a loopback PostgreSQL: benches/pg.sh)
#   benches/run.sh --pg       # only the PostgreSQL column (issue 13.8): the
#                             # same commands on an SQLite file and on a
#                             # throwaway loopback server (benches/pg.sh),
#                             # with the ratio server/file of this run
#   ORGCTL_BASELINE=/path/to/older/orgctl benches/run.sh
#                             # also times that binary on the same inputs, in
#                             # the same run, and prints the ratios
#
# Every target is a ratio measured in this one run (against the sqlite3
# shell, against a smaller size, or against the baseline binary), because
# absolute times on a shared machine do not reproduce from one day to the
# next. It prints a Markdown table; BENCHMARKS.md records a run of it.
set -euo pipefail
cd "$(dirname "$0")/.."

scale=1
only=""
for arg in "$@"; do
    case "$arg" in
        --quick) scale=10 ;;
        --import) only=import ;;
        --pg) only=pg ;;
    esac
done

need() {
    command -v "$1" >/dev/null 2>&1 && return 0
    echo "installing $2 (apt-get)" >&2
    (apt-get install -y "$2" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "$2" >/dev/null; })
}
[ "$only" = import ] || need hyperfine hyperfine
need sqlite3 sqlite3
[ -x /usr/bin/time ] || need /usr/bin/time time

cargo build --release -q
bin="$PWD/target/release/orgctl"
base="${ORGCTL_BASELINE:-}"
work=$(mktemp -d /tmp/orgctl-bench.XXXXXX)
. benches/pg.sh
# The server (when one was started) is stopped on every exit, then its files go.
trap 'pg_stop; rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
export ORGCTL_NOW=2026-11-23T09:00:00Z
export NO_COLOR=1

mean_ms() { # hyperfine JSON → mean in ms of command $2 (0-based)
    python3 -c 'import json,sys; print("%.1f" % (json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]["mean"]*1000))' "$1" "${2:-0}"
}
ratio() { python3 -c "import sys; print('%.2f' % (float(sys.argv[1]) / float(sys.argv[2])))" "$1" "$2"; }
max_rss_mb() { # the peak resident memory of a command, in MB
    /usr/bin/time -o "$work/rss" -f "%M" "$@" >/dev/null 2>/dev/null || true
    awk '{print int($1/1024)}' "$work/rss"
}
rows=()
row() { rows+=("| $1 | $2 | $3 | $4 |"); echo "  $1: $2 ($4)" >&2; }

# A database as the baseline binary reads it: orgctl migrates a database on
# open, and an older binary refuses a newer schema, so worlds are generated
# by the oldest binary in play and each binary gets its own copy.
gen() { # gen DB ARGS...: generate a world, then checkpoint it
    local db=$1; shift
    "${base:-$bin}" -q --db "$db" fixture generate "$@" --seed 1 >/dev/null
    sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
}
copy_for() { # copy_for BIN SRC DST: a copy migrated by BIN
    cp "$2" "$3"
    "$1" --db "$3" org list --limit 0 >/dev/null 2>&1 || "$1" --db "$3" org list >/dev/null
    sqlite3 "$3" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
}

# A user of the same footprint in every world: a plain member with exactly
# two group chats and two contacts, whose groups have between 10 and 40
# members (the first such account).
same_footprint() {
    sqlite3 "$1" "SELECT a.email FROM accounts a
      WHERE a.role = 'member' AND a.status = 'active'
        AND (SELECT count(*) FROM chat_members m JOIN chats c ON c.id = m.chat_id
             WHERE m.account_id = a.id AND c.kind = 'group') = 2
        AND (SELECT min(n) FROM (SELECT (SELECT count(*) FROM chat_members x WHERE x.chat_id = m.chat_id) n
             FROM chat_members m JOIN chats c ON c.id = m.chat_id
             WHERE m.account_id = a.id AND c.kind = 'group')) >= 10
        AND (SELECT max(n) FROM (SELECT (SELECT count(*) FROM chat_members x WHERE x.chat_id = m.chat_id) n
             FROM chat_members m JOIN chats c ON c.id = m.chat_id
             WHERE m.account_id = a.id AND c.kind = 'group')) <= 40
        AND (SELECT count(*) FROM contacts WHERE a_id = a.id) + (SELECT count(*) FROM contacts WHERE b_id = a.id) = 2
      ORDER BY a.id LIMIT 1"
}
admin_of() {
    sqlite3 "$1" "SELECT b.email FROM accounts a JOIN accounts b ON b.org_id = a.org_id AND b.role = 'admin'
      WHERE a.email = '$2'"
}
if [ -z "$only" ]; then
echo "== start-up" >&2
hyperfine -N --warmup 20 --runs 200 --export-json "$work/version.json" "$bin --version" >/dev/null
row "process start-up (\`orgctl --version\`)" "$(mean_ms "$work/version.json") ms" "< 5 ms" "hyperfine, 200 runs"

users=$((200000 / scale)); messages=$((2000000 / scale))
echo "== fixture generate ($users users)" >&2
start=$(date +%s.%N)
gen "$work/big.db" --orgs $((200 / scale)) --users $users --messages $messages
secs=$(python3 -c "import time,sys; print('%.1f' % (time.time() - float(sys.argv[1])))" "$start")
row "\`fixture generate\` $users users, $messages messages" "$secs s" "< 30 s (full size)" "one run, $(basename "${base:-$bin}")"
copy_for "$bin" "$work/big.db" "$work/big-new.db"

echo "== user list vs sqlite3 (18.4)" >&2
cols="a.id AS account_id, a.chatwork_id, a.name, a.email, a.status, o.slug AS org, a.role,
      a.exempt_outside, a.exempt_file, a.api_token_hash IS NOT NULL AS has_api_token,
      (SELECT group_concat(t.name, ', ') FROM team_members tm JOIN teams t ON t.id = tm.team_id
       WHERE tm.account_id = a.id) AS teams"
query="SELECT $cols FROM accounts a LEFT JOIN orgs o ON o.id = a.org_id ORDER BY a.id"
for fmt in csv json; do
    hyperfine -N --warmup 1 --runs 5 --export-json "$work/list-$fmt.json" \
        "sqlite3 -$fmt -header $work/big-new.db \"$query\"" \
        "$bin --db $work/big-new.db --format $fmt user list" >/dev/null
    s=$(mean_ms "$work/list-$fmt.json" 0); o=$(mean_ms "$work/list-$fmt.json" 1)
    row "\`user list --format $fmt\`, $users users" "$o ms" "≤ 2x sqlite3 -$fmt" "$(ratio "$o" "$s")x sqlite3 -$fmt ($s ms)"
done
row "peak memory of \`user list\` as a table, $users users" "$(max_rss_mb "$bin" --db "$work/big-new.db" user list) MB" "bounded" "GNU time, max RSS"
row "peak memory of \`user list --format json\`, $users users" "$(max_rss_mb "$bin" --db "$work/big-new.db" --format json user list) MB" "bounded" "GNU time, max RSS"
hyperfine -N --warmup 1 --runs 10 --export-json "$work/orglist.json" \
    "$bin --db $work/big-new.db --format json org list" >/dev/null
row "\`org list\`, $((200 / scale)) orgs, $users users" "$(mean_ms "$work/orglist.json") ms" "" "hyperfine, 10 runs"

echo "== org set --prohibit-outside on --dry-run (18.5)" >&2
# The largest org of the world, with its admin.
big_org=$(sqlite3 "$work/big.db" "SELECT o.slug FROM orgs o JOIN accounts a ON a.org_id = o.id
    WHERE o.plan != 'business' AND o.prohibit_outside = 0 GROUP BY o.id ORDER BY count(*) DESC LIMIT 1")
big_admin=$(sqlite3 "$work/big.db" "SELECT a.email FROM accounts a JOIN orgs o ON o.id = a.org_id
    WHERE o.slug = '$big_org' AND a.role = 'admin'")
big_members=$(sqlite3 "$work/big.db" "SELECT count(*) FROM accounts a JOIN orgs o ON o.id = a.org_id WHERE o.slug = '$big_org'")
c1="--as $big_admin --format json org set $big_org --prohibit-outside on --dry-run"
if [ -n "$base" ]; then
    hyperfine -N --runs 3 --export-json "$work/c1.json" "$base --db $work/big.db $c1" "$bin --db $work/big-new.db $c1" >/dev/null
    b=$(mean_ms "$work/c1.json" 0); o=$(mean_ms "$work/c1.json" 1)
    "$base" --db "$work/big.db" $c1 > "$work/c1-base.out" || true
    "$bin" --db "$work/big-new.db" $c1 > "$work/c1-new.out" || true
    # Plans gained their rules after af6b706 (issue 12): chat_deleted,
    # file_deleted and task_deleted carry `rule`, and chat_deleted's reason
    # lost its "[rule]" suffix; the outputs are compared with that aside.
    same=$(python3 - "$work/c1-base.out" "$work/c1-new.out" <<'PY'
import json, re, sys
def norm(path):
    plan = json.load(open(path))
    for e in plan["effects"]:
        if e["effect"] in ("chat_deleted", "file_deleted", "task_deleted"):
            e.pop("rule", None)
        if e["effect"] == "chat_deleted":
            e["reason"] = re.sub(r" \[[^\]]*\]$", "", e["reason"])
    return plan
print("identical output" if norm(sys.argv[1]) == norm(sys.argv[2]) else "OUTPUT DIFFERS")
PY
)
    row "C1 dry run on $big_org ($big_members users)" "$o ms" "≤ 0.3x baseline" "$(ratio "$o" "$b")x baseline ($b ms); $same"
else
    hyperfine -N --runs 3 --export-json "$work/c1.json" "$bin --db $work/big-new.db $c1" >/dev/null
    row "C1 dry run on $big_org ($big_members users)" "$(mean_ms "$work/c1.json") ms" "≤ 0.3x baseline" "no ORGCTL_BASELINE given"
fi
printed=$("$bin" --db "$work/big-new.db" $c1 | wc -c)
row "peak memory of that dry run" "$(max_rss_mb "$bin" --db "$work/big-new.db" $c1) MB" "bounded by what it prints" "it prints $((printed / 1048576)) MB of JSON"

echo "== user delete --dry-run: 20k → 200k users, 20 → 5,000 orgs (18.6)" >&2
gen "$work/small.db" --orgs $((20 / scale > 0 ? 20 / scale : 1)) --users $((users / 10)) --messages $((messages / 10))
gen "$work/many.db" --orgs $((5000 / scale)) --users $users --messages $((messages / 10))
copy_for "$bin" "$work/small.db" "$work/small-new.db"
copy_for "$bin" "$work/many.db" "$work/many-new.db"
cmds=()
for w in small big many; do
    db="$work/$w-new.db"; u=$(same_footprint "$db"); a=$(admin_of "$db" "$u")
    echo "  $w: $u" >&2
    cmds+=("$bin --db $db --as $a --format json user delete $u --dry-run")
done
hyperfine -N --warmup 3 --runs 30 --export-json "$work/delete.json" "${cmds[@]}" >/dev/null
d1=$(mean_ms "$work/delete.json" 0); d10=$(mean_ms "$work/delete.json" 1); dm=$(mean_ms "$work/delete.json" 2)
row "\`user delete --dry-run\`, same footprint, $((users / 10)) users, $((20 / scale)) orgs" "$d1 ms" "" "hyperfine, 30 runs"
row "\`user delete --dry-run\`, same footprint, $users users, $((200 / scale)) orgs" "$d10 ms" "growth ≤ 1.2x" "$(ratio "$d10" "$d1")x the small world"
row "\`user delete --dry-run\`, same footprint, $users users, $((5000 / scale)) orgs" "$dm ms" "growth ≤ 1.2x" "$(ratio "$dm" "$d1")x the small world"

echo "== transfer approve: 1,000 and 5,000 users in 50 chats (18.1)" >&2
tcmds=()
for tusers in $((1000 / scale)) $((5000 / scale)); do
    python3 benches/make_inputs.py transfer "$work/transfer-$tusers.toml" "$tusers" 50
    "$bin" -q --db "$work/transfer-$tusers.db" fixture load "$work/transfer-$tusers.toml" >/dev/null
    list=$(python3 -c "import sys; print(' '.join(f'u{i}@src.example' for i in range(int(sys.argv[1]))))" "$tusers")
    # shellcheck disable=SC2086
    "$bin" -q --db "$work/transfer-$tusers.db" --as s0@src.example --yes transfer request --from src --to-admin d0@dst.example $list >/dev/null
    sqlite3 "$work/transfer-$tusers.db" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
    tcmds+=(--prepare "sh -c 'cp $work/transfer-$tusers.db $work/approve.db; rm -f $work/approve.db-wal $work/approve.db-shm'"
        "$bin -q --db $work/approve.db --as d0@dst.example --yes --format json transfer approve 1")
done
hyperfine -N --runs 3 --export-json "$work/approve.json" "${tcmds[@]}" >/dev/null
t1=$(mean_ms "$work/approve.json" 0); t5=$(mean_ms "$work/approve.json" 1)
row "\`transfer approve\` of $((1000 / scale)) users in 50 chats each" "$t1 ms" "well under 1 s" "hyperfine, 3 runs"
row "\`transfer approve\` of $((5000 / scale)) users in 50 chats each" "$t5 ms" "≤ 6x the 1,000-user time" "$(ratio "$t5" "$t1")x"

fi

if [ -z "$only" ] || [ "$only" = pg ]; then
echo "== PostgreSQL beside SQLite (13.8): a throwaway loopback server" >&2
# The same binary and the same commands on an SQLite file and on a server
# (benches/pg.sh: loopback TCP, default durability), each ratio
# server/file from this run. The worlds are the same row for row (seed 1).
pg_start "$work/pg-column"
# pg_start registers its own stop on EXIT; the work directory goes too.
trap 'pg_stop; rm -rf "$work"' EXIT
pusers=$((200000 / scale)); pmessages=$((2000000 / scale)); porgs=$((200 / scale))
secs_of() { python3 -c 'import subprocess,sys,time; t=time.time(); subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); print("%.1f" % (time.time()-t))' "$@"; }
pgworld=$(pg_createdb world)
f_gen=$(secs_of "$bin" -q --db "$work/pg-file.db" fixture generate --orgs $porgs --users $pusers --messages $pmessages --seed 1)
s_gen=$(secs_of "$bin" -q --db "$pgworld" fixture generate --orgs $porgs --users $pusers --messages $pmessages --seed 1)
sqlite3 "$work/pg-file.db" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
pg_psql world -c "VACUUM ANALYZE" >/dev/null
row "\`fixture generate\` $pusers users, $pmessages messages: server / file" "$s_gen s / $f_gen s" "as close as it gets" "**$(ratio "$s_gen" "$f_gen")x**, one run each"

for fmt in csv json; do
    hyperfine -N --warmup 1 --runs 5 --export-json "$work/pg-list-$fmt.json" \
        "$bin --db $work/pg-file.db --format $fmt user list" \
        "$bin --db $pgworld --format $fmt user list" >/dev/null
    f=$(mean_ms "$work/pg-list-$fmt.json" 0); s=$(mean_ms "$work/pg-list-$fmt.json" 1)
    row "\`user list --format $fmt\`, $pusers users: server / file" "$s ms / $f ms" "≤ 2x" "**$(ratio "$s" "$f")x**, hyperfine, 5 runs"
done

u=$(same_footprint "$work/pg-file.db"); a=$(admin_of "$work/pg-file.db" "$u")
del="--as $a --format json user delete $u --dry-run"
# shellcheck disable=SC2086
cmp -s <("$bin" --db "$work/pg-file.db" $del) <("$bin" --db "$pgworld" $del) \
    && same="same output" || same="OUTPUT DIFFERS"
hyperfine -N --warmup 3 --runs 20 --export-json "$work/pg-delete.json" \
    "$bin --db $work/pg-file.db $del" "$bin --db $pgworld $del" >/dev/null
f=$(mean_ms "$work/pg-delete.json" 0); s=$(mean_ms "$work/pg-delete.json" 1)
row "\`user delete --dry-run\`, same footprint, $pusers users: server / file" "$s ms / $f ms" "≤ 2x" "**$(ratio "$s" "$f")x**, hyperfine, 20 runs; $same"

tusers=$((1000 / scale))
python3 benches/make_inputs.py transfer "$work/pg-transfer.toml" "$tusers" 50
list=$(python3 -c "import sys; print(' '.join(f'u{i}@src.example' for i in range(int(sys.argv[1]))))" "$tusers")
pgtransfer=$(pg_createdb transfer)
for db in "$work/pg-transfer.db" "$pgtransfer"; do
    "$bin" -q --db "$db" fixture load "$work/pg-transfer.toml" >/dev/null
    # shellcheck disable=SC2086
    "$bin" -q --db "$db" --as s0@src.example --yes transfer request --from src --to-admin d0@dst.example $list >/dev/null
done
sqlite3 "$work/pg-transfer.db" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
pgapprove="$PG_URL/approve"
approve="-q --as d0@dst.example --yes --format json transfer approve 1"
hyperfine -N --runs 5 --export-json "$work/pg-approve.json" \
    --prepare "sh -c 'cp $work/pg-transfer.db $work/pg-approve.db; rm -f $work/pg-approve.db-wal $work/pg-approve.db-shm'" \
    "$bin --db $work/pg-approve.db $approve" \
    --prepare "$PG_BIN/psql -q -X $PG_URL/postgres -c 'DROP DATABASE IF EXISTS approve' -c 'CREATE DATABASE approve TEMPLATE transfer'" \
    "$bin --db $pgapprove $approve" >/dev/null
f=$(mean_ms "$work/pg-approve.json" 0); s=$(mean_ms "$work/pg-approve.json" 1)
row "\`transfer approve\` of $tusers users in 50 chats each: server / file" "$s ms / $f ms" "≤ 2x" "**$(ratio "$s" "$f")x**, hyperfine, 5 runs"
pg_stop
# The import part below starts a server of its own.
rm -rf "$work/pg-column"
fi

if [ "$only" = pg ]; then
    echo
    echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -m); $(date -u +%Y-%m-%d); scale 1/$scale; load average $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    echo "| benchmark | result | target | note |"
    echo "|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
    exit 0
fi

echo "== staff import vs the fair floor (sqlite3 .import + one INSERT ... SELECT ... JOIN accounts)" >&2
# The floor does the work every import must do, in C: read the CSV into a
# temporary table, then resolve every row against accounts and insert it
# into a roster table with the same columns, indexes and foreign keys as
# orgctl's `staff`. Runs alternate floor / orgctl on fresh copies of one
# database, and the ratio is taken within this run (issue 18).
srows=$((1000000 / scale))
"$bin" -q --db "$work/roster.db" fixture generate --orgs 1 --users $((srows * 21 / 10 + 100)) --groups 0 --contacts 0 --messages 0 --files 0 --tasks 0 --seed 1 >/dev/null
python3 benches/make_inputs.py staff "$work/staff.csv" $srows 1000
python3 benches/make_inputs.py staff "$work/staff2.csv" $((srows * 2)) 1000
# Bad rows: account IDs that no account has.
python3 benches/make_inputs.py staff "$work/bad.csv" $srows 900000000
admin0=$("$bin" --db "$work/roster.db" --format json org show org0000 | python3 -c 'import json,sys; print(json.load(sys.stdin)["admin"])')
sqlite3 "$work/roster.db" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
cat > "$work/floor.sql" <<SQL
CREATE TABLE floor_staff (
    id              INTEGER PRIMARY KEY,
    org_id          INTEGER NOT NULL REFERENCES orgs(id),
    name            TEXT NOT NULL,
    email           TEXT,
    account_id      INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
    chatwork_id     TEXT,
    registration_id INTEGER REFERENCES registrations(id),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
$(sqlite3 "$work/roster.db" "SELECT sql || ';' FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'staff' AND sql IS NOT NULL" | sed 's/ON staff/ON floor_staff/; s/INDEX staff_/INDEX floor_staff_/')
PRAGMA foreign_keys = ON;
CREATE TEMP TABLE rows (name TEXT, account_id TEXT);
.import --csv --skip 1 $work/staff.csv rows
BEGIN;
INSERT INTO floor_staff (org_id, name, email, account_id, chatwork_id, registration_id, created_at, updated_at)
SELECT a.org_id, r.name, NULL, a.id, NULL, NULL, '$ORGCTL_NOW', '$ORGCTL_NOW'
FROM temp.rows r JOIN accounts a ON a.id = CAST(r.account_id AS INTEGER)
WHERE a.status != 'deleted';
COMMIT;
SQL
fresh() { rm -f "$work/$1" "$work/$1-wal" "$work/$1-shm"; cp "$work/roster.db" "$work/$1"; }
# The same world on a loopback PostgreSQL server (benches/pg.sh; issue
# 13.8): the generated SQLite tables are copied into a database that orgctl
# created (`init`), which then serves as the template of a fresh database
# for every run.
. benches/pg.sh
pg_start "$work/pg"
trap 'pg_stop; rm -rf "$work"' EXIT
pg_createdb roster >/dev/null
"$bin" -q --db "$PG_URL/roster" init >/dev/null
for t in $(sqlite3 "$work/roster.db" "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"); do
    [ "$(sqlite3 "$work/roster.db" "SELECT count(*) FROM \"$t\"")" = 0 ] && continue
    [ "$(pg_psql roster -tAc "SELECT count(*) FROM information_schema.tables WHERE table_name = '$t' AND table_schema = current_schema()")" = 1 ] || continue
    cols=$(sqlite3 "$work/roster.db" "SELECT group_concat(name, ',') FROM pragma_table_info('$t')")
    pg_psql roster -c "TRUNCATE $t CASCADE" >/dev/null
    sqlite3 -csv "$work/roster.db" "SELECT $cols FROM \"$t\"" | pg_psql roster -c "\\copy $t($cols) FROM STDIN CSV"
    case ",$cols," in *,id,*)
        pg_psql roster -tAc "SELECT setval(s, m) FROM (SELECT pg_get_serial_sequence('$t', 'id') s, (SELECT max(id) FROM $t) m) x WHERE s IS NOT NULL AND m IS NOT NULL" >/dev/null ;;
    esac
done
pg_psql roster -c "UPDATE orgctl_id_high SET last = (SELECT coalesce(max(id), 0) FROM accounts) WHERE name = 'accounts'" -c "VACUUM ANALYZE" >/dev/null
pg_fresh() { pg_psql postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1 TEMPLATE roster" >/dev/null; }
secs() { python3 -c 'import subprocess,sys,time; t=time.time(); subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); print(time.time()-t)' "$@"; }
runs=3; floor_s=(); orgctl_s=(); pg_s=()
for i in $(seq $runs); do
    fresh floor.db
    floor_s+=("$(secs sqlite3 "$work/floor.db" -init "$work/floor.sql" .quit)")
    fresh import.db
    orgctl_s+=("$(secs "$bin" -q --db "$work/import.db" --as "$admin0" --format json staff import "$work/staff.csv" --org org0000)")
    pg_fresh import
    pg_s+=("$(secs "$bin" -q --db "$PG_URL/import" --as "$admin0" --format json staff import "$work/staff.csv" --org org0000)")
done
read -r f_ms o_ms ratios <<<"$(python3 -c '
import sys
n = int(sys.argv[1]); f = [float(x) for x in sys.argv[2:2+n]]; o = [float(x) for x in sys.argv[2+n:]]
print("%.0f %.0f %s" % (sum(f)/n*1000, sum(o)/n*1000, "/".join("%.2f" % (b/a) for a, b in zip(f, o))))' $runs "${floor_s[@]}" "${orgctl_s[@]}")"
read -r _ p_ms pratios <<<"$(python3 -c '
import sys
n = int(sys.argv[1]); f = [float(x) for x in sys.argv[2:2+n]]; o = [float(x) for x in sys.argv[2+n:]]
print("%.0f %.0f %s" % (sum(f)/n*1000, sum(o)/n*1000, "/".join("%.2f" % (b/a) for a, b in zip(f, o))))' $runs "${orgctl_s[@]}" "${pg_s[@]}")"
ratio=$(python3 -c "print('%.2f' % ($o_ms / $f_ms))")
pratio=$(python3 -c "print('%.2f' % ($p_ms / $o_ms))")
row "\`staff import\` of $srows rows" "$o_ms ms" "≤ 1.5x the floor" "${ratio}x the floor ($f_ms ms); per pair $ratios"
row "\`staff import\` of $srows rows, PostgreSQL (loopback)" "$p_ms ms" "≤ 2x SQLite" "${pratio}x the SQLite import ($o_ms ms); per pair $pratios"
peak() { # peak RSS in MB of an import of $1 (exit 0, 3 for bad rows); PEAK_PG=1: on the server
    local db
    if [ -n "${PEAK_PG:-}" ]; then pg_fresh import; db="$PG_URL/import"; else fresh import.db; db="$work/import.db"; fi
    { /usr/bin/time -f "%M" "$bin" -q --db "$db" --as "$admin0" --format json staff import "$1" --org org0000 ${2:-} >/dev/null || true; } 2>&1 | tail -1 | awk '{printf "%d", $1/1024}'
}
row "peak memory, $srows good rows" "$(peak "$work/staff.csv") MB" "< 100 MB" "GNU time, max RSS"
row "peak memory, $((srows * 2)) good rows" "$(peak "$work/staff2.csv") MB" "< 100 MB, flat" "GNU time, max RSS"
row "peak memory, $((srows * 2)) good rows, PostgreSQL" "$(PEAK_PG=1 peak "$work/staff2.csv") MB" "< 100 MB, flat" "GNU time, max RSS"
rm -f "$work/rejects.csv"
row "peak memory, $srows bad rows (--rejects, JSON report of every error)" "$(peak "$work/bad.csv" "--rejects $work/rejects.csv") MB" "flat" "GNU time, max RSS"

echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -m); $(date -u +%Y-%m-%d); scale 1/$scale; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| benchmark | result | target | note |"
echo "|---|---|---|---|"
printf '%s\n' "${rows[@]}"
