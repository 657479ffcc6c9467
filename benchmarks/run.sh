#!/usr/bin/env bash
# Builds and runs every CORS Routes benchmark, writing markdown tables to benchmarks/results/:
#   1. JMH decision benchmarks (CORS Routes vs Spring CorsConfiguration vs hand-written), -prof gc
#   2. end-to-end load of the sample API over loopback (wrk in its own process), 4+1 scenarios
#   3. javac build cost over 500/1000/2000 generated resources: without processing, with a
#      trivial one-source-per-resource processor (the floor), with the processor, -proc:only,
#      and the processor's analysis alone (analysis-only.patch: the lower bound for any writer)
# About 28 minutes on 2 cores. Loopback (127.0.0.1) only; every load run is bounded in time.
# QUICK=1 shortens everything (smoke test, numbers meaningless). SECTIONS="decision build" runs
# only those parts (decision, e2e, build; default all); the tables of the others keep what an
# earlier run wrote, so BENCHMARKS.md must then say which run each table comes from. Needs: JDK 17+, Maven, wrk,
# /usr/bin/time (Debian: apt-get install -y wrk time). Never run by CI.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BENCH=$ROOT/benchmarks
RESULTS=$BENCH/results
WORK=$BENCH/target/run
mkdir -p "$RESULTS" "$WORK"

if [[ "${QUICK:-0}" == 1 ]]; then
  JMH_OPTS=(-wi 1 -w 200ms -i 1 -r 300ms); WARMUP=2s; DURATION=2s; ROUNDS=1; SIZES=(50 100 200); REPS=1
else
  JMH_OPTS=(-wi 3 -w 1s -i 5 -r 1s); WARMUP=10s; DURATION=8s; ROUNDS=3; SIZES=(500 1000 2000); REPS=3
fi
for tool in wrk /usr/bin/time curl; do
  command -v "$tool" >/dev/null || { echo "missing $tool (Debian: apt-get install -y wrk time curl)" >&2; exit 1; }
done

echo "== build (reactor, no install)"
mvn -q -Pbench -pl benchmarks -am package -DskipTests
CP=$BENCH/target/classes:$(cat "$BENCH/target/classpath.txt")
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAVAC=${JAVA_HOME:+$JAVA_HOME/bin/}javac

{
  echo "- date: $(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$ROOT" rev-parse --short HEAD)"
  echo "- nproc: $(nproc); CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "- memory: $(free -g | awk '/Mem:/{print $2}') GiB; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- java: $($JAVA -version 2>&1 | head -2 | tr '\n' ' ')"
  echo "- wrk: $(wrk -v 2>&1 | head -1)"
} > "$RESULTS/machine.md"

SECTIONS=" ${SECTIONS:-decision e2e build} "
wants() { [[ $SECTIONS == *" $1 "* ]]; }

# ------------------------------------------------------------------ 1. decision (JMH)
if wants decision; then
echo "== 1/3 JMH decision benchmarks"
"$JAVA" -cp "$CP" org.openjdk.jmh.Main DecisionBenchmark -f 2 "${JMH_OPTS[@]}" -prof gc \
  -rf json -rff "$RESULTS/decision.json" > "$WORK/jmh.log" 2>&1 || { tail -40 "$WORK/jmh.log"; exit 1; }
"$JAVA" -cp "$CP" org.openjdk.jmh.Main RoutingScaleBenchmark -f 2 "${JMH_OPTS[@]}" -prof gc \
  -rf json -rff "$RESULTS/routing.json" > "$WORK/jmh-routing.log" 2>&1 \
  || { tail -40 "$WORK/jmh-routing.log"; exit 1; }
# JMH exits 0 even when a benchmark throws: a run with a failed benchmark is no result.
if grep -q 'Exception' "$WORK/jmh.log" "$WORK/jmh-routing.log"; then
  grep -m3 -A5 'Exception' "$WORK/jmh.log" "$WORK/jmh-routing.log" >&2; exit 1
fi
grep -E '^DecisionBenchmark\.[a-zA-Z]+ +[A-Z]|gc.alloc.rate.norm' "$WORK/jmh.log" | grep -v '^#' > "$RESULTS/decision-jmh.txt" || true

fi

