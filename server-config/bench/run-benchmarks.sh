#!/usr/bin/env bash
# The benchmark harness: each measure runs the application's path and the database's own floor in
# the same run and reports median, p95 and their ratio. Needs the data of generate-data.sh; starts
# a fresh benchmark domain on it (the database is kept), and leaves the server running.
#
#   server-config/bench/run-benchmarks.sh [RUNS]     (RUNS timed repetitions per latency measure, 20)
#   BENCH_ONLY="escalation deploy" server-config/bench/run-benchmarks.sh   runs only those measures
#   (page, work, escalation, deploy, memory) and keeps the other tables of the last run.
#
# Results: BENCH_HOME/results/benchmarks.md (the tables for docs/benchmarks.md) and the raw
# numbers next to it. See docs/benchmarks.md for what each measure does.
set -euo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"
runs=${1:-20}
rounds=${BENCH_ROUNDS:-3}
work_seconds=${BENCH_WORK_SECONDS:-30}
raw="$RESULTS/raw"
mkdir -p "$raw"
report="$RESULTS/benchmarks.md"
only=${BENCH_ONLY:-page work escalation deploy memory}
# True when the measure $1 is to run this time; its table then goes to section-$1.md.
measure() {
    [[ " $only " == *" $1 "* ]] || return 1
    section="$RESULTS/section-$1.md"
    : >"$section"
}
app_url="http://127.0.0.1:$PAYARA_HTTP_PORT/$APP_NAME"
client_src="$ROOT/ear/src/bench/java/com/optimacut/bench/client"

pg_start
[ "$(bpsql -tAc 'select count(*) from project')" -ge 1000 ] || fail "no data: run generate-data.sh first"
[ "${BENCH_KEEP_SERVER:-false}" = true ] && domain_running || "$BENCH_DIR/server.sh" start
payara_pid=$("$BENCH_DIR/server.sh" pid)

# Prints the milliseconds of each "Time:" line psql's \timing wrote, summed over groups of $1 lines.
psql_times() {
    sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | awk -v n="$1" '{s += $1} NR % n == 0 {printf "%.3f\n", s; s = 0}'
}

# Prints "median p95 floor-median floor-p95 ratio-median ratio-p95" for two files of numbers.
compare() {
    local app floor
    app=$(median_p95 <"$1")
    floor=$(median_p95 <"$2")
    awk -v a="$app" -v f="$floor" 'BEGIN {split(a, x, " "); split(f, y, " ");
        printf "%s %s %s %s %.2f %.2f\n", x[1], x[2], y[1], y[2], x[1] / y[1], x[2] / y[2]}'
}

{
    echo "Machine: $(machine)."
    echo "Data: $(bpsql -tAc 'select count(*) from project') projects, $(bpsql -tAc 'select count(*) from layout_work') layouts. Runs: $runs per latency measure, $rounds rounds of ${work_seconds} s for throughput."
    echo
} >"$RESULTS/section-0-machine.md"

# ---- Projects page ----
# The SQL that ProjectService.list sends for a status filter, sorted by deadline, one page of 25
# (EclipseLink's statements, read from PostgreSQL's statement log), with the literals psql needs.
page_sql() {
    local statuses=$1 first=$2
    cat <<SQL
SELECT t0.ID, t0.NAME, t1.NAME, t0.STATUS, t2.full_name, t0.DEADLINE, t0.PRIORITY, t0.price_total, t0.VERSION FROM project t0 LEFT OUTER JOIN executor t3 ON (t3.ID = t0.assigned_executor_id) LEFT OUTER JOIN app_user t2 ON (t2.ID = t3.user_id), client t1 WHERE (t0.STATUS IN ($statuses) AND (t1.ID = t0.client_id)) ORDER BY t0.DEADLINE ASC, t0.ID ASC LIMIT 25 OFFSET $first;
SELECT COUNT(t0.ID) FROM project t0 WHERE t0.STATUS IN ($statuses);
SQL
}

page_case() {
    local name=$1 statuses=$2 total first quoted
    total=$(bpsql -tAc "select count(*) from project where status in ($(sed "s/\([A-Z_]*\)/'\1'/g" <<<"$statuses"))")
    first=$(( (total * 9 / 10) / 100 * 100 ))
    quoted=$(sed "s/\([A-Z_]*\)/'\1'/g" <<<"$statuses")
    say "Projects page: $name ($statuses, $total rows, page at $first)"
    curl -sf "$BENCH_URL/page?runs=5&first=$first&statuses=$statuses" >/dev/null
    curl -sf "$BENCH_URL/page?runs=$runs&first=$first&statuses=$statuses" >"$raw/page-$name-service.txt"
    { echo '\timing on'; for ((i = 0; i < runs + 5; i++)); do page_sql "$quoted" "$first"; done; } |
        bpsql -o /dev/null 2>&1 | psql_times 2 | tail -n "$runs" >"$raw/page-$name-sql.txt"
    java "$client_src/HttpLoad.java" page "$app_url" manager demo "$statuses" "$first" $((runs + 5)) |
        tail -n "$runs" >"$raw/page-$name-http.txt"
    read -r sm sp fm fp rm rp <<<"$(compare "$raw/page-$name-service.txt" "$raw/page-$name-sql.txt")"
    read -r hm hp _ _ hrm hrp <<<"$(compare "$raw/page-$name-http.txt" "$raw/page-$name-sql.txt")"
    echo "| $name: status in ($statuses), rows $first–$((first + 24)) of $total | $sm / $sp | $hm / $hp | $fm / $fp | $rm× / **$rp×** | $hrm× / $hrp× |" >>"$section"
}

