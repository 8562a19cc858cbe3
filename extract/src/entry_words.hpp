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
// for the unit, and each set its bit, from a small array. A reader that
// tries several families on a sentence first finds its start units once
// (EntryUnits, entry_units.hpp: its mentions and the words some family
// registered), and each family visits only those.
//
// Builds with assertions (no NDEBUG: the test, sanitizer and fuzzing builds)
// check the registrations as they run: the patterns the index skips are run
// anyway, and one that finds something at a word it did not register throws
// std::logic_error naming the pattern and the word, so a pattern that grows a
// new entry word fails the tests until it is registered.
#pragma once

#include <array>
#include <atomic>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "entry_units.hpp"
#include "list_reader.hpp"
#include "word_hash.hpp"

namespace orgkg::detail {

/// True in builds that check the registrations against the patterns.
#ifdef NDEBUG
inline constexpr bool kCheckEntryWords = false;
#else
inline constexpr bool kCheckEntryWords = true;
#endif

class WordSet;

/// A family's registration: its name (for errors), and for each of its
/// patterns, in the order the family tries them, the words the pattern's
/// first test accepts at its anchor; bit p of `at_mentions` when pattern p
/// (also) starts at a mention. When every pattern of the family needs
/// something in the sentence besides its entry word (the chair patterns a
/// "chairmanship", "presidency" or "chaired"; the seat patterns a city),
/// `needs` says whether a sentence has it, and a sentence without is skipped
/// whole. When what it needs is one of a WordSet's words, `needs_word` names
/// the set instead, and EntryUnits finds the word in its pass over the
/// sentence. When only some of its patterns need a set's word,
/// `screen_word` names the set: EntryUnits notes whether the sentence holds
/// one of its words as it does for `needs_word` (has_needed_word()), and the
/// family's reader screens those patterns by it (pattern_screens.hpp).
struct FamilyEntryWords {
  const char* name = "";
  std::vector<std::vector<std::string_view>> words;
  std::uint64_t at_mentions = 0;
  bool (*needs)(const Units& u) = nullptr;
  const WordSet* needs_word = nullptr;
  const WordSet* screen_word = nullptr;
};

// Each family's registration, defined beside its patterns.
[[nodiscard]] FamilyEntryWords list_entry_words();           // list_patterns.cpp
[[nodiscard]] FamilyEntryWords left_entry_words();           // left_patterns.cpp
[[nodiscard]] FamilyEntryWords chair_entry_words();          // chair_patterns.cpp
[[nodiscard]] FamilyEntryWords chair_role_entry_words();     // chair_roles.cpp
[[nodiscard]] FamilyEntryWords partner_entry_words();        // partner_patterns.cpp
[[nodiscard]] FamilyEntryWords candidacy_entry_words();      // candidacy_patterns.cpp
[[nodiscard]] FamilyEntryWords seat_entry_words();           // seat_patterns.cpp
[[nodiscard]] FamilyEntryWords founding_entry_words();       // founding_patterns.cpp
[[nodiscard]] FamilyEntryWords cooperation_entry_words();    // cooperation_patterns.cpp
[[nodiscard]] FamilyEntryWords agreement_entry_words();      // agreement_patterns.cpp
[[nodiscard]] FamilyEntryWords founding_core_entry_words();  // founding_patterns.cpp

class EntryWords {
 public:
  using Mask = std::uint64_t;
  static constexpr std::size_t kMaxPatterns = 64;

  /// The index of every family's registration, built on first use. Inline,
  /// and a plain load once built: every unit of every sentence asks it.
  [[nodiscard]] static const EntryWords& index() {
    const EntryWords* built = instance_.load(std::memory_order_acquire);
    return built != nullptr ? *built : build();
  }

  /// True once index() has been built.
  [[nodiscard]] static bool built() noexcept;

  /// The id of `word`, whose word_hash() is `hash`: 1 and up for a word a
  /// family or a WordSet registered, 0 for any other.
  [[nodiscard]] std::uint16_t id(std::uint64_t hash, std::string_view word) const {
    return find(slots_.data(), words_.data(), hash, word).id;
  }

