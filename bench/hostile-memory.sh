#!/usr/bin/env bash
# Peak memory on hostile plans (issue 13, item 8). Generates a 12 MB plan whose one Markdown field holds
# 12 MB of text, and a 7 MB plan of 75 fields each just under the 100,000-character field limit (links
# and emphasis throughout: the largest Markdown check lets through), then measures:
#  - `render -f docx,html` of each, peak RSS and time (/usr/bin/time);
#  - the service answering 4 concurrent POST /api/render of each: the server's peak RSS while they run
#    and its RSS 20 s after, with each request's status and time.
# Issue 33 adds three: a 12 MB plan whose title (plain text, not Markdown) holds it all; a 1 MB plan whose
# 1 MB lead is anchored once and aliased 90 times; and a 190 KB plan whose 9,000-character lead is aliased
# 1,700 times (15.3 million characters expanded: the most the alias budget lets through).
# Usage: bash bench/hostile-memory.sh [CASE ...]   (default: every case)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
dotnet build -c Release src/BoardPapers.Cli -v quiet -nologo >/dev/null
bp=(dotnet src/BoardPapers.Cli/bin/Release/net10.0/BoardPapers.Cli.dll)

python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
head = 'format: 1\nplan: { title: Big, as_at: 2010-01-01 }\nthemes:\n  - ref: "1"\n    title: T\n    actions:\n'
open(f'{work}/one-field-12mb.yaml', 'w').write(head + '      - ref: "1.1"\n        text: A\n        lead: CX\n        progress: "' + 'x ' * (6 * 1024 * 1024) + '"\n')
para = "Progress **update** with [a link](https://example.org/) and text. " * 1400
open(f'{work}/many-fields-7mb.yaml', 'w').write(head + ''.join(f'      - ref: "1.{i + 1}"\n        text: A\n        lead: CX\n        progress: "{para}"\n' for i in range(75)))
open(f'{work}/title-12mb.yaml', 'w').write(head.replace('title: Big', 'title: "' + 't ' * (6 * 1024 * 1024) + '"') + '      - ref: "1.1"\n        text: A\n        lead: CX\n')
def aliased(name, lead, count):
    rows = [f'      - ref: "1.0"\n        text: A\n        lead: &big "{lead}"\n']
    rows += [f'      - ref: "1.{i}"\n        text: A\n        lead: *big\n' for i in range(1, count + 1)]
    open(f'{work}/{name}.yaml', 'w').write(head + ''.join(rows))
aliased('alias-90x1mb', ('word ' * (1024 * 1024 // 5)).strip(), 90)
aliased('alias-1700x9k', ('word ' * 1800).strip(), 1700)
PY
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=(one-field-12mb many-fields-7mb title-12mb alias-90x1mb alias-1700x9k)

for plan in "${cases[@]}"; do
  size=$(du -h "$work/$plan.yaml" | cut -f1)
  /usr/bin/time -f "render $plan.yaml ($size) -f docx,html: peak %M KB, %e s, exit %x" "${bp[@]}" render "$work/$plan.yaml" -t action-plan -f docx,html -o "$work/out" >/dev/null 2>"$work/render.log" || true
  tail -1 "$work/render.log"
done

for plan in "${cases[@]}"; do
  "${bp[@]}" serve plans --port 0 >"$work/url" 2>"$work/server.log" &
  server=$!
  for _ in $(seq 1 100); do [ -s "$work/url" ] && break; sleep 0.1; done
  url=$(head -1 "$work/url")
  ( while kill -0 "$server" 2>/dev/null; do awk '/VmRSS/{print $2}' "/proc/$server/status"; sleep 0.2; done ) >"$work/rss" 2>/dev/null &
  sampler=$!
  pids=()
  for _ in 1 2 3 4; do
    curl -s -o /dev/null -w "  HTTP %{http_code} in %{time_total} s\n" -X POST -H "Content-Type: application/yaml" --data-binary @"$work/$plan.yaml" "$url/api/render?template=action-plan&format=docx" &
    pids+=($!)
  done
  echo "serve, 4 concurrent POST /api/render of $plan.yaml (docx):"
  wait "${pids[@]}"
  sleep 20
  after=$(awk '/VmRSS/{print $2}' "/proc/$server/status")
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
  kill "$sampler" 2>/dev/null || true
  echo "  server RSS peak $(sort -n "$work/rss" | tail -1) KB; 20 s after the last answer $after KB"
done
