#!/usr/bin/env bash
# Stops what run.sh started: undeploys Optima-Cut and stops the Payara domain. The data stays.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=env.sh
. "$here/env.sh"
# shellcheck source=lib.sh
. "$here/lib.sh"

if ! domain_running; then
    echo "error: no running Payara domain $PAYARA_DOMAIN in $PAYARA_HOME. If run.sh was started with" \
        "OPTIMACUT_HOME or PAYARA_HOME set, set the same here." >&2
    exit 1
fi
"${ASADMIN[@]}" undeploy "$APP_NAME" >/dev/null 2>&1 || true
"$PAYARA_HOME/bin/asadmin" stop-domain "$PAYARA_DOMAIN"
