#!/usr/bin/env bash
# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
#
# Compares orgkg's RDF writers with serdi (drobilla/serd) on the same graph:
# times `serdi -i ntriples -o ntriples graph.nt` and `serdi -i ntriples -o
# turtle graph.nt` (output to /dev/null; medians of REPEAT runs) on the
# N-Triples orgkg wrote, and prints orgkg-write-time / serdi-time for each
# (target: <= 1.5). orgkg's times are the "export nt" / "export ttl" medians
# of the harness's --json output for the same corpus.
#
#   bench/serdi_compare.sh EXPORT_DIR BENCH.json [REPEAT]
# EXPORT_DIR holds graph.nt (orgkg-bench --keep-exports EXPORT_DIR).
set -euo pipefail
dir=${1:?usage: serdi_compare.sh EXPORT_DIR BENCH.json [REPEAT]}
json=${2:?usage: serdi_compare.sh EXPORT_DIR BENCH.json [REPEAT]}
repeat=${3:-5}
nt="$dir/graph.nt"
command -v serdi >/dev/null || { echo "serdi not found (apt-get install serdi)" >&2; exit 1; }
[ -f "$nt" ] || { echo "no $nt: run orgkg-bench with --keep-exports $dir" >&2; exit 1; }

# median_time CMD...: the median wall time of REPEAT runs, in seconds.
median_time() {
  local times=()
  for _ in $(seq "$repeat"); do
    local start end
    start=$(date +%s.%N)
    "$@" > /dev/null
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc -l)")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}

serdi_nt=$(median_time serdi -i ntriples -o ntriples "$nt")
serdi_ttl=$(median_time serdi -i ntriples -o turtle "$nt")
read -r orgkg_nt orgkg_ttl < <(python3 - "$json" <<'PY'
import json, sys
stages = {s["name"]: s["median_seconds"] for s in json.load(open(sys.argv[1]))["stages"]}
print(stages["export nt"], stages["export ttl"])
PY
)
triples=$(wc -l < "$nt")
size=$(stat -c %s "$nt")
printf 'graph.nt: %d triples, %.1f MB; medians of %d serdi runs\n' "$triples" "$(echo "$size/1048576" | bc -l)" "$repeat"
printf '%-12s %12s %12s %10s\n' format orgkg_s serdi_s ratio
for row in "N-Triples $orgkg_nt $serdi_nt" "Turtle $orgkg_ttl $serdi_ttl"; do
  set -- $row
  ratio=$(echo "$2 / $3" | bc -l)
  verdict=$(echo "$ratio <= 1.5" | bc -l)
  printf '%-12s %12.4f %12.4f %10.2f %s\n' "$1" "$2" "$3" "$ratio" "$([ "$verdict" = 1 ] && echo ok || echo 'over 1.5')"
done
