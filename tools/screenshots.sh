#!/usr/bin/env bash
# Regenerates docs/images/: the first table page of each sample paper (tools/sample-renders.txt), rendered to
# PDF by the build in src/ and turned into a PNG at 60 dpi, as README shows them. Needs LibreOffice and
# poppler-utils (pdftoppm, pdftotext). Usage: bash tools/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build src/BoardPapers.Cli -c Release -nologo -v quiet >&2
cli=src/BoardPapers.Cli/bin/Release/net10.0/BoardPapers.Cli.dll
grep -v '^#' tools/sample-renders.txt | while read -r plan template; do
  [ -n "$plan" ] || continue
  [ -f "docs/images/$plan.$template.png" ] || continue   # only the papers README shows
  dotnet "$cli" render "plans/$plan.yaml" -t "$template" -f pdf,html -o "$work" 2>/dev/null
  # The first table of three columns or more (a key has two): the first page that prints its header row's first
  # two headings is the paper's first table page.
  heading=$(grep -o '<thead><tr>.*</tr></thead>' "$work/$plan.$template.html" | awk '{ n = gsub(/<th /, "&") } n >= 3 { print; exit }' \
    | grep -o '<th [^>]*>[^<]*' | sed 's/.*>//' | head -2 | paste -sd' ')
  pages=$(pdfinfo "$work/$plan.$template.pdf" | awk '/^Pages:/ {print $2}')
  page=1
  for p in $(seq 1 "$pages"); do
    if [ -n "$heading" ] && pdftotext -f "$p" -l "$p" "$work/$plan.$template.pdf" - | tr '\n' ' ' | tr -s ' ' | grep -qF "$heading"; then page=$p; break; fi
  done
  pdftoppm -r 60 -png -f "$page" -l "$page" -singlefile "$work/$plan.$template.pdf" "docs/images/$plan.$template"
  echo "docs/images/$plan.$template.png: page $page of $pages" >&2
done

# The changes paper README shows: the JAR plan against its next quarter's update (an assessment moved each way,
# a date slipped, progress written, a row renumbered), as `boardpapers diff OLD NEW --format pdf` prints it.
old=plans/leicester-jar-action-plan-2008.yaml
new="$work/leicester-jar-action-plan-2008-q2.yaml"
sed -e 's|as_at: 2008-06-30|as_at: 2008-09-30|' \
    -e 's|{ ref: G3, title: Learning difficulties and/or disabilities, statuses: { grade: "2" } }|{ ref: G3, title: Learning difficulties and/or disabilities, statuses: { grade: "1" } }|' \
    -e 's|{ ref: G1, title: Safeguarding, statuses: { grade: "3" } }|{ ref: G1, title: Safeguarding, statuses: { grade: "4" } }|' \
    -e 's|            timescale: End August 2008|            timescale: End September 2008|' \
    -e 's|            due: 2008-08-31|            due: 2008-09-30|' \
    -e "s|^            success_criteria: Young People's Council receive the findings any comments are fed back via Julie Foster|&\n            progress: Findings presented to the Young People's Council in July; comments are being fed back.|" \
    -e 's|- ref: "2.2b"|- ref: "2.2c"|' "$old" > "$new"
dotnet "$cli" diff "$old" "$new" --format pdf -o "$work/changes.pdf" 2>/dev/null
pdftoppm -r 60 -png -f 1 -l 1 -singlefile "$work/changes.pdf" docs/images/changes-paper
echo "docs/images/changes-paper.png: page 1" >&2
