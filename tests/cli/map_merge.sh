#!/bin/bash
# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
#
# usage: map_merge.sh MODE ORGKG SOURCE_DIR WORK
# The README's "Beyond one machine" commands, run locally: build the example
# corpus once into a snapshot and every format, then build it again as map
# tasks whose partial snapshots are merged and exported, and check that every
# file is byte-identical. MODE:
#   parallel     GNU parallel runs --shard {}/3 (exit 77, a CTest skip, when
#                parallel is missing and CI is unset)
#   indexed-job  the Kubernetes indexed Job's container command, once per
#                JOB_COMPLETION_INDEX
#   partition    cli/orgkg-partition.sh on three file lists, as Spark's
#                RDD.pipe hands it its partitions
set -euo pipefail
mode=$1 orgkg=$2 source_dir=$3 work=$4
formats=graphml,gexf,ttl,nt,nq,json,dot

if [[ $mode == parallel ]] && ! command -v parallel >/dev/null 2>&1; then
  if [[ -n ${CI:-} ]]; then
    echo "map_merge.sh: GNU parallel is not installed (scripts/setup.sh --test installs it)" >&2
    exit 1
  fi
  echo "SKIPPED: GNU parallel is not installed (scripts/setup.sh --test installs it)"
  exit 77
fi

rm -rf "$work"
mkdir -p "$work"
# Relative inputs from the same directory in every run, as on hosts sharing
# a layout: a fact's sources record the path as given.
cp -r "$source_dir/examples/corpus" "$work/corpus"
# The README's commands say `orgkg` and `orgkg-partition`, as installed.
mkdir -p "$work/bin"
ln -s "$orgkg" "$work/bin/orgkg"
ln -s "$source_dir/cli/orgkg-partition.sh" "$work/bin/orgkg-partition"
export PATH="$work/bin:$PATH"
cd "$work"

orgkg build corpus --into whole.json -o whole -f "$formats" -q

case $mode in
  parallel)
    parallel orgkg build corpus --shard {}/3 --into parts/part-{}.json -q -j 1 ::: 1 2 3
    ;;
  indexed-job)
    for index in 0 1 2; do
      JOB_COMPLETION_INDEX=$index sh -c \
        'orgkg build corpus --shard $((JOB_COMPLETION_INDEX + 1))/3 --into parts/part-$JOB_COMPLETION_INDEX.json -q -j 2'
    done
    ;;
  partition)
    find corpus -name '*.txt' | sort > files.txt
    split -n l/3 files.txt list-    # three "partitions", as RDD.pipe would feed them
    for list in list-*; do
      orgkg-partition parts -j 1 < "$list" >> written.txt
    done
    [[ $(wc -l < written.txt) -eq 3 ]] || { echo "expected 3 partial snapshots:" >&2; cat written.txt >&2; exit 1; }
    ;;
  *)
    echo "map_merge.sh: unknown mode '$mode'" >&2
    exit 2
    ;;
esac

orgkg merge parts/part-*.json -o merged.json
orgkg export merged.json -o merged -f "$formats" -q

cmp whole.json merged.json
count=0
for file in whole/*; do
  cmp "$file" "merged/${file#whole/}"
  count=$((count + 1))
done
[[ $count -eq 7 ]] || { echo "expected 7 output files, found $count" >&2; exit 1; }
echo "map_merge.sh $mode: $(ls parts | wc -l) partial snapshots merge and export to the single build's $count files, byte for byte"
