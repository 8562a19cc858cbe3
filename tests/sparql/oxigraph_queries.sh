#!/usr/bin/env bash
# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
#
# usage: oxigraph_queries.sh DATA_DIR QUERIES_DIR CLIENTS_DIR
#
# Runs oxigraph_queries.mjs with node once node and the npm package oxigraph
# (CLIENTS_DIR/node_modules/oxigraph, installed by scripts/setup.sh --test with
# `npm ci` in tests/clients) are there. Either missing skips the test (exit 77,
# CTest's SKIP_RETURN_CODE) with a message, or fails it when CI is set, as
# tests/e2e/need.sh does for the other test tools.
set -euo pipefail

if [[ $# -ne 3 ]]; then
  echo "usage: oxigraph_queries.sh DATA_DIR QUERIES_DIR CLIENTS_DIR" >&2
  exit 2
fi
clients=$3
in_ci() { [[ -n "${CI:-}" && "${CI}" != false && "${CI}" != 0 ]]; }

missing=
if ! command -v node >/dev/null 2>&1; then
  missing="node (Debian package nodejs)"
elif [[ ! -f $clients/node_modules/oxigraph/package.json ]]; then
  missing="the npm package oxigraph in $clients/node_modules (run: npm ci --prefix $clients)"
fi
if [[ -n $missing ]]; then
  echo "missing: $missing; scripts/setup.sh --test installs it"
  if in_ci; then
    echo "FAIL: CI is set, so a missing tool is an error"
    exit 1
  fi
  echo "SKIP: Oxigraph test not run"
  exit 77
fi
echo "+ node $(node --version)"
exec node "$(dirname "${BASH_SOURCE[0]}")/oxigraph_queries.mjs" "$@"