if measure page; then
{
    echo "### Projects page (ms, median / p95)"
    echo
    echo "| case | service | HTTP ajax | SQL in psql | service ÷ SQL | HTTP ÷ SQL |"
    echo "| --- | --- | --- | --- | --- | --- |"
} >>"$section"
page_case open WAITING,IN_PROGRESS
page_case closed CLOSED
echo >>"$section"
fi

# ---- Executors' take + complete vs pgbench -N ----
if measure work; then
say "Executors' work vs pgbench -N, $rounds rounds of $work_seconds s at 32 clients"
pgbench_db=${BENCH_DB}_pgbench
if ! psql -X -h 127.0.0.1 -p "$BENCH_PG_PORT" -U postgres -d "$pgbench_db" -c 'select 1 from pgbench_accounts limit 1' >/dev/null 2>&1; then
    psql -X -q -h 127.0.0.1 -p "$BENCH_PG_PORT" -U postgres -d postgres -c "create database $pgbench_db"
    pgbench -q -i -s 32 -h 127.0.0.1 -p "$BENCH_PG_PORT" -U postgres "$pgbench_db" >/dev/null 2>&1
fi
: >"$raw/work-service.txt"
: >"$raw/work-pgbench.txt"
: >"$raw/work-service-detail.txt"
: >"$raw/work-pgbench-detail.txt"
# CPU seconds per round, "client PostgreSQL transactions": the client is Payara for the services
# and the pgbench process for pgbench. Both share the same two cores with PostgreSQL.
: >"$raw/work-service-cpu.txt"
: >"$raw/work-pgbench-cpu.txt"
# Warm-up, left out: the JIT compiles the services' path, and both paths fill the caches.
curl -sf "$BENCH_URL/work?clients=32&seconds=15" >/dev/null
pgbench -n -N -c 32 -j 2 -T 5 -h 127.0.0.1 -p "$BENCH_PG_PORT" -U postgres "$pgbench_db" >/dev/null 2>&1
for ((r = 1; r <= rounds; r++)); do
    app_cpu=$(proc_cpu "$payara_pid")
    db_cpu=$(pg_cpu)
    curl -sf "$BENCH_URL/work?clients=32&seconds=$work_seconds" | tee -a "$raw/work-service-detail.txt" |
        awk '{print $4}' >>"$raw/work-service.txt"
    echo "$(awk -v a="$(proc_cpu "$payara_pid")" -v b="$app_cpu" 'BEGIN {print a - b}') \
$(awk -v a="$(pg_cpu)" -v b="$db_cpu" 'BEGIN {print a - b}') \
$(tail -1 "$raw/work-service-detail.txt" | awk '{print $1}')" >>"$raw/work-service-cpu.txt"
    db_cpu=$(pg_cpu)
    # The subshell's "times" reports the CPU of its ended children: the pgbench process.
    (
        pgbench -n -N -c 32 -j 2 -T "$work_seconds" -h 127.0.0.1 -p "$BENCH_PG_PORT" -U postgres "$pgbench_db" \
            2>/dev/null >"$raw/work-pgbench-round.txt"
        times >"$raw/work-pgbench-time.txt"
    )
    tee -a "$raw/work-pgbench-detail.txt" <"$raw/work-pgbench-round.txt" |
        sed -n 's/^tps = \([0-9.]*\).*/\1/p' >>"$raw/work-pgbench.txt"
    echo "$(tail -1 "$raw/work-pgbench-time.txt" | sed 's/m/ /g; s/s//g' | awk '{print $1 * 60 + $2 + $3 * 60 + $4}') \
$(awk -v a="$(pg_cpu)" -v b="$db_cpu" 'BEGIN {print a - b}') \
$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$raw/work-pgbench-round.txt")" \
        >>"$raw/work-pgbench-cpu.txt"
