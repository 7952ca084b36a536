#!/usr/bin/env bash
# The speed benchmark, loopback only and bounded: builds the production jar, measures start-to-ready with a cold
# index build and with a reused index, runs LoadBench twice (concurrency 1, 8, 32 against health, search, ask,
# verify; each run a warm-up and BENCH_ROUNDS rounds, default 3, reported as medians) and reports heap and RSS
# after start and after each run, so that growth between the runs shows.
#   bench/run.sh [requests-per-cell, default 850: 12 cells, so each round sends over 10,000 requests]
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-850}
rounds=${BENCH_ROUNDS:-3}
port=${BENCH_PORT:-18080}
base="http://127.0.0.1:$port"

jdk=""
for candidate in ${JAVA_HOME:-} /usr/lib/jvm/*; do
  if [ -x "$candidate/bin/java" ] && "$candidate/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    jdk=$candidate; break
  fi
done
[ -n "$jdk" ] || { echo "bench needs a JDK 21+ (none found in JAVA_HOME or /usr/lib/jvm)" >&2; exit 1; }

if curl -fs "$base/q/health/live" >/dev/null 2>&1; then
  echo "something already answers on port $port: stop it or set BENCH_PORT" >&2; exit 1
fi

echo "== building the production jar with $jdk"
JAVA_HOME=$jdk ./mvnw -B -q package -DskipTests

work=$(mktemp -d)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

start() {
  local t0; t0=$(date +%s%N)
  # Rate limiting is off: the benchmark is one address sending as fast as it can. BENCH_JVM_OPTS adds flags,
  # e.g. BENCH_JVM_OPTS=-XX:StartFlightRecording=filename=/tmp/citeqa.jfr,settings=profile to profile.
  # shellcheck disable=SC2086
  "$jdk/bin/java" --add-modules=jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Xmx1g ${BENCH_JVM_OPTS:-} \
    -Dquarkus.http.port="$port" -Dciteqa.index.dir="$work/index" -Dciteqa.limits.rate-limit.enabled=false \
    -jar target/quarkus-app/quarkus-run.jar \
    > "$work/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    if curl -fs "$base/q/health/ready" >/dev/null 2>&1; then
      echo "$1 start to ready: $(( ($(date +%s%N) - t0) / 1000000 )) ms"
      grep -E "Index (built|reused)" "$work/app.log" | sed 's/^/   /'
      return
    fi
    sleep 0.1
  done
  echo "the service did not become ready in 120 s; log:" >&2; cat "$work/app.log" >&2; exit 1
}

stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }

memory() {
  "$jdk/bin/jcmd" "$pid" GC.run >/dev/null
  local heap rss
  heap=$("$jdk/bin/jcmd" "$pid" GC.heap_info | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+')
  rss=$(grep VmRSS "/proc/$pid/status" | grep -oE '[0-9]+')
  echo "memory $1: heap used after GC $(( heap / 1024 )) MiB, RSS $(( rss / 1024 )) MiB"
}

echo "== cold start (empty index folder), then warm start (index reused)"
start cold; stop
start warm
memory "after start"
per_run=$(( requests * (12 * rounds + 1) )) # 12 cells per round, plus the warm-up
echo "== load run 1 (warm-up and $rounds rounds of $requests requests per cell)"
"$jdk/bin/java" bench/LoadBench.java "$base" "$requests" 1,8,32 health,search,ask,verify "$rounds"
memory "after run 1 (about $per_run requests)"
echo "== load run 2"
"$jdk/bin/java" bench/LoadBench.java "$base" "$requests" 1,8,32 health,search,ask,verify "$rounds"
memory "after run 2 (about $(( 2 * per_run )) requests in all)"
stop
