#!/usr/bin/env bash
# Adds or removes a service account of the remote API in the realm optimacut-integrators
# (integrators.asadmin creates it). The password comes from the environment, never from the
# command line, and reaches asadmin through a password file that only this user can read.
#
#   OPTIMACUT_INTEGRATOR_PASSWORD=... integrator-user.sh add NAME [GROUP[:GROUP...]]
#   integrator-user.sh remove NAME
#
# GROUP defaults to INTEGRATOR, which glassfish-application.xml maps to the role INTEGRATOR;
# give MANAGER for an account that acts as a manager, or "" for one without a role.
# PAYARA_HOME and PAYARA_ADMIN_PORT select the server (env.sh).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=env.sh
. "$here/env.sh"
asadmin=("$PAYARA_HOME/bin/asadmin" --port "$PAYARA_ADMIN_PORT" --interactive=false)
realm=optimacut-integrators

usage() {
    echo "usage: integrator-user.sh add NAME [GROUPS] | remove NAME" >&2
    exit 2
}

[ $# -ge 2 ] || usage
name=$2
case "$1" in
    add)
        : "${OPTIMACUT_INTEGRATOR_PASSWORD:?set OPTIMACUT_INTEGRATOR_PASSWORD to the account password}"
        groups=${3-INTEGRATOR}
        password_file=$(mktemp)
        trap 'rm -f "$password_file"' EXIT
        chmod 600 "$password_file"
        printf 'AS_ADMIN_USERPASSWORD=%s\n' "$OPTIMACUT_INTEGRATOR_PASSWORD" >"$password_file"
        group_option=()
        [ -n "$groups" ] && group_option=(--groups "$groups")
        "${asadmin[@]}" --passwordfile "$password_file" create-file-user --authrealmname "$realm" \
            "${group_option[@]}" "$name" >/dev/null
        ;;
    remove)
        "${asadmin[@]}" delete-file-user --authrealmname "$realm" "$name" >/dev/null
        ;;
    *) usage ;;
esac
