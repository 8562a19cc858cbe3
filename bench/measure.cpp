// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "measure.hpp"

#include <sys/resource.h>

#include <fstream>
#include <string>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace orgkg::bench {
namespace {

// A "Name:   1234 kB" field of /proc/self/status, in bytes; -1 when absent.
long long status_field(const char* name) {
  std::ifstream status("/proc/self/status");
  std::string line;
  const std::string prefix = std::string(name) + ":";
  while (std::getline(status, line)) {
    if (line.compare(0, prefix.size(), prefix) == 0) {
      return std::stoll(line.substr(prefix.size())) * 1024;
    }
  }
  return -1;
}

bool g_resettable = true;

}  // namespace

bool reset_peak_memory() {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
  std::ofstream clear("/proc/self/clear_refs");
  clear << "5";
  clear.flush();
  g_resettable = static_cast<bool>(clear);
  return g_resettable;
}

long long peak_memory_bytes() {
  long long hwm = g_resettable ? status_field("VmHWM") : -1;
  if (hwm >= 0) return hwm;
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<long long>(usage.ru_maxrss) * 1024;  // kB on Linux and the BSDs
}

long long current_memory_bytes() {
  long long rss = status_field("VmRSS");
  return rss < 0 ? 0 : rss;
}

}  // namespace orgkg::bench
