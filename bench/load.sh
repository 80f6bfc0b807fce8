#!/usr/bin/env bash
# A bounded load test of the service: starts `boardpapers serve` on a free loopback port, then runs
# CLIENTS concurrent clients for SECONDS against POST /api/render (a sample plan, the action-plan
# template, Word output), RUNS times in a row against the same server process. Prints each run's requests,
# errors, requests per second, p50 and p99 latency, and the server's resident memory sampled every
# half second through the run (median and highest), so growth across runs shows. A warm-up run of WARMUP seconds (default 10; 0 for none) comes first and
# is printed apart: it pays for JIT compilation and the heap and pools growing to their working size.
# Exit 1 on any error.
# Usage: bash bench/load.sh [CLIENTS=8] [SECONDS=30] [RUNS=3]; NATIVE=1 loads the Native AOT build
# (tools/publish-native.sh); FORMAT=html|docx (default docx); PLAN=FILE (default the Leicester JAR plan).
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-8}
seconds=${2:-30}
runs=${3:-3}
format=${FORMAT:-docx}
plan=${PLAN:-plans/leicester-jar-action-plan-2008.yaml}
work=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

dotnet build -c Release bench/BoardPapers.Benchmarks -v quiet -nologo >/dev/null
load="bench/BoardPapers.Benchmarks/bin/Release/net10.0/BoardPapers.Benchmarks.dll"
if [ "${NATIVE:-0}" = 1 ]; then
  bash tools/publish-native.sh "$work/native" 2>/dev/null
  command=("$work/native/boardpapers")
else
  dotnet build -c Release src/BoardPapers.Cli -v quiet -nologo >/dev/null
  command=(dotnet src/BoardPapers.Cli/bin/Release/net10.0/BoardPapers.Cli.dll)
fi

"${command[@]}" serve plans --port 0 >"$work/url" 2>"$work/server.log" &
server=$!
for _ in $(seq 1 100); do [ -s "$work/url" ] && break; sleep 0.1; done
url=$(head -1 "$work/url")
[ -n "$url" ] || { echo "load: the service did not start:" >&2; cat "$work/server.log" >&2; exit 1; }
echo "load: $clients clients x ${seconds}s x $runs runs on $url/api/render ($(basename "$plan"), action-plan, $format), $(nproc) cores" >&2

# One run: the load, with the server's resident memory sampled every half second meanwhile.
run() {
  local label=$1 secs=$2 line
  : >"$work/rss"
  ( while kill -0 "$server" 2>/dev/null; do awk '/VmRSS/ {print $2}' "/proc/$server/status" >>"$work/rss"; sleep 0.5; done ) &
  local sampler=$!
  line=$(dotnet "$load" load "$url/api/render?template=action-plan&format=$format" "$plan" "$clients" "$secs") || status=1
  kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
  echo "$label: $line  server RSS median $(sort -n "$work/rss" | awk '{a[NR]=$1} END {printf "%.0f", a[int((NR+1)/2)] / 1024}') MiB, highest $(sort -n "$work/rss" | tail -1 | awk '{printf "%.0f", $1 / 1024}') MiB"
}

status=0
warmup=${WARMUP:-10}
if [ "$warmup" -gt 0 ]; then
  run "warm-up (${warmup}s)" "$warmup"
fi
for i in $(seq 1 "$runs"); do
  run "run $i" "$seconds"
done
exit $status
