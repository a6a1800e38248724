# Sourced by test.sh: a throwaway PostgreSQL server on loopback for the tests, in a temporary
# folder, on a free port, run as an unprivileged user (PostgreSQL refuses to run as root).

dossierkast_postgres_start() {
    local bindir
    bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
        if [ "${CI:-}" = "true" ]; then
            echo "PostgreSQL server not installed, but CI must run every test on both databases." >&2
            return 1
        fi
        echo "PostgreSQL server not found: the PostgreSQL rows of the tests are skipped."
        return 0
    fi
    DOSSIERKAST_PG_DIR=$(mktemp -d /tmp/dossierkast-pg.XXXXXX)
    DOSSIERKAST_PG_RUN=()
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$DOSSIERKAST_PG_DIR"
        DOSSIERKAST_PG_RUN=(runuser -u postgres --)
    fi
    DOSSIERKAST_PG_BIN=$bindir
    if ! "${DOSSIERKAST_PG_RUN[@]}" "$bindir/initdb" -D "$DOSSIERKAST_PG_DIR/data" -U dossierkast -A trust \
            -E UTF8 --no-locale --no-sync >"$DOSSIERKAST_PG_DIR/initdb.log" 2>&1; then
        cat "$DOSSIERKAST_PG_DIR/initdb.log" >&2
        return 1
    fi
    # The set-up account (the superuser the tests build their databases with) is trusted on
    # loopback; every other role, such as the users' own logins, must give its password.
    cat >"$DOSSIERKAST_PG_DIR/data/pg_hba.conf" <<'HBA'
local all dossierkast trust
host  all dossierkast 127.0.0.1/32 trust
local all all scram-sha-256
host  all all 127.0.0.1/32 scram-sha-256
HBA
    local port attempt
    for attempt in $(seq 1 20); do
        port=$((20000 + RANDOM % 40000))
        if "${DOSSIERKAST_PG_RUN[@]}" "$bindir/pg_ctl" -D "$DOSSIERKAST_PG_DIR/data" -l "$DOSSIERKAST_PG_DIR/server.log" \
                -w -t 60 -o "-p $port -k $DOSSIERKAST_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200" \
                start >/dev/null 2>&1; then
            export DOSSIERKAST_TEST_POSTGRESQL="postgresql://dossierkast@127.0.0.1:$port/postgres"
            echo "Throwaway PostgreSQL server for the tests on 127.0.0.1:$port"
            trap dossierkast_postgres_stop EXIT
            return 0
        fi
    done
    cat "$DOSSIERKAST_PG_DIR/server.log" >&2
    return 1
}

dossierkast_postgres_stop() {
    [ -n "${DOSSIERKAST_PG_DIR:-}" ] || return 0
    "${DOSSIERKAST_PG_RUN[@]}" "$DOSSIERKAST_PG_BIN/pg_ctl" -D "$DOSSIERKAST_PG_DIR/data" -m immediate stop >/dev/null 2>&1
    rm -rf "$DOSSIERKAST_PG_DIR"
}
