#!/usr/bin/env bash
# The speed benchmark, loopback only and bounded. Builds the production jar, starts it with the README's production
# command, times start to ready with a cold index build and (BENCH_STARTS times, median) with the index reused,
# then runs LoadBench twice: each run a warm-up and BENCH_ROUNDS rounds (default 3) of REQUESTS requests per cell,
# rows health, search (bm25), ask with a repeated question, ask with every question new, verify with every claim
# new, at concurrency 1 and 8; it prints the table with each figure's median over the rounds. Heap (used after a
# full GC, and committed) and resident memory are printed after start and after each run.
#   bench/run.sh [requests-per-cell, default 400: about 12,500 requests per run]
# BENCH_PORT (default 18080); BENCH_APP=dir runs a quarkus-app folder built before (no build), e.g. another
# commit's, to compare; BENCH_JVM_OPTS adds JVM flags, e.g. a JFR recording:
#   BENCH_JVM_OPTS=-XX:StartFlightRecording=filename=/tmp/citeqa.jfr,settings=profile
# BENCH_NMT=1 adds native memory tracking and prints the JVM's own native memory by category.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/common.sh
. bench/common.sh
requests=${1:-400}
rounds=${BENCH_ROUNDS:-3}
starts=${BENCH_STARTS:-5}
port=${BENCH_PORT:-18080}
base="http://127.0.0.1:$port"

find_jdk
refuse_busy_port "$base"

app=${BENCH_APP:-target/quarkus-app}
if [ -z "${BENCH_APP:-}" ]; then
  echo "== building the production jar with $jdk"
  JAVA_HOME=$jdk ./mvnw -B -q package -DskipTests
fi
echo "== $app, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

work=$(mktemp -d)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

nmt=""
[ "${BENCH_NMT:-0}" = 1 ] && nmt="-XX:NativeMemoryTracking=summary"

# Starts the service; sets ready_ms to the milliseconds from launch to a ready /q/health/ready.
start() {
  local t0; t0=$(date +%s%N)
  # Rate limiting is off: the benchmark is one address sending as fast as it can.
  # shellcheck disable=SC2086
  "$jdk/bin/java" $production_flags $nmt ${BENCH_JVM_OPTS:-} \
    -Dquarkus.http.port="$port" -Dciteqa.index.dir="$work/index" -Dciteqa.data.dir="$work/data" \
    -Dciteqa.limits.rate-limit.enabled=false -jar "$app/quarkus-run.jar" > "$work/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 2400); do
    if curl -fs "$base/q/health/ready" >/dev/null 2>&1; then
      ready_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
      return
    fi
    sleep 0.02
  done
  echo "the service did not become ready in 60 s; log:" >&2; cat "$work/app.log" >&2; exit 1
}

stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }

