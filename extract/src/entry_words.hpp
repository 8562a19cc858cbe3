// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// EntryWords: which patterns of each family can start at a unit. A family's
// reader tries each of its patterns at every word of a sentence, and at most
// words none of them can start: each pattern's first test (its verb, its
// role noun, its preposition) fails there.
//
// Every family registers, per pattern, the words its own first test accepts
// at the anchor, read from its code (the *_entry_words() functions below,
// each defined beside its family's patterns). One index holds them all, and
// the words of every WordSet (word_set.hpp): a word is looked up once, when
// its unit is made (Unit::entry), and each family then reads its patterns
// for the unit, and each set its bit, from a small array.
//
// Builds with assertions (no NDEBUG: the test, sanitizer and fuzzing builds)
// check the registrations as they run: the patterns the index skips are run
// anyway, and one that finds something at a word it did not register throws
// std::logic_error naming the pattern and the word, so a pattern that grows a
// new entry word fails the tests until it is registered.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "list_reader.hpp"

namespace orgkg::detail {

/// True in builds that check the registrations against the patterns.
#ifdef NDEBUG
inline constexpr bool kCheckEntryWords = false;
#else
inline constexpr bool kCheckEntryWords = true;
#endif

/// The pattern families that start their patterns at entry words.
enum class PatternFamily : std::uint8_t {
  List,
  Left,
  Chair,
  ChairRole,
  Partner,
  Candidacy,
  Seat,
  Founding,
  Cooperation,
};
inline constexpr std::size_t kPatternFamilies = 9;

/// A family's registration: its name (for errors), and for each of its
/// patterns, in the order the family tries them, the words the pattern's
/// first test accepts at its anchor; bit p of `at_mentions` when pattern p
/// (also) starts at a mention. When every pattern of the family needs
/// something in the sentence besides its entry word (the chair patterns a
/// "chairmanship", "presidency" or "chaired"; the seat patterns a city),
/// `needs` says whether a sentence has it, and a sentence without is skipped
/// whole.
struct FamilyEntryWords {
  const char* name = "";
  std::vector<std::vector<std::string_view>> words;
  std::uint64_t at_mentions = 0;
  bool (*needs)(const Units& u) = nullptr;
};

// Each family's registration, defined beside its patterns.
[[nodiscard]] FamilyEntryWords list_entry_words();         // list_patterns.cpp
[[nodiscard]] FamilyEntryWords left_entry_words();         // left_patterns.cpp
[[nodiscard]] FamilyEntryWords chair_entry_words();        // chair_patterns.cpp
[[nodiscard]] FamilyEntryWords chair_role_entry_words();   // chair_roles.cpp
[[nodiscard]] FamilyEntryWords partner_entry_words();      // partner_patterns.cpp
[[nodiscard]] FamilyEntryWords candidacy_entry_words();    // candidacy_patterns.cpp
[[nodiscard]] FamilyEntryWords seat_entry_words();         // seat_patterns.cpp
[[nodiscard]] FamilyEntryWords founding_entry_words();     // founding_patterns.cpp
[[nodiscard]] FamilyEntryWords cooperation_entry_words();  // cooperation_patterns.cpp

class EntryWords {
 public:
  using Mask = std::uint64_t;
  static constexpr std::size_t kMaxPatterns = 64;

  /// The index of every family's registration, built on first use.
  [[nodiscard]] static const EntryWords& index();

  /// True once index() has been built.
  [[nodiscard]] static bool built() noexcept;

  /// The id of `word`, whose word_hash() is `hash`: 1 and up for a word a
  /// family or a WordSet registered, 0 for any other.
  [[nodiscard]] std::uint16_t id(std::uint64_t hash, std::string_view word) const {
    return slots_[slot_of(hash, word)].id;
  }

  /// The patterns of `family` that can start at unit i (bit p for pattern
  /// p); none past the end.
  [[nodiscard]] Mask at(PatternFamily family, const Units& u, std::size_t i) const {
    if (i >= u.size()) return 0;
    auto f = static_cast<std::size_t>(family);
    return u[i].mention != nullptr ? at_mentions_[f] : masks_[u[i].entry][f];
  }

  /// The family's name, for errors ("the list patterns").
  [[nodiscard]] const char* name(PatternFamily family) const {
    return names_[static_cast<std::size_t>(family)];
  }

  /// Tries the family's patterns 0 .. count-1 at every unit of `u`, in order
  /// at each until one finds something, only those registered for the unit.
  /// `try_pattern(p, i)` runs pattern p at unit i and says whether it found
  /// something; in checked builds the unregistered ones run too, and one
  /// that finds something is reported (unregistered()).
  template <class TryPattern>
  void run(PatternFamily family, std::size_t count, const Units& u, TryPattern try_pattern) const {
    if constexpr (kCheckEntryWords) check_count(family, count);
    auto needs = needs_[static_cast<std::size_t>(family)];
    bool lacks = needs != nullptr && !needs(u);
    if (lacks && !kCheckEntryWords) return;
    for (std::size_t i = 0; i < u.size(); ++i) {
      Mask mask = at(family, u, i);
      if (mask == 0 && !kCheckEntryWords) continue;
      for (std::size_t p = 0; p < count; ++p) {
        bool entry = (mask >> p & 1U) != 0;
        if (!entry && !kCheckEntryWords) continue;
        if (!try_pattern(p, i)) continue;
        if (!entry) unregistered(name(family), p, u, i);
        if (lacks) unneeded(name(family), p, u, i);
        break;
      }
    }
  }

  /// Checked builds: a pattern skipped at unit i found something there.
  [[noreturn]] static void unregistered(const char* family, std::size_t pattern, const Units& u,
                                        std::size_t i);
  /// Checked builds: a pattern found something at unit i of a sentence
  /// that lacks what its family registered it needs.
  [[noreturn]] static void unneeded(const char* family, std::size_t pattern, const Units& u,
                                    std::size_t i);

 private:
  EntryWords();
  // Checked builds: the family tries as many patterns as it registered.
  void check_count(PatternFamily family, std::size_t count) const;

  struct Slot {
    std::uint64_t hash = 0;
    std::string_view word;
    std::uint16_t id = 0;  ///< 0: an empty slot
  };
  // The slot of `word` (hash `hash`), or the empty slot where it would go.
  [[nodiscard]] std::size_t slot_of(std::uint64_t hash, std::string_view word) const {
    std::size_t s = hash & slot_mask_;
    while (slots_[s].id != 0 && !(slots_[s].hash == hash && slots_[s].word == word)) {
      s = (s + 1) & slot_mask_;
    }
    return s;
  }
  // The id of `word`, made if it has none.
  std::uint16_t intern(std::string_view word);
  using FamilyMasks = std::array<Mask, kPatternFamilies>;

  std::vector<Slot> slots_;
  std::size_t slot_mask_ = 0;
  std::vector<FamilyMasks> masks_;  ///< by word id; masks_[0] is all zero
  std::vector<Mask> classes_;       ///< by word id: bit k for the k-th WordSet
  FamilyMasks at_mentions_{};
  std::array<const char*, kPatternFamilies> names_{};
  std::array<std::size_t, kPatternFamilies> counts_{};
  std::array<bool (*)(const Units&), kPatternFamilies> needs_{};
};

}  // namespace orgkg::detail
