# Shared by the benchmark scripts (sourced, not run): the README's production command and a JDK 21+ to run it.

# The JVM flags of the README's production command (section "Production build and Docker"), also the Dockerfile's.
production_flags="-XX:+UseSerialGC -Xms128m -Xmn96m -XX:MaxTenuringThreshold=2 --add-modules=jdk.incubator.vector --enable-native-access=ALL-UNNAMED"

# Sets jdk to the first JDK 21+ in JAVA_HOME or /usr/lib/jvm, or exits saying none was found.
find_jdk() {
  jdk=""
  for candidate in ${JAVA_HOME:-} /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/java" ] && "$candidate/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
      jdk=$candidate; return
    fi
  done
  echo "bench needs a JDK 21+ (none found in JAVA_HOME or /usr/lib/jvm)" >&2; exit 1
}

# Exits when something already answers at the base URL $1 (a service left running would be measured instead).
refuse_busy_port() {
  if curl -fs "$1/q/health/live" >/dev/null 2>&1; then
    echo "something already answers on port ${1##*:}: stop it or set BENCH_PORT" >&2; exit 1
  fi
}
