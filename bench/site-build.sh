#!/usr/bin/env bash
# The residents' site's build time: the bundled plans folder, and a generated folder of 500 meetings
# (10 committees of 50 meetings each, every one with a key decision, an exempt item and a decision), each
# built from nothing and then again with nothing changed (which compares every file and writes none); the
# sample with its Word and PDF packs, the 500 without (each pack is a LibreOffice print of a few seconds).
# Usage: bash bench/site-build.sh [BOARDPAPERS...] (default: the framework-dependent build)
set -euo pipefail
cd "$(dirname "$0")/.."
run=("$@")
if [ ${#run[@]} -eq 0 ]; then
  dotnet build src/BoardPapers.Cli -c Release -nologo -v quiet >/dev/null
  run=(dotnet src/BoardPapers.Cli/bin/Release/net10.0/BoardPapers.Cli.dll)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for c in $(seq 1 10); do
  mkdir -p "$work/many/committee-$c"
  for m in $(seq 1 50); do
    day=$(date -u -d "2020-01-01 + $(( (m - 1) * 14 + c )) days" +%Y-%m-%d)
    published=$(date -u -d "$day - 9 days" +%Y-%m-%d)
    decided=$(date -u -d "$day + 2 days" +%Y-%m-%d)
    cat >"$work/many/committee-$c/meeting-$day.yaml" <<YAML
format: 1
meeting:
  committee: Committee $c
  organisation: Generated Borough Council
  date: $day
  time: 2.00 pm
  venue: Committee Room $c, Town Hall
  published: $published
  decisions_published: $decided
membership:
  - title: Councillors
    members:
      - { name: Councillor A$c, role: Chair }
      - { name: Councillor B$c }
      - { name: Councillor C$c }
items:
  - kind: apologies
  - kind: declarations
  - kind: exempt-information
  - kind: item
    title: Budget monitoring $m
    description: The forecast for the year.
    decision: { resolved: That the forecast be noted. }
  - kind: item
    title: Contract award $m
    description: The award of a contract.
    exempt: { paragraph: "3", reason: The bidders' prices. }
    decision: { resolved: That the contract be awarded as recommended. }
YAML
  done
done
measure() { # label, folder, output, packs
  local start end
  start=$(date +%s.%N); "${run[@]}" site "$2" -o "$3" --base-url https://democracy.example.gov.uk/ --today 2025-01-01 --root "$2" --packs "$4" 2>"$work/err" >/dev/null; end=$(date +%s.%N)
  printf '%-44s %6.2f s   %s\n' "$1" "$(echo "$end - $start" | bc)" "$(tail -1 "$work/err")"
}
# The sample with its Word and PDF packs (LibreOffice prints each meeting), then again: nothing is printed.
measure "sample plans, Word and PDF, first build" plans "$work/site-sample" docx,pdf
measure "sample plans, Word and PDF, rebuild" plans "$work/site-sample" docx,pdf
# One meeting edited: only its packs are printed again.
cp -r plans "$work/plans-edited"
sed -i 's/The 30-year plan for the council.s homes\./The 30-year plan for the council\x27s 14,000 homes./' "$work/plans-edited/committees/executive-board-2024-25/meeting-2024-10-23.yaml"
cp -r "$work/site-sample" "$work/site-edited"
measure "sample plans, one meeting edited" "$work/plans-edited" "$work/site-edited" docx,pdf
# 500 meetings as web pages, search, calendars, feed and open data (printing 500 packs is LibreOffice's time).
measure "500 meetings, pages only, first build" "$work/many" "$work/site-many" none
measure "500 meetings, pages only, rebuild" "$work/many" "$work/site-many" none
