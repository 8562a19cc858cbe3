#!/usr/bin/env bash
# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
#
# usage: scripts/sanitize.sh [CTEST_ARG]...
#
# Builds orgkg with its tests and examples under AddressSanitizer and
# UndefinedBehaviorSanitizer (the "asan" preset: GCC, Debug, build-asan/) and runs
# the whole CTest suite with leak detection on. Every sanitizer report is also
# written to build-asan/sanitizer-logs/ (a test that expects the program to fail
# would otherwise hide an abort), printed at the end, and makes the script exit 1.
# Extra arguments go to ctest, e.g. scripts/sanitize.sh -R cli/. Environment:
# ORGKG_JOBS=N build and test parallelism (default 2).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/sanitizer_reports.sh
source scripts/sanitizer_reports.sh

# All in one function, so bash has read the whole script before it runs (editing
# it during a long run cannot change what runs).
main() {

jobs="${ORGKG_JOBS:-2}"
build=build-asan
logs="$PWD/$build/sanitizer-logs"

cmake --preset asan
cmake --build "$build" -j "$jobs"

sanitizer_logs_reset "$logs"
# log_path: reports go to files as well as failing the process, so nothing is lost
# in a test's captured output; exitcode makes ASan's own failures distinguishable.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1:log_path=$logs/asan"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$logs/ubsan"
export LSAN_OPTIONS="log_path=$logs/lsan"

# The packaging test builds an outside project against the installed (instrumented)
# libraries; it needs the same flags to link.
export CXXFLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer"
export LDFLAGS="-fsanitize=address,undefined"

status=0
ctest --test-dir "$build" --output-on-failure --no-tests=error -j "$jobs" "$@" || status=1

sanitizer_logs_report sanitize.sh "$logs" "$status"
}
main "$@"
exit
