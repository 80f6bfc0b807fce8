#!/usr/bin/env bash
# Writes every sample's outputs (each plan with each template in every format, both pack editions,
# a changes paper in each format) to one folder, so two builds can be compared with `cmp -r`:
#   bash tools/output-set.sh /tmp/before   (then change the code, rebuild)
#   bash tools/output-set.sh /tmp/after && diff -r /tmp/before /tmp/after
# Uses the Release build in src/BoardPapers.Cli/bin; PDF needs LibreOffice.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:?usage: output-set.sh FOLDER}"
cli=(dotnet src/BoardPapers.Cli/bin/Release/net10.0/BoardPapers.Cli.dll)
formats="${OUTPUT_SET_FORMATS:-docx,html,pdf}"
rm -rf "$out" && mkdir -p "$out"
export SOURCE_DATE_EPOCH=1291939200
# a fixed path, because the changes paper names the files it compared
edited="${TMPDIR:-/tmp}/output-set-jar-edited.yaml"
grep -v '^#' tools/sample-renders.txt | while read -r plan template; do
  "${cli[@]}" render "plans/$plan.yaml" -t "$template" -f "$formats" -o "$out/render/$plan-$template/" >/dev/null 2>&1 \
    || echo "render $plan $template failed" >&2
done
for meeting in plans/meetings/*/meeting.yaml; do
  name=$(basename "$(dirname "$meeting")")
  "${cli[@]}" pack "$meeting" --edition public,members -f "$formats" -o "$out/pack/$name/" >/dev/null 2>&1 \
    || echo "pack $name failed" >&2
done
sed 's/statuses: { grade: "3" }/statuses: { grade: "2" }/' plans/leicester-jar-action-plan-2008.yaml > "$edited"
for f in ${formats//,/ }; do
  "${cli[@]}" diff plans/leicester-jar-action-plan-2008.yaml "$edited" --format "$f" -o "$out/diff/changes.$f" >/dev/null 2>&1 \
    || [ $? = 1 ] || echo "diff $f failed" >&2
done
for f in text markdown json; do
  NO_COLOR=1 "${cli[@]}" diff plans/leicester-jar-action-plan-2008.yaml "$edited" --format "$f" > "$out/diff/changes.$f" 2>/dev/null \
    || [ $? = 1 ] || echo "diff $f failed" >&2
done
find "$out" -type f | wc -l
