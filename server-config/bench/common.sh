# Settings and functions shared by the benchmark and fault-drill scripts. Source it; every value
# can be set in the environment first. See docs/benchmarks.md for what the scripts measure.

# Work folder: the benchmark's own PostgreSQL data, Payara, logs and results, kept between runs.
# Outside $HOME, which the postgres OS user may not be able to enter.
: "${BENCH_HOME:=/var/tmp/optimacut-bench}"
# The benchmark's own PostgreSQL instance (Debian's binaries, run as the postgres OS user), so that
# the drills can restart it without touching the machine's PostgreSQL on 5432.
: "${BENCH_PG_BIN:=/usr/lib/postgresql/15/bin}"
: "${BENCH_PG_PORT:=5433}"
: "${BENCH_PG_DATA:=$BENCH_HOME/pgdata}"
: "${BENCH_DB:=optimacut_bench}"
: "${BENCH_PORTBASE:=23000}"
: "${BENCH_SMTP_PORT:=23025}"
: "${BENCH_PROJECTS:=1000000}"

export PAYARA_HOME="$BENCH_HOME/payara6"
export PAYARA_DOMAIN=bench
export PAYARA_PORTBASE=$BENCH_PORTBASE
export PAYARA_ADMIN_PORT=$((BENCH_PORTBASE + 48))
export PAYARA_HTTP_PORT=$((BENCH_PORTBASE + 80))
export OPTIMACUT_DB_URL="jdbc:postgresql://127.0.0.1:$BENCH_PG_PORT/$BENCH_DB"
export OPTIMACUT_DB_USER=optimacut
export OPTIMACUT_DB_PASSWORD=
export OPTIMACUT_SMTP_HOST=127.0.0.1
export OPTIMACUT_SMTP_PORT=$BENCH_SMTP_PORT
export OPTIMACUT_DEMO_DATA=true
export OPTIMACUT_MAIL_POLL_SECONDS=1

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=../payara/env.sh
. "$BENCH_DIR/../payara/env.sh"
# shellcheck source=../payara/lib.sh
. "$BENCH_DIR/../payara/lib.sh"
BENCH_APP=optimacut-bench
BENCH_URL="http://127.0.0.1:$PAYARA_HTTP_PORT/$BENCH_APP/bench"
RESULTS="$BENCH_HOME/results"
mkdir -p "$BENCH_HOME" "$RESULTS"

# psql on the benchmark database as the application's user.
bpsql() {
    psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$BENCH_PG_PORT" -U optimacut -d "$BENCH_DB" "$@"
}

as_postgres() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

pg_running() {
    as_postgres "$BENCH_PG_BIN/pg_ctl" -D "$BENCH_PG_DATA" status >/dev/null 2>&1
}

# Creates (first time) and starts the benchmark's PostgreSQL: loopback only, trust authentication.
pg_start() {
    if [ ! -f "$BENCH_PG_DATA/PG_VERSION" ]; then
        say "Creating the benchmark's PostgreSQL in $BENCH_PG_DATA (port $BENCH_PG_PORT)"
        mkdir -p "$BENCH_PG_DATA"
        chown postgres: "$BENCH_PG_DATA" 2>/dev/null || true
        chmod 700 "$BENCH_PG_DATA"
        as_postgres "$BENCH_PG_BIN/initdb" -D "$BENCH_PG_DATA" -U postgres --auth=trust -E UTF8 \
            --locale=C.UTF-8 >/dev/null
        cat >>"$BENCH_PG_DATA/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $BENCH_PG_PORT
unix_socket_directories = '$BENCH_PG_DATA'
max_connections = 200
shared_buffers = 1GB
work_mem = 16MB
maintenance_work_mem = 512MB
max_wal_size = 4GB
# Time per statement (planning and execution) for finding out where a measure's time goes:
# select * from pg_stat_statements order by total_exec_time desc
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.track_planning = on
CONF
    fi
    pg_running && return 0
    as_postgres "$BENCH_PG_BIN/pg_ctl" -D "$BENCH_PG_DATA" -l "$BENCH_PG_DATA/server.log" -w start >/dev/null
}

pg_stop() {
    pg_running || return 0
    as_postgres "$BENCH_PG_BIN/pg_ctl" -D "$BENCH_PG_DATA" -m "${1:-fast}" -w stop >/dev/null
}

# Drops and recreates the benchmark database, owned by the application's user.
pg_recreate_db() {
    psql -X -q -h 127.0.0.1 -p "$BENCH_PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 <<SQL
select 'create role optimacut login' where not exists (select from pg_roles where rolname = 'optimacut') \gexec
drop database if exists $BENCH_DB with (force);
create database $BENCH_DB owner optimacut;
\c $BENCH_DB
create extension if not exists pg_stat_statements;
SQL
}

# Prints "median p95" (nearest rank) of the numbers on standard input, one per line.
median_p95() {
    sort -g | awk '{v[NR] = $1} END {
        if (NR == 0) { print "- -"; exit }
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        r = int(0.95 * NR + 0.999999); if (r < 1) r = 1
        printf "%.3f %.3f\n", m, v[r] }'
}

# Prints the HTTP body of a GET to the bench servlet; fails on a status other than 200.
bench_get() {
    java "$BENCH_DIR/../../ear/src/bench/java/com/optimacut/bench/client/Get.java" "$BENCH_URL/$1"
}

# Prints the CPU seconds (user + system) that process $1 has used so far, with its ended children.
proc_cpu() {
    awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f\n", ($14 + $15 + $16 + $17) / hz}' "/proc/$1/stat"
}

# Prints the CPU seconds that the benchmark's PostgreSQL has used so far: the postmaster with its
# ended backends, and every backend still running.
pg_cpu() {
    local postmaster child
    postmaster=$(head -1 "$BENCH_PG_DATA/postmaster.pid")
    {
        proc_cpu "$postmaster"
        for child in $(pgrep -P "$postmaster"); do
            proc_cpu "$child" 2>/dev/null || true
        done
    } | awk '{s += $1} END {printf "%.2f\n", s}'
}

machine() {
    printf '%s cores (%s), %s GB RAM, %s, PostgreSQL %s' "$(nproc)" \
        "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)" \
        "$(awk '/MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo)" \
        "$(java -version 2>&1 | head -1 | tr -d '"')" \
        "$("$BENCH_PG_BIN/postgres" --version | awk '{print $3}')"
}
