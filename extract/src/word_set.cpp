// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// An open-addressing table at most a quarter full, so a miss ends at the
// first or second slot.
#include "word_set.hpp"

#include "word_hash.hpp"

namespace orgkg::detail {

WordSet::WordSet(std::initializer_list<std::string_view> words) {
  std::size_t size = 16;
  while (size < 4 * words.size()) size *= 2;
  slots_.resize(size);
  slot_mask_ = size - 1;
  for (std::string_view word : words) {
    std::uint64_t h = word_hash(word);
    std::size_t s = h & slot_mask_;
    while (slots_[s].word.data() != nullptr && slots_[s].word != word) s = (s + 1) & slot_mask_;
    slots_[s] = {h, word};
  }
}

bool WordSet::contains(std::string_view word) const { return contains(word_hash(word), word); }

}  // namespace orgkg::detail
