#!/usr/bin/env bash
# Starts and stops the WildFly that the integration tests run against (the it-wildfly profile of
# the ear module calls it around its failsafe tests). "start" recreates the test database, gives
# the server a fresh folder of its own (WILDFLY_BASE_DIR) on its own ports (WILDFLY_PORT_OFFSET),
# configures it with the same command files as run.sh, deploys the EAR and waits until it serves.
# "stop" shuts that server down.
#
#   WILDFLY_HOME WILDFLY_BASE_DIR WILDFLY_PORT_OFFSET JDBC_DRIVER_DIR OPTIMACUT_MODULE_JARS
#   OPTIMACUT_DB_URL OPTIMACUT_DB_USER OPTIMACUT_DB_PASSWORD OPTIMACUT_SMTP_HOST
#   OPTIMACUT_SMTP_PORT EAR   test-server.sh start|stop
#
# With OPTIMACUT_INTEGRATOR_USER and OPTIMACUT_INTEGRATOR_PASSWORD set, the application realm
# gets that account (group INTEGRATOR) and "<user>-norole" (no group) with the same password,
# for the tests that call the remote API with and without the role.
set -euo pipefail
: "${WILDFLY_HOME:?}" "${WILDFLY_BASE_DIR:?}"
: "${OPTIMACUT_DEMO_DATA:=true}" "${OPTIMACUT_MAIL_POLL_SECONDS:=1}"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=env.sh
. "$here/env.sh"
# shellcheck source=lib.sh
. "$here/lib.sh"

start() {
    : "${EAR:?}" "${JDBC_DRIVER_DIR:?}"
    local db_host_port=${OPTIMACUT_DB_URL#jdbc:postgresql://}
    db_host_port=${db_host_port%%/*}
    port_open "${db_host_port%%:*}" "${db_host_port##*:}" ||
        fail "PostgreSQL is not reachable at $db_host_port; the tests need it (README: Requirements)"
    port_open 127.0.0.1 "$WILDFLY_HTTP_PORT" && ! server_running &&
        fail "port $WILDFLY_HTTP_PORT is taken by another program; choose another -Dit.wildfly.portOffset"

    java -cp "$(ls "$JDBC_DRIVER_DIR"/postgresql-*.jar | head -1)" "$here/../payara/RecreateDatabase.java" \
        "$OPTIMACUT_DB_URL" "$OPTIMACUT_DB_USER" "$OPTIMACUT_DB_PASSWORD"

    stop_server_now
    rm -rf "$WILDFLY_BASE_DIR"
    mkdir -p "$WILDFLY_BASE_DIR"
    cp -r "$WILDFLY_HOME/standalone/configuration" "$WILDFLY_BASE_DIR/"
    mkdir -p "$WILDFLY_BASE_DIR/deployments"
    say "Starting WildFly in $WILDFLY_BASE_DIR with port offset $WILDFLY_PORT_OFFSET (HTTP $WILDFLY_HTTP_PORT, management $WILDFLY_MANAGEMENT_PORT)"
    start_server

    "$here/apply.sh" eclipselink.cli datasource-postgresql.cli mail.cli messaging.cli security.cli application.cli
    "${CLI[@]}" --command="/subsystem=datasources/data-source=optimacut:test-connection-in-pool" >/dev/null ||
        fail "the test WildFly cannot reach $OPTIMACUT_DB_URL"
    if [ -n "$OPTIMACUT_INTEGRATOR_USER" ] && [ -n "$OPTIMACUT_INTEGRATOR_PASSWORD" ]; then
        "$here/integrator-user.sh" add "$OPTIMACUT_INTEGRATOR_USER" INTEGRATOR
        "$here/integrator-user.sh" add "$OPTIMACUT_INTEGRATOR_USER-norole" ""
    fi

    say "Deploying $EAR to the test server"
    "${CLI[@]}" --command="deploy $EAR --name=$APP_NAME.ear" >/dev/null ||
        fail "the deployment failed; see $WILDFLY_BASE_DIR/log/server.log"
    wait_for_app 180 || fail "the application did not start; see $WILDFLY_BASE_DIR/log/server.log"
}

case "${1:-}" in
    start) start ;;
    stop) stop_server_now ;;
    *) echo "usage: test-server.sh start|stop" >&2; exit 2 ;;
esac
