#!/usr/bin/env bash
# Adds or removes a service account of the remote API in WildFly's application realm
# (ApplicationRealm: application-users.properties and application-roles.properties in the
# server's configuration folder), the realm that remote EJB calls over remote+http sign in to.
# The password comes from the environment, never from the command line: this script writes the
# realm's hash of it (what add-user.sh -a writes) and makes a running server reread the files.
#
#   OPTIMACUT_INTEGRATOR_PASSWORD=... integrator-user.sh add NAME [GROUP[,GROUP...]]
#   integrator-user.sh remove NAME
#
# GROUP defaults to INTEGRATOR; the realm's groups are the caller's roles one to one. Give
# MANAGER for an account that acts as a manager, or "" for one without a role.
# WILDFLY_HOME and WILDFLY_BASE_DIR select the files, WILDFLY_MANAGEMENT_PORT the server (env.sh).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=env.sh
. "$here/env.sh"
# shellcheck source=lib.sh
. "$here/lib.sh"
realm=ApplicationRealm
users=$WILDFLY_BASE_DIR/configuration/application-users.properties
roles=$WILDFLY_BASE_DIR/configuration/application-roles.properties

usage() {
    echo "usage: integrator-user.sh add NAME [GROUPS] | remove NAME" >&2
    exit 2
}

[ $# -ge 2 ] || usage
name=$2
[[ $name =~ ^[A-Za-z0-9._-]+$ ]] || fail "an account name has only letters, digits, dot, hyphen and underscore: '$name'"
[ -f "$users" ] && [ -f "$roles" ] || fail "no $users or $roles: check WILDFLY_HOME and WILDFLY_BASE_DIR"

# Removes the account's lines from both files (a missing account is not an error), and ends
# each file with a line break so that an added line starts a line of its own.
forget() {
    local file
    sed -i "/^$name=/d" "$users" "$roles"
    for file in "$users" "$roles"; do
        [ -z "$(tail -c1 "$file")" ] || echo >>"$file"
    done
}

case "$1" in
    add)
        : "${OPTIMACUT_INTEGRATOR_PASSWORD:?set OPTIMACUT_INTEGRATOR_PASSWORD to the account password}"
        groups=${3-INTEGRATOR}
        forget
        hash=$(printf '%s' "$name:$realm:$OPTIMACUT_INTEGRATOR_PASSWORD" | md5sum | cut -d' ' -f1)
        printf '%s=%s\n' "$name" "$hash" >>"$users"
        printf '%s=%s\n' "$name" "$groups" >>"$roles"
        ;;
    remove)
        forget
        ;;
    *) usage ;;
esac
if server_running || port_open "$WILDFLY_MANAGEMENT_HOST" "$WILDFLY_MANAGEMENT_PORT"; then
    "${CLI[@]}" --command="/subsystem=elytron/properties-realm=$realm:load" >/dev/null ||
        fail "the account is written, but WildFly did not reload $realm; restart it"
fi