# ------------------------------------------------------------------ 2. end to end (wrk)
if wants e2e; then
echo "== 2/3 end-to-end load (warmup $WARMUP + $DURATION per scenario)"
# All four servers run side by side, and the scenarios take turns, round after round: drift
# on a shared machine (easily +-20% between minutes) then hits every scenario alike, and the
# report takes each scenario's median round.
declare -A PORTS
SERVER_PIDS=()
stop_servers() {
  for pid in "${SERVER_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  SERVER_PIDS=()
}
trap stop_servers EXIT
start_server() { # mode
  # nodelay: without it the JDK server's separate header and body writes meet the client's
  # delayed ACK (Nagle), and every GET with a body waits ~40 ms: the test would measure TCP.
  "$JAVA" -Xms256m -Xmx256m -Dsun.net.httpserver.nodelay=true -cp "$CP" org.corsroutes.bench.BenchServer "$1" 0 > "$WORK/server-$1.log" 2>&1 &
  SERVER_PIDS+=($!)
  for _ in $(seq 1 100); do
    PORTS[$1]=$(sed -n 's/^READY //p' "$WORK/server-$1.log")
    [[ -n "${PORTS[$1]}" ]] && return 0
    sleep 0.2
  done
  echo "server $1 did not start:" >&2; cat "$WORK/server-$1.log" >&2; exit 1
}
ORIGIN="https://app.example.com"
GET_HEADERS=(-H "Origin: $ORIGIN" -H "Authorization: Bearer bench-token")
PREFLIGHT_HEADERS=(-H "Origin: $ORIGIN" -H "Access-Control-Request-Method: PUT"
  -H "Access-Control-Request-Headers: authorization, content-type")
URL_PATH=/api/users/1
# id | server mode | method | description
SCENARIOS=(
  "a|none|GET|GET, no CORS Feature"
  "b|feature|GET|GET, CorsFeature, allowed Origin"
  "c|feature|OPTIONS|preflight answered by CorsFeature"
  "d|handwritten|OPTIONS|preflight through the hand-written filter"
  "e|handwritten|GET|GET, hand-written filter, allowed Origin"
  "f|headers|GET|GET, the four CORS headers as constants, no decision"
)
headers_for() { if [[ $1 == OPTIONS ]]; then echo PREFLIGHT_HEADERS; else echo GET_HEADERS; fi; }
for mode in none feature handwritten headers; do start_server "$mode"; done
printf '#id\tscenario\tstatus\trequests\tduration_us\tp50_us\tp90_us\tp99_us\tmean_us\tnon_2xx_3xx\tsocket_errors\n' > "$RESULTS/e2e.tsv"
: > "$RESULTS/e2e-responses.txt"
for entry in "${SCENARIOS[@]}"; do # what each answers, and a warmup of each server's path
  IFS='|' read -r id mode method description <<< "$entry"
  declare -n hdrs=$(headers_for "$method")
  url="http://127.0.0.1:${PORTS[$mode]}$URL_PATH"
  { echo "## ($id) $description: curl -X $method ${hdrs[*]} $URL_PATH"; curl -s -D - -o /dev/null -X "$method" "${hdrs[@]}" "$url" | tr -d '\r'; } >> "$RESULTS/e2e-responses.txt"
  WRK_METHOD=$method wrk -t1 -c8 -d"$WARMUP" -s "$BENCH/wrk-report.lua" "${hdrs[@]}" "$url" > /dev/null
  unset -n hdrs
done
for round in $(seq 1 "$ROUNDS"); do
  for entry in "${SCENARIOS[@]}"; do
    IFS='|' read -r id mode method description <<< "$entry"
    declare -n hdrs=$(headers_for "$method")
    url="http://127.0.0.1:${PORTS[$mode]}$URL_PATH"
    status=$(curl -s -o /dev/null -w '%{http_code}' -X "$method" "${hdrs[@]}" "$url")
    line=$(WRK_METHOD=$method wrk -t1 -c8 -d"$DURATION" -s "$BENCH/wrk-report.lua" "${hdrs[@]}" "$url" | grep '^RESULT' | cut -f2-)
    printf '%s\t%s\t%s\t%s\n' "$id" "$description" "$status" "$line" >> "$RESULTS/e2e.tsv"
    echo "   round $round ($id) $description: status $status, $line"
    unset -n hdrs
  done
done
stop_servers

fi

