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
  /// Keeps the state mentions of sentence `u`, which mentions `states`
  /// states (SentenceMentions::states), in lists of two or more (copies: its
  /// own mentions do not outlive it); an item goes on the list of the one
  /// before when only list words (",", "and", "the") stand between them.
  void remember(const Units& u, std::size_t states);

  /// The last list of exactly `count` states remembered, or empty. Valid
  /// until the next remember().
  [[nodiscard]] std::vector<const Mention*> last_list_of(std::size_t count) const;

 private:
  struct Item {
    Mention mention;
    bool continues = false;  ///< the next item of the list of the one before
  };
  struct StateUnit {
    std::size_t unit = 0;
    bool continues = false;
  };
  std::vector<StateUnit> units_;  // reused from sentence to sentence
  std::vector<Item> items_;       // [0, size_) hold the lists; the rest, storage
  std::size_t size_ = 0;
};

}  // namespace orgkg::detail
