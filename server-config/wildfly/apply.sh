#!/usr/bin/env bash
# Applies jboss-cli command files from this folder to a running WildFly, after filling their
# ${...} placeholders from the environment (defaults in env.sh). Module commands write into
# WILDFLY_HOME/modules, so run this on the server's machine; the jars come from Maven Central.
#
#   server-config/wildfly/apply.sh eclipselink.cli datasource-postgresql.cli mail.cli messaging.cli security.cli application.cli
#   server-config/wildfly/apply.sh remove-application.cli remove-messaging.cli remove-mail.cli remove-datasource.cli
#
# The remove-*.cli files leave alone what does not exist. --ignore-errors runs each command on
# its own and goes on after a failure (slow: one jboss-cli start per command).
#
# WILDFLY_HOME, WILDFLY_MANAGEMENT_HOST and WILDFLY_MANAGEMENT_PORT select the server (the local
# jboss-cli needs no password there); see env.sh for every other setting. Some settings take
# effect only after a reload, which this script does when the server asks for it.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=env.sh
. "$here/env.sh"
# shellcheck source=lib.sh
. "$here/lib.sh"

ignore_errors=false
if [ "${1:-}" = "--ignore-errors" ]; then
    ignore_errors=true
    shift
fi
[ $# -gt 0 ] || { echo "usage: apply.sh [--ignore-errors] FILE.cli..." >&2; exit 2; }
[ -x "$WILDFLY_HOME/bin/jboss-cli.sh" ] || fail "no WildFly in WILDFLY_HOME=$WILDFLY_HOME"

# A value inside double quotes in a jboss-cli operation: backslash and quote are escaped.
quoted() {
    local value=$1
    value=${value//\\/\\\\}
    value=${value//\"/\\\"}
    printf '%s' "$value"
}

# Values that the command files use, derived from the settings.
jars=${OPTIMACUT_MODULE_JARS:-$OPTIMACUT_HOME/module-jars}
module_resources() {
    local base=$WILDFLY_HOME/modules/system/layers/base/org/eclipse/persistence/main list="" jar
    for jar in "org.eclipse.persistence:org.eclipse.persistence.core:$(pom_property wildfly-eclipselink.version)" \
        "org.eclipse.persistence:org.eclipse.persistence.jpa:$(pom_property wildfly-eclipselink.version)" \
        "org.eclipse.persistence:org.eclipse.persistence.jpa.jpql:$(pom_property wildfly-eclipselink.version)" \
        "org.eclipse.persistence:org.eclipse.persistence.asm:$(pom_property wildfly-eclipselink-asm.version)"; do
        list+=$(fetch_jar "$jar" "$jars"):
    done
    # WildFly's own integration jar, from the module that this one shadows.
    list+=$(ls "$base"/jipijapa-eclipselink-*.jar | head -1)
    printf '%s' "$list"
}

declare -A values=(
    [OPTIMACUT_DB_URL]=$(quoted "$OPTIMACUT_DB_URL")
    [OPTIMACUT_DB_USER]=$(quoted "$OPTIMACUT_DB_USER")
    [OPTIMACUT_DB_PASSWORD_ATTRIBUTE]=$([ -z "$OPTIMACUT_DB_PASSWORD" ] || printf ',password="%s"' "$(quoted "$OPTIMACUT_DB_PASSWORD")")
    [OPTIMACUT_DB_POOL_MAX]=$OPTIMACUT_DB_POOL_MAX
    [OPTIMACUT_H2_FILE]=$(quoted "$OPTIMACUT_H2_FILE")
    [OPTIMACUT_SMTP_HOST_OR_LOCAL]=$(quoted "${OPTIMACUT_SMTP_HOST:-localhost}")
    [OPTIMACUT_SMTP_PORT]=$OPTIMACUT_SMTP_PORT
    [OPTIMACUT_SMTP_CREDENTIALS]=$([ -z "$OPTIMACUT_SMTP_USER" ] ||
        printf ',username="%s",password="%s"' "$(quoted "$OPTIMACUT_SMTP_USER")" "$(quoted "$OPTIMACUT_SMTP_PASSWORD")")
    [OPTIMACUT_SMTP_AUTH]=$([ -n "$OPTIMACUT_SMTP_USER" ] && echo true || echo false)
    [OPTIMACUT_SMTP_STARTTLS]=$OPTIMACUT_SMTP_STARTTLS
    [OPTIMACUT_MAIL_FROM]=$(quoted "$OPTIMACUT_MAIL_FROM")
    [OPTIMACUT_MAIL_SEND]=$([ -n "$OPTIMACUT_SMTP_HOST" ] && echo true || echo false)
    [OPTIMACUT_MAIL_POLL_SECONDS]=$OPTIMACUT_MAIL_POLL_SECONDS
    [OPTIMACUT_DEMO_DATA]=$OPTIMACUT_DEMO_DATA
)

# Prints the commands of a file without comments, with the placeholders filled in. Adding a
# module that exists, or removing one that does not, is left out, so files can be reapplied.
# The array "module" keeps what earlier files of this run add or remove.
declare -A module=()
render() {
    local line name state
    while IFS= read -r line; do
        if [[ $line =~ ^module\ (add|remove)\ --name=([A-Za-z0-9.]+) ]]; then
            name=${BASH_REMATCH[2]}
            state=${module[$name]:-}
            if [ -z "$state" ]; then
                state=absent
                [ -f "$WILDFLY_HOME/modules/${name//.//}/main/module.xml" ] && state=present
            fi
            if [ "${BASH_REMATCH[1]}" = add ]; then
                module[$name]=present
                [ "$state" = present ] && continue
            else
                module[$name]=absent
                [ "$state" = absent ] && continue
            fi
        fi
        if [[ $line == *'${ECLIPSELINK_RESOURCES}'* ]]; then
            line=${line//\$\{ECLIPSELINK_RESOURCES\}/$(module_resources)}
        fi
        if [[ $line == *'${JDBC_DRIVER_JAR}'* ]]; then
            line=${line//\$\{JDBC_DRIVER_JAR\}/$(fetch_jar "org.postgresql:postgresql:$(pom_property postgresql.version)" "$jars")}
        fi
        for name in "${!values[@]}"; do
            line=${line//\$\{$name\}/${values[$name]}}
        done
        if [[ $line == *'${'* ]]; then
            echo "apply.sh: $1 has a placeholder this script does not fill: $(grep -o '\${[A-Za-z_]*}' <<<"$line" | head -1)" >&2
            return 1
        fi
        printf '%s\n' "$line"
    done < <(grep -v '^[[:space:]]*\(#\|$\)' "$1")
}

output=$(mktemp)
trap 'rm -f "$output" "$output.cli"' EXIT
: >"$output.cli"
for file in "$@"; do
    path=$file
    [ -f "$path" ] || path="$here/$file"
    [ -f "$path" ] || { echo "apply.sh: no command file $file" >&2; exit 2; }
    render "$path" >>"$output.cli"
done
if $ignore_errors; then
    # One command at a time, so a failed one does not stop the rest.
    while IFS= read -r command; do
        printf '%s\n' "$command" >"$output"
        "${CLI[@]}" --file="$output" >/dev/null 2>&1 || true
    done <"$output.cli"
elif ! "${CLI[@]}" --file="$output.cli" >"$output" 2>&1; then
    # One jboss-cli session runs every file: it stops at the first command that fails.
    echo "apply.sh: a command from $* failed:" >&2
    sed 's/^/  /' "$output" >&2
    exit 1
fi
# OPTIMACUT_RELOAD=false leaves the reload to a later apply.sh (run.sh removes, then configures).
[ "${OPTIMACUT_RELOAD:-true}" = false ] || reload_if_required
