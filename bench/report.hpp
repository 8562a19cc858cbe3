// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The harness's output: a readable table on a stream, and every figure as
// one JSON document.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "recall.hpp"
#include "stages.hpp"

namespace orgkg::bench {

struct BenchResult {
  std::string corpus;
  std::size_t files = 0;
  double corpus_bytes = 0;
  int repeat = 0;
  std::vector<StageStats> stages;
  std::size_t facts = 0, evidence = 0, entities = 0, sources = 0;
  std::size_t warnings = 0;
  std::optional<RecallReport> recall;
};

void print_table(std::ostream& out, const BenchResult& result);
void print_recall(std::ostream& out, const RecallReport& recall);
void write_json(std::ostream& out, const BenchResult& result);

}  // namespace orgkg::bench
