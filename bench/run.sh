#!/usr/bin/env bash
# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
#
# One command for the whole benchmark (bench/README.md):
#   1. builds Release into BUILD_DIR (default: build-bench);
#   2. generates a corpus of SIZE (default 200M, seed 1) with its truth file;
#   3. runs orgkg-bench on it (REPEAT runs, default 3) with recall;
#   4. compares orgkg's N-Triples and Turtle writers with serdi;
#   5. times the real CLI end to end (`orgkg build CORPUS -o OUT -f graphml
#      -q` under /usr/bin/time -v) at half of SIZE and at SIZE, and prints the
#      peak RSS per fact and per evidence item, to show memory follows the
#      graph, not the corpus;
#   6. generates SIZE of HTML pages (the same documents as web pages, about
#      18 KB each) and runs orgkg-bench on them end to end, with recall
#      (html.txt).
#
#   bench/run.sh [SIZE] [WORK_DIR] [BUILD_DIR]
# Environment: REPEAT (harness runs), SEED, MIN_RECALL (fail below it),
# THREADS (end-to-end at 1 and THREADS threads), JOBS (build jobs, default 2).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
size=${1:-200M}
work=${2:-$root/bench-work}
build=${3:-$root/build-bench}
repeat=${REPEAT:-3}
seed=${SEED:-1}
jobs=${JOBS:-2}
threads=${THREADS:-1}
mkdir -p "$work"

echo "== build ($build, Release)"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DORGKG_BUILD_TESTS=OFF > "$work/cmake.log"
cmake --build "$build" -j"$jobs" --target orgkg-bench-corpus orgkg-bench kg_cli > "$work/build.log"
gen="$build/bench/orgkg-bench-corpus"
bench="$build/bench/orgkg-bench"
cli="$build/cli/orgkg"

# corpus SIZE [FORMAT]: generates (once) the corpus of SIZE into
# $work/corpus-SIZE (text) or $work/corpus-SIZE-FORMAT.
corpus() {
  local s=$1 format=${2:-text} dir="$work/corpus-$1"
  [ "$format" != text ] && dir="$dir-$format"
  if [ ! -f "$dir.shapes.tsv" ]; then
    rm -rf "$dir"
    "$gen" --size "$s" --seed "$seed" --format "$format" --out "$dir" --truth "$dir.truth.tsv" \
      --shapes "$dir.shapes.tsv"
  fi
  echo "$dir"
}

echo "== corpus $size (seed $seed)"
main=$(corpus "$size")

echo "== orgkg-bench ($repeat runs)"
rm -rf "$work/exports"
args=("$main" --repeat "$repeat" --truth "$main.shapes.tsv" --json "$work/bench.json"
      --keep-exports "$work/exports" --threads "$threads")
[ -n "${MIN_RECALL:-}" ] && args+=(--min-recall "$MIN_RECALL")
status=0
"$bench" "${args[@]}" | tee "$work/bench.txt" || status=$?

echo "== serdi comparison"
"$here/serdi_compare.sh" "$work/exports" "$work/bench.json" 5 | tee "$work/serdi.txt"

echo "== CLI end to end: orgkg build -f graphml -q under /usr/bin/time -v"
half=$(python3 -c "
import sys; s=sys.argv[1]; m={'K':1<<10,'M':1<<20,'G':1<<30}
n=int(s[:-1])*m[s[-1].upper()] if s[-1].upper() in m else int(s)
print(f'{n//2//(1<<20)}M' if n >= 2<<20 else f'{n//2//1024}K')" "$size")
printf '%-8s %8s %9s %10s %10s %12s %14s\n' corpus wall_s peak_MB facts evidence B/fact B/evidence | tee "$work/cli.txt"
for s in "$half" "$size"; do
  dir=$(corpus "$s")
  out="$work/cli-out-$s"
  rm -rf "$out"
  /usr/bin/time -v "$cli" build "$dir" -o "$out" -f graphml -q 2> "$work/time-$s.txt"
  rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time-$s.txt")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time-$s.txt" |
         awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  read -r facts evidence < <(python3 - "$out"/*.graphml <<'PY'
import sys, xml.etree.ElementTree as ET
ns = "{http://graphml.graphdrawing.org/xmlns}"
key_id, edges, evidence = None, 0, 0
for event, el in ET.iterparse(sys.argv[1]):
    if el.tag == ns + "key" and el.get("attr.name") == "evidence_count":
        key_id = el.get("id")
    elif el.tag == ns + "edge":
        edges += 1
        for d in el.findall(ns + "data"):
            if d.get("key") == key_id:
                evidence += int(d.text)
        el.clear()
print(edges, evidence)
PY
)
  printf '%-8s %8.1f %9.1f %10d %10d %12.0f %14.0f\n' "$s" "$wall" "$(echo "$rss_kb/1024" | bc -l)" \
    "$facts" "$evidence" "$(echo "$rss_kb*1024/$facts" | bc -l)" \
    "$(echo "$rss_kb*1024/$evidence" | bc -l)" | tee -a "$work/cli.txt"
done
echo "== HTML pages: orgkg-bench end to end on $size of pages ($repeat runs)"
pages=$(corpus "$size" html)
html_args=("$pages" --repeat "$repeat" --no-stages --truth "$pages.shapes.tsv" --threads "$threads")
[ -n "${MIN_RECALL:-}" ] && html_args+=(--min-recall "$MIN_RECALL")
"$bench" "${html_args[@]}" | tee "$work/html.txt" || status=$?
echo "results in $work (bench.txt, bench.json, serdi.txt, cli.txt, html.txt)"
exit "$status"
