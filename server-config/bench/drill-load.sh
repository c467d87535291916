#!/usr/bin/env bash
# Fault drill: USERS simulated users (200) for SECONDS (600) on the screens over HTTP, at
# 127.0.0.1 only: three in four page and filter the projects table as the manager, one in four
# opens the executor board as ex-001 … ex-100 (HttpLoad.java, a java.net.http driver). Passes with
# zero errors; reports the p95.
#
#   server-config/bench/drill-load.sh [USERS] [SECONDS]
set -euo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"
users=${1:-200}
seconds=${2:-600}
pg_start
domain_running || "$BENCH_DIR/server.sh" start
say "$users users for $seconds s"
java "$ROOT/ear/src/bench/java/com/optimacut/bench/client/HttpLoad.java" load \
    "http://127.0.0.1:$PAYARA_HTTP_PORT/$APP_NAME" "$users" "$seconds" 2>"$RESULTS/drill-load-errors.txt" |
    tee "$RESULTS/drill-load.txt"
read -r _ requests _ errors _ median _ p95 _ max <"$RESULTS/drill-load.txt"
if [ "$errors" = 0 ] && [ "$requests" -gt 0 ]; then
    echo "VERDICT PASS: $users users, $seconds s, $requests requests, 0 errors, p95 $p95 ms (median $median, max $max)" | tee -a "$RESULTS/drill-load.txt"
else
    echo "VERDICT FAIL: $errors errors in $requests requests (p95 $p95 ms); see $RESULTS/drill-load-errors.txt" | tee -a "$RESULTS/drill-load.txt"
    exit 1
fi
