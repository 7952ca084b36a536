#!/usr/bin/env bash
# The ingest benchmark, loopback only and bounded: builds the production jar, then for embeddings on (the default
# model) and off starts the service with a fresh data folder and an admin token and runs bench/IngestBench.java:
# a 100-page PDF and 100 small HTML files ingested (pages, files and MB per second), the time until an upload can be
# cited, and /api/ask latency idle and during an ingest; medians of BENCH_ROUNDS rounds (default 3).
#   bench/ingest.sh        (BENCH_PORT, default 9133; BENCH_SKIP_BUILD=1 reuses target/quarkus-app)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/common.sh
. bench/common.sh
rounds=${BENCH_ROUNDS:-3}
port=${BENCH_PORT:-9133}
base="http://127.0.0.1:$port"
token="bench-$(date +%s%N)"

find_jdk
refuse_busy_port "$base"
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ] || [ ! -f target/quarkus-app/quarkus-run.jar ]; then
  echo "== building the production jar with $jdk"
  JAVA_HOME=$jdk ./mvnw -B -q package -DskipTests
fi

work=$(mktemp -d)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

for model in bge-small-en-v15-q none; do
  rm -rf "$work/data"
  echo "== embeddings: $model"
  CITEQA_ADMIN_TOKEN=$token "$jdk/bin/java" --add-modules=jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Xmx1g \
    -Dquarkus.http.port="$port" -Dciteqa.data.dir="$work/data" -Dciteqa.embedding.model="$model" \
    -Dciteqa.limits.rate-limit.enabled=false -Dciteqa.embedding.recent-queries=0 -jar target/quarkus-app/quarkus-run.jar > "$work/app-$model.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    curl -fs "$base/q/health/ready" >/dev/null 2>&1 && break
    sleep 0.1
  done
  curl -fs "$base/q/health/ready" >/dev/null || { echo "not ready; log:" >&2; cat "$work/app-$model.log" >&2; exit 1; }
  "$jdk/bin/java" -cp 'target/quarkus-app/lib/main/*:target/quarkus-app/lib/boot/*' bench/IngestBench.java "$base" "$token" "$rounds"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
done
