// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The stages the harness times, each run once per call and recorded into a
// StageStats (repeats append): read (read_documents over every file),
// extract (extract_triples over the documents read), merge (Store::add of
// those triples plus add_source), every export format (write_file), and the
// end-to-end build (add_documents, as `orgkg build` does it).
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "orgkg/extract/build.hpp"
#include "orgkg/export/format.hpp"
#include "orgkg/graph/store.hpp"

namespace orgkg::bench {

struct StageStats {
  std::string name;                 ///< "read", "extract", "export ttl", ...
  std::vector<double> seconds;      ///< one per repeat
  long long peak_bytes = 0;         ///< RSS high-water mark during the stage (max over repeats)
  long long growth_bytes = 0;       ///< that peak minus the RSS at the stage's start
  double input_bytes = 0;           ///< corpus bytes the stage covers
  double output_bytes = 0;          ///< bytes written (exports)
  std::size_t documents = 0;
  std::size_t items = 0;            ///< triples (extract, merge) or facts (exports, e2e)
};

/// Everything the stages share over one repeat.
struct Pipeline {
  std::vector<std::filesystem::path> files;
  double corpus_bytes = 0;  ///< sum of the files' sizes
  const Gazetteer* gazetteer = nullptr;
  std::vector<Document> documents;
  std::vector<std::vector<Triple>> triples;  ///< per document
  Store store;
  Diagnostics diagnostics;
};

void run_read(Pipeline& p, StageStats& stats);
void run_extract(Pipeline& p, StageStats& stats);
void run_merge(Pipeline& p, StageStats& stats);
/// Writes p.store in `format` to `dir`/graph.<ext>.
void run_export(Pipeline& p, Format format, const std::filesystem::path& dir, StageStats& stats);
/// add_documents() over p.files into a new Store, returned: the plain
/// overload for `threads` <= 1, else the pipelined one with that many
/// extraction threads (BuildSettings::threads).
Store run_end_to_end(Pipeline& p, std::size_t threads, StageStats& stats);

/// True when the library offers the threaded add_documents() (it does since
/// BuildSettings; kept so the report can say which build it timed).
[[nodiscard]] bool threaded_build_available();

}  // namespace orgkg::bench
