#!/usr/bin/env bash
# Issue 16's pack benchmark, in one run on this machine: the whole sample meeting, both editions, to Word,
# PDF and HTML (`pack --edition public,members -f docx,pdf,html`), against one plain LibreOffice conversion
# of the same pack's Word file (the floor: LibreOffice starting once and laying the pack out once).
# Prints both times (best and median of RUNS, default 5, taken in turn so both see the same machine) and
# their ratios; the goal is at most 2.5x.
# Needs LibreOffice. Usage: bash bench/pack-vs-libreoffice.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-5}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build src/BoardPapers.Cli -c Release -nologo -v quiet >/dev/null
cli=(dotnet src/BoardPapers.Cli/bin/Release/net10.0/BoardPapers.Cli.dll)
meeting=plans/meetings/scrutiny-childrens-services-2010-12-16/meeting.yaml
soffice=$(command -v soffice || command -v libreoffice)

best() { # best TIME_FILE: the smallest of the times recorded
  sort -n "$1" | head -1
}
median() { # median TIME_FILE
  sort -n "$1" | awk '{ t[NR] = $1 } END { print (NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2) }'
}

: > "$work/pack.times"; : > "$work/plain.times"
"${cli[@]}" pack "$meeting" --edition public -f docx -o "$work/docx" 2>/dev/null
docx=$(ls "$work"/docx/*-public.docx)
for _ in $(seq "$runs"); do
  rm -rf "$work/out"
  /usr/bin/time -f "%e" -a -o "$work/pack.times" "${cli[@]}" pack "$meeting" --edition public,members -f docx,pdf,html -o "$work/out" 2>/dev/null
  rm -rf "$work/plain" "$work/profile"
  /usr/bin/time -f "%e" -a -o "$work/plain.times" "$soffice" "-env:UserInstallation=file://$work/profile" --headless --norestore --convert-to pdf --outdir "$work/plain" "$docx" >/dev/null 2>&1
done
pack=$(best "$work/pack.times"); plain=$(best "$work/plain.times")
packm=$(median "$work/pack.times"); plainm=$(median "$work/plain.times")
echo "pack --edition public,members -f docx,pdf,html: best $pack s, median $packm s"
echo "one plain LibreOffice conversion of the public pack's .docx: best $plain s, median $plainm s"
echo "ratio: best $(awk "BEGIN {printf \"%.2f\", $pack / $plain}")x, median $(awk "BEGIN {printf \"%.2f\", $packm / $plainm}")x (goal: at most 2.5x)"
"${cli[@]}" pack "$meeting" --edition public,members -f docx,pdf,html --timings -o "$work/out" 2>&1 | grep timings || true
