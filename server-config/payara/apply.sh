#!/usr/bin/env bash
# Applies asadmin command files from this folder to a running Payara domain, after filling their
# ${...} placeholders from the environment (defaults in env.sh).
#
#   server-config/payara/apply.sh datasource-postgresql.asadmin mail.asadmin application.asadmin
#   server-config/payara/apply.sh --ignore-errors remove-mail.asadmin
#
# PAYARA_HOME and PAYARA_ADMIN_PORT say which server; see env.sh for every other setting.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=env.sh
. "$here/env.sh"

ignore_errors=false
if [ "${1:-}" = "--ignore-errors" ]; then
    ignore_errors=true
    shift
fi
[ $# -gt 0 ] || { echo "usage: apply.sh [--ignore-errors] FILE.asadmin..." >&2; exit 2; }

# asadmin reads "name=value:name=value" property lists; a backslash, colon or equals sign inside
# a value is escaped with a backslash. Each command runs on its own (not in multimode, which
# exits 0 even when a command fails), so one level of escaping is enough.
escape() {
    local value=$1
    value=${value//\\/\\\\}
    value=${value//:/\\:}
    value=${value//=/\\=}
    printf '%s' "$value"
}

property_list() {
    local list="" pair
    for pair in "$@"; do
        [ -n "${pair#*=}" ] || continue
        list+="${list:+:}${pair%%=*}=$(escape "${pair#*=}")"
    done
    printf '%s' "$list"
}

# Values that the command files use, derived from the settings. A pool without a password
# property fails with "No password credential found", so an empty password is written as "()",
# which Payara reads as the empty string (for PostgreSQL's trust authentication).
OPTIMACUT_DB_PROPERTIES=$(property_list "URL=$OPTIMACUT_DB_URL" "user=$OPTIMACUT_DB_USER" \
    "password=${OPTIMACUT_DB_PASSWORD:-()}")
OPTIMACUT_H2_PROPERTIES=$(property_list \
    "URL=jdbc:h2:$OPTIMACUT_H2_FILE;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    "user=sa" "password=sa")
OPTIMACUT_SMTP_HOST_OR_LOCAL=${OPTIMACUT_SMTP_HOST:-localhost}
OPTIMACUT_SMTP_USER_OR_NAME=${OPTIMACUT_SMTP_USER:-optimacut}
OPTIMACUT_MAIL_SEND=$([ -n "$OPTIMACUT_SMTP_HOST" ] && echo true || echo false)
smtp_auth=$([ -n "$OPTIMACUT_SMTP_USER" ] && echo true || echo false)
OPTIMACUT_MAIL_PROPERTIES=$(property_list "mail.smtp.port=$OPTIMACUT_SMTP_PORT" \
    "mail.smtp.auth=$smtp_auth" "mail.smtp.password=$OPTIMACUT_SMTP_PASSWORD" \
    "mail.smtp.starttls.enable=$OPTIMACUT_SMTP_STARTTLS" \
    "mail.smtp.connectiontimeout=10000" "mail.smtp.timeout=20000" "mail.smtp.writetimeout=20000" \
    "mail.mime.charset=UTF-8")
# The key file of the remote API's realm, beside the domain's own realm files.
OPTIMACUT_INTEGRATOR_KEYFILE=$(escape "$PAYARA_HOME/glassfish/domains/$PAYARA_DOMAIN/config/optimacut-integrators-keyfile")

# Prints the commands of a file without comments, with the placeholders filled in.
render() {
    local text name
    # Comments stay out: they may mention placeholders, and asadmin must see commands only.
    text=$(grep -v '^[[:space:]]*\(#\|$\)' "$1" || true)
    for name in OPTIMACUT_DB_PROPERTIES OPTIMACUT_DB_POOL_MAX OPTIMACUT_HTTP_THREADS OPTIMACUT_H2_PROPERTIES \
        OPTIMACUT_SMTP_HOST_OR_LOCAL OPTIMACUT_SMTP_USER_OR_NAME OPTIMACUT_MAIL_FROM \
        OPTIMACUT_MAIL_PROPERTIES OPTIMACUT_MAIL_SEND OPTIMACUT_MAIL_POLL_SECONDS OPTIMACUT_DEMO_DATA OPTIMACUT_INTEGRATOR_KEYFILE; do
        if [[ ${!name} =~ [[:space:]] ]]; then
            echo "apply.sh: $name must not contain spaces: '${!name}'" >&2
            return 1
        fi
        text=${text//\$\{$name\}/${!name}}
    done
    if [[ $text == *'${'* ]]; then
        echo "apply.sh: $1 has a placeholder this script does not fill: $(grep -o '\${[A-Za-z_]*}' <<<"$text" | head -1)" >&2
        return 1
    fi
    printf '%s\n' "$text"
}

asadmin=("$PAYARA_HOME/bin/asadmin" --port "$PAYARA_ADMIN_PORT" --interactive=false)
for file in "$@"; do
    path=$file
    [ -f "$path" ] || path="$here/$file"
    [ -f "$path" ] || { echo "apply.sh: no command file $file" >&2; exit 2; }
    commands=$(render "$path")
    while IFS= read -r command; do
        [ -n "$command" ] || continue
        read -r -a words <<<"$command"
        if ! "${asadmin[@]}" "${words[@]}" >/tmp/optimacut-asadmin.$$ 2>&1; then
            if $ignore_errors; then
                continue
            fi
            echo "apply.sh: '${words[0]}' from $(basename "$path") failed:" >&2
            sed 's/^/  /' /tmp/optimacut-asadmin.$$ >&2
            rm -f /tmp/optimacut-asadmin.$$
            exit 1
        fi
    done <<<"$commands"
done
rm -f /tmp/optimacut-asadmin.$$
