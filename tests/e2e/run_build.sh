#!/usr/bin/env bash
# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
#
# usage: run_build.sh ORGKG OUTDIR INPUT...
#
# Runs `ORGKG build INPUT... -o OUTDIR` on an emptied OUTDIR and checks the CLI's
# contract: exit status 0, a one-line summary on stdout, and non-empty
# OUTDIR/graph.graphml and OUTDIR/graph.ttl. The e2e checkers then read those files.
set -euo pipefail

orgkg=$1 out=$2
shift 2
rm -rf -- "$out"
stdout=$(mktemp)
trap 'rm -f -- "$stdout"' EXIT

echo "+ $orgkg build $* -o $out"
set +e
"$orgkg" build "$@" -o "$out" >"$stdout"
rc=$?
set -e
echo "--- stdout:"
cat "$stdout"
echo "---"

fail=0
if [[ $rc -ne 0 ]]; then
  echo "FAIL: orgkg build exited with $rc, expected 0"
  fail=1
fi
lines=$(grep -c . "$stdout" || true)
if [[ $lines -ne 1 ]]; then
  echo "FAIL: expected a one-line summary on stdout, got $lines non-empty lines"
  fail=1
fi
for f in graph.graphml graph.ttl; do
  if [[ ! -s "$out/$f" ]]; then
    echo "FAIL: $out/$f is missing or empty"
    fail=1
  fi
done
if [[ $fail -eq 0 ]]; then
  (cd "$out" && echo "ok: wrote" *)
fi
exit $fail