# ------------------------------------------------------------------ 3. build cost (javac)
if wants build; then
echo "== 3/3 javac build cost, sizes ${SIZES[*]}, $REPS runs each"
LIBS=$(tr ':' '\n' < "$BENCH/target/classpath.txt")
lib() { echo "$LIBS" | grep -E "/$1-[0-9][^/]*\.jar$" | head -1; }
# Same classpath for both: what an application compiling JAX-RS resources with CORS Routes has.
COMPILE_CP=$(lib jakarta.ws.rs-api):$(lib cors-annotations):$(lib cors-runtime)
PROCESSOR_PATH=$(lib cors-processor) # self-contained: JavaPoet, Guava and the origin rules inside
# The lower bound for any table writer: this tree's processor with analysis-only.patch applied
# to a copy (all analysis, validation and reports; the floor's empty class instead of each
# table). Measured, never shipped.
ANALYSIS=$WORK/analysis-only
rm -rf "$ANALYSIS"; mkdir -p "$ANALYSIS"
(cd "$ROOT" && git ls-files -z | tar --null -T - -cf -) | tar -xf - -C "$ANALYSIS"
# The ceiling keeps git from finding this repository above the copy: inside it, git apply would
# skip every path outside the current folder without a word.
(cd "$ANALYSIS" && GIT_CEILING_DIRECTORIES=$WORK git apply "$BENCH/analysis-only.patch")
grep -q 'final class " + name.simpleName()' \
  "$ANALYSIS"/cors-processor/src/main/java/org/corsroutes/processor/generate/RouteTableWriter.java \
  || { echo "analysis-only.patch did not apply" >&2; exit 1; }
mvn -q -f "$ANALYSIS/pom.xml" -pl cors-processor -am package -DskipTests
ANALYSIS_PATH=$(ls "$ANALYSIS"/cors-processor/target/cors-processor-*.jar | grep -v /original-)
printf '#classes\tmode\trep\tseconds\tmax_rss_kb\tcpu_seconds\n' > "$RESULTS/build.tsv"
for n in "${SIZES[@]}"; do
  corpus=$WORK/corpus-$n
  rm -rf "$corpus"
  "$JAVA" -cp "$CP" org.corsroutes.bench.CorpusGenerator "$n" "$corpus"
  for rep in $(seq 1 "$REPS"); do
    # none: no processing. floor: FloorProcessor, one empty class per @Path class (what any
    # processor generating one source per resource costs javac). processor: CORS Routes.
    # proconly: CORS Routes with -proc:only (analysis and generation, generated code not compiled);
    # flooronly: the floor with -proc:only, its baseline. analysisonly: the lower bound above,
    # -proc:only.
    for mode in none floor processor flooronly proconly analysisonly; do # alternate: drifting noise hits all
      rm -rf "$corpus/out" "$corpus/gen"; mkdir -p "$corpus/out" "$corpus/gen"
      case $mode in
        none) proc=(-proc:none) ;;
        floor) proc=(-processorpath "$BENCH/target/classes" -processor org.corsroutes.bench.FloorProcessor) ;;
        flooronly) proc=(-proc:only -processorpath "$BENCH/target/classes" -processor org.corsroutes.bench.FloorProcessor) ;;
        processor) proc=(-processorpath "$PROCESSOR_PATH") ;;
        proconly) proc=(-proc:only -processorpath "$PROCESSOR_PATH") ;;
        analysisonly) proc=(-proc:only -processorpath "$ANALYSIS_PATH") ;;
      esac
      (cd "$corpus" && /usr/bin/time -f '%e %M %U %S' -o "$corpus/time.txt" \
        "$JAVAC" --release 17 -d out -s gen -cp "$COMPILE_CP" "${proc[@]}" @sources.txt) \
        > "$corpus/javac.log" 2>&1 || { cat "$corpus/javac.log"; exit 1; }
      read -r secs rss user sys < "$corpus/time.txt"
      cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
      classes=$(find "$corpus/out" -name '*.class' | wc -l)
      generated=$(find "$corpus/gen" -name '*.java' | wc -l)
      if [[ $mode != none && $generated -ne $n ]]; then
        echo "$mode generated $generated sources for $n resources" >&2; cat "$corpus/javac.log" >&2; exit 1
      fi
      # Route tables from the processor, empty classes from the floor and the lower bound.
      tables=$({ grep -rl 'implements CorsRouteTable' "$corpus/gen" || true; } | wc -l)
      expected=$([[ $mode == processor || $mode == proconly ]] && echo "$n" || echo 0)
      if [[ $tables -ne $expected ]]; then
        echo "$mode wrote $tables route tables, expected $expected" >&2; exit 1
      fi
      printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$mode" "$rep" "$secs" "$rss" "$cpu" >> "$RESULTS/build.tsv"
      echo "   $n resources, $mode, run $rep: ${secs}s (${cpu}s CPU), ${rss} KB max RSS, $classes classes, $generated generated sources"
    done
  done
done

fi

# ------------------------------------------------------------------ tables
"$JAVA" -cp "$CP" org.corsroutes.bench.Report "$RESULTS"
cat "$RESULTS/machine.md"; echo
for table in decision routing e2e build; do
  if [[ -f $RESULTS/$table.md ]]; then cat "$RESULTS/$table.md"; echo; fi
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$RESULTS/machine.md"
