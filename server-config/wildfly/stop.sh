#!/usr/bin/env bash
# Stops what run.sh started: undeploys Optima-Cut and shuts WildFly down. The data stays.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=env.sh
. "$here/env.sh"
# shellcheck source=lib.sh
. "$here/lib.sh"

if ! server_running; then
    echo "error: no running WildFly from $WILDFLY_HOME. If run.sh was started with OPTIMACUT_HOME," \
        "WILDFLY_HOME or WILDFLY_PORT_OFFSET set, set the same here." >&2
    exit 1
fi
"${CLI[@]}" --command="undeploy $APP_NAME.ear" >/dev/null 2>&1 || true
stop_server_now
echo "WildFly has stopped."
