#!/usr/bin/env bash
# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
#
# usage: scripts/tsan.sh [CTEST_ARG]...
#
# Builds the program and the tests that run threads under ThreadSanitizer (the
# "tsan" preset: GCC, Debug -O1, build-tsan/, the system allocator) and runs
# them: the threaded build (a reader thread, workers that parse and extract,
# the calling thread filling the store), formats written on the build's
# threads, shards and map-and-merge. Then `orgkg build -j4` over text, HTML
# pages and JSON lines at once. Any report makes the script exit 1; reports
# are also written to build-tsan/sanitizer-logs/. Extra arguments go to ctest.
# Environment: ORGKG_JOBS=N build and test parallelism (default 2).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/sanitizer_reports.sh
source scripts/sanitizer_reports.sh

main() {

jobs="${ORGKG_JOBS:-2}"
build=build-tsan
logs="$PWD/$build/sanitizer-logs"

cmake --preset tsan
cmake --build "$build" -j "$jobs" --target kg_cli kg_extract_tests orgkg-bench-corpus

sanitizer_logs_reset "$logs"
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:log_path=$logs/tsan"

status=0
# Every test whose program runs more than one thread.
threaded='^cli/(jobs_|.*shards|.*single_build|progress/)|^bench/html_pages'
ctest --test-dir "$build" --output-on-failure --no-tests=error -j "$jobs" -R "$threaded" "$@" ||
  status=1
# The library's threaded build (tests/extract/build_test.cpp), every case.
"$build/tests/extract/kg_extract_tests" --test-suite=build || status=1

# Text, HTML pages and JSON lines in one threaded build.
work="$build/tsan-mixed"
rm -rf "$work"
"$build/bench/orgkg-bench-corpus" --size 1M --seed 3 --format html --out "$work/pages" \
  --truth "$work/pages.tsv"
"$build/bench/orgkg-bench-corpus" --size 1M --seed 4 --format jsonl --docs-per-file 100 \
  --out "$work/lines" --truth "$work/lines.tsv"
"$build/cli/orgkg" build "$work/pages" "$work/lines" tests/gold/docs -j4 -q \
  -o "$work/out" -f graphml,ttl,gexf,json || status=1

sanitizer_logs_report tsan.sh "$logs" "$status"
}
main "$@"
exit
