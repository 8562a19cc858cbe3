// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// An open-addressing table from a word to the patterns that can start there,
// sized to stay at most a quarter full so a miss ends at the first or second
// slot.
#include "entry_words.hpp"

#include <stdexcept>
#include <string>

#include "word_hash.hpp"

namespace orgkg::detail {

EntryWords::EntryWords(std::initializer_list<std::initializer_list<std::string_view>> words,
                       Mask at_mentions)
    : at_mentions_(at_mentions) {
  if (words.size() > kMaxPatterns) throw std::logic_error("EntryWords: too many patterns");
  std::size_t count = 0;
  for (const auto& list : words) count += list.size();
  std::size_t size = 16;
  while (size < 4 * count) size *= 2;
  slots_.resize(size);
  slot_mask_ = size - 1;
  Mask bit = 1;
  for (const auto& list : words) {
    for (std::string_view word : list) {
      std::uint64_t h = word_hash(word);
      std::size_t s = h & slot_mask_;
      while (slots_[s].patterns != 0 && slots_[s].hash != h) s = (s + 1) & slot_mask_;
      slots_[s].hash = h;
      slots_[s].patterns |= bit;
    }
    bit <<= 1;
  }
}

void EntryWords::unregistered(const char* family, std::size_t pattern, const Units& u,
                              std::size_t i) {
  std::string word = i < u.size() ? u[i].norm : std::string();
  throw std::logic_error(std::string("entry words: pattern ") + std::to_string(pattern) + " of " +
                         family + " found a fact at \"" + word +
                         "\", a word it is not registered for (entry_words.hpp)");
}

}  // namespace orgkg::detail
