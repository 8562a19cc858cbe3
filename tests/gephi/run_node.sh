#!/usr/bin/env bash
# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
#
# usage: run_node.sh CLIENTS_DIR SCRIPT.mjs [ARG]...
#
# Runs `node SCRIPT.mjs CLIENTS_DIR ARG...` once node and the npm packages the
# script loads (graphology, graphology-gexf, graphology-graphml, @xmldom/xmldom,
# installed in CLIENTS_DIR/node_modules by scripts/setup.sh --test) are there.
# When one is missing the test fails under CI and is skipped (exit 77, CTest's
# SKIP_RETURN_CODE) elsewhere, like tests/e2e/need.sh.
set -euo pipefail

clients=$1 script=$2
shift 2

missing=()
command -v node >/dev/null 2>&1 || missing+=(node)
for package in graphology graphology-gexf graphology-graphml @xmldom/xmldom; do
  [[ -f "$clients/node_modules/$package/package.json" ]] || missing+=("npm:$package")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "missing test client(s): ${missing[*]}; install them with scripts/setup.sh --test"
  if [[ -n "${CI:-}" && "${CI}" != false && "${CI}" != 0 ]]; then
    echo "FAIL: CI is set, so a missing client is an error"
    exit 1
  fi
  echo "SKIP: not under CI"
  exit 77
fi
exec node "$script" "$clients" "$@"
