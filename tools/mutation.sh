#!/usr/bin/env bash
# Mutation testing of the core library's loading, validation and diff code with Stryker.NET (pinned in
# .config/dotnet-tools.json): every mutant of src/BoardPapers/{Load,Validate,Diff} is run against the tests of
# all three test projects that cover it (tools/stryker-config.json; the browser tests and every test that waits
# on LibreOffice, which reach these files only through paths the fast tests cover, are filtered out). Reports go
# to artifacts/mutation/ (HTML and JSON); the score per file is printed at the end. Not part of CI: the whole
# run takes more than two hours on 2 cores.
# Usage: bash tools/mutation.sh [GLOB...]   e.g. bash tools/mutation.sh '**/Diff/PlanDiff.cs'
# MUTATION_TESTS narrows the tests every mutant runs to a VSTest filter while you work on one file, e.g.
#   MUTATION_TESTS='FullyQualifiedName~PlanLintTests' bash tools/mutation.sh '**/Validate/PlanLints.cs'
# (a quick look at what those tests kill; the score to report is the run with every test).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out="$root/artifacts/mutation"
dotnet tool restore >/dev/null
args=()
for glob in "$@"; do args+=(--mutate "$glob"); done
if [ -n "${MUTATION_TESTS:-}" ]; then args+=(--test-case-filter "$MUTATION_TESTS"); fi
rm -rf "$out"
started=$(date +%s)

# Stryker leaves behind the test host of a mutant it gave up on (a timeout): 22 of them, idle but waking,
# were running an hour into a run, and ending them halved the machine's context switches. Any test host
# of this checkout's tests still running after ten minutes (Stryker gives up on a mutant after its
# timeout, at most a little over five minutes here) is one of them and is ended.
reap() {
  while sleep 60; do
    local now pid begun
    now=$(date +%s)
    for pid in $(pgrep -f "$root/tests/.*/testhost.dll" || true); do
      begun=$(date -d "$(ps -o lstart= -p "$pid" 2>/dev/null)" +%s 2>/dev/null) || continue
      if [ $(( now - begun )) -gt 600 ]; then kill "$pid" 2>/dev/null || true; fi
    done
  done
}
reap &
reaper=$!
trap 'kill $reaper 2>/dev/null || true' EXIT
(cd src/BoardPapers && dotnet stryker --config-file "$root/tools/stryker-config.json" --output "$out" --log-to-file "${args[@]}")
report="$out/reports/mutation-report.json"
[ -f "$report" ] || { echo "mutation: Stryker wrote no report (see $out/logs)" >&2; exit 1; }
python3 - "$report" "$(( $(date +%s) - started ))" "$out/survivors.txt" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
rows, totals = [], {"killed": 0, "survived": 0, "nocover": 0, "timeout": 0}
for path, file in sorted(report["files"].items()):
    counts = {"killed": 0, "survived": 0, "nocover": 0, "timeout": 0}
    for mutant in file["mutants"]:
        status = mutant["status"]
        key = {"Killed": "killed", "Survived": "survived", "NoCoverage": "nocover", "Timeout": "timeout"}.get(status)
        if key:
            counts[key] += 1
    valid = sum(counts.values())
    if valid == 0:
        continue
    for k in totals:
        totals[k] += counts[k]
    score = 100 * (counts["killed"] + counts["timeout"]) / valid
    name = path.split("src/BoardPapers/")[-1]
    rows.append((name, score, counts))
print(f"{'file':45} {'score':>6} {'killed':>7} {'survived':>9} {'no cover':>9} {'timeout':>8}")
for name, score, c in rows:
    print(f"{name:45} {score:5.1f}% {c['killed']:7} {c['survived']:9} {c['nocover']:9} {c['timeout']:8}")
valid = sum(totals.values())
score = 100 * (totals["killed"] + totals["timeout"]) / valid if valid else 0
print(f"{'all':45} {score:5.1f}% {totals['killed']:7} {totals['survived']:9} {totals['nocover']:9} {totals['timeout']:8}")
print(f"took {int(sys.argv[2]) // 60} min {int(sys.argv[2]) % 60} s")

# Every mutant no test killed, file by file, with its line and what it changed: the list to work from.
with open(sys.argv[3], "w", encoding="utf-8") as out:
    for path, file in sorted(report["files"].items()):
        lines = file["source"].split("\n")
        left = sorted((m for m in file["mutants"] if m["status"] in ("Survived", "NoCoverage")), key=lambda m: m["location"]["start"]["line"])
        if not left:
            continue
        out.write(f"{path.split('src/BoardPapers/')[-1]}\n")
        for m in left:
            line = m["location"]["start"]["line"]
            status = "not covered" if m["status"] == "NoCoverage" else "survived"
            out.write(f"  {line:4} {status:11} {m['mutatorName']}: {m.get('replacement', '')[:80]}\n       {lines[line - 1].strip()[:100]}\n")
print(f"surviving mutants: {sys.argv[3]}")
PY
