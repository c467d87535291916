#!/usr/bin/env bash
# The run command on WildFly. It builds the EAR, fetches WildFly from Maven Central (first run
# only) and configures it from the jboss-cli files in this folder. Then it deploys Optima-Cut with
# the demo data set, prints the address and the demo logins, and runs until Ctrl-C or stop.sh.
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
export OPTIMACUT_HTTP_ADDRESS

require_java17
if port_open 127.0.0.1 "$WILDFLY_HTTP_PORT" && ! server_running; then
    fail "port $WILDFLY_HTTP_PORT is taken by another program: stop it, or set WILDFLY_PORT_OFFSET (see env.sh)"
fi

say "Building the EAR"
mvnw -DskipTests package
ear="$ROOT/ear/target/$APP_NAME.ear"

provision_wildfly
if ! server_running; then
    say "Starting WildFly ($WILDFLY_HOME)"
    start_server
fi
if app_deployed; then
    "${CLI[@]}" --command="undeploy $APP_NAME.ear" >/dev/null
fi

if [ -n "$OPTIMACUT_DB_URL" ]; then datasource=datasource-postgresql.cli; else datasource=datasource-h2.cli; fi
settings="$datasource|$OPTIMACUT_DB_URL|$OPTIMACUT_DB_USER|$OPTIMACUT_DB_PASSWORD|$OPTIMACUT_DB_POOL_MAX|$OPTIMACUT_H2_FILE"
settings+="|$OPTIMACUT_SMTP_HOST|$OPTIMACUT_SMTP_PORT|$OPTIMACUT_SMTP_USER|$OPTIMACUT_SMTP_PASSWORD|$OPTIMACUT_SMTP_STARTTLS"
settings+="|$OPTIMACUT_MAIL_FROM|$OPTIMACUT_DEMO_DATA|$OPTIMACUT_MAIL_POLL_SECONDS|$OPTIMACUT_HTTP_ADDRESS"
settings+="|$OPTIMACUT_INTEGRATOR_USER|$OPTIMACUT_INTEGRATOR_PASSWORD"
fingerprint=$( (printf '%s' "$settings"; cat "$here"/*.cli) | cksum | cut -d' ' -f1)
fingerprint_file="$WILDFLY_BASE_DIR/configuration/optimacut.configured"
if [ "$(cat "$fingerprint_file" 2>/dev/null)" != "$fingerprint" ]; then
    say "Configuring EclipseLink, the data source, the mail session, the messaging resources and the settings"
    OPTIMACUT_RELOAD=false "$here/apply.sh" remove-application.cli remove-messaging.cli remove-mail.cli \
        remove-datasource.cli
    "$here/apply.sh" eclipselink.cli "$datasource" mail.cli messaging.cli security.cli application.cli
    if [ -n "$OPTIMACUT_INTEGRATOR_USER" ] && [ -n "$OPTIMACUT_INTEGRATOR_PASSWORD" ]; then
        "$here/integrator-user.sh" add "$OPTIMACUT_INTEGRATOR_USER"
    fi
    echo "$fingerprint" >"$fingerprint_file"
fi
"${CLI[@]}" --command="/subsystem=datasources/data-source=optimacut:test-connection-in-pool" >/dev/null ||
    fail "WildFly cannot reach the database ${OPTIMACUT_DB_URL:-(embedded H2)}; check OPTIMACUT_DB_URL, OPTIMACUT_DB_USER and OPTIMACUT_DB_PASSWORD"

say "Deploying $ear"
"${CLI[@]}" --command="deploy $ear --name=$APP_NAME.ear" >/dev/null ||
    fail "the deployment failed; see $WILDFLY_BASE_DIR/log/server.log"
wait_for_app 180 || fail "the application did not start; see $WILDFLY_BASE_DIR/log/server.log"

stop_server() {
    trap - INT TERM
    echo
    say "Stopping WildFly"
    "${CLI[@]}" --command="undeploy $APP_NAME.ear" >/dev/null 2>&1 || true
    stop_server_now
    exit 0
}
trap stop_server INT TERM

cat <<INFO

  Optima-Cut is running:  http://localhost:$WILDFLY_HTTP_PORT/$APP_NAME/  (listening on $OPTIMACUT_HTTP_ADDRESS)
  Database:               ${OPTIMACUT_DB_URL:-embedded H2 in $OPTIMACUT_H2_FILE}
  Mail:                   $([ -n "$OPTIMACUT_SMTP_HOST" ] && echo "sent through $OPTIMACUT_SMTP_HOST:$OPTIMACUT_SMTP_PORT" || echo "kept in the outbox and logged (no OPTIMACUT_SMTP_HOST)")
  Server log:             $WILDFLY_BASE_DIR/log/server.log
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

  Stop with Ctrl-C, or from another terminal: $( [ "$OPTIMACUT_HOME" = "$HOME/.optimacut" ] || printf 'OPTIMACUT_HOME=%s ' "$OPTIMACUT_HOME")$( [ "$WILDFLY_PORT_OFFSET" = 0 ] || printf 'WILDFLY_PORT_OFFSET=%s ' "$WILDFLY_PORT_OFFSET")server-config/wildfly/stop.sh

INFO

while server_running; do
    sleep 3
done
say "WildFly has stopped"
