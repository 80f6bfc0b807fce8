#!/usr/bin/env bash
# Measures `boardpapers check` on generated plans of 1,000 and 10,000 actions (wall time and peak
# memory of the real process, best of 3), then runs the in-process BenchmarkDotNet suite: loading, and a
# render stage by stage (load, template, parse, Word) with allocations.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for project in src/BoardPapers.Cli bench/BoardPapers.Benchmarks; do
  dotnet build -c Release "$project" -v quiet -nologo >/dev/null
done
cli="src/BoardPapers.Cli/bin/Release/net10.0/BoardPapers.Cli.dll"
gen="bench/BoardPapers.Benchmarks/bin/Release/net10.0/BoardPapers.Benchmarks.dll"

printf '%-8s %10s %12s %14s\n' actions "file KiB" "wall s" "peak RSS MiB"
for n in 1000 10000; do
  plan="$work/plan-$n.yaml"
  dotnet "$gen" generate "$n" "$plan"
  best_time=""; best_rss=""
  for _ in 1 2 3; do
    /usr/bin/time -f '%e %M' -o "$work/time" dotnet "$cli" check "$plan" >/dev/null 2>&1 || true
    read -r t rss < "$work/time"
    if [ -z "$best_time" ] || awk "BEGIN {exit !($t < $best_time)}"; then best_time=$t; fi
    if [ -z "$best_rss" ] || [ "$rss" -lt "$best_rss" ]; then best_rss=$rss; fi
  done
  printf '%-8s %10d %12s %14.1f\n' "$n" "$(( $(stat -c %s "$plan") / 1024 ))" "$best_time" "$(awk "BEGIN {print $best_rss / 1024}")"
done

dotnet "$gen" --filter '*LoadBenchmarks*' '*RenderBenchmarks*' --job short "$@"
