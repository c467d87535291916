#!/usr/bin/env bash
# Fault drill: 1,000 mails are queued in the outbox while the SMTP server is down, then an SMTP
# server comes up (SmtpSink, on 127.0.0.1:BENCH_SMTP_PORT only). Passes when every mail arrives
# exactly once. Both applications on the server (optimacut and optimacut-bench) run an outbox
# scheduler, so the drill also has two senders competing for the same rows, as two nodes would.
#
#   server-config/bench/drill-smtp.sh [COUNT]     (1000)
set -euo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"
count=${1:-1000}
tag=$(date +%s)
sink_log="$RESULTS/drill-smtp-received.txt"
rm -f "$sink_log"
pg_start
domain_running || "$BENCH_DIR/server.sh" start
port_open 127.0.0.1 "$BENCH_SMTP_PORT" && fail "something already listens on $BENCH_SMTP_PORT: stop it first"

say "SMTP down: queueing $count mails (tag $tag)"
read -r low high <<<"$(curl -sf "$BENCH_URL/mail?count=$count&tag=$tag")"
range="id between $low and $high and subject like 'bench-mail $tag %'"
sleep 20
failed=$(bpsql -tAc "select count(*) from outbox_mail where $range and sent_at is null and attempts > 0")
say "After 20 s: $failed of $count have failed attempts, $(bpsql -tAc "select count(*) from outbox_mail where $range and sent_at is not null") sent"

say "SMTP up"
java "$ROOT/ear/src/bench/java/com/optimacut/bench/client/SmtpSink.java" "$BENCH_SMTP_PORT" "$sink_log" \
    >"$RESULTS/drill-smtp-sink.out" 2>&1 &
sink=$!
trap 'kill $sink 2>/dev/null || true' EXIT
up_at=$(date +%s)
unsent=$count
for ((i = 0; i < 900; i += 5)); do
    sleep 5
    unsent=$(bpsql -tAc "select count(*) from outbox_mail where $range and sent_at is null")
    [ "$unsent" = 0 ] && break
done
all_sent_after=$(($(date +%s) - up_at))
# A little longer, so a second delivery of any mail would be seen.
sleep 15
kill "$sink"
received=$(grep -c "^bench-mail $tag " "$sink_log" || true)
distinct=$(grep "^bench-mail $tag " "$sink_log" | sort -u | wc -l)
{
    echo "queued $count while SMTP was down; $failed had failed attempts before it came up"
    echo "all marked sent ${all_sent_after} s after SMTP came up; unsent left: $unsent"
    echo "received $received messages, $distinct distinct"
} | tee "$RESULTS/drill-smtp.txt"
if [ "$unsent" = 0 ] && [ "$received" = "$count" ] && [ "$distinct" = "$count" ]; then
    echo "VERDICT PASS: $count of $count mails delivered exactly once, the last ${all_sent_after} s after SMTP came back" | tee -a "$RESULTS/drill-smtp.txt"
else
    echo "VERDICT FAIL: $distinct distinct of $count delivered, $received received in all, $unsent unsent" | tee -a "$RESULTS/drill-smtp.txt"
    exit 1
fi
