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

# The HTML edition and the service in a browser, on a phone (375 px) and a desktop (1280 px), as the first screen a
# reader sees: the pack's agenda, an item page down to its plan appendix, the service's home and plan pages. Debian's
# Chromium, headless, with no network (every asset is local).
chromium=${BOARDPAPERS_CHROMIUM:-/usr/bin/chromium}
shot() { # shot URL WIDTH HEIGHT NAME
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --hide-scrollbars --window-size="$2,$3" --screenshot="docs/images/$4-$2.png" "$1" >/dev/null 2>&1
  echo "docs/images/$4-$2.png" >&2
}
dotnet "$cli" pack plans/meetings/scrutiny-childrens-services-2010-12-16/meeting.yaml --edition public -f html -o "$work/pack" 2>/dev/null
edition="$work/pack/scrutiny-board-childrens-services-2010-12-16-public"
dotnet "$cli" serve plans --port 8765 >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 60); do curl -sf -o /dev/null http://127.0.0.1:8765/ && break; sleep 0.5; done
for width in 375 1280; do
  height=$([ "$width" = 375 ] && echo 812 || echo 900)
  shot "file://$edition/index.html" "$width" "$height" html-edition-agenda
  # The item's front sheet and report, then its plan appendix's first table (a tall picture: the reader scrolls to it).
  shot "file://$edition/item-9.html" "$width" "$([ "$width" = 375 ] && echo 2900 || echo 1900)" html-edition-plan-appendix
  shot "http://127.0.0.1:8765/" "$width" "$height" service-home
  shot "http://127.0.0.1:8765/plan?path=leicester-jar-action-plan-2008.yaml" "$width" "$height" service-plan
done
