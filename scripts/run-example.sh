#!/usr/bin/env bash
# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
#
# usage: scripts/run-example.sh [OUTDIR]
#
# Installs the build dependencies, builds orgkg (Release, into build/) and runs it on
# the example corpus: build/cli/orgkg build examples/corpus -o OUTDIR (default out/).
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-out}
scripts/setup.sh
scripts/build.sh build -DCMAKE_BUILD_TYPE=Release -DORGKG_BUILD_TESTS=OFF -DORGKG_BUILD_EXAMPLES=OFF
echo "+ build/cli/orgkg build examples/corpus -o $out"
build/cli/orgkg build examples/corpus -o "$out"
ls -l "$out"
