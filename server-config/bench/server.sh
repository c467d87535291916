#!/usr/bin/env bash
# The benchmark's Payara: a domain "bench" on port base BENCH_PORTBASE (23000) in BENCH_HOME, with
# the data source on the benchmark's own PostgreSQL and mail to SMTP on 127.0.0.1:BENCH_SMTP_PORT.
#
#   server.sh start    creates the domain afresh, configures it, deploys the EAR and the bench EAR
#   server.sh stop     stops the domain
#   server.sh pid      prints the server's process id
set -euo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"
asadmin="$PAYARA_HOME/bin/asadmin"
domain_dir="$PAYARA_HOME/glassfish/domains/$PAYARA_DOMAIN"

start() {
    local ear="$ROOT/ear/target/optimacut.ear"
    [ -f "$ear" ] || fail "no $ear: run ./mvnw -B -DskipTests install first"
    provision_payara
    if [ -d "$domain_dir" ]; then
        domain_running && "$asadmin" stop-domain "$PAYARA_DOMAIN" >/dev/null
        "$asadmin" delete-domain "$PAYARA_DOMAIN" >/dev/null
    fi
    say "Creating domain $PAYARA_DOMAIN (admin $PAYARA_ADMIN_PORT, HTTP $PAYARA_HTTP_PORT)"
    "$asadmin" create-domain --portbase "$PAYARA_PORTBASE" --nopassword=true "$PAYARA_DOMAIN" >/dev/null
    cp ~/.m2/repository/org/postgresql/postgresql/"$(pom_property postgresql.version)"/postgresql-*.jar "$domain_dir/lib/"
    "$asadmin" start-domain "$PAYARA_DOMAIN" >/dev/null
    "$BENCH_DIR/../payara/apply.sh" datasource-postgresql.asadmin http.asadmin mail.asadmin messaging.asadmin application.asadmin
    local listeners=configs.config.server-config.network-config.network-listeners.network-listener
    "${ASADMIN[@]}" set "$listeners.admin-listener.address=127.0.0.1" >/dev/null
    "${ASADMIN[@]}" set "$listeners.http-listener-1.address=127.0.0.1" >/dev/null
    "$asadmin" restart-domain "$PAYARA_DOMAIN" >/dev/null
    "${ASADMIN[@]}" ping-connection-pool optimacut-pool >/dev/null || fail "Payara cannot reach $OPTIMACUT_DB_URL"
    say "Deploying the EAR"
    "${ASADMIN[@]}" deploy --name "$APP_NAME" "$ear" >/dev/null
    wait_for_app 180 || fail "the application did not start; see $domain_dir/logs/server.log"
    deploy_bench
}

deploy_bench() {
    "$BENCH_DIR/build-bench-ear.sh"
    say "Deploying the bench EAR"
    "${ASADMIN[@]}" deploy --force=true --name "$BENCH_APP" "$BENCH_HOME/$BENCH_APP.ear" >/dev/null
    local i
    for ((i = 0; i < 90; i++)); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "$BENCH_URL/ping")" = 200 ] && return 0
        sleep 2
    done
    fail "the bench application does not answer at $BENCH_URL/ping"
}

case "${1:-}" in
    start) start ;;
    deploy-bench) deploy_bench ;;
    stop) domain_running && "$asadmin" stop-domain "$PAYARA_DOMAIN" >/dev/null || true ;;
    pid) cat "$domain_dir/config/pid" ;;
    *) echo "usage: server.sh start|stop|deploy-bench|pid" >&2; exit 2 ;;
esac
