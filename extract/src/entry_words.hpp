// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// EntryWords: which patterns of a family can start at a unit. A family's
// reader tries each of its patterns at every word of a sentence, and at most
// words none of them can start: each pattern's first test (its verb, its
// role noun, its preposition) fails there. One table lookup per word
// replaces those calls.
//
// A pattern is registered with the words its own first test accepts at the
// anchor unit, read from its code. Builds with assertions (no NDEBUG: the
// test, sanitizer and fuzzing builds) check that claim as they run: the
// patterns a table skips are run anyway, and one that finds something at a
// word it did not register throws std::logic_error naming the pattern and
// the word, so a pattern that grows a new entry word fails the tests until it
// is registered.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "list_reader.hpp"

namespace orgkg::detail {

/// True in builds that check the tables against the patterns.
#ifdef NDEBUG
inline constexpr bool kCheckEntryWords = false;
#else
inline constexpr bool kCheckEntryWords = true;
#endif

class EntryWords {
 public:
  using Mask = std::uint64_t;
  static constexpr std::size_t kMaxPatterns = 64;

  /// Pattern p (0-based, in the family's order) can start only at a word of
  /// `words[p]`, or at a mention when bit p of `at_mentions` is set.
  explicit EntryWords(std::initializer_list<std::initializer_list<std::string_view>> words,
                      Mask at_mentions = 0);

  /// The patterns that can start at unit i (bit p for pattern p); none past
  /// the end.
  [[nodiscard]] Mask at(const Units& u, std::size_t i) const {
    if (i >= u.size()) return 0;
    if (u[i].mention != nullptr) return at_mentions_;
    return u[i].norm.empty() ? 0 : lookup(u[i].hash);
  }

  /// Tries patterns 0 .. count-1 at every unit of `u`, in order at each
  /// until one finds something, only those this table lists for the unit.
  /// `try_pattern(p, i)` runs pattern p at unit i and says whether it found
  /// something; in checked builds the unlisted ones run too, and one that
  /// finds something is reported (unregistered(), naming `family`).
  template <class TryPattern>
  void run(const char* family, std::size_t count, const Units& u, TryPattern try_pattern) const {
    for (std::size_t i = 0; i < u.size(); ++i) {
      Mask mask = at(u, i);
      if (mask == 0 && !kCheckEntryWords) continue;
      for (std::size_t p = 0; p < count; ++p) {
        bool entry = (mask >> p & 1U) != 0;
        if (!entry && !kCheckEntryWords) continue;
        if (!try_pattern(p, i)) continue;
        if (!entry) unregistered(family, p, u, i);
        break;
      }
    }
  }

  /// Checked builds: a pattern skipped at unit i found something there.
  [[noreturn]] static void unregistered(const char* family, std::size_t pattern, const Units& u,
                                        std::size_t i);

 private:
  struct Slot {
    std::uint64_t hash = 0;
    Mask patterns = 0;  ///< 0: an empty slot
  };
  // Compares hashes only: two words that share a hash could at worst make a
  // unit try a pattern it need not, which then fails its own first test; a
  // registered word always finds its slot.
  [[nodiscard]] Mask lookup(std::uint64_t hash) const {
    for (std::size_t s = hash & slot_mask_;; s = (s + 1) & slot_mask_) {
      const Slot& slot = slots_[s];
      if (slot.hash == hash) return slot.patterns;
      if (slot.patterns == 0) return 0;
    }
  }

  std::vector<Slot> slots_;
  std::size_t slot_mask_ = 0;
  Mask at_mentions_ = 0;
};

}  // namespace orgkg::detail
