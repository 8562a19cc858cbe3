// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The index: an open-addressing table from a word's hash to its id, sized to
// stay at most a quarter full so a miss ends at the first or second slot,
// and for each id the patterns of each family that start at the word.
#include "entry_words.hpp"

#include <stdexcept>
#include <string>

#include "word_hash.hpp"

namespace orgkg::detail {

const EntryWords& EntryWords::index() {
  static const EntryWords kIndex;
  return kIndex;
}

EntryWords::EntryWords() {
  std::array<FamilyEntryWords, kPatternFamilies> families{
      list_entry_words(),       left_entry_words(),     chair_entry_words(),
      chair_role_entry_words(), partner_entry_words(),  candidacy_entry_words(),
      seat_entry_words(),       founding_entry_words(), cooperation_entry_words()};
  std::size_t count = 0;
  for (const FamilyEntryWords& family : families) {
    if (family.words.size() > kMaxPatterns) {
      throw std::logic_error(std::string("entry words: too many patterns in ") + family.name);
    }
    for (const auto& words : family.words) count += words.size();
  }
  std::size_t size = 16;
  while (size < 4 * count) size *= 2;
  slots_.resize(size);
  slot_mask_ = size - 1;
  masks_.emplace_back();  // id 0: no family's word
  for (std::size_t f = 0; f < kPatternFamilies; ++f) {
    names_[f] = families[f].name;
    counts_[f] = families[f].words.size();
    at_mentions_[f] = families[f].at_mentions;
    Mask bit = 1;
    for (const auto& words : families[f].words) {
      for (std::string_view word : words) {
        std::uint64_t h = word_hash(word);
        std::size_t s = h & slot_mask_;
        while (slots_[s].id != 0 && slots_[s].hash != h) s = (s + 1) & slot_mask_;
        if (slots_[s].id == 0) {
          slots_[s] = {h, static_cast<std::uint16_t>(masks_.size())};
          masks_.emplace_back();
        }
        masks_[slots_[s].id][f] |= bit;
      }
      bit <<= 1;
    }
  }
}

void EntryWords::check_count(PatternFamily family, std::size_t count) const {
  auto f = static_cast<std::size_t>(family);
  if (count != counts_[f]) {
    throw std::logic_error(std::string("entry words: ") + names_[f] + " try " +
                           std::to_string(count) + " patterns but registered " +
                           std::to_string(counts_[f]) + " (entry_words.hpp)");
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
