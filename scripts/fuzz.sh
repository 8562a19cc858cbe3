#!/usr/bin/env bash
# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
#
# usage: scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 60)
#
# Builds the libFuzzer targets (tests/fuzz/) with clang, ASan and UBSan in
# build-fuzz/ and runs each for SECONDS_PER_TARGET seconds, seeded from the
# project's test data. Prints per target the inputs executed and exits 1 if any
# target crashed, leaked, hit UB, timed out or ran out of memory; the
# reproducer is left in build-fuzz/artifacts/<target>/ (replay it with
# build-fuzz/tests/fuzz/fuzz_<target> FILE). Needs clang and libclang-rt-14-dev
# (scripts/setup.sh --test). Environment: FUZZ_PARALLEL=N runs N targets at a
# time (default 1), FUZZ_TARGETS="html_reader snapshot" picks targets,
# FUZZ_BUILD_JOBS=N sets the build's parallelism (default 2), FUZZ_BUILD_DIR
# another build directory.
set -euo pipefail

seconds="${1:-60}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [[ "$seconds" -eq 0 ]]; then
  sed -n '4,16s/^# \{0,1\}//p' "$0" >&2
  exit 2
fi
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${FUZZ_BUILD_DIR:-$root/build-fuzz}"
parallel="${FUZZ_PARALLEL:-1}"
targets=(${FUZZ_TARGETS:-text_reader html_reader jsonl_reader extract snapshot})

for tool in clang clang++ cmake ninja; do
  command -v "$tool" >/dev/null || { echo "fuzz.sh: $tool missing; run scripts/setup.sh --test" >&2; exit 1; }
done

# -O1 -g without NDEBUG: RapidJSON's and the library's assertions stay armed.
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" \
  -DORGKG_BUILD_FUZZERS=ON -DORGKG_BUILD_TESTS=OFF -DORGKG_BUILD_CLI=OFF \
  -DORGKG_BUILD_EXAMPLES=OFF -DORGKG_INSTALL=OFF >/dev/null
cmake --build "$build" -j "${FUZZ_BUILD_JOBS:-2}" --target "${targets[@]/#/fuzz_}"

# Read-only seed directories of each target (libFuzzer reads them recursively);
# new inputs go to build-fuzz/corpus/<target>/.
seeds() {
  case "$1" in
    text_reader | extract) echo "$root/tests/gold/docs $root/examples/corpus" ;;
    html_reader) echo "$root/tests/data/extract/html $root/tests/fuzz/corpus/html_reader" ;;
    jsonl_reader) echo "$root/tests/data/extract/jsonl $root/tests/fuzz/corpus/jsonl_reader" ;;
    snapshot) echo "$root/tests/fuzz/corpus/snapshot" ;;
  esac
}
dict() {
  case "$1" in
    html_reader) echo "-dict=$root/tests/fuzz/html.dict" ;;
    jsonl_reader | snapshot) echo "-dict=$root/tests/fuzz/json.dict" ;;
  esac
}

run() {
  local target="$1"
  local corpus="$build/corpus/$target" artifacts="$build/artifacts/$target"
  mkdir -p "$corpus" "$artifacts"
  rm -f "$build/fuzz_$target.rc"
  # shellcheck disable=SC2046
  ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}" UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}" \
    "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts/" $(dict "$target") \
    "$corpus" $(seeds "$target") >"$build/fuzz_$target.log" 2>&1
}

for target in "${targets[@]}"; do
  while [[ $(jobs -rp | wc -l) -ge $parallel ]]; do wait -n || true; done
  (rc=0; run "$target" || rc=$?; echo "$rc" >"$build/fuzz_$target.rc") &
done
wait
status=0
for target in "${targets[@]}"; do
  rc=$(cat "$build/fuzz_$target.rc")
  log="$build/fuzz_$target.log"
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -n1 || true) 
  if [[ $rc -eq 0 ]]; then
    printf '%-14s ok       %12s inputs in %ss\n' "$target" "${runs:-?}" "$seconds"
  else
    status=1
    printf '%-14s FAILED   %12s inputs (exit %s); log %s\n' "$target" "${runs:-?}" "$rc" "$log"
    grep -m1 -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:' "$log" || true
    ls -1 "$build/artifacts/$target"/* 2>/dev/null | sed 's/^/  reproducer: /' || true
  fi
done
exit "$status"
