# A throwaway PostgreSQL server on the loopback interface, for the
# benchmarks' server column (issue 13.8). Source it, then:
#
#   pg_start DIR     # initdb in DIR/data, start on 127.0.0.1 (a free port);
#                    # sets PG_URL (postgres://orgctl_bench@127.0.0.1:PORT)
#   pg_createdb NAME # a fresh database; prints its URL
#   pg_psql NAME ... # psql on that database
#   pg_stop          # stops the server (also registered by pg_start on EXIT)
#
# As scripts/test.sh does: PostgreSQL's binaries are looked for on PATH and
# under /usr/lib/postgresql (Debian's `postgresql` package is installed
# when none are found), and as root the cluster belongs to the `postgres`
# system user, because initdb refuses to run as root. Unlike the test
# cluster, this one keeps PostgreSQL's default durability (fsync on,
# synchronous commit), so that a commit costs what it costs on a server,
# and it listens on TCP, so that every statement is a real round trip.

pg_bin_dir() {
    local dir
    if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
        # Follow a link (/usr/local/bin/initdb) to the directory with psql.
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
    if [ -n "${PG_OWNER:-}" ]; then
        runuser -u "$PG_OWNER" -- "$@"
    else
        "$@"
    fi
}

pg_start() {
    PG_DIR=$1
    if ! PG_BIN=$(pg_bin_dir); then
        echo "installing postgresql (apt-get)" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >/dev/null
        apt-get install -y -qq postgresql >/dev/null
        PG_BIN=$(pg_bin_dir) || { echo "PostgreSQL's initdb not found" >&2; return 1; }
    fi
    PG_OWNER=""
    mkdir -p "$PG_DIR"
    if [ "$(id -u)" = 0 ]; then
        PG_OWNER=postgres
        id "$PG_OWNER" >/dev/null 2>&1 \
            || useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_OWNER"
        chown "$PG_OWNER" "$PG_DIR"
        # The owner must be able to reach the cluster's directory.
        local d=$PG_DIR
        while [ "$d" != / ]; do d=$(dirname "$d"); chmod o+x "$d" 2>/dev/null || true; done
    fi
    PG_PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    pg_as_owner "$PG_BIN/initdb" -D "$PG_DIR/data" -U orgctl_bench --auth=trust \
        -E UTF8 --locale=C.UTF-8 --no-sync >"$PG_DIR/initdb.log" 2>&1 \
        || { cat "$PG_DIR/initdb.log" >&2; return 1; }
    pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c shared_buffers=256MB -c max_wal_size=4GB" \
        start >/dev/null || { cat "$PG_DIR/server.log" >&2; return 1; }
    PG_URL="postgres://orgctl_bench@127.0.0.1:$PG_PORT"
    trap pg_stop EXIT
}

pg_stop() {
    if [ -n "${PG_DIR:-}" ] && [ -f "$PG_DIR/data/postmaster.pid" ]; then
        pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
}

pg_psql() {
    local db=$1; shift
    PGOPTIONS='-c client_min_messages=warning' "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 "$PG_URL/$db" "$@"
}

pg_createdb() {
    pg_psql postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null
    echo "$PG_URL/$1"
}
