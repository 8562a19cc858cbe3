#!/usr/bin/env bash
# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
#
# usage: scripts/build.sh BUILD_DIR [CMAKE_CONFIGURE_ARG]...
#
# Configures orgkg into BUILD_DIR (with Ninja when the directory is new) and builds it
# with ORGKG_JOBS parallel jobs (default 2, what CI has). Used by run-example.sh and test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=$1
shift
generator=()
[[ -f "$build_dir/CMakeCache.txt" ]] || generator=(-G Ninja)
cmake -S . -B "$build_dir" "${generator[@]}" "$@"
cmake --build "$build_dir" -j "${ORGKG_JOBS:-2}"