  /// What a lookup finds of a word: its id (0 for a word nothing
  /// registered) and its Unit::families (0 for such a word), as the unit
  /// holds them: `tail` is the last eight bytes of the word's unit
  /// (store_unit_tail(), list_reader.hpp) with its flags zero, read from the
  /// slot in one load and written to the unit in one store.
  struct Found {
    std::uint64_t tail;
    [[nodiscard]] std::uint16_t id() const { return static_cast<std::uint16_t>(tail >> 16); }
    [[nodiscard]] std::uint32_t families() const { return static_cast<std::uint32_t>(tail >> 32); }
  };

 private:
  struct Slot;  // below

 public:
  /// id() for a loop that stores as it looks words up (make_units_into()):
  /// the table's address and size are held in the lookup, which the loop
  /// keeps in registers, where id() would reload them from the index after
  /// every store the compiler cannot tell apart from them.
  class Lookup {
   public:
    explicit Lookup(const EntryWords& index)
        : slots_(index.slots_.data()),
          words_(index.words_.data()),
          mention_families_(index.mention_families_) {}
    /// The id of the word (index.id(hash, word)) and its Unit::families,
    /// read from the one slot.
    [[nodiscard]] Found find(std::uint64_t hash, std::string_view word) const {
      const Slot& slot = EntryWords::find(slots_, words_, hash, word);
      // The slot's exact_size, id and families, in the unit's order with
      // exact_size where the unit's flags go.
      std::uint64_t tail = 0;
      std::memcpy(&tail, reinterpret_cast<const unsigned char*>(&slot) + offsetof(Slot, exact_size),
                  sizeof tail);
      return {tail & ~std::uint64_t{0xFFFF}};
    }
    /// Unit::families of a mention.
    [[nodiscard]] std::uint32_t mention_families() const { return mention_families_; }

   private:
    const Slot* slots_;
    const std::string_view* words_;
    std::uint32_t mention_families_;
  };

  /// The patterns of `family` that can start at unit i (bit p for pattern
  /// p); none past the end.
  [[nodiscard]] Mask at(PatternFamily family, const Units& u, std::size_t i) const {
    return i < u.size() ? mask_of(u[i], static_cast<std::size_t>(family)) : 0;
  }

  /// The family's name, for errors ("the list patterns").
  [[nodiscard]] const char* name(PatternFamily family) const {
    return names_[static_cast<std::size_t>(family)];
  }

  /// run()'s `skip` where no pattern is skipped.
  struct NoSkip {
    constexpr Mask operator()(std::size_t /*i*/) const { return 0; }
  };

  /// Tries the family's patterns 0 .. count-1 at every unit of the
  /// sentence, in order at each until one finds something, only those
  /// registered for the unit. `try_pattern(p, i)` runs pattern p at unit i
  /// and says whether it found something. Other builds visit only the
  /// sentence's start units of the family (EntryUnits below), and at unit i
  /// try none of the patterns `skip(i)` names (bit p for pattern p: those the
  /// caller knows cannot find anything there); checked builds visit every
  /// unit and run the unregistered and skipped patterns too, and one that
  /// finds something unregistered is reported (unregistered()).
  template <class TryPattern, class Skip = NoSkip>
  void run(PatternFamily family, std::size_t count, const EntryUnits& sentence,
           TryPattern try_pattern, Skip skip = {}) const {
    if (kCheckEntryWords || may_find(family, sentence)) {
      run_found(family, count, sentence, try_pattern, skip);
    }
  }
  /// Whether run() can find anything in the sentence: some unit of it
  /// starts a pattern of the family, and it has what the family needs
  /// (`needs`, `needs_word`). Always true in checked builds. Inline, so
  /// that a caller can ask before it builds the frame of its reader's loop.
  [[nodiscard]] bool may_find(PatternFamily family, const EntryUnits& sentence) const;
  /// may_find() of every family at once, but for `needs` (not asked): bit f
  /// when some unit of the sentence starts family f and the sentence holds
  /// a word of its `needs_word`, if it has one. A reader that tries several
  /// families tests this once before it asks of each.
  [[nodiscard]] std::uint16_t may_find_families(const EntryUnits& sentence) const;

  /// run() of a sentence may_find() was true of (not asked again).
  template <class TryPattern, class Skip = NoSkip>
  void run_found(PatternFamily family, std::size_t count, const EntryUnits& sentence,
                 TryPattern try_pattern, Skip skip = {}) const;

