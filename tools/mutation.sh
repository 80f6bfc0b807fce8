#!/usr/bin/env bash
# Mutation testing of the core library's loading, validation and diff code with Stryker.NET (pinned in
# .config/dotnet-tools.json): every mutant of src/BoardPapers/{Load,Validate,Diff} is run against the tests
# listed in tools/mutation-tests.txt that cover it, less the exclusions of tools/stryker-config.json. Reports go
# to artifacts/mutation/<run>/ (HTML and JSON); the score per file is printed at the end. Not part of CI: on 2
# cores a run of a few files takes 20 to 50 minutes (docs/testing.md has the measured times).
# Usage: bash tools/mutation.sh [GLOB...]   e.g. bash tools/mutation.sh '**/Diff/PlanDiff.cs'
# Every mutant runs against the test classes listed in tools/mutation-tests.txt (why: that file's header).
# MUTATION_TESTS=all runs every test the config does not filter out (one to two minutes per loader mutant);
# any other value is a VSTest filter, for a quick look while you work on one file, e.g.
#   MUTATION_TESTS='FullyQualifiedName~PlanLintTests' bash tools/mutation.sh '**/Validate/PlanLints.cs'
# MUTATION_COVERAGE=off runs every selected test for every mutant instead of only the tests Stryker saw cover
# it: exact, not trusting per-test coverage (stryker-net issues 843 and 2005 tell of theory rows it missed), and
# slow, so pair it with a narrow MUTATION_TESTS filter, e.g.
#   MUTATION_RUN=positions MUTATION_COVERAGE=off MUTATION_TESTS='FullyQualifiedName~PositionInValueTests' \
#     bash tools/mutation.sh '**/Load/PositionMapper.cs'
# The summary counts a mutant killed when any run of the same source killed it.
# MUTATION_RUN names the run: its reports go to artifacts/mutation/<name>/ (default: "all"), so runs of
# different folders can be kept side by side; `bash tools/mutation.sh --summary` prints one table of them all.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
if [ "${1:-}" = "--summary" ]; then
  python3 tools/mutation-summary.py artifacts/mutation
  exit
fi
out="$root/artifacts/mutation/${MUTATION_RUN:-all}"
dotnet tool restore >/dev/null
args=()
for glob in "$@"; do args+=(--mutate "$glob"); done
excluded=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["stryker-config"]["test-case-filter"])' tools/stryker-config.json)
case "${MUTATION_TESTS:-listed}" in
  listed)
    listed=$(grep -v '^#' tools/mutation-tests.txt | grep . | sed 's/^/FullyQualifiedName~/' | paste -sd'|')
    args+=(--test-case-filter "($listed)&$excluded") ;;
  all) ;;
  *) args+=(--test-case-filter "$MUTATION_TESTS") ;;
esac
rm -rf "$out"
config="$root/tools/stryker-config.json"
if [ -n "${MUTATION_COVERAGE:-}" ]; then
  mkdir -p "$root/artifacts/mutation"
  config="$root/artifacts/mutation/.stryker-config-${MUTATION_RUN:-all}.json"
  python3 -c 'import json,sys; c=json.load(open(sys.argv[1])); c["stryker-config"]["coverage-analysis"]=sys.argv[2]; json.dump(c, open(sys.argv[3], "w"), indent=2)' \
    tools/stryker-config.json "$MUTATION_COVERAGE" "$config"
fi
started=$(date +%s)

# Stryker leaves behind the test host of a mutant it gave up on (a timeout), and when the mutant is an endless
# loop the host goes on spinning: 66 of them were running twenty minutes into one run, the load average was 88,
# and every later mutant ran slower, timed out more often and left more hosts behind (a timeout counts as
# killed, so this also flatters the score). A host of this checkout's tests still running a minute after the
# longest timeout Stryker has set so far ("Using N ms as test run timeout" in its log; ten minutes until it
# has set one) is one of them and is ended.
reap() {
  while sleep 15; do
    local now pid begun limit
    limit=$(cat "$out"/logs/log-*.txt 2>/dev/null | sed -n 's/.*Using \([0-9]*\) ms as test run timeout.*/\1/p' | sort -n | tail -1)
    limit=$(( ${limit:-540000} / 1000 + 60 ))
    now=$(date +%s)
    for pid in $(pgrep -f "$root/tests/.*/testhost.dll" || true); do
      begun=$(date -d "$(ps -o lstart= -p "$pid" 2>/dev/null)" +%s 2>/dev/null) || continue
      if [ $(( now - begun )) -gt "$limit" ]; then kill "$pid" 2>/dev/null || true; fi
    done
  done
}
reap &
reaper=$!
trap 'kill $reaper 2>/dev/null || true' EXIT
(cd src/BoardPapers && dotnet stryker --config-file "$config" --output "$out" --log-to-file "${args[@]}")
report="$out/reports/mutation-report.json"
[ -f "$report" ] || { echo "mutation: Stryker wrote no report (see $out/logs)" >&2; exit 1; }
python3 tools/mutation-summary.py "$report" --took "$(( $(date +%s) - started ))" --survivors "$out/survivors.txt"
