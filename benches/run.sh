#!/usr/bin/env bash
# The benchmark suite (issue 7). Reproducible with public tools only:
# hyperfine and the sqlite3 shell (Debian packages), GNU time, python3.
#
#   benches/run.sh            # the full sizes of BENCHMARKS.md (~10 minutes)
#   benches/run.sh --quick    # a tenth of the sizes, to try changes quickly
#   benches/run.sh --import   # only the staff import (fair floor, peak memory)
#
# It prints a Markdown table; BENCHMARKS.md records a run of it.
set -euo pipefail
cd "$(dirname "$0")/.."

scale=1
only=""
for arg in "$@"; do
    case "$arg" in
        --quick) scale=10 ;;
        --import) only=import ;;
    esac
done

need() {
    command -v "$1" >/dev/null 2>&1 && return 0
    echo "installing $2 (apt-get)" >&2
    (apt-get install -y "$2" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "$2" >/dev/null; })
}
[ -n "$only" ] || need hyperfine hyperfine
need sqlite3 sqlite3
[ -x /usr/bin/time ] || need /usr/bin/time time

cargo build --release -q
bin="$PWD/target/release/orgctl"
work=$(mktemp -d /tmp/orgctl-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
export ORGCTL_NOW=2026-11-23T09:00:00Z
export NO_COLOR=1

mean_ms() { # hyperfine JSON → mean in ms
    python3 -c 'import json,sys; print("%.1f" % (json.load(open(sys.argv[1]))["results"][0]["mean"]*1000))' "$1"
}
rows=()
row() { rows+=("| $1 | $2 | $3 | $4 |"); echo "  $1: $2" >&2; }

if [ -z "$only" ]; then
echo "== start-up" >&2
hyperfine -N --warmup 20 --runs 200 --export-json "$work/version.json" "$bin --version" >/dev/null
row "process start-up (\`orgctl --version\`)" "$(mean_ms "$work/version.json") ms" "< 5 ms" "hyperfine, 200 runs"

echo "== fixture generate" >&2
users=$((200000 / scale)); messages=$((2000000 / scale))
start=$(date +%s.%N)
"$bin" -q --db "$work/big.db" fixture generate --orgs $((200 / scale)) --users $users --messages $messages --seed 1 >/dev/null
secs=$(python3 -c "import time,sys; print('%.1f' % (time.time() - float(sys.argv[1])))" "$start")
row "\`fixture generate\` $users users, $messages messages" "$secs s" "< 30 s (full size)" "one run"

echo "== user delete --dry-run at 1x and 10x" >&2
"$bin" -q --db "$work/small.db" fixture generate --orgs $((20 / scale > 0 ? 20 / scale : 1)) --users $((users / 10)) --messages $((messages / 10)) --seed 1 >/dev/null
# A typical user: the first plain member of the second org.
typical() {
    "$bin" --db "$1" --format json user list --org org0001 | python3 -c '
import json,sys
users=[u for u in json.load(sys.stdin) if u["role"]=="member"]
print(users[len(users)//2]["email"])'
}
admin() { "$bin" --db "$1" --format json org show org0001 | python3 -c 'import json,sys; print(json.load(sys.stdin)["admin"])'; }
for size in small big; do
    db="$work/$size.db"
    u=$(typical "$db"); a=$(admin "$db")
    hyperfine -N --warmup 3 --runs 30 --export-json "$work/delete-$size.json" \
        "$bin --db $db --as $a --format json user delete $u --dry-run" >/dev/null
done
d1=$(mean_ms "$work/delete-small.json"); d10=$(mean_ms "$work/delete-big.json")
growth=$(python3 -c "print('%.2f' % ($d10 / $d1))")
row "\`user delete --dry-run\`, typical user, $((users / 10)) users (1x)" "$d1 ms" "" "hyperfine, 30 runs"
row "\`user delete --dry-run\`, typical user, $users users (10x)" "$d10 ms" "< 50 ms at 200k; growth ≤ 1.2x" "growth $growth x"

echo "== transfer approve" >&2
tusers=$((1000 / scale)); tchats=50
python3 benches/make_inputs.py transfer "$work/transfer.toml" $tusers $tchats
"$bin" -q --db "$work/transfer.db" fixture load "$work/transfer.toml" >/dev/null
list=$(python3 -c "print(' '.join(f'u{i}@src.example' for i in range($tusers)))")
# shellcheck disable=SC2086
"$bin" -q --db "$work/transfer.db" --as s0@src.example --yes transfer request --from src --to-admin d0@dst.example $list >/dev/null
"$bin" --db "$work/transfer.db" check -q >/dev/null
sqlite3 "$work/transfer.db" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
hyperfine -N --warmup 1 --runs 5 --export-json "$work/approve.json" \
    --prepare "cp $work/transfer.db $work/approve.db" \
    "$bin -q --db $work/approve.db --as d0@dst.example --yes --format json transfer approve 1" >/dev/null
row "\`transfer approve\` of $tusers users in $tchats chats each" "$(mean_ms "$work/approve.json") ms" "< 2 s" "hyperfine, 5 runs"

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
runs=3; floor_s=(); orgctl_s=()
for i in $(seq $runs); do
    fresh floor.db
    floor_s+=("$(python3 -c 'import subprocess,sys,time; t=time.time(); subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); print(time.time()-t)' sqlite3 "$work/floor.db" -init "$work/floor.sql" .quit)")
    fresh import.db
    orgctl_s+=("$(python3 -c 'import subprocess,sys,time; t=time.time(); subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); print(time.time()-t)' "$bin" -q --db "$work/import.db" --as "$admin0" --format json staff import "$work/staff.csv" --org org0000)")
done
read -r f_ms o_ms ratios <<<"$(python3 -c '
import sys
n = int(sys.argv[1]); f = [float(x) for x in sys.argv[2:2+n]]; o = [float(x) for x in sys.argv[2+n:]]
print("%.0f %.0f %s" % (sum(f)/n*1000, sum(o)/n*1000, "/".join("%.2f" % (b/a) for a, b in zip(f, o))))' $runs "${floor_s[@]}" "${orgctl_s[@]}")"
ratio=$(python3 -c "print('%.2f' % ($o_ms / $f_ms))")
row "\`staff import\` of $srows rows" "$o_ms ms" "≤ 1.5x the floor" "${ratio}x the floor ($f_ms ms); per pair $ratios"
peak() { # peak RSS in MB of an import of $1 (exit 0, 3 for bad rows)
    fresh import.db
    { /usr/bin/time -f "%M" "$bin" -q --db "$work/import.db" --as "$admin0" --format json staff import "$1" --org org0000 ${2:-} >/dev/null || true; } 2>&1 | tail -1 | awk '{printf "%d", $1/1024}'
}
row "peak memory, $srows good rows" "$(peak "$work/staff.csv") MB" "< 100 MB" "GNU time, max RSS"
row "peak memory, $((srows * 2)) good rows" "$(peak "$work/staff2.csv") MB" "< 100 MB, flat" "GNU time, max RSS"
rm -f "$work/rejects.csv"
row "peak memory, $srows bad rows (--rejects, JSON report of every error)" "$(peak "$work/bad.csv" "--rejects $work/rejects.csv") MB" "flat" "GNU time, max RSS"

echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -m); $(date -u +%Y-%m-%d); scale 1/$scale"
echo
echo "| benchmark | result | target | note |"
echo "|---|---|---|---|"
printf '%s\n' "${rows[@]}"
