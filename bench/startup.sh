#!/usr/bin/env bash
# Where a small render's time goes in the native build: the process starting and stopping alone
# (`--version`: the runtime's start-up, rehydrating the binary's data, before any of our code runs),
# loading and checking a seed plan (`check`), and rendering it to Word (`render -f docx`). Median of 11
# runs each, wall time and peak memory (/usr/bin/time). Needs clang to publish the native build.
# Usage: bash bench/startup.sh [PLAN] (default: the Leicester JAR plan, 120 actions)
set -euo pipefail
cd "$(dirname "$0")/.."
plan="${1:-plans/leicester-jar-action-plan-2008.yaml}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bash tools/publish-native.sh "$work/cli" 2>/dev/null
cli="$work/cli/boardpapers"

median() { # median NAME -- COMMAND...: prints "seconds peakKiB", each the median of 11 runs
  shift
  for _ in $(seq 11); do
    /usr/bin/time -f '%e %M' -a -o "$work/times" "$@" >/dev/null 2>&1 || true
  done
  t=$(awk '{ print $1 }' "$work/times" | sort -n | sed -n 6p)
  m=$(awk '{ print $2 }' "$work/times" | sort -n | sed -n 6p)
  rm -f "$work/times"
  echo "$t $m"
}

printf '%-34s %8s %9s\n' "native build, $(basename "$plan")" "median s" "peak MiB"
for row in "start and stop (--version)|--version" "load and check (check)|check $plan" "render to Word (render -f docx)|render $plan -t action-plan -f docx -o $work/out"; do
  label="${row%%|*}"
  read -r -a args <<< "${row#*|}"
  read -r t m < <(median x -- "$cli" "${args[@]}")
  printf '%-34s %8.3f %9.1f\n' "$label" "$t" "$(awk "BEGIN {print $m / 1024}")"
done
