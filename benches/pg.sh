# A throwaway PostgreSQL cluster for the benchmarks, sourced by run.sh:
#
#   . benches/pg.sh
#   pg_start DIR        # initdb + start under DIR; sets $pg_url, stops on EXIT
#   pg_db NAME          # prints the URL of a new, empty database NAME
#   pg_stop             # stops it (also run on every exit of the script)
#
# The same settings as scripts/test.sh's test cluster: a unix socket only,
# fsync and synchronous commit off, trust for its one role. initdb refuses
# to run as root, so as root the cluster belongs to the `postgres` system
# user (created if missing). PostgreSQL's binaries are looked for on PATH and
# under /usr/lib/postgresql; when none are found Debian's `postgresql`
# package is installed with apt-get.

pg_bin=""
pg_dir=""
pg_owner=""
pg_url=""

pg_find_bin() {
    local dir
    if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
        # Debian links initdb onto PATH; psql sits beside the real one.
        dirname "$(readlink -f "$(command -v initdb)")"
        return
    fi
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$dir/initdb" ]; then
            echo "$dir"
            return
        fi
    done
    return 1
}

pg_as_owner() {
    if [ -n "$pg_owner" ]; then
        runuser -u "$pg_owner" -- "$@"
    else
        "$@"
    fi
}

pg_stop() {
    if [ -n "$pg_dir" ] && [ -f "$pg_dir/data/postmaster.pid" ]; then
        pg_as_owner "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
}

pg_start() { # pg_start DIR
    if ! pg_bin="$(pg_find_bin)"; then
        echo "installing postgresql (apt-get)" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >/dev/null
        apt-get install -y -qq postgresql >/dev/null
        pg_bin="$(pg_find_bin)" || { echo "PostgreSQL's initdb not found after apt-get install postgresql" >&2; return 1; }
    fi
    pg_dir="$1"
    mkdir -p "$pg_dir"
    if [ "$(id -u)" = 0 ]; then
        pg_owner=postgres
        id "$pg_owner" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$pg_owner"
        chown "$pg_owner" "$pg_dir"
        # The owner must be able to reach the cluster's directory.
        local d="$pg_dir"
        while [ "$d" != / ]; do d=$(dirname "$d"); chmod o+x "$d" 2>/dev/null || true; done
    fi
    pg_as_owner "$pg_bin/initdb" -D "$pg_dir/data" -U orgctl_bench --auth=trust \
        -E UTF8 --locale=C.UTF-8 --no-sync >"$pg_dir/initdb.log" 2>&1 \
        || { cat "$pg_dir/initdb.log" >&2; return 1; }
    pg_as_owner "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
        -o "-c listen_addresses='' -k $pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=256MB" \
        start >/dev/null || { cat "$pg_dir/server.log" >&2; return 1; }
    pg_url="postgres://orgctl_bench@/postgres?host=$pg_dir"
}

pg_db() { # pg_db NAME: a new empty database, its URL on stdout
    PGOPTIONS="-c client_min_messages=warning" "$pg_bin/psql" -q -X -h "$pg_dir" -U orgctl_bench -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null
    echo "postgres://orgctl_bench@/$1?host=$pg_dir"
}

pg_psql() { # pg_psql NAME SQL: one query's rows, unaligned, no header
    "$pg_bin/psql" -q -X -A -t -h "$pg_dir" -U orgctl_bench -d "$1" -c "$2"
}
