#!/usr/bin/env bash
# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
#
# usage: scripts/test.sh [CTEST_ARG]...
#
# Installs the build dependencies and the test clients, builds orgkg with its tests
# (Debug, so assertions stay on, into build-test/) and runs every test with CTest.
# Extra arguments go to ctest, e.g. scripts/test.sh -R e2e/ or -L e2e.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh --test
scripts/build.sh build-test -DCMAKE_BUILD_TYPE=Debug -DORGKG_BUILD_TESTS=ON -DORGKG_BUILD_EXAMPLES=ON
ctest --test-dir build-test --output-on-failure --no-tests=error -j "${ORGKG_JOBS:-2}" "$@"
