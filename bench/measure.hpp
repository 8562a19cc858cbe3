// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Timing and memory probes for the harness. Peak memory is the resident-set
// high-water mark: on Linux it is reset per stage by writing "5" to
// /proc/self/clear_refs and read as VmHWM from /proc/self/status; elsewhere
// (or when /proc is not writable) getrusage()'s ru_maxrss, which cannot be
// reset, so a stage then reports the process peak so far.
#pragma once

#include <algorithm>
#include <chrono>
#include <vector>

namespace orgkg::bench {

class Stopwatch {
 public:
  Stopwatch() : start_(std::chrono::steady_clock::now()) {}
  [[nodiscard]] double seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

 private:
  std::chrono::steady_clock::time_point start_;
};

/// Returns freed heap memory to the system (glibc's malloc_trim) so the next
/// stage's peak starts from what is really held; then resets the peak.
/// Returns false when the peak could not be reset.
bool reset_peak_memory();
/// The resident-set high-water mark in bytes since the last reset.
[[nodiscard]] long long peak_memory_bytes();
/// The current resident set in bytes (0 when unknown).
[[nodiscard]] long long current_memory_bytes();

[[nodiscard]] inline double median(std::vector<double> values) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  std::size_t n = values.size();
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

}  // namespace orgkg::bench
