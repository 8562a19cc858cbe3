// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The index: an open-addressing table from a word to its id, which stays
// at most a quarter full so a miss ends at the first or second slot, and for
// each id the patterns of each family that start at the word and the word
// sets that hold it.
#include "entry_words.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <tuple>

#include "word_hash.hpp"
#include "word_set.hpp"

namespace orgkg::detail {

const EntryWords& EntryWords::build() {
  static const EntryWords kIndex;
  return kIndex;
}

bool EntryWords::built() noexcept { return instance_.load(std::memory_order_acquire) != nullptr; }

EntryWords::EntryWords() {
  std::array<FamilyEntryWords, kPatternFamilies> families{
      list_entry_words(),       left_entry_words(),         chair_entry_words(),
      chair_role_entry_words(), partner_entry_words(),      candidacy_entry_words(),
      seat_entry_words(),       founding_entry_words(),     cooperation_entry_words(),
      agreement_entry_words(),  founding_core_entry_words()};
  std::vector<WordSet*>& sets = word_sets();
  if (sets.size() > 64) throw std::logic_error("entry words: more than 64 word sets");
  for (const FamilyEntryWords& family : families) {
    if (family.words.size() > kMaxPatterns) {
      throw std::logic_error(std::string("entry words: too many patterns in ") + family.name);
    }
  }
  slots_.resize(kTableSlots);
  words_.emplace_back();
  masks_.emplace_back();  // id 0: a word nothing registered
  classes_.emplace_back();
  for (std::size_t f = 0; f < kPatternFamilies; ++f) {
    names_[f] = families[f].name;
    counts_[f] = families[f].words.size();
    at_mentions_[f] = families[f].at_mentions;
    needs_[f] = families[f].needs;
    needs_words_[f] = families[f].needs_word;
    if (families[f].needs_word != nullptr) needs_word_families_ |= 1U << f;
    if (families[f].at_mentions != 0) mention_families_ |= 1U << f;
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
  }
  // Once every word is in: classes_ does not move after this.
  for (WordSet* set : sets) set->classes_ = classes_.data();
  families_.resize(masks_.size());
  for (std::size_t id = 0; id < masks_.size(); ++id) {
    for (std::size_t f = 0; f < kPatternFamilies; ++f) {
      if (masks_[id][f] != 0) families_[id] |= 1U << f;
    }
  }
  for (std::size_t f = 0; f < kPatternFamilies; ++f) {
    for (const WordSet* set : {families[f].needs_word, families[f].screen_word}) {
      if (set == nullptr) continue;
      for (std::string_view word : set->words()) {
        families_[id(word_hash(word), word)] |= 1U << (16 + f);
      }
    }
  }
  for (Slot& slot : slots_) slot.families = families_[slot.id];
  for (std::size_t f = 0; f < kPatternFamilies; ++f) {
    by_family_[f].resize(masks_.size());
    for (std::size_t id = 0; id < masks_.size(); ++id) by_family_[f][id] = masks_[id][f];
  }
  instance_.store(this, std::memory_order_release);
}

std::uint16_t EntryWords::intern(std::string_view word) {
  std::uint64_t h = word_hash(word);
  const Slot& found = find(slots_.data(), words_.data(), h, word);
  if (found.id != 0) return found.id;
  // A fuller table would probe further at the words it lacks (and ids
  // have 16 bits).
  static_assert(kSlots / 4 < 0xFFFF);
  if (4 * masks_.size() > kSlots) {
    throw std::logic_error("entry words: more than " + std::to_string(kSlots / 4) +
                           " words, a quarter of the table's slots: raise kSlotBits "
                           "(entry_words.hpp)");
  }
  auto id = static_cast<std::uint16_t>(masks_.size());
  slots_[static_cast<std::size_t>(&found - slots_.data())] = {
      .hash = h,
      .exact_size = static_cast<std::int16_t>(word.size() < 8 ? word.size() : -1),
      .id = id,
      .families = 0};
  words_.push_back(word);
  masks_.emplace_back();
  classes_.emplace_back();
  return id;
}

bool EntryWords::lacks(PatternFamily family, const Units& u) const {
  auto f = static_cast<std::size_t>(family);
  if (needs_[f] != nullptr && !needs_[f](u)) return true;
  return needs_words_[f] != nullptr && !needs_words_[f]->in(u);
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

EntryUnits::EntryUnits(const Units& units) : units_(units) {
  // A unit's bits (Unit::families): the families that start there in the
  // low half, those that need its word in the high half.
  const Unit* first = units.data();
  const auto n = static_cast<std::uint32_t>(units.size());
  if (n > kFew) {
    note_starts(first, n);
    return;
  }
  // A sentence of kFew units or fewer (most): every unit in place, its k-th
  // unit k (unit_of_ as made), so no unit is written and none counted.
  std::uint32_t seen = 0;  // every unit's bits
  std::uint32_t i = 0;
  for (; i + 1 < n; i += 2) {
    const std::uint32_t a = first[i].families;
    const std::uint32_t b = first[i + 1].families;
    seen |= a | b;
    bits_[i] = static_cast<std::uint16_t>(a);
    bits_[i + 1] = static_cast<std::uint16_t>(b);
  }
  if (i < n) {
    const std::uint32_t a = first[i].families;
    seen |= a;
    bits_[i] = static_cast<std::uint16_t>(a);
  }
  families_ = static_cast<std::uint16_t>(seen);
  needed_ = static_cast<std::uint16_t>(seen >> 16);
}

void EntryUnits::note_starts(const Unit* first, std::uint32_t n) {
  unit_of_ = unit_.data();
  std::uint32_t seen = 0;  // every unit's bits
  std::size_t count = 0;
  std::uint32_t i = 0;
  // In place while the starts fit: a loop with no call in it, so its
  // values stay in registers. Every unit is written, and kept (counted)
  // only if it is a start: about half the units are, in no order a branch
  // could predict.
  auto note = [&](std::uint32_t at) {
    std::uint32_t bits = first[at].families;
    seen |= bits;
    unit_[count] = at;
    bits_[count] = static_cast<std::uint16_t>(bits);
    count += static_cast<std::uint16_t>(bits) != 0 ? 1 : 0;
  };
  // The first kFew units need no test of `count`: it is at most the number
  // of units passed. Two units a round: the loop's own count, step and test
  // are then paid once for two, in a pass that costs little else per unit.
  for (; i < kFew; i += 2) {
    note(i);
    note(i + 1);
  }
  for (; i < n && count < kFew; ++i) note(i);
  // Past the last start held in place, every start into more_.
  for (; i < n; ++i) {
    std::uint32_t bits = first[i].families;
    seen |= bits;
    if (static_cast<std::uint16_t>(bits) == 0) continue;
    if (more_.empty()) {
      for (std::size_t k = 0; k < kFew; ++k) more_.push_back(Start{unit_[k], bits_[k]});
    }
    more_.push_back(Start{i, static_cast<std::uint16_t>(bits)});
  }
  families_ = static_cast<std::uint16_t>(seen);
  needed_ = static_cast<std::uint16_t>(seen >> 16);
}

}  // namespace orgkg::detail
