#!/usr/bin/env bash
# Creates the benchmark database afresh and fills it with BENCH_PROJECTS (1,000,000) projects:
# starts the benchmark's own PostgreSQL (port 5433), lets the application's Flyway migrations and
# demo data set create the schema (one deploy on the empty database), then runs
# generate-data.sql as the superuser. Leaves the server stopped.
#
#   server-config/bench/generate-data.sh
set -euo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"
pg_start
pg_recreate_db
"$BENCH_DIR/server.sh" start
"$BENCH_DIR/server.sh" stop
say "Generating $BENCH_PROJECTS projects"
started=$(date +%s)
psql -X -h 127.0.0.1 -p "$BENCH_PG_PORT" -U postgres -d "$BENCH_DB" -v projects="$BENCH_PROJECTS" \
    -f "$BENCH_DIR/generate-data.sql" | tee "$RESULTS/generate-data.log"
echo "generated in $(($(date +%s) - started)) s" | tee -a "$RESULTS/generate-data.log"
