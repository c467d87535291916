#!/usr/bin/env bash
# Builds BENCH_HOME/optimacut-bench.ear from the real EAR (ear/target/optimacut.ear): its EJB
# module and libraries, with the screens replaced by the benchmark's web module, compiled from
# ear/src/bench/java with javac (no Maven module: the bench code is not part of the product).
set -euo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"
src="$ROOT/ear/src/bench"
ear="$ROOT/ear/target/optimacut.ear"
[ -f "$ear" ] || fail "no $ear: run ./mvnw -B -DskipTests install first"
work="$BENCH_HOME/bench-ear"
rm -rf "$work" && mkdir -p "$work/ear" "$work/war/WEB-INF/classes"
(cd "$work/ear" && jar xf "$ear")
rm -f "$work/ear/optimacut-web.war" "$work/ear/META-INF/application.xml" "$work/ear/META-INF/glassfish-application.xml"
cp "$src"/application/META-INF/*.xml "$work/ear/META-INF/"
api=~/.m2/repository/jakarta/platform/jakarta.jakartaee-api/10.0.0/jakarta.jakartaee-api-10.0.0.jar
javac -nowarn -d "$work/war/WEB-INF/classes" -cp "$api:$work/ear/optimacut-ejb.jar:$work/ear/lib/optimacut-domain.jar" \
    $(find "$src/java/com/optimacut/bench" -maxdepth 1 -name '*.java')
cp -r "$src/webapp/." "$work/war/"
(cd "$work/war" && jar cf "$work/ear/$BENCH_APP.war" .)
rm -f "$BENCH_HOME/$BENCH_APP.ear"
(cd "$work/ear" && jar cf "$BENCH_HOME/$BENCH_APP.ear" .)