  /// Checked builds: a pattern skipped at unit i found something there.
  [[noreturn]] static void unregistered(const char* family, std::size_t pattern, const Units& u,
                                        std::size_t i);
  /// Checked builds: a pattern found something at unit i of a sentence
  /// that lacks what its family registered it needs.
  [[noreturn]] static void unneeded(const char* family, std::size_t pattern, const Units& u,
                                    std::size_t i);

 private:
  EntryWords();
  // Builds the index on first use (index()).
  static const EntryWords& build();
  // The index once built, else null.
  static inline std::atomic<const EntryWords*> instance_{nullptr};
  // Checked builds: the family tries as many patterns as it registered.
  void check_count(PatternFamily family, std::size_t count) const;
  // Tries the family's patterns at unit i, those in `mask` only unless
  // `check`: then all, reporting a find of one outside `mask` (and any find
  // at all when the sentence `lacks` what the family needs).
  template <class TryPattern>
  [[gnu::always_inline]] void try_at(PatternFamily family, std::size_t count, const Units& u,
                                     std::size_t i, Mask mask, bool check, bool lacks,
                                     TryPattern& try_pattern) const {
    if (!check) {  // the set bits only, lowest first
      for (Mask left = mask; left != 0; left &= left - 1) {
        auto p = static_cast<std::size_t>(std::countr_zero(left));
        if (p >= count || try_pattern(p, i)) return;
      }
      return;
    }
    for (std::size_t p = 0; p < count; ++p) {
      if (!try_pattern(p, i)) continue;
      if ((mask >> p & 1U) == 0) unregistered(name(family), p, u, i);
      if (lacks) unneeded(name(family), p, u, i);
      break;
    }
  }
  // at() of a unit of the sentence, family f.
  [[nodiscard]] Mask mask_of(const Unit& unit, std::size_t f) const {
    return unit.mention != nullptr ? at_mentions_[f] : by_family_[f][unit.entry];
  }
  // Whether the sentence lacks what the family needs (`needs`, `needs_word`).
  [[nodiscard]] bool lacks(PatternFamily family, const Units& u) const;
  // Checked builds: every pattern at every unit.
  template <class TryPattern>
  void run_checked(PatternFamily family, std::size_t count, const Units& u,
                   TryPattern& try_pattern) const {
    check_count(family, count);
    bool lacks = this->lacks(family, u);
    for (std::size_t i = 0; i < u.size(); ++i) {
      try_at(family, count, u, i, at(family, u, i), true, lacks, try_pattern);
    }
  }

