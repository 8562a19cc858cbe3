// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Times the RDF exports of a saved snapshot, without the slow extraction the
// harness (orgkg-bench) runs first: loads SNAPSHOT once, then for each format
// writes OUT_DIR/graph.<ext> with write_file() REPEAT times and prints the
// median wall time and the peak RSS growth over the RSS before the writes
// (measure.hpp: high-water mark reset per format).
//
//   orgkg-export-timer SNAPSHOT OUT_DIR [REPEAT] [FORMAT...]   (default: ttl nt nq)
#include <cstdio>
#include <exception>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "measure.hpp"
#include "orgkg/export/format.hpp"
#include "orgkg/graph/snapshot.hpp"

int main(int argc, char** argv) {
  using namespace orgkg;
  if (argc < 3) {
    std::cerr << "usage: orgkg-export-timer SNAPSHOT OUT_DIR [REPEAT] [FORMAT...]\n";
    return 2;
  }
  try {
    const std::filesystem::path dir = argv[2];
    const int repeat = argc > 3 ? std::stoi(argv[3]) : 5;
    std::vector<std::string> formats;
    for (int i = 4; i < argc; ++i) formats.emplace_back(argv[i]);
    if (formats.empty()) formats = {"ttl", "nt", "nq"};
    const Store store = load_snapshot_file(argv[1]);
    std::filesystem::create_directories(dir);
    std::printf("%-8s %10s %10s %10s\n", "format", "median_s", "peak_MB", "+MB");
    for (const std::string& name : formats) {
      std::optional<Format> format = format_from_name(name);
      if (!format) throw std::runtime_error("unknown format " + name);
      const std::filesystem::path path = dir / ("graph" + std::string(file_extension(*format)));
      std::vector<double> times;
      bench::reset_peak_memory();
      const long long before = bench::current_memory_bytes();
      for (int i = 0; i < repeat; ++i) {
        bench::Stopwatch watch;
        write_file(store, *format, path);
        times.push_back(watch.seconds());
      }
      const long long peak = bench::peak_memory_bytes();
      std::printf("%-8s %10.4f %10.1f %10.1f\n", name.c_str(), bench::median(times),
                  static_cast<double>(peak) / 1048576.0,
                  static_cast<double>(peak - before) / 1048576.0);
    }
  } catch (const std::exception& error) {
    std::cerr << "orgkg-export-timer: " << error.what() << "\n";
    return 1;
  }
  return 0;
}
