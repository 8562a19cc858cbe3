// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The index: an open-addressing table from a word to its id, sized to stay
// at most a quarter full so a miss ends at the first or second slot, and for
// each id the patterns of each family that start at the word and the word
// sets that hold it.
#include "entry_words.hpp"

#include <atomic>
#include <stdexcept>
#include <string>

#include "word_hash.hpp"
#include "word_set.hpp"

namespace orgkg::detail {

namespace {
std::atomic<bool> index_built{false};
}  // namespace

const EntryWords& EntryWords::index() {
  static const EntryWords kIndex;
  return kIndex;
}

bool EntryWords::built() noexcept { return index_built.load(std::memory_order_acquire); }

EntryWords::EntryWords() {
  std::array<FamilyEntryWords, kPatternFamilies> families{
      list_entry_words(),       left_entry_words(),     chair_entry_words(),
      chair_role_entry_words(), partner_entry_words(),  candidacy_entry_words(),
      seat_entry_words(),       founding_entry_words(), cooperation_entry_words()};
  std::vector<WordSet*>& sets = word_sets();
  if (sets.size() > 64) throw std::logic_error("entry words: more than 64 word sets");
  std::size_t count = 0;
  for (const FamilyEntryWords& family : families) {
    if (family.words.size() > kMaxPatterns) {
      throw std::logic_error(std::string("entry words: too many patterns in ") + family.name);
    }
    for (const auto& words : family.words) count += words.size();
  }
  for (const WordSet* set : sets) count += set->words().size();
  std::size_t size = 16;
  while (size < 4 * count) size *= 2;
  slots_.resize(size);
  slot_mask_ = size - 1;
  masks_.emplace_back();  // id 0: a word nothing registered
  classes_.emplace_back();
  for (std::size_t f = 0; f < kPatternFamilies; ++f) {
    names_[f] = families[f].name;
    counts_[f] = families[f].words.size();
    at_mentions_[f] = families[f].at_mentions;
    needs_[f] = families[f].needs;
    Mask bit = 1;
    for (const auto& words : families[f].words) {
      for (std::string_view word : words) masks_[intern(word)][f] |= bit;
      bit <<= 1;
    }
  }
  for (std::size_t k = 0; k < sets.size(); ++k) {
    Mask bit = Mask{1} << k;
    for (std::string_view word : sets[k]->words()) classes_[intern(word)] |= bit;
    sets[k]->bit_ = bit;
    sets[k]->classes_ = &classes_;
  }
  index_built.store(true, std::memory_order_release);
}

std::uint16_t EntryWords::intern(std::string_view word) {
  std::uint64_t h = word_hash(word);
  Slot& slot = slots_[slot_of(h, word)];
  if (slot.id == 0) {
    slot = {h, word, static_cast<std::uint16_t>(masks_.size())};
    masks_.emplace_back();
    classes_.emplace_back();
  }
  return slot.id;
}

void EntryWords::check_count(PatternFamily family, std::size_t count) const {
  auto f = static_cast<std::size_t>(family);
  if (count != counts_[f]) {
    throw std::logic_error(std::string("entry words: ") + names_[f] + " try " +
                           std::to_string(count) + " patterns but registered " +
                           std::to_string(counts_[f]) + " (entry_words.hpp)");
  }
}

namespace {

// Checked builds: pattern `pattern` of `family` found a fact at unit i where
// the index says it cannot, for the reason `why`.
[[noreturn]] void found_anyway(const char* family, std::size_t pattern, const Units& u,
                               std::size_t i, std::string_view why) {
  // The unit as the error names it: its word, or the mention as written.
  std::string unit;
  if (i < u.size()) unit = u[i].mention != nullptr ? u[i].mention->surface : u[i].norm;
  throw std::logic_error(std::string("entry words: pattern ") + std::to_string(pattern) + " of " +
                         family + " found a fact at \"" + unit + "\"" + std::string(why) +
                         " (entry_words.hpp)");
}

}  // namespace

void EntryWords::unneeded(const char* family, std::size_t pattern, const Units& u, std::size_t i) {
  found_anyway(family, pattern, u, i, " in a sentence without what the family needs");
}

void EntryWords::unregistered(const char* family, std::size_t pattern, const Units& u,
                              std::size_t i) {
  found_anyway(family, pattern, u, i, ", a word it is not registered for");
}

}  // namespace orgkg::detail