done
# Prints "client PostgreSQL total" CPU milliseconds per transaction over all rounds of file $1.
cpu_per_call() {
    awk '{c += $1; d += $2; n += $3} END {printf "%.2f %.2f %.2f\n", 1000 * c / n, 1000 * d / n, 1000 * (c + d) / n}' "$1"
}
read -r sc sd st <<<"$(cpu_per_call "$raw/work-service-cpu.txt")"
read -r bc bd bt <<<"$(cpu_per_call "$raw/work-pgbench-cpu.txt")"
read -r wm wp pm pp _ _ <<<"$(compare "$raw/work-service.txt" "$raw/work-pgbench.txt")"
wmin=$(sort -g "$raw/work-service.txt" | head -1)
pmax=$(sort -g "$raw/work-pgbench.txt" | tail -1)
lat=$(awk '{m += $5; p += $6} END {printf "%.1f / %.1f", m / NR, p / NR}' "$raw/work-service-detail.txt")
errs=$(awk '{e += $2} END {print e}' "$raw/work-service-detail.txt")
{
    echo "### Executors' take + complete at 32 clients (transactions per second over $rounds rounds of $work_seconds s)"
    echo
    echo "| services: calls/s median (worst) | pgbench -N: TPS median (best) | ratio of medians | worst ÷ best | call latency ms median / p95 | failed calls |"
    echo "| --- | --- | --- | --- | --- | --- |"
    awk -v a="$wm" -v b="$pm" -v w="$wmin" -v x="$pmax" -v l="$lat" -v e="$errs" \
        'BEGIN {printf "| %s (%s) | %s (%s) | **%.2f** | %.2f | %s | %s |\n", a, w, b, x, a / b, w / x, l, e}'
    echo
    echo "CPU milliseconds per transaction, all rounds (\`/proc\`; Payara is the services' client, the pgbench process pgbench's):"
    echo
    echo "| path | client | PostgreSQL | total | calls/s that $(nproc) cores allow at that cost |"
    echo "| --- | --- | --- | --- | --- |"
    awk -v c="$sc" -v d="$sd" -v t="$st" -v n="$(nproc)" 'BEGIN {printf "| services (Payara) | %s | %s | %s | %.0f |\n", c, d, t, n * 1000 / t}'
    awk -v c="$bc" -v d="$bd" -v t="$bt" -v n="$(nproc)" 'BEGIN {printf "| pgbench -N | %s | %s | %s | %.0f |\n", c, d, t, n * 1000 / t}'
    echo
} >>"$section"
fi

