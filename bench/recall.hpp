// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Recall of the facts a generated corpus planted (its truth file, written by
// orgkg-bench-corpus) in a built Store. A planted fact counts as found when
// the Store has an edge subject-relation-object with those keys (symmetric
// relations in either order); "found in its document" also asks for evidence
// from the document that planted it, and "date right" for such evidence with
// the planted date. Edges of the Store that no planted fact names are counted
// as not planted.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "orgkg/graph/store.hpp"

namespace orgkg::bench {

struct TruthRow {
  std::string doc, subject, relation, object, date;
  std::string shape, sentence;  ///< from a shapes file; "" otherwise
};

/// Reads a truth TSV (doc_id, subject_key, relation, object_key, date) or a
/// shapes TSV (the same plus shape and sentence). Lines starting with '#' are
/// comments. Throws std::runtime_error for an unreadable file or a short row.
[[nodiscard]] std::vector<TruthRow> read_truth(const std::filesystem::path& path);

struct Tally {
  std::size_t planted = 0;
  std::size_t found = 0;         ///< the Store has the edge
  std::size_t found_in_doc = 0;  ///< ... with evidence from the planting document
  std::size_t date_right = 0;    ///< ... and that evidence has the planted date
  [[nodiscard]] double recall() const { return planted ? double(found) / planted : 1.0; }
  [[nodiscard]] double doc_recall() const {
    return planted ? double(found_in_doc) / planted : 1.0;
  }
};

struct RecallReport {
  Tally overall;
  Tally unique;                             ///< over distinct (subject, relation, object)
  std::map<std::string, Tally> by_relation;
  std::map<std::string, Tally> by_shape;    ///< when the rows carry shapes
  std::size_t store_edges = 0;
  std::size_t not_planted = 0;              ///< Store edges no planted fact names
  std::map<std::string, std::size_t> not_planted_by_relation;
  std::vector<std::string> not_planted_examples;  ///< "RUS member_of NATO"
  /// Per shape, up to `examples` sentences whose fact was not found in its
  /// document.
  std::map<std::string, std::vector<std::string>> missed_examples;
};

[[nodiscard]] RecallReport score_recall(const Store& store, const std::vector<TruthRow>& truth,
                                        std::size_t examples = 10);

}  // namespace orgkg::bench