  /// A word's hash and what a lookup needs of the word, in sixteen bytes,
  /// four slots a cache line: its families come with its id, not from a
  /// table of their own, and its spelling (words_, for a word of eight
  /// bytes or more) is read only at a hit. An empty slot's hash is one no
  /// word has (a word hash is below 2^61). The id and families are in
  /// Unit's order (Found::tail).
  struct Slot {
    std::uint64_t hash = kEmptyHash;
    /// The word's size if below eight bytes: such a word is its own hash,
    /// so a hit of that size is the word. -1 for a longer word, compared.
    std::int16_t exact_size = -1;
    std::uint16_t id = 0;        ///< 0: an empty slot
    std::uint32_t families = 0;  ///< Unit::families of the word
  };
  static_assert(offsetof(Slot, id) == offsetof(Slot, exact_size) + 2 &&
                offsetof(Slot, families) == offsetof(Slot, exact_size) + 4 &&
                sizeof(Slot) == offsetof(Slot, exact_size) + 8);
  static constexpr std::uint64_t kEmptyHash = ~std::uint64_t{0};
  // The table's size, fixed, so that a lookup holds no size in a register
  // (make_units_into() has none to spare): room for 2048 words at most a
  // quarter full (intern() checks). A probe runs on past the last home
  // slot, not back to the first, into kSlots / 4 + 1 slots more: the words
  // cannot fill them, so it ends at an empty one before their end.
  static constexpr unsigned kSlotBits = 13;
  static constexpr std::size_t kSlots = std::size_t{1} << kSlotBits;
  static constexpr std::size_t kTableSlots = kSlots + kSlots / 4 + 1;
  // The slot of `word` (hash `hash`) in the table `slots`, whose words by
  // id are `words`, or the empty slot where it would go. The hash is tested
  // first: a slot of another hash is then seldom anything but empty, where
  // testing for an empty slot first would branch on whether the word is an
  // entry word (a third of those looked up are not, in no order a branch
  // could predict). A hit on a word below eight bytes needs no comparison
  // (see Slot::exact_size). The home slot is the top bits of the hash
  // times a constant (Fibonacci hashing), which every bit of it sets.
  [[nodiscard]] static const Slot& find(const Slot* slots, const std::string_view* words,
                                        std::uint64_t hash, std::string_view word) {
    const Slot* at = slots + ((hash * 0x9E3779B97F4A7C15ULL) >> (64 - kSlotBits));
    // The home slot first, apart (most lookups end there): its tests are
    // then predicted apart from those of a probe on.
    if (at->hash == hash && at->exact_size == static_cast<std::int64_t>(word.size())) return *at;
    if (at->hash == kEmptyHash) return *at;
    for (;; ++at) {
      const Slot& slot = *at;
      if (slot.hash == hash) {
        if (slot.exact_size == static_cast<std::int64_t>(word.size())) return slot;
        if (slot.exact_size < 0 && same_word_as_hashed(words[slot.id], word)) return slot;
      } else if (slot.hash == kEmptyHash) {
        return slot;
      }
    }
  }
  // The id of `word`, made if it has none.
  std::uint16_t intern(std::string_view word);
  using FamilyMasks = std::array<Mask, kPatternFamilies>;

  std::vector<Slot> slots_;              ///< kTableSlots of them
  std::vector<std::string_view> words_;  ///< by word id; words_[0] is none
  std::vector<FamilyMasks> masks_;       ///< by word id; masks_[0] is all zero
  /// masks_ family by family (by_family_[f][id] is masks_[id][f]): a
  /// family's reader looks its start units' words up in a table of its own,
  /// eight bytes a word, not in rows of every family's.
  std::array<std::vector<Mask>, kPatternFamilies> by_family_;
  std::vector<Mask> classes_;  ///< by word id: bit k for the k-th WordSet
  FamilyMasks at_mentions_{};
  std::array<const char*, kPatternFamilies> names_{};
  std::array<std::size_t, kPatternFamilies> counts_{};
  std::array<bool (*)(const Units&), kPatternFamilies> needs_{};
  std::array<const WordSet*, kPatternFamilies> needs_words_{};
  /// By word id: bit f when family f starts at the word, bit 16 + f when
  /// the word is one family f needs (or screens some patterns by).
  std::vector<std::uint32_t> families_;
  std::uint16_t mention_families_ = 0;     ///< bit f when family f starts at mentions
  std::uint16_t needs_word_families_ = 0;  ///< bit f when family f has a needs_word
};

inline std::uint16_t EntryWords::may_find_families(const EntryUnits& sentence) const {
  return sentence.families() &
         static_cast<std::uint16_t>(~needs_word_families_ | sentence.needed_words());
}

inline bool EntryWords::may_find(PatternFamily family, const EntryUnits& sentence) const {
  if constexpr (kCheckEntryWords) return true;
  if (!sentence.has(family)) return false;
  unsigned f = static_cast<unsigned>(family);
  if ((needs_word_families_ >> f & 1U) != 0 && !sentence.has_needed_word(family)) return false;
  return needs_[f] == nullptr || needs_[f](sentence.units());
}

template <class TryPattern, class Skip>
void EntryWords::run_found(PatternFamily family, std::size_t count, const EntryUnits& sentence,
                           TryPattern try_pattern, [[maybe_unused]] Skip skip) const {
  const Units& u = sentence.units();
  if constexpr (kCheckEntryWords) {
    run_checked(family, count, u, try_pattern);
  } else {
    auto f = static_cast<std::size_t>(family);
    sentence.for_each_start(
        family, [&](std::size_t i) __attribute__((always_inline)) {
          try_at(family, count, u, i, mask_of(u[i], f) & ~skip(i), false, false, try_pattern);
        });
  }
}

}  // namespace orgkg::detail
