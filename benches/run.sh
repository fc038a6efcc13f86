#!/usr/bin/env bash
# The benchmark suite (issue 7). Reproducible with public tools only:
# hyperfine and the sqlite3 shell (Debian packages), GNU time, python3.
#
#   benches/run.sh            # the full sizes of BENCHMARKS.md (~10 minutes)
#   benches/run.sh --quick    # a tenth of the sizes, to try changes quickly
#
# It prints a Markdown table; BENCHMARKS.md records a run of it.
set -euo pipefail
cd "$(dirname "$0")/.."

scale=1
if [ "${1:-}" = "--quick" ]; then scale=10; fi

need() {
    command -v "$1" >/dev/null 2>&1 && return 0
    echo "installing $2 (apt-get)" >&2
    (apt-get install -y "$2" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "$2" >/dev/null; })
}
need hyperfine hyperfine
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

echo "== staff import vs sqlite3 .import" >&2
srows=$((1000000 / scale))
"$bin" -q --db "$work/roster.db" fixture generate --orgs 1 --users $((srows * 20 / 19 + 100)) --groups 0 --contacts 0 --messages 0 --files 0 --tasks 0 --seed 1 >/dev/null
first=$("$bin" --db "$work/roster.db" --format json org show org0000 >/dev/null && echo 1000)
python3 benches/make_inputs.py staff "$work/staff.csv" $srows "$first"
admin0=$("$bin" --db "$work/roster.db" --format json org show org0000 | python3 -c 'import json,sys; print(json.load(sys.stdin)["admin"])')
sqlite3 "$work/roster.db" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
cat > "$work/import.sql" <<SQL
CREATE TABLE staff (name TEXT NOT NULL, account_id INTEGER);
CREATE UNIQUE INDEX staff_account ON staff(account_id);
CREATE INDEX staff_name ON staff(name);
.import --csv --skip 1 $work/staff.csv staff
SQL
hyperfine -N --runs 3 --export-json "$work/sqlite.json" \
    --prepare "rm -f $work/plain.db" \
    "sqlite3 $work/plain.db -init $work/import.sql .quit" >/dev/null
hyperfine -N --runs 3 --export-json "$work/staff.json" \
    --prepare "cp $work/roster.db $work/import.db" \
    "$bin -q --db $work/import.db --as $admin0 --format json staff import $work/staff.csv --org org0000" >/dev/null
s_ms=$(mean_ms "$work/sqlite.json"); o_ms=$(mean_ms "$work/staff.json")
ratio=$(python3 -c "print('%.2f' % ($o_ms / $s_ms))")
row "\`staff import\` of $srows rows" "$o_ms ms" "≤ 1.5x sqlite3" "${ratio}x sqlite3 .import ($s_ms ms)"
cp "$work/roster.db" "$work/import.db"
peak=$( { /usr/bin/time -f "%M" "$bin" -q --db "$work/import.db" --as "$admin0" staff import "$work/staff.csv" --org org0000 >/dev/null; } 2>&1 | tail -1)
row "peak memory of the $srows-row import" "$((peak / 1024)) MB" "< 100 MB" "GNU time, max RSS"

echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -m); $(date -u +%Y-%m-%d); scale 1/$scale"
echo
echo "| benchmark | result | target | note |"
echo "|---|---|---|---|"
printf '%s\n' "${rows[@]}"
