# Functions shared by run.sh, stop.sh, apply.sh and test-server.sh. Source after env.sh.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
APP_NAME=optimacut
WILDFLY_PID_FILE=$WILDFLY_BASE_DIR/optimacut-wildfly.pid
CLI=("$WILDFLY_HOME/bin/jboss-cli.sh" --connect "--controller=remote+http://$WILDFLY_MANAGEMENT_HOST:$WILDFLY_MANAGEMENT_PORT")

say() {
    printf '\033[1m==> %s\033[0m\n' "$*"
}

fail() {
    printf 'error: %s\n' "$*" >&2
    exit 1
}

# Reads a property of the parent pom, so versions are written in one place.
pom_property() {
    sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$ROOT/pom.xml" | head -1
}

mvnw() {
    "$ROOT/mvnw" -B -q -f "$ROOT/pom.xml" "$@"
}

require_java17() {
    command -v java >/dev/null || fail "no 'java' on the PATH: install a JDK 17"
    local version
    version=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = //p')
    [ "${version%%.*}" -ge 17 ] 2>/dev/null || fail "Java 17 or newer is needed; 'java' is version $version"
}

# Unpacks the WildFly distribution from Maven Central into the parent of WILDFLY_HOME, once.
provision_wildfly() {
    [ -x "$WILDFLY_HOME/bin/standalone.sh" ] && return 0
    local parent
    parent=$(dirname "$WILDFLY_HOME")
    say "Fetching WildFly $WILDFLY_VERSION from Maven Central into $parent"
    mkdir -p "$parent"
    mvnw -N "org.apache.maven.plugins:maven-dependency-plugin:$(pom_property dependency-plugin.version):unpack" \
        -Dartifact="org.wildfly:wildfly-dist:$WILDFLY_VERSION:zip" -DoutputDirectory="$parent"
    [ -x "$WILDFLY_HOME/bin/standalone.sh" ] || fail "WildFly was unpacked, but $WILDFLY_HOME/bin/standalone.sh is missing"
}

# Copies a jar from Maven Central into a folder (once) and prints its path.
fetch_jar() {
    local coordinates=$1 folder=$2 artifact version
    artifact=$(cut -d: -f2 <<<"$coordinates")
    version=$(cut -d: -f3 <<<"$coordinates")
    if [ ! -f "$folder/$artifact-$version.jar" ]; then
        mkdir -p "$folder"
        mvnw -N "org.apache.maven.plugins:maven-dependency-plugin:$(pom_property dependency-plugin.version):copy" \
            -Dartifact="$coordinates" -DoutputDirectory="$folder" >&2
    fi
    printf '%s\n' "$folder/$artifact-$version.jar"
}

server_running() {
    [ -f "$WILDFLY_PID_FILE" ] && kill -0 "$(cat "$WILDFLY_PID_FILE")" 2>/dev/null
}

# Starts WildFly in the background with the settings of env.sh; returns when it has booted.
# The screens listen on OPTIMACUT_HTTP_ADDRESS, management on loopback.
start_server() {
    local log=$WILDFLY_BASE_DIR/log/console.log i
    mkdir -p "$WILDFLY_BASE_DIR/log"
    JBOSS_PIDFILE=$WILDFLY_PID_FILE LAUNCH_JBOSS_IN_BACKGROUND=1 \
        nohup "$WILDFLY_HOME/bin/standalone.sh" -c "$WILDFLY_CONFIG" -Djboss.server.base.dir="$WILDFLY_BASE_DIR" \
        -Djboss.socket.binding.port-offset="$WILDFLY_PORT_OFFSET" \
        -b "${OPTIMACUT_HTTP_ADDRESS:-127.0.0.1}" -bmanagement "$WILDFLY_MANAGEMENT_HOST" \
        "$@" >"$log" 2>&1 </dev/null &
    for ((i = 0; i < 120; i++)); do
        if server_state | grep -q running; then
            return 0
        fi
        sleep 1
    done
    fail "WildFly did not start within 2 minutes; see $log"
}

# Prints the server state (running, reload-required, restart-required), or nothing when down.
server_state() {
    "${CLI[@]}" --command=":read-attribute(name=server-state)" 2>/dev/null | sed -n 's/.*"result" => "\(.*\)".*/\1/p'
}

# Reloads the server when a configuration change requires it.
reload_if_required() {
    if server_state | grep -q reload-required; then
        say "Reloading WildFly so the settings take effect"
        "${CLI[@]}" --command="reload" >/dev/null
    fi
}

stop_server_now() {
    server_running || return 0
    local pid i
    pid=$(cat "$WILDFLY_PID_FILE")
    "${CLI[@]}" --command=":shutdown" >/dev/null 2>&1 || kill "$pid" 2>/dev/null || true
    for ((i = 0; i < 60; i++)); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 1
    done
    kill "$pid" 2>/dev/null || true
}

app_deployed() {
    "${CLI[@]}" --command="deployment-info --name=$APP_NAME.ear" >/dev/null 2>&1
}

# Waits until the login page returns 200, which means the application finished loading.
wait_for_app() {
    local url="http://127.0.0.1:$WILDFLY_HTTP_PORT/$APP_NAME/login.xhtml" seconds=${1:-180} i
    for ((i = 0; i < seconds; i += 2)); do
        if http_status "$url" | grep -q '^200$'; then
            return 0
        fi
        sleep 2
    done
    return 1
}

# Prints the HTTP status of a URL, using bash's /dev/tcp so that no curl or wget is needed.
http_status() {
    local url=$1 hostport path host port
    hostport=${url#http://}
    path=/${hostport#*/}
    hostport=${hostport%%/*}
    host=${hostport%%:*}
    port=${hostport##*:}
    (
        exec 3<>"/dev/tcp/$host/$port" || exit 1
        printf 'GET %s HTTP/1.0\r\nHost: %s\r\n\r\n' "$path" "$hostport" >&3
        head -1 <&3 | awk '{print $2}'
    ) 2>/dev/null
}

port_open() {
    (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
}
