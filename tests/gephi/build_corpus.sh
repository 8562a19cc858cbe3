#!/usr/bin/env bash
# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
#
# usage: build_corpus.sh ORGKG OUTDIR CORPUS
#
# Runs `ORGKG build CORPUS -o OUTDIR -f graphml,gexf -q` on an emptied OUTDIR and
# checks that both files were written; the gephi/ checks then read them.
set -euo pipefail

orgkg=$1 out=$2 corpus=$3
rm -rf -- "$out"
echo "+ $orgkg build $corpus -o $out -f graphml,gexf -q"
"$orgkg" build "$corpus" -o "$out" -f graphml,gexf -q
for f in graph.graphml graph.gexf; do
  if [[ ! -s "$out/$f" ]]; then
    echo "FAIL: $out/$f is missing or empty"
    exit 1
  fi
done
echo "ok: wrote $out/graph.graphml and $out/graph.gexf"