# ---- Escalation ----
reset_escalation() {
    bpsql -c "delete from notification where kind = 'PRIORITY_ESCALATED'" \
        -c "delete from status_change where action = 'ESCALATE_PRIORITY'" \
        -c "update project set priority = 'NORMAL', escalation_pass = null, escalated_at = null where escalation_pass is not null" \
        -c "vacuum analyze project" -c "vacuum analyze status_change" -c "vacuum analyze notification" >/dev/null
}
escalation_sql() {
    cat <<'SQL'
\timing on
begin;
UPDATE project SET PRIORITY = 'HIGH', escalation_pass = 'psql-pass', escalated_at = now(), updated_at = now(), VERSION = (VERSION + 1) WHERE ((PRIORITY = 'NORMAL') AND (STATUS IN ('WAITING', 'IN_PROGRESS', 'DIFFICULTIES', 'SUSPENDED')) AND (DEADLINE <= now() + interval '24 hours'));
insert into status_change (id, project_id, from_status, to_status, action, actor, changed_at) select nextval('status_change_seq'), p.id, p.status, p.status, 'ESCALATE_PRIORITY', 'SYSTEM', p.escalated_at from project p where p.escalation_pass = 'psql-pass';
insert into notification (id, recipient, kind, project_id, created_at, is_read, version) select nextval('notification_seq'), u.username, 'PRIORITY_ESCALATED', p.id, p.escalated_at, false, 0 from project p join executor e on e.id = p.assigned_executor_id join app_user u on u.id = e.user_id where p.escalation_pass = 'psql-pass';
insert into notification (id, recipient, kind, project_id, created_at, is_read, version) select nextval('notification_seq'), u.username, 'PRIORITY_ESCALATED', p.id, p.escalated_at, false, 0 from project p cross join app_user u join app_user_role r on r.user_id = u.id where p.escalation_pass = 'psql-pass' and p.assigned_executor_id is null and r.role = 'MANAGER' and u.enabled = true;
commit;
SQL
}
if measure escalation; then
say "Escalation: $rounds rounds of one pass through DeadlineScheduler and one in psql"
: >"$raw/escalation-service.txt"
: >"$raw/escalation-sql.txt"
: >"$raw/escalation-update.txt"
for ((r = 1; r <= rounds + 1; r++)); do
    reset_escalation
    service=$(curl -sf "$BENCH_URL/escalate")
    reset_escalation
    times=$(escalation_sql | bpsql -o /dev/null 2>&1 | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p')
    # The first round warms both up and is left out.
    [ "$r" = 1 ] && continue
    echo "$service" | awk '{print $1}' >>"$raw/escalation-service.txt"
    echo "$service" | awk '{print $2}' >"$raw/escalation-raised.txt"
    echo "$times" | awk '{s += $1} END {printf "%.3f\n", s}' >>"$raw/escalation-sql.txt"
    # Line 1 is BEGIN, line 2 the UPDATE.
    echo "$times" | sed -n 2p >>"$raw/escalation-update.txt"
done
reset_escalation
read -r em ep fm fp rm rp <<<"$(compare "$raw/escalation-service.txt" "$raw/escalation-sql.txt")"
read -r _ _ um up urm urp <<<"$(compare "$raw/escalation-service.txt" "$raw/escalation-update.txt")"
{
    echo "### Escalation: one pass over $(bpsql -tAc 'select count(*) from project') projects, $(cat "$raw/escalation-raised.txt") raised (ms, $rounds rounds)"
    echo
    echo "| DeadlineScheduler.runPass | same statements in psql (UPDATE + history + notifications) | the UPDATE alone in psql | pass ÷ same statements | pass ÷ UPDATE alone |"
    echo "| --- | --- | --- | --- | --- |"
    echo "| $em / $ep | $fm / $fp | $um / $up | **$rm×** / $rp× | $urm× / $urp× |"
    echo
} >>"$section"
fi

# ---- Deploy ----
if measure deploy; then
say "Deploy: the EAR vs an empty WAR, $rounds times each"
empty="$BENCH_HOME/empty"
rm -rf "$empty" && mkdir -p "$empty/war"
echo '<html><body>empty</body></html>' >"$empty/war/index.html"
(cd "$empty/war" && jar cf "$empty/empty.war" .)
timed() {
    local start
    start=$(date +%s.%N)
    "$@" >/dev/null
    awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.3f\n", (e - s) * 1000}'
}
: >"$raw/deploy-ear.txt"
: >"$raw/deploy-empty.txt"
for ((r = 1; r <= rounds; r++)); do
    timed "${ASADMIN[@]}" deploy --name empty "$empty/empty.war" >>"$raw/deploy-empty.txt"
    "${ASADMIN[@]}" undeploy empty >/dev/null
    "${ASADMIN[@]}" undeploy "$APP_NAME" >/dev/null
    timed "${ASADMIN[@]}" deploy --name "$APP_NAME" "$ROOT/ear/target/optimacut.ear" >>"$raw/deploy-ear.txt"
done
wait_for_app 120 || fail "the application did not come back after the deploy measure"
read -r dm dp em2 ep2 rm rp <<<"$(compare "$raw/deploy-ear.txt" "$raw/deploy-empty.txt")"
{
    echo "### Deploy (ms, $rounds deploys each, asadmin deploy's wall time)"
    echo
    echo "| EAR | empty WAR | EAR ÷ empty WAR |"
    echo "| --- | --- | --- |"
    echo "| $dm / $dp | $em2 / $ep2 | **$rm×** / $rp× |"
    echo
} >>"$section"
fi

# ---- Memory ----
if measure memory; then
say "Memory: paging through every project, 500 at a time, a day of deadlines after the other"
heap_used_mb() {
    jstat -gc "$payara_pid" | awk 'NR == 2 {printf "%.0f\n", ($3 + $4 + $6 + $8) / 1024}'
}
max_heap=$(jcmd "$payara_pid" VM.flags | grep -o 'MaxHeapSize=[0-9]*' | head -1 | cut -d= -f2)
(while kill -0 "$payara_pid" 2>/dev/null; do heap_used_mb; sleep 1; done) >"$raw/heap-samples.txt" &
sampler=$!
scan=$(curl -sf "$BENCH_URL/scan?size=500")
kill "$sampler"
jcmd "$payara_pid" GC.run >/dev/null
after=$(heap_used_mb)
peak=$(sort -g "$raw/heap-samples.txt" | tail -1)
{
    echo "### Memory"
    echo
    echo "| projects paged (of all) | service calls | time | heap used, peak while paging | heap used after a full GC | max heap (-Xmx) |"
    echo "| --- | --- | --- | --- | --- | --- |"
    read -r paged all calls took <<<"$scan"
    echo "| $paged ($all) | $calls | $took s | $peak MB | **$after MB** | $((max_heap / 1048576)) MB |"
    echo
} >>"$section"
fi
cat "$RESULTS"/section-0-machine.md "$RESULTS"/section-page.md "$RESULTS"/section-work.md \
    "$RESULTS"/section-escalation.md "$RESULTS"/section-deploy.md "$RESULTS"/section-memory.md >"$report" 2>/dev/null || true
say "Done: $report"
cat "$report"
