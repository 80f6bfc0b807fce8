#!/usr/bin/env bash
# Compares, in one run on one machine, `boardpapers render --format docx` with `pandoc -f html -t docx`
# on the same board HTML: the seed-sized sample set (tools/sample-renders.txt), a generated plan ten times
# the JAR plan (1,200 actions) and ones of 10,000 and 20,000 actions, with the exponent our cost grows by.
# Wall time and peak RSS per command (/usr/bin/time), summed over a set; best of 3 runs.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v pandoc >/dev/null || { echo "pandoc is not installed: bash tools/install-test-deps.sh" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The command as it ships: the native build (tools/publish-native.sh). Without clang to link it, the
# ReadyToRun build (precompiled, framework-dependent) stands in, and the table says so.
if command -v clang >/dev/null; then
  bash tools/publish-native.sh "$work/cli" 2>/dev/null
  cli=("$work/cli/boardpapers"); build="native (AOT)"
else
  dotnet publish -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true src/BoardPapers.Cli -o "$work/cli" -v quiet -nologo >/dev/null
  cli=("$work/cli/BoardPapers.Cli"); build="ReadyToRun (no clang for the native build)"
fi
dotnet build -c Release bench/BoardPapers.Benchmarks -v quiet -nologo >/dev/null
gen="bench/BoardPapers.Benchmarks/bin/Release/net10.0/BoardPapers.Benchmarks.dll"

mapfile -t seed < <(grep -v "^#" tools/sample-renders.txt | sed "s|^|plans/|; s| |.yaml |")
# PACK_ONLY=1 skips the generated plans (the pack rows alone).
dotnet "$gen" generate 1200 "$work/generated-1200.yaml"
dotnet "$gen" generate 10000 "$work/generated-10000.yaml"
dotnet "$gen" generate 20000 "$work/generated-20000.yaml"

# The board HTML pages pandoc converts: ours, written once.
for pair in "${seed[@]}" "$work/generated-1200.yaml action-plan" "$work/generated-10000.yaml action-plan" "$work/generated-20000.yaml action-plan"; do
  set -- $pair
  "${cli[@]}" render "$1" -t "$2" -f html -o "$work/html" 2>/dev/null
done

measure() { # measure NAME -- COMMAND...: prints "seconds peakKiB" of the best of 3 runs
  local best_t="" best_m=""
  shift
  for _ in 1 2 3; do
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>&1
    read -r t m < "$work/time"
    if [ -z "$best_t" ] || awk "BEGIN {exit !($t < $best_t)}"; then best_t=$t; fi
    if [ -z "$best_m" ] || [ "$m" -lt "$best_m" ]; then best_m=$m; fi
  done
  echo "$best_t $best_m"
}

report() { # report LABEL OUR_T OUR_M PANDOC_T PANDOC_M
  printf '%-22s %9.2f %9.0f %11.2f %11.0f %8.1fx %8.2fx\n' "$1" "$2" "$(( $3 / 1024 ))" "$4" "$(( $5 / 1024 ))" \
    "$(awk "BEGIN {print $4 / $2}")" "$(awk "BEGIN {print $3 / $5}")"
}

echo "boardpapers build: $build; pandoc $(pandoc --version | head -1 | cut -d' ' -f2)"
printf '%-22s %9s %9s %11s %11s %9s %9s\n' set "ours s" "ours MiB" "pandoc s" "pandoc MiB" speedup "mem ratio"
our_t=0; our_m=0; pan_t=0; pan_m=0
for pair in "${seed[@]}"; do
  set -- $pair
  stem="$(basename "$1" .yaml).$2"
  read -r t m < <(measure x -- "${cli[@]}" render "$1" -t "$2" -f docx -o "$work/ours")
  our_t=$(awk "BEGIN {print $our_t + $t}"); [ "$m" -gt "$our_m" ] && our_m=$m
  read -r t m < <(measure x -- pandoc -f html -t docx -o "$work/pandoc.docx" "$work/html/$stem.html")
  pan_t=$(awk "BEGIN {print $pan_t + $t}"); [ "$m" -gt "$pan_m" ] && pan_m=$m
done
report "seed set (${#seed[@]} papers)" "$our_t" "$our_m" "$pan_t" "$pan_m"

declare -A ours_t ours_m
for n in 1200 10000 20000; do
  [ -n "${PACK_ONLY:-}" ] && break
  read -r ot om < <(measure x -- "${cli[@]}" render "$work/generated-$n.yaml" -t action-plan -f docx -o "$work/ours")
  read -r pt pm < <(measure x -- pandoc -f html -t docx -o "$work/pandoc.docx" "$work/html/generated-$n.action-plan.html")
  report "$n actions" "$ot" "$om" "$pt" "$pm"
  ours_t[$n]=$ot; ours_m[$n]=$om
done

# How our cost grows with the plan: the exponent k in cost ~ actions^k from 1,200 to 20,000 actions (1 is linear).
if [ -z "${PACK_ONLY:-}" ]; then
  awk -v t1="${ours_t[1200]}" -v t2="${ours_t[20000]}" -v m1="${ours_m[1200]}" -v m2="${ours_m[20000]}" \
    'BEGIN { r = log(20000 / 1200); printf "scaling 1,200 -> 20,000 actions: time ~ n^%.2f, memory ~ n^%.2f\n", log(t2 / t1) / r, log(m2 / m1) / r }'
fi

# The whole sample agenda pack (public edition): to Word, which includes LibreOffice measuring every
# item's pages in one run, and to Word and PDF. pandoc has no counterpart: --timings splits our time
# from LibreOffice's.
if command -v soffice >/dev/null || command -v libreoffice >/dev/null; then
  meeting=plans/meetings/scrutiny-childrens-services-2010-12-16/meeting.yaml
  read -r t m < <(measure x -- "${cli[@]}" pack "$meeting" -f docx -o "$work/pack")
  "${cli[@]}" pack "$meeting" -f docx --timings -o "$work/pack" 2>"$work/pack-docx-timings"
  read -r tp mp < <(measure x -- "${cli[@]}" pack "$meeting" -f docx,pdf -o "$work/pack")
  "${cli[@]}" pack "$meeting" -f docx,pdf --timings -o "$work/pack" 2>"$work/pack-pdf-timings"
  pages=$(pdfinfo "$work/pack/"*-public.pdf 2>/dev/null | awk '/^Pages:/ {print $2}')
  printf '%-22s %9.2f %9.0f   (%s)\n' "sample pack -> docx" "$t" "$(( m / 1024 ))" "$(grep -o 'measuring.*' "$work/pack-docx-timings")"
  printf '%-22s %9.2f %9.0f   (%s; %s pages)\n' "sample pack -> pdf" "$tp" "$(( mp / 1024 ))" "$(grep -o 'measuring.*' "$work/pack-pdf-timings")" "${pages:-?}"
fi
