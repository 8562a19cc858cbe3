#!/usr/bin/env bash
# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
#
# usage: build_corpus.sh ORGKG OUTDIR INPUT...
#
# Writes the RDF the SPARQL tests load: OUTDIR/graph.ttl (required), and
# OUTDIR/graph.nt and OUTDIR/graph.nq when this orgkg can write them. Each format
# is built by its own `orgkg build -f FORMAT` run, so one format failing cannot
# hide another. A format orgkg reports as "not written yet" (its writer is still
# a placeholder) is left out with a note, and the query tests then cover the
# formats that exist; any other failure fails this test.
set -euo pipefail

orgkg=$1 out=$2
shift 2
rm -rf -- "$out"
mkdir -p -- "$out"
stderr=$(mktemp)
trap 'rm -f -- "$stderr"' EXIT

fail=0
for format in ttl nt nq; do
  echo "+ $orgkg build $* -o $out -f $format -q"
  set +e
  "$orgkg" build "$@" -o "$out" -f "$format" -q 2>"$stderr"
  rc=$?
  set -e
  cat "$stderr"
  if [[ $rc -eq 0 && -s "$out/graph.$format" ]]; then
    echo "ok: wrote $out/graph.$format ($(wc -l <"$out/graph.$format") lines)"
  elif [[ $rc -ne 0 && $format != ttl ]] && grep -q 'not written yet' "$stderr"; then
    echo "NOTE: orgkg cannot write graph.$format yet; the SPARQL tests cover the other formats"
    rm -f -- "$out/graph.$format"
  else
    echo "FAIL: orgkg build -f $format exited with $rc or wrote no $out/graph.$format"
    fail=1
  fi
done
exit $fail
