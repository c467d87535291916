#!/usr/bin/env bash
# The README's run command: builds the EAR, fetches Payara Server from Maven Central (first run
# only), configures it from the command files in this folder, deploys Optima-Cut with the demo
# data set, prints the address and the demo logins, and keeps running until Ctrl-C or stop.sh.
#
# Without OPTIMACUT_DB_URL the data lives in an embedded H2 database under OPTIMACUT_HOME
# (default ~/.optimacut), kept between runs; with it, in that PostgreSQL. Every setting: env.sh.
set -euo pipefail
: "${OPTIMACUT_DEMO_DATA:=true}"
# The screens listen on every interface, so colleagues can try them; 127.0.0.1 keeps them local.
: "${OPTIMACUT_HTTP_ADDRESS:=0.0.0.0}"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=env.sh
. "$here/env.sh"
# shellcheck source=lib.sh
. "$here/lib.sh"

require_java17
if port_open 127.0.0.1 "$PAYARA_HTTP_PORT" && ! domain_running; then
    fail "port $PAYARA_HTTP_PORT is taken by another program: stop it, or set PAYARA_PORTBASE (see env.sh)"
fi

say "Building the EAR"
mvnw -DskipTests package
ear="$ROOT/ear/target/$APP_NAME.ear"

provision_payara
restart=false
install_jdbc_driver && restart=true

if ! domain_running; then
    say "Starting Payara (domain $PAYARA_DOMAIN)"
    "$PAYARA_HOME/bin/asadmin" start-domain "$PAYARA_DOMAIN" >/dev/null
fi
# start-domain returns before applications deployed earlier finish loading; redeploying in that
# window can leave nothing deployed, so wait for the old copy first.
if app_deployed; then
    wait_for_app 120 || true
    "${ASADMIN[@]}" undeploy "$APP_NAME" >/dev/null
fi

LISTENERS=configs.config.server-config.network-config.network-listeners.network-listener
if [ -n "$OPTIMACUT_DB_URL" ]; then datasource=datasource-postgresql.asadmin; else datasource=datasource-h2.asadmin; fi
settings="$datasource|$OPTIMACUT_HTTP_THREADS|$OPTIMACUT_DB_URL|$OPTIMACUT_DB_USER|$OPTIMACUT_DB_PASSWORD|$OPTIMACUT_SMTP_HOST|$OPTIMACUT_SMTP_PORT"
settings+="|$OPTIMACUT_SMTP_USER|$OPTIMACUT_SMTP_PASSWORD|$OPTIMACUT_MAIL_FROM|$OPTIMACUT_DEMO_DATA|$OPTIMACUT_MAIL_POLL_SECONDS"
settings+="|$OPTIMACUT_HTTP_ADDRESS|$OPTIMACUT_INTEGRATOR_USER|$OPTIMACUT_INTEGRATOR_PASSWORD"
fingerprint=$( (printf '%s' "$settings"; cat "$here"/*.asadmin) | cksum | cut -d' ' -f1)
fingerprint_file="$PAYARA_HOME/glassfish/domains/$PAYARA_DOMAIN/config/optimacut.configured"
if [ "$(cat "$fingerprint_file" 2>/dev/null)" != "$fingerprint" ]; then
    say "Configuring the data source, the mail session, the messaging resources, the integrators' realm and the settings"
    "$here/apply.sh" --ignore-errors remove-integrators.asadmin remove-application.asadmin remove-messaging.asadmin \
        remove-mail.asadmin remove-datasource.asadmin remove-http.asadmin
    "$here/apply.sh" "$datasource" http.asadmin mail.asadmin messaging.asadmin application.asadmin integrators.asadmin
    if [ -n "$OPTIMACUT_INTEGRATOR_USER" ] && [ -n "$OPTIMACUT_INTEGRATOR_PASSWORD" ]; then
        # The realm keeps its key file across a reconfiguration: replace the account, new password included.
        "$here/integrator-user.sh" remove "$OPTIMACUT_INTEGRATOR_USER" 2>/dev/null || true
        "$here/integrator-user.sh" add "$OPTIMACUT_INTEGRATOR_USER"
    fi
    # The administration port has no password in this throw-away domain: keep it on loopback.
    "${ASADMIN[@]}" set "$LISTENERS.admin-listener.address=127.0.0.1" >/dev/null
    "${ASADMIN[@]}" set "$LISTENERS.http-listener-1.address=$OPTIMACUT_HTTP_ADDRESS" >/dev/null
    echo "$fingerprint" >"$fingerprint_file"
    restart=true
fi
if $restart; then
    say "Restarting Payara so the driver and settings take effect"
    "$PAYARA_HOME/bin/asadmin" restart-domain "$PAYARA_DOMAIN" >/dev/null
fi
"${ASADMIN[@]}" ping-connection-pool optimacut-pool >/dev/null ||
    fail "Payara cannot reach the database ${OPTIMACUT_DB_URL:-(embedded H2)}; check OPTIMACUT_DB_URL, OPTIMACUT_DB_USER and OPTIMACUT_DB_PASSWORD"

say "Deploying $ear"
"${ASADMIN[@]}" deploy --name "$APP_NAME" "$ear" >/dev/null
wait_for_app 180 || fail "the application did not start; see $PAYARA_HOME/glassfish/domains/$PAYARA_DOMAIN/logs/server.log"

stop_server() {
    trap - INT TERM
    echo
    say "Stopping Payara"
    "${ASADMIN[@]}" undeploy "$APP_NAME" >/dev/null 2>&1 || true
    "$PAYARA_HOME/bin/asadmin" stop-domain "$PAYARA_DOMAIN" >/dev/null 2>&1 || true
    exit 0
}
trap stop_server INT TERM

cat <<INFO

  Optima-Cut is running:  http://localhost:$PAYARA_HTTP_PORT/$APP_NAME/  (listening on $OPTIMACUT_HTTP_ADDRESS)
  Database:               ${OPTIMACUT_DB_URL:-embedded H2 in $OPTIMACUT_H2_FILE}
  Mail:                   $([ -n "$OPTIMACUT_SMTP_HOST" ] && echo "sent through $OPTIMACUT_SMTP_HOST:$OPTIMACUT_SMTP_PORT" || echo "kept in the outbox and logged (no OPTIMACUT_SMTP_HOST)")
  Server log:             $PAYARA_HOME/glassfish/domains/$PAYARA_DOMAIN/logs/server.log
INFO
if [ "$OPTIMACUT_DEMO_DATA" = true ]; then
    cat <<'INFO'
  Demo logins (password "demo" for each):
      manager     Менеджер (manager)
      laser       Исполнитель (executor, laser)
      mill        Исполнитель (executor, milling)
      admin       Администратор (administrator)
      integrator  Интегратор (remote API)
INFO
fi
cat <<INFO

  Stop with Ctrl-C, or from another terminal: $( [ "$OPTIMACUT_HOME" = "$HOME/.optimacut" ] || printf 'OPTIMACUT_HOME=%s ' "$OPTIMACUT_HOME")server-config/payara/stop.sh

INFO

while domain_running; do
    sleep 3
done
say "Payara has stopped"
