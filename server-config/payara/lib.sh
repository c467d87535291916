# Functions shared by run.sh, stop.sh and test-server.sh. Source after env.sh.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
APP_NAME=optimacut
ASADMIN=("$PAYARA_HOME/bin/asadmin" --port "$PAYARA_ADMIN_PORT" --interactive=false)

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

# Unpacks the Payara distribution from Maven Central into the parent of PAYARA_HOME, once.
provision_payara() {
    [ -x "$PAYARA_HOME/bin/asadmin" ] && return 0
    local parent version
    parent=$(dirname "$PAYARA_HOME")
    version=$(pom_property payara.version)
    say "Fetching Payara Server $version from Maven Central into $parent"
    mkdir -p "$parent"
    mvnw -N "org.apache.maven.plugins:maven-dependency-plugin:$(pom_property dependency-plugin.version):unpack" \
        -Dartifact="fish.payara.distributions:payara:$version:zip" -DoutputDirectory="$parent"
    [ -x "$PAYARA_HOME/bin/asadmin" ] || fail "Payara was unpacked, but $PAYARA_HOME/bin/asadmin is missing"
}

# Copies the PostgreSQL JDBC driver into the domain's lib folder; returns 0 if it was missing.
install_jdbc_driver() {
    local lib version
    lib="$PAYARA_HOME/glassfish/domains/$PAYARA_DOMAIN/lib"
    version=$(pom_property postgresql.version)
    [ -f "$lib/postgresql-$version.jar" ] && return 1
    say "Installing the PostgreSQL JDBC driver $version into the domain"
    mkdir -p "$lib"
    mvnw -N "org.apache.maven.plugins:maven-dependency-plugin:$(pom_property dependency-plugin.version):copy" \
        -Dartifact="org.postgresql:postgresql:$version" -DoutputDirectory="$lib"
    return 0
}

domain_running() {
    local pid_file="$PAYARA_HOME/glassfish/domains/$PAYARA_DOMAIN/config/pid"
    [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null
}

app_deployed() {
    "${ASADMIN[@]}" list-applications 2>/dev/null | grep -q "^$APP_NAME "
}

# Waits until the login page answers 200, which means the application finished loading.
wait_for_app() {
    local url="http://127.0.0.1:$PAYARA_HTTP_PORT/$APP_NAME/login.xhtml" seconds=${1:-180} i
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
