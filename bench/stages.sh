#!/usr/bin/env bash
# Where a render's time goes, stage by stage, and the regression guard on what each stage allocates.
#  1. The shipped command (the native build when given, as BOARDPAPERS...) rendering the JAR plan (seed size,
#     120 actions) and a generated plan of 10,000 actions to Word with --timings: start-up, load and check,
#     template, board HTML, writing Word; the median of 5 runs at seed size, one run at 10,000.
#  2. In one warm process (framework-dependent, BenchmarkDotNet's project): each stage at 1,000 actions, with
#     and without the progress summary and its charts, and the bytes each allocates, compared with
#     bench/stage-allocations-1000.tsv: a stage that allocates a tenth more fails the script (exit 1).
#     RECORD=1 writes the file anew (after a change that is meant to allocate more, or less).
# Usage: bash bench/stages.sh [BOARDPAPERS...] (default: the framework-dependent build)
set -euo pipefail
cd "$(dirname "$0")/.."
run=("$@")
dotnet build -c Release bench/BoardPapers.Benchmarks -v quiet -nologo >/dev/null
gen="bench/BoardPapers.Benchmarks/bin/Release/net10.0/BoardPapers.Benchmarks.dll"
if [ ${#run[@]} -eq 0 ]; then
  dotnet build src/BoardPapers.Cli -c Release -nologo -v quiet >/dev/null
  run=(dotnet src/BoardPapers.Cli/bin/Release/net10.0/BoardPapers.Cli.dll)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet "$gen" generate 1000 "$work/generated-1000.yaml"
dotnet "$gen" generate 10000 "$work/generated-10000.yaml"

echo "== the command, stage by stage (${run[*]})"
for i in 1 2 3 4 5; do
  "${run[@]}" render plans/leicester-jar-action-plan-2008.yaml -t action-plan -f docx -o "$work/out" --timings 2>&1 | grep '^timings:'
done | sort -t';' -k6 | sed -n 3p | sed 's/^/JAR plan (median of 5): /'
"${run[@]}" render "$work/generated-10000.yaml" -t action-plan -f docx -o "$work/out" --timings 2>&1 | grep '^timings:' | sed 's/^/10,000 actions: /'

echo "== one warm process, 1,000 actions: time and allocations per stage"
if [ "${RECORD:-0}" = 1 ]; then
  dotnet "$gen" phases "$work/generated-1000.yaml" action-plan templates --record bench/stage-allocations-1000.tsv
else
  dotnet "$gen" phases "$work/generated-1000.yaml" action-plan templates --compare bench/stage-allocations-1000.tsv
fi
