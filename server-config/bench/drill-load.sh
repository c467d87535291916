#!/usr/bin/env bash
# Fault drill: USERS simulated users (200) for SECONDS (600) on the screens over HTTP, at
# 127.0.0.1 only: three in four page and filter the projects table as managers load-m001 …, one
# in four opens the executor board as ex-001 … ex-100 (HttpLoad.java, a java.net.http driver).
# Every user has an account of its own, as in a workshop. The manager accounts are created
# (password "demo") and enabled for the drill and disabled after it, so that they receive no
# escalation notifications outside it. Passes with zero errors; reports the p95 of every request.
#
# Users arrive one after the other over RAMP_SECONDS (default: one per second, 200 s for 200
# users), then all of them stay for SECONDS, so the drill takes RAMP_SECONDS + SECONDS. Each user
# signs in once and keeps the session, as a browser does. The ramp is sized by the sign-in's
# password hash (PBKDF2-HMAC-SHA512, 210,000 iterations). On the benchmark machine (2 cores,
# shared with other work) one hash took 0.20 s of one core at best and 0.34–0.45 s as the median.
# Two cores therefore allow at most 10 sign-ins a second and nothing else, and two threads
# measured 4.7 a second. One sign-in a second costs a tenth to a fifth of the CPU and leaves the rest to the
# pages. A workshop's people arrive over minutes, not seconds.
#
#   server-config/bench/drill-load.sh [USERS] [SECONDS] [RAMP_SECONDS]
set -euo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"
users=${1:-200}
seconds=${2:-600}
ramp=${3:-$users}
pg_start
domain_running || "$BENCH_DIR/server.sh" start
say "$users users arriving over $ramp s, then all of them for $seconds s"
bpsql <<SQL
insert into app_user (id, username, full_name, password_hash, enabled, created_at, version)
select nextval('app_user_seq'), 'load-m' || lpad(i::text, 3, '0'), 'Менеджер ' || i,
       (select password_hash from app_user where username = 'manager'), true, now(), 0
from generate_series(1, $users) i
on conflict (username) do update set enabled = true;
insert into app_user_role (user_id, role)
select u.id, 'MANAGER' from app_user u where u.username like 'load-m%' on conflict do nothing;
SQL
trap "bpsql -c \"update app_user set enabled = false where username like 'load-m%'\" >/dev/null" EXIT
java "$ROOT/ear/src/bench/java/com/optimacut/bench/client/HttpLoad.java" load \
    "http://127.0.0.1:$PAYARA_HTTP_PORT/$APP_NAME" "$users" "$seconds" "$ramp" 2>"$RESULTS/drill-load-errors.txt" |
    tee "$RESULTS/drill-load.txt"
read -r _ requests _ errors _ median _ p95 _ max _ resends _ _ <"$RESULTS/drill-load.txt"
if [ "$errors" = 0 ] && [ "$requests" -gt 0 ]; then
    echo "VERDICT PASS: $users users, $ramp s ramp + $seconds s, $requests requests, 0 errors, p95 $p95 ms (median $median, max $max), $resends resent after a closed connection" | tee -a "$RESULTS/drill-load.txt"
else
    echo "VERDICT FAIL: $errors errors in $requests requests (p95 $p95 ms); see $RESULTS/drill-load-errors.txt" | tee -a "$RESULTS/drill-load.txt"
    exit 1
fi
