#!/usr/bin/env bash
# The native build (tools/publish-native.sh) is the command as it ships: this checks it does exactly what
# the tested framework-dependent build does. Every sample plan through every template that applies, as
# Word and HTML, the sample meeting's packs, a diff in every format and the service's pages, downloads and API
# must give the same bytes; `check` must print the same and exit the same on the sample plans and on every
# plan of the bad-plan corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bash tools/publish-native.sh "$work/native"
dotnet build src/BoardPapers.Cli -c Release -nologo -v quiet >/dev/null
native=("$work/native/boardpapers")
managed=(dotnet src/BoardPapers.Cli/bin/Release/net10.0/BoardPapers.Cli.dll)

mapfile -t cases < <(grep -v "^#" tools/sample-renders.txt)
for pair in "${cases[@]}"; do
  set -- $pair
  "${native[@]}" render "plans/$1.yaml" -t "$2" -f docx,html -o "$work/native-out" 2>/dev/null
  "${managed[@]}" render "plans/$1.yaml" -t "$2" -f docx,html -o "$work/managed-out" 2>/dev/null
done
# The sample meeting's pack, both editions, Word (laid out with LibreOffice's page measurements) and HTML.
meeting=plans/meetings/scrutiny-childrens-services-2010-12-16/meeting.yaml
"${native[@]}" pack "$meeting" -e public,members -f docx,html -o "$work/native-out" 2>/dev/null
"${managed[@]}" pack "$meeting" -e public,members -f docx,html -o "$work/managed-out" 2>/dev/null
# The clerk's notices and the residents' site: the forward plan, a meeting's decisions, and the whole site
# (calendars through Ical.Net, the Atom feed, OParl JSON), which must come out the same from both builds.
committee=plans/committees/executive-board-2024-25
for cli in native managed; do
  run=("${native[@]}"); [ "$cli" = managed ] && run=("${managed[@]}")
  "${run[@]}" forward-plan "$committee" -f docx,html -o "$work/$cli-out/notices" 2>/dev/null
  "${run[@]}" decisions "$committee/meeting-2024-12-18.yaml" -f docx,html -o "$work/$cli-out/notices" 2>/dev/null
  "${run[@]}" site plans -o "$work/$cli-out/site" --base-url https://democracy.example.gov.uk/ --today 2025-01-01 --packs docx 2>/dev/null
done
[ -s "$work/native-out/site/calendar.ics" ] && grep -q "BEGIN:VEVENT" "$work/native-out/site/calendar.ics" \
  || { echo "native-check: the native build wrote no site calendar" >&2; exit 1; }
# A plan diff in every format (two sample plans: every row added or removed, statuses and texts on both sides).
for format in text markdown json html; do
  for cli in native managed; do
    run=("${native[@]}"); [ "$cli" = managed ] && run=("${managed[@]}")
    NO_COLOR=1 "${run[@]}" diff --format "$format" plans/leeds-scrutiny-recommendation-tracking-2010.yaml plans/leeds-improvement-plan-categorisation-2011.yaml >"$work/$cli-out/diff.$format" 2>&1 || true
  done
done
# The file door in both builds (it asks the system what a path is, which the native build must do too): a
# folder holding a named pipe and a link to /dev/zero is checked at once, each refused at its file.
mkdir -p "$work/special"
cp plans/leeds-improvement-action-plan-2009.yaml "$work/special/plan.yaml"
mkfifo "$work/special/pipe.yaml"
ln -s /dev/zero "$work/special/zero.yaml"
for cli in native managed; do
  run=("${native[@]}"); [ "$cli" = managed ] && run=(dotnet "$PWD/src/BoardPapers.Cli/bin/Release/net10.0/BoardPapers.Cli.dll")
  (cd "$work/special" && NO_COLOR=1 timeout 60 "${run[@]}" check . >"$work/$cli-out/special-check" 2>&1) || true
done
grep -q "pipe.yaml:1:1: error BP001: cannot read the file: it is a named pipe (FIFO)" "$work/native-out/special-check" \
  && grep -q "zero.yaml:1:1: error BP001: cannot read the file: it is a device" "$work/native-out/special-check" \
  || { echo "native-check: the native build does not refuse a pipe and a device:" >&2; cat "$work/native-out/special-check" >&2; exit 1; }
# The service: both builds serve the sample folder; the same requests must get the same bytes.
requests=(
  "/"
  "/plan?path=leicester-jar-action-plan-2008.yaml&template=action-plan"
  "/preview?path=leeds-action-trackers-q2-2010.yaml&template=indicators"
  "/download?path=leeds-action-trackers-q2-2010.yaml&template=indicators&format=docx"
  "/meeting?path=meetings%2Fscrutiny-childrens-services-2010-12-16%2Fmeeting.yaml"
  "/pack?path=meetings%2Fscrutiny-childrens-services-2010-12-16%2Fmeeting.yaml&edition=members&format=html"
  "/diff?path=leicester-jar-action-plan-2008.yaml"
  "/status?path=leicester-jar-action-plan-2008.yaml&template=action-plan"
)
for cli in native managed; do
  run=("${native[@]}"); [ "$cli" = managed ] && run=("${managed[@]}")
  mkdir -p "$work/$cli-out/serve"
  "${run[@]}" serve plans --port 0 >"$work/$cli.url" 2>/dev/null &
  server=$!
  for _ in $(seq 1 100); do [ -s "$work/$cli.url" ] && break; sleep 0.1; done
  url=$(head -1 "$work/$cli.url")
  for i in "${!requests[@]}"; do
    curl -sS -o "$work/$cli-out/serve/$i" -w '%{http_code} %{content_type}\n' "$url${requests[$i]}" >>"$work/$cli-out/serve/answers"
  done
  curl -sS -H 'Content-Type: application/yaml' --data-binary @plans/leicester-jar-action-plan-2008.yaml -o "$work/$cli-out/serve/api.docx" -w '%{http_code} %{content_type}\n' "$url/api/render?template=action-plan&format=docx" >>"$work/$cli-out/serve/answers"
  kill "$server"; wait "$server" 2>/dev/null || true
done
if grep -qv '^200 ' "$work/native-out/serve/answers"; then
  echo "native-check: the native service did not answer every request with 200:" >&2; cat "$work/native-out/serve/answers" >&2; exit 1
fi
diff -r "$work/native-out" "$work/managed-out" >&2 || { echo "native-check: the native build renders different bytes" >&2; exit 1; }

failures=0
for plan in plans tests/bad-plans/*.yaml; do
  set +e
  NO_COLOR=1 "${native[@]}" check --format json "$plan" >"$work/native.json" 2>/dev/null; n=$?
  NO_COLOR=1 "${managed[@]}" check --format json "$plan" >"$work/managed.json" 2>/dev/null; m=$?
  set -e
  if [ "$n" != "$m" ] || ! cmp -s "$work/native.json" "$work/managed.json"; then
    echo "native-check: check $plan differs (exit $n native, $m managed)" >&2
    failures=$((failures + 1))
  fi
done
[ "$failures" -eq 0 ] || exit 1
echo "native-check: ${#cases[@]} renders, the sample pack (2 editions), a plan diff in 4 formats (the changes paper among them), the forward plan, decisions and the site, $((${#requests[@]} + 1)) service requests, a pipe and a device refused by check, and $(ls tests/bad-plans/*.yaml | wc -l) bad plans + plans/ checked: the native build matches" >&2