# What a user who asks soon after a start waits: the first question and claim, 3 s after ready (the service warms up
# in the background meanwhile; citeqa.api.warm-up). Timed on the first warm start, so that the start the load runs
# on has seen no request before them.
first_requests() {
  sleep 3
  local ask verify
  ask=$(curl -s -o /dev/null -w '%{time_total}' -H 'Content-Type: application/json' \
    -d '{"question":"What is the first document about?"}' "$base/api/ask")
  verify=$(curl -s -o /dev/null -w '%{time_total}' -H 'Content-Type: application/json' \
    -d '{"claim":"The documents describe an agreement."}' "$base/api/verify")
  echo "first requests 3 s after ready: ask $(awk -v t="$ask" 'BEGIN { printf "%.0f", t * 1000 }') ms," \
    "verify $(awk -v t="$verify" 'BEGIN { printf "%.0f", t * 1000 }') ms"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Resident memory as the load left it, then after a full GC (which lets the collector give heap back) split in two:
# the Java heap's pages (the address range GC.heap_info reports) and everything else: the JVM's own memory (class
# metadata, JIT code, GC structures, thread stacks) and native libraries (ONNX Runtime, the tokenizer) with the C
# heap. With BENCH_NMT=1 the JVM's part is broken down by category.
memory() {
  local as_left
  as_left=$(awk '/^VmRSS:/ { print int($2 / 1024) }' "/proc/$pid/status")
  "$jdk/bin/jcmd" "$pid" GC.run >/dev/null
  local info low=-1 high=0 a heap=0 other=0 in_heap=0 line from to used
  info=$("$jdk/bin/jcmd" "$pid" GC.heap_info)
  for a in $(grep -oE '0x[0-9a-f]+' <<<"$info"); do
    (( low < 0 || a < low )) && low=$((a))
    (( a > high )) && high=$((a))
  done
  while read -r line; do
    if [[ $line =~ ^([0-9a-f]+)-([0-9a-f]+)\  ]]; then
      from=$((16#${BASH_REMATCH[1]})); to=$((16#${BASH_REMATCH[2]}))
      in_heap=$(( from < high && to > low ))
    elif [[ $line =~ ^Rss:\ +([0-9]+) ]]; then
      if (( in_heap )); then heap=$(( heap + BASH_REMATCH[1] )); else other=$(( other + BASH_REMATCH[1] )); fi
    fi
  done < "/proc/$pid/smaps"
  # jstat -gc: capacities (C) and use (U) of survivor, eden and old spaces in KB, whatever the collector.
  used=$("$jdk/bin/jstat" -gc "$pid" | awk 'NR == 2 { printf "%d", $3 + $4 + $6 + $8 }')
  echo "memory $1: RSS $as_left MiB as the load left it; after a full GC $(( (heap + other) / 1024 )) MiB" \
    "= Java heap $(( heap / 1024 )) MiB resident ($(( used / 1024 )) MiB used) + native $(( other / 1024 )) MiB" \
    "(JVM and libraries)"
  if [ -n "$nmt" ]; then
    "$jdk/bin/jcmd" "$pid" VM.native_memory summary | awk '
      /^- / { line = $0; sub(/^- +/, "", line); name = line; sub(/ \(reserved.*/, "", name)
              match(line, /committed=[0-9]+KB/); mib = substr(line, RSTART + 10, RLENGTH - 12) / 1024
              if (mib >= 1 && name != "Java Heap") { parts = parts sprintf(", %s %.0f", name, mib); jvm += mib } }
      END { printf "   of the native part, the JVM committed %.0f MiB: %s\n", jvm, substr(parts, 3) }'
  fi
}

echo "== cold start (empty index folder)"
start
echo "cold start to ready: $ready_ms ms"
grep -E "Index (built|reused)|model .* loaded" "$work/app.log" | sed 's/^/   /'
stop
echo "== warm start (index reused), $starts times"
times=()
for i in $(seq 1 "$starts"); do
  start
  times+=("$ready_ms")
  if [ "$i" = 1 ]; then
    grep -E "Index (built|reused)|model .* loaded|started in" "$work/app.log" | sed 's/^/   /'
    first_requests
  fi
  [ "$i" -lt "$starts" ] && stop
done
echo "warm start to ready: median $(printf '%s\n' "${times[@]}" | median) ms (each: ${times[*]} ms)"
memory "after start"
echo "== load run 1 (a warm-up and $rounds rounds of $requests requests per cell)"
"$jdk/bin/java" bench/LoadBench.java "$base" "$requests" 1,8 health,search,ask-repeated,ask-new,verify-new "$rounds" 0 "$pid" \
  | tee "$work/run1.txt"
sent=$(( requests * (10 * rounds) + 5 * (requests / 4 > 50 ? requests / 4 : 50) ))
memory "after run 1 (about $sent requests)"
echo "== load run 2"
first=$(grep -oE 'sent: [0-9]+ to [0-9]+' "$work/run1.txt" | grep -oE '[0-9]+$')
"$jdk/bin/java" bench/LoadBench.java "$base" "$requests" 1,8 health,search,ask-repeated,ask-new,verify-new "$rounds" "$first" "$pid"
memory "after run 2 (about $(( 2 * sent )) requests in all)"
stop
