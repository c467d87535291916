#!/usr/bin/env bash
# Starts and stops the Payara that the integration tests run against (the ear module calls it
# around its failsafe tests). "start" recreates the test database, creates a fresh domain on its
# own ports (PAYARA_PORTBASE), configures it with the same command files as run.sh, deploys the
# EAR and waits until it serves. "stop" stops that domain.
#
#   PAYARA_HOME PAYARA_DOMAIN PAYARA_PORTBASE JDBC_DRIVER_DIR OPTIMACUT_DB_URL OPTIMACUT_DB_USER
#   OPTIMACUT_DB_PASSWORD OPTIMACUT_SMTP_HOST OPTIMACUT_SMTP_PORT EAR   test-server.sh start|stop
#
# With OPTIMACUT_INTEGRATOR_USER and OPTIMACUT_INTEGRATOR_PASSWORD set, the realm of the remote
# API gets that account (group INTEGRATOR) and "<user>-norole" (no group) with the same password,
# for the tests that call the remote API with and without the role.
set -euo pipefail
: "${PAYARA_DOMAIN:?}" "${PAYARA_PORTBASE:=20000}"
: "${OPTIMACUT_DEMO_DATA:=true}" "${OPTIMACUT_MAIL_POLL_SECONDS:=1}"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=env.sh
. "$here/env.sh"
# shellcheck source=lib.sh
. "$here/lib.sh"
asadmin="$PAYARA_HOME/bin/asadmin"

start() {
    : "${EAR:?}" "${JDBC_DRIVER_DIR:?}"
    local db_host_port=${OPTIMACUT_DB_URL#jdbc:postgresql://}
    db_host_port=${db_host_port%%/*}
    port_open "${db_host_port%%:*}" "${db_host_port##*:}" ||
        fail "PostgreSQL is not reachable at $db_host_port; the tests need it (README: Requirements)"

    java -cp "$(ls "$JDBC_DRIVER_DIR"/postgresql-*.jar | head -1)" "$here/RecreateDatabase.java" \
        "$OPTIMACUT_DB_URL" "$OPTIMACUT_DB_USER" "$OPTIMACUT_DB_PASSWORD"

    if [ -d "$PAYARA_HOME/glassfish/domains/$PAYARA_DOMAIN" ]; then
        domain_running && "$asadmin" stop-domain "$PAYARA_DOMAIN" >/dev/null
        "$asadmin" delete-domain "$PAYARA_DOMAIN" >/dev/null
    fi
    say "Creating domain $PAYARA_DOMAIN with port base $PAYARA_PORTBASE (admin $PAYARA_ADMIN_PORT, HTTP $PAYARA_HTTP_PORT)"
    "$asadmin" create-domain --portbase "$PAYARA_PORTBASE" --nopassword=true "$PAYARA_DOMAIN" >/dev/null
    cp "$JDBC_DRIVER_DIR"/postgresql-*.jar "$PAYARA_HOME/glassfish/domains/$PAYARA_DOMAIN/lib/"
    "$asadmin" start-domain "$PAYARA_DOMAIN" >/dev/null

    "$here/apply.sh" datasource-postgresql.asadmin http.asadmin mail.asadmin messaging.asadmin application.asadmin integrators.asadmin
    "$asadmin" restart-domain "$PAYARA_DOMAIN" >/dev/null
    "${ASADMIN[@]}" ping-connection-pool optimacut-pool >/dev/null ||
        fail "the test Payara cannot reach $OPTIMACUT_DB_URL"
    if [ -n "$OPTIMACUT_INTEGRATOR_USER" ] && [ -n "$OPTIMACUT_INTEGRATOR_PASSWORD" ]; then
        "$here/integrator-user.sh" add "$OPTIMACUT_INTEGRATOR_USER" INTEGRATOR
        "$here/integrator-user.sh" add "$OPTIMACUT_INTEGRATOR_USER-norole" ""
    fi

    say "Deploying $EAR to the test server"
    "${ASADMIN[@]}" deploy --name "$APP_NAME" "$EAR" >/dev/null
    wait_for_app 180 || fail "the application did not start; see $PAYARA_HOME/glassfish/domains/$PAYARA_DOMAIN/logs/server.log"
}

stop() {
    domain_running || return 0
    "$asadmin" stop-domain "$PAYARA_DOMAIN" >/dev/null
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    *) echo "usage: test-server.sh start|stop" >&2; exit 2 ;;
esac
