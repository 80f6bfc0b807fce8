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
