#!/usr/bin/env bash
# Peak memory on hostile plans (issue 13, item 8). Generates a 12 MB plan whose one Markdown field holds
# 12 MB of text, and a 7 MB plan of 75 fields each just under the 100,000-character field limit (links
# and emphasis throughout: the largest Markdown check lets through), then measures:
#  - `render -f docx,html` of each, peak RSS and time (/usr/bin/time);
#  - the service answering 4 concurrent POST /api/render of each: the server's peak RSS while they run
#    and its RSS 20 s after, with each request's status and time.
# Usage: bash bench/hostile-memory.sh
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
PY

for plan in one-field-12mb many-fields-7mb; do
  size=$(du -h "$work/$plan.yaml" | cut -f1)
  /usr/bin/time -f "render $plan.yaml ($size) -f docx,html: peak %M KB, %e s, exit %x" "${bp[@]}" render "$work/$plan.yaml" -t action-plan -f docx,html -o "$work/out" >/dev/null 2>"$work/render.log" || true
  tail -1 "$work/render.log"
done

for plan in one-field-12mb many-fields-7mb; do
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
