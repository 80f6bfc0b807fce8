#!/usr/bin/env bash
# Times `boardpapers diff` on generated plans of 1,000, 10,000 and 20,000 actions whose newer version
# changes 1% of the actions (a status one step, the due date a month later, a word of the progress):
# wall time and peak memory (/usr/bin/time), best of 3, and the growth from each size to the next, to
# show the diff stays roughly linear. The command as built by `dotnet build -c Release`.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build -c Release src/BoardPapers.Cli -v quiet -nologo >/dev/null
dotnet build -c Release bench/BoardPapers.Benchmarks -v quiet -nologo >/dev/null
gen="bench/BoardPapers.Benchmarks/bin/Release/net10.0/BoardPapers.Benchmarks.dll"
cli=(dotnet src/BoardPapers.Cli/bin/Release/net10.0/BoardPapers.Cli.dll)

printf '%-16s %9s %9s %9s %12s\n' actions changes seconds MiB "time growth"
previous=""
for n in 1000 10000 20000; do
  dotnet "$gen" generate "$n" "$work/old-$n.yaml"
  dotnet "$gen" generate "$n" "$work/new-$n.yaml" 100
  best_t=""; best_m=""
  for _ in 1 2 3; do
    set +e
    /usr/bin/time -f '%e %M' -o "$work/time" "${cli[@]}" diff --format json "$work/old-$n.yaml" "$work/new-$n.yaml" >"$work/out.json" 2>/dev/null
    code=$?
    set -e
    [ "$code" = 1 ] || { echo "diff exited $code, expected 1 (changes found)" >&2; exit 1; }
    read -r t m < <(tail -1 "$work/time")  # time prefixes a line when the exit code is not 0
    if [ -z "$best_t" ] || awk "BEGIN {exit !($t < $best_t)}"; then best_t=$t; fi
    if [ -z "$best_m" ] || [ "$m" -lt "$best_m" ]; then best_m=$m; fi
  done
  changes=$(grep -m1 -o '"changes": [0-9]*' "$work/out.json" | grep -o '[0-9]*$')
  growth=""
  [ -n "$previous" ] && growth=$(awk "BEGIN {printf \"%.1fx\", $best_t / $previous}")
  printf '%-16s %9s %9.2f %9.0f %12s\n' "$n" "$changes" "$best_t" "$(( best_m / 1024 ))" "$growth"
  previous=$best_t
done
