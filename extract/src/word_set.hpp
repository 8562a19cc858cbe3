// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// WordSet: a fixed set of words looked up by a unit's hash (Unit::hash), for
// the long word lists the readers test at every unit of a sentence ("member",
// "states", "summit", ... may continue an organisation's phrase). One probe
// replaces a comparison per listed word; a hash that matches is confirmed by
// the word itself, so the set is exact.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "list_reader.hpp"

namespace orgkg::detail {

class WordSet {
 public:
  /// The words (norm forms) must outlive the set: string literals.
  WordSet(std::initializer_list<std::string_view> words);

  /// Unit i is a token (not a mention) whose norm is one of the words.
  [[nodiscard]] bool at(const Units& u, std::size_t i) const {
    return i < u.size() && u[i].mention == nullptr && contains(u[i].hash, u[i].norm);
  }
  /// `word`, whose word_hash() is `hash`, is one of the words.
  [[nodiscard]] bool contains(std::uint64_t hash, std::string_view word) const {
    for (std::size_t s = hash & slot_mask_;; s = (s + 1) & slot_mask_) {
      const Slot& slot = slots_[s];
      if (slot.word.data() == nullptr) return false;
      if (slot.hash == hash && slot.word == word) return true;
    }
  }
  /// `word` is one of the words (hashes it: prefer the forms above).
  [[nodiscard]] bool contains(std::string_view word) const;

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::string_view word;  ///< null data: an empty slot
  };
  std::vector<Slot> slots_;
  std::size_t slot_mask_ = 0;
};

}  // namespace orgkg::detail
