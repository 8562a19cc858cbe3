#!/usr/bin/env bash
# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
#
# usage: need.sh [-t TOOL]... [-p PATH]... -- COMMAND [ARG]...
#
# Runs COMMAND once every TOOL (a program name or an absolute path) and every PATH
# exist. A missing TOOL fails the test (exit 1) under CI, where scripts/setup.sh --test
# has installed it, and skips it (exit 77, CTest's SKIP_RETURN_CODE) elsewhere.
# A missing PATH (../shared, which only a checkout beside it has) always skips.
set -euo pipefail

in_ci() { [[ -n "${CI:-}" && "${CI}" != false && "${CI}" != 0 ]]; }

missing_tools=()
missing_paths=()
while [[ $# -gt 0 && "$1" != -- ]]; do
  case "$1" in
    -t) command -v "$2" >/dev/null 2>&1 || missing_tools+=("$2"); shift 2 ;;
    -p) [[ -e "$2" ]] || missing_paths+=("$2"); shift 2 ;;
    *) echo "need.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
done
[[ "${1:-}" == -- ]] || { echo "need.sh: missing '--' before the command" >&2; exit 2; }
shift

if [[ ${#missing_paths[@]} -gt 0 ]]; then
  echo "SKIP: not found: ${missing_paths[*]} (this test needs ../shared beside the checkout)"
  exit 77
fi
if [[ ${#missing_tools[@]} -gt 0 ]]; then
  echo "missing test tool(s): ${missing_tools[*]}; install them with scripts/setup.sh --test"
  if in_ci; then
    echo "FAIL: CI is set, so a missing tool is an error"
    exit 1
  fi
  echo "SKIP: not under CI"
  exit 77
fi
exec "$@"
