#!/usr/bin/env bash
# Fault drill: the benchmark's PostgreSQL (port 5433, never the machine's 5432) is restarted while
# 32 clients take and complete layouts through the services. Passes when every call the clients
# saw succeed is in the database, and the services answer again within 30 s of PostgreSQL being
# back, without a server restart (the pool validates connections and drops them all on a failure:
# server-config/payara/datasource-postgresql.asadmin).
#
#   server-config/bench/drill-postgres-restart.sh [SECONDS]     (load duration, 60; restart at 15 s)
set -euo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"
seconds=${1:-60}
pg_start
domain_running || "$BENCH_DIR/server.sh" start
log="$RESULTS/drill-postgres-client.log"
rm -f "$log"

say "Load: 32 clients for $seconds s; PostgreSQL restarts after 15 s"
curl -sf "$BENCH_URL/work?clients=32&seconds=$seconds&log=$log" >"$RESULTS/drill-postgres-work.txt" &
load=$!
sleep 15
down_at=$(date +%s%3N)
as_postgres "$BENCH_PG_BIN/pg_ctl" -D "$BENCH_PG_DATA" -m fast -w restart -l "$BENCH_PG_DATA/server.log" >/dev/null
up_at=$(date +%s%3N)
say "PostgreSQL restarted: down $((up_at - down_at)) ms"
# The services answer again when a page of the projects list comes back.
served_at=""
for ((i = 0; i < 600; i++)); do
    if curl -sf "$BENCH_URL/page?runs=1&first=0&statuses=WAITING" >/dev/null 2>&1; then
        served_at=$(date +%s%3N)
        break
    fi
    sleep 0.1
done
wait "$load" || fail "the load request failed: see $PAYARA_HOME/glassfish/domains/$PAYARA_DOMAIN/logs/server.log"
read -r calls errors _ <"$RESULTS/drill-postgres-work.txt"
first_call_after=$(awk -v t="$up_at" '$3 >= t {print $3; exit}' <(sort -k3,3n "$log"))

# Every logged take must be taken or completed by a bench executor; every logged completion completed.
lost=$({
    echo "create temp table logged (step text, id bigint, at bigint);"
    echo "copy logged from stdin with (delimiter ' ');"
    cat "$log"
    echo '\.'
    echo "select count(*) from logged l left join layout_work w on w.id = l.id
          left join executor e on e.id = w.taken_by_id left join app_user u on u.id = e.user_id
          where w.id is null or not ((l.step = 'take' and w.status in ('TAKEN', 'COMPLETED')
              and coalesce(u.username, '') like 'bench-ex%') or (l.step = 'complete' and w.status = 'COMPLETED'));"
} | bpsql -tA | awk '{s += $1} END {print s + 0}')
logged=$(wc -l <"$log")
recovery_ms=$(( ${served_at:-$((up_at + 600000))} - up_at ))
{
    echo "calls logged: $logged (load reported $calls successful, $errors failed attempts)"
    echo "PostgreSQL down for $((up_at - down_at)) ms; services answered again $recovery_ms ms after it was back;"
    echo "first successful take/complete after it was back: $(( ${first_call_after:-$up_at} - up_at )) ms"
    echo "logged calls missing from the database: $lost"
} | tee "$RESULTS/drill-postgres.txt"
if [ "$lost" = 0 ] && [ "$logged" -gt 0 ] && [ -n "$served_at" ] && [ "$recovery_ms" -le 30000 ]; then
    echo "VERDICT PASS: $logged committed calls, 0 lost; serving again $((recovery_ms / 1000)).$(( recovery_ms % 1000 / 100 )) s after PostgreSQL restarted, no server restart" | tee -a "$RESULTS/drill-postgres.txt"
else
    echo "VERDICT FAIL: $lost of $logged committed calls lost; serving again after $recovery_ms ms (limit 30000)" | tee -a "$RESULTS/drill-postgres.txt"
    exit 1
fi
