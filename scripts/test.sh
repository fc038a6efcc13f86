#!/usr/bin/env bash
# The one test command (README): `cargo test` on SQLite, then the integration
# suite again against a throwaway PostgreSQL cluster, and one closing
# "N passed, N failed" line over everything.
#
# The cluster lives under the build directory (${CARGO_TARGET_DIR:-target}/
# pg-test), listens on a unix socket only, runs with fsync off and trusts its
# one test role; it is started here and stopped on any exit. PostgreSQL's
# binaries are looked for on PATH and under /usr/lib/postgresql; when none
# are found, Debian's `postgresql` package is installed with apt-get.
# initdb refuses to run as root, so as root the cluster belongs to the
# `postgres` system user (created if missing).
#
# ORGCTL_TEST_PG=<server URL> skips the cluster and uses that server (each
# test creates and drops its own database there). Extra arguments go to
# both `cargo test` runs (e.g. a test-name filter).
set -euo pipefail
shopt -s inherit_errexit 2>/dev/null || true
cd "$(dirname "$0")/.."

target="${CARGO_TARGET_DIR:-target}"
mkdir -p "$target"
target="$(cd "$target" && pwd)"
log="$target/test-all.log"
: >"$log"

pg_bin() {
    local dir
    if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
        dirname "$(command -v initdb)"
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

cluster=""
owner=""
as_owner() {
    if [ -n "$owner" ]; then
        # runuser keeps the environment it is given, nothing else.
        runuser -u "$owner" -- "$@"
    else
        "$@"
    fi
}

stop_cluster() {
    if [ -n "$cluster" ] && [ -f "$cluster/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
}

start_cluster() {
    if ! bin="$(pg_bin)"; then
        echo "== PostgreSQL not found: installing Debian's postgresql (apt-get)"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >/dev/null
        apt-get install -y -qq postgresql >/dev/null
        bin="$(pg_bin)" || { echo "PostgreSQL's initdb still not found after apt-get install postgresql" >&2; exit 1; }
    fi
    cluster="$target/pg-test"
    if [ "$(id -u)" = 0 ]; then
        owner=postgres
        if ! id "$owner" >/dev/null 2>&1; then
            useradd --system --no-create-home --shell /usr/sbin/nologin "$owner"
        fi
    fi
    # A cluster left by an interrupted run is stopped and made anew.
    stop_cluster
    rm -rf "$cluster"
    mkdir -p "$cluster"
    [ -n "$owner" ] && chown "$owner" "$cluster"
    # The owner must be able to reach the cluster's directory.
    [ -n "$owner" ] && chmod o+x "$target" "$(dirname "$target")" 2>/dev/null || true
    trap stop_cluster EXIT
    trap 'exit 130' INT TERM
    as_owner "$bin/initdb" -D "$cluster/data" -U orgctl_test --auth=trust \
        -E UTF8 --locale=C.UTF-8 --no-sync >"$cluster/initdb.log" 2>&1 \
        || { cat "$cluster/initdb.log" >&2; exit 1; }
    # The test superuser is trusted on this private socket; every other
    # role (the wrong-password test's, and the orgctl logins the login tests
    # create) must give its password, as on a real server (scram-sha-256).
    as_owner sh -c "{ echo 'local all orgctl_test trust'; echo 'local all all scram-sha-256'; cat '$cluster/data/pg_hba.conf'; } >'$cluster/data/hba.new' && mv '$cluster/data/hba.new' '$cluster/data/pg_hba.conf'"
    as_owner "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
        -o "-c listen_addresses='' -k $cluster -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null || { cat "$cluster/server.log" >&2; exit 1; }
    export ORGCTL_TEST_PG="postgres://orgctl_test@/postgres?host=$cluster"
}

# The mail tests talk to a real SMTP server, Python's aiosmtpd
# (tests/smtp/server.py): installed with pip, or Debian's package, if missing.
if ! python3 -c 'import aiosmtpd' 2>/dev/null; then
    echo "== installing aiosmtpd for the mail tests (python3 -m pip)"
    python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore aiosmtpd 2>/dev/null \
        || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages aiosmtpd 2>/dev/null \
        || { export DEBIAN_FRONTEND=noninteractive; apt-get update -qq >/dev/null && apt-get install -y -qq python3-aiosmtpd >/dev/null; } \
        || { echo "cannot install aiosmtpd (pip install aiosmtpd, or apt-get install python3-aiosmtpd)" >&2; exit 1; }
fi

echo "== cargo test (SQLite)"
status=0
env -u ORGCTL_TEST_PG cargo test --locked "$@" 2>&1 | tee -a "$log" || status=1

if [ -z "${ORGCTL_TEST_PG:-}" ]; then
    echo "== starting a throwaway PostgreSQL cluster in $target/pg-test"
    start_cluster
fi
echo "== cargo test --test it (PostgreSQL)"
cargo test --locked --test it "$@" 2>&1 | tee -a "$log" || status=1

# One closing line over every test binary of both runs, in the form CI reads.
awk '/^test result:/ { p += $4; f += $6 } END { printf "%d passed, %d failed\n", p, f }' "$log"
exit "$status"
