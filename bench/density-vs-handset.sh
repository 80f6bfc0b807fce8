#!/usr/bin/env bash
# Issue 34: does a dense plan take more pages than the same content set by hand? In one run, each action plan
# is printed twice through LibreOffice: with BoardPapers' default styles, and with a house reference document
# whose tables are set as a typist sets them in Word (Arial 10 pt, single-spaced, no space after, Word's own
# cell margins: none above and below, 0.08 in at the sides). Everything else (columns, widths, page setup,
# what keeps together) is the same, so the difference is the defaults alone. Prints pages and pages per 100
# printed table rows for the sample plans and a generated plan. Needs LibreOffice, poppler-utils and python3.
# Usage: bash bench/density-vs-handset.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build src/BoardPapers.Cli -c Release -nologo -v quiet >/dev/null
dotnet build bench/BoardPapers.Benchmarks -c Release -nologo -v quiet >/dev/null
cli=(dotnet src/BoardPapers.Cli/bin/Release/net10.0/BoardPapers.Cli.dll)
dotnet bench/BoardPapers.Benchmarks/bin/Release/net10.0/BoardPapers.Benchmarks.dll generate 300 "$work/generated-300.yaml"

# The hand-set reference: our own styles part with the table styles reset to Word's defaults.
"${cli[@]}" render plans/northmoor-send-improvement-plan-2017.yaml -t action-plan -f docx -o "$work/seed" 2>/dev/null
mkdir "$work/house" && (cd "$work/house" && unzip -q "$work"/seed/*.docx)
python3 - "$work/house/word/styles.xml" <<'PY'
import re, sys
path = sys.argv[1]
s = open(path, encoding="utf-8").read()
s = re.sub(r'(<w:style [^>]*w:styleId="Table[^"]*".*?<w:spacing )w:after="\d+"', r'\1w:after="0"', s, flags=re.S)
s = re.sub(r'<w:tblCellMar>.*?</w:tblCellMar>', '<w:tblCellMar><w:top w:w="0" w:type="dxa" /><w:left w:w="108" w:type="dxa" />'
           '<w:bottom w:w="0" w:type="dxa" /><w:right w:w="108" w:type="dxa" /></w:tblCellMar>', s)
open(path, "w", encoding="utf-8").write(s)
PY
(cd "$work/house" && zip -q -r ../handset.docx .)

printf '%-44s %8s %8s %10s %10s\n' "plan" "rows" "ours" "hand-set" "ours/100"
for plan in plans/northmoor-send-improvement-plan-2017.yaml plans/leicester-jar-action-plan-2008.yaml plans/leeds-improvement-notice-update-2010.yaml "$work/generated-300.yaml"; do
  name=$(basename "$plan" .yaml)
  "${cli[@]}" render "$plan" -t action-plan -f pdf,html -o "$work/ours" 2>/dev/null
  "${cli[@]}" render "$plan" -t action-plan -f pdf --reference-doc "$work/handset.docx" -o "$work/hand" 2>/dev/null
  rows=$(python3 -c 'import re, sys; s = open(sys.argv[1], encoding="utf-8").read(); print(sum(len(re.findall(r"<tr[ >]", b)) for b in re.findall(r"<tbody>(.*?)</tbody>", s, re.S)))' "$work/ours/$name.action-plan.html")
  ours=$(pdfinfo "$work/ours/$name.action-plan.pdf" | awk '/^Pages:/ {print $2}')
  hand=$(pdfinfo "$work/hand/$name.action-plan.pdf" | awk '/^Pages:/ {print $2}')
  printf '%-44s %8s %8s %10s %10.1f\n' "$name" "$rows" "$ours" "$hand" "$(echo "$ours * 100 / $rows" | bc -l)"
done
