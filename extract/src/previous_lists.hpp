// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The lists of states the sentence before named, kept for a counted anaphor
// opening the next one ("Kenya and Uganda signed the Treaty. The two
// countries are members of the EAC").
#pragma once

#include <cstddef>
#include <vector>

#include "list_reader.hpp"

namespace orgkg::detail {

class PreviousStateLists {
 public:
  /// Keeps sentence `u`, which mentions `states` states
  /// (SentenceMentions::states; none kept below two), for last_list_of(),
  /// which reads its lists only when asked (few sentences open on a counted
  /// anaphor): an item goes on the list of the one before when only list
  /// words (",", "and", "the") stand between them. The units and mentions
  /// are the sentence's own: they live as long as the document's analysis
  /// (DocumentAnalysis keeps every sentence).
  void remember(const Units& u, std::size_t states);

  /// The last list of exactly `count` states remembered, or empty.
  [[nodiscard]] std::vector<const Mention*> last_list_of(std::size_t count) const;

 private:
  struct Item {
    const Mention* mention = nullptr;
    bool continues = false;  ///< the next item of the list of the one before
  };
  // Reads the lists of the sentence remembered into items_.
  void read() const;

  const Units* units_ = nullptr;     // the sentence remembered; null: no list
  mutable bool read_ = false;        // items_ holds its states
  mutable std::vector<Item> items_;  // the sentence's states, in order
};

}  // namespace orgkg::detail
