// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// EntryUnits: the units of a sentence at which some pattern family can
// start, found in one pass and shared by the readers of the sentence, and
// the families themselves (PatternFamily). Which words start which family
// is the index's (EntryWords, entry_words.hpp), which also defines the
// constructor (entry_words.cpp).
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "list_reader.hpp"

namespace orgkg::detail {

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
  Agreement,
  /// The founding patterns a sentence without a founding role word
  /// ("founders", "founding") can start: Founding's words less those of
  /// the patterns that read such a role (founding_patterns.cpp).
  FoundingCore,
};
inline constexpr std::size_t kPatternFamilies = 11;

/// The units of a sentence at which some family's pattern can start: its
/// mentions and the words a family registered (about half its units, as
/// "the", "as" and "," are among them), each with the families that start
/// there. Found in one pass and shared by the families that read the
/// sentence (the status reader tries five, the organisation-relation reader
/// three, the list reader one), so that each visits its own starts and not
/// every unit, and one with no start in the sentence returns at once.
class EntryUnits {
 public:
  /// A start unit past the first 32 (more_).
  struct Start {
    std::uint32_t unit;
    std::uint16_t families;  ///< bit f when family f can start here
  };

  explicit EntryUnits(const Units& units);
  EntryUnits(const EntryUnits&) = delete;
  EntryUnits& operator=(const EntryUnits&) = delete;

  /// The sentence.
  [[nodiscard]] const Units& units() const { return units_; }
  /// Whether some unit of the sentence can start a pattern of `family`.
  [[nodiscard]] bool has(PatternFamily family) const {
    return (families_ >> static_cast<unsigned>(family) & 1U) != 0;
  }
  /// Whether the sentence holds a word of the family's `needs_word` or
  /// `screen_word`.
  [[nodiscard]] bool has_needed_word(PatternFamily family) const {
    return (needed_ >> static_cast<unsigned>(family) & 1U) != 0;
  }
  /// Bit f when has(f); bit f when has_needed_word(f).
  [[nodiscard]] std::uint16_t families() const { return families_; }
  [[nodiscard]] std::uint16_t needed_words() const { return needed_; }
  /// Calls visit(i) for each start unit i of `family`, in order. Where the
  /// starts fit in place (most sentences), those of the family are taken
  /// from a bit mask, not tested one by one: whether a start is one of a
  /// family's follows no order a branch could predict.
  template <class Visit>
  [[gnu::always_inline]] void for_each_start(PatternFamily family, Visit visit) const {
    auto f = static_cast<unsigned>(family);
    if (more_.empty()) {
      const std::uint32_t* unit = unit_of_;
      for (std::uint32_t left = starts_of(f); left != 0; left &= left - 1) {
        visit(std::size_t{unit[static_cast<std::size_t>(std::countr_zero(left))]});
      }
      return;
    }
    for (Start start : more_) {
      if ((start.families >> f & 1U) != 0) visit(std::size_t{start.unit});
    }
  }

 private:
  static constexpr std::size_t kFew = 32;
  static_assert(kFew % 2 == 0);
  // The constructor for a sentence of more than kFew units: only its starts
  // in place. Out of line, so that the constructor's common case does not
  // pay for the registers this one needs.
  [[gnu::noinline]] void note_starts(const Unit* first, std::uint32_t n);
  // unit_of_ of a sentence of kFew units or fewer: the k-th in place is
  // unit k.
  static constexpr std::array<std::uint32_t, kFew> kEveryUnit = [] {
    std::array<std::uint32_t, kFew> units{};
    for (std::uint32_t k = 0; k < kFew; ++k) units[k] = k;
    return units;
  }();
  // Bit k when the k-th start in place starts family f.
  [[nodiscard]] std::uint32_t starts_of(unsigned f) const {
#ifdef __SSE2__
    // Bit f of each start's families to its sign bit, the 32 signs packed
    // to bytes (saturation keeps a sign) and gathered.
    const auto* lanes = reinterpret_cast<const __m128i*>(bits_.data());
    __m128i shift = _mm_cvtsi32_si128(static_cast<int>(15 - f));
    __m128i a = _mm_sll_epi16(_mm_load_si128(lanes), shift);
    __m128i b = _mm_sll_epi16(_mm_load_si128(lanes + 1), shift);
    __m128i c = _mm_sll_epi16(_mm_load_si128(lanes + 2), shift);
    __m128i d = _mm_sll_epi16(_mm_load_si128(lanes + 3), shift);
    auto low = static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_packs_epi16(a, b)));
    auto high = static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_packs_epi16(c, d)));
    return low | high << 16;
#else
    std::uint32_t mask = 0;
    for (std::size_t k = 0; k < kFew; ++k) {
      mask |= static_cast<std::uint32_t>(bits_[k] >> f & 1U) << k;
    }
    return mask;
#endif
  }

  const Units& units_;
  std::uint16_t families_ = 0;  // bit f when some unit starts family f
  std::uint16_t needed_ = 0;    // bit f when some word is one family f needs
  // The first kFew starts in place (most sentences, no allocation): their
  // families, zero past the last, and their units (unit_of_); else all of
  // them in `more_`. A sentence of kFew units or fewer holds every unit in
  // place, a start or not (its families zero if not), so its k-th is unit k
  // (kEveryUnit) and `unit_` is not written. `unit_` has no initializer: it
  // is written before it is read.
  alignas(16) std::array<std::uint16_t, kFew> bits_{};
  const std::uint32_t* unit_of_ = kEveryUnit.data();
  std::array<std::uint32_t, kFew> unit_;
  std::vector<Start> more_;
};

/// The EntryUnits of a sentence several readers share (AnalysedSentence),
/// made when the first of them asks, so the pass over the units is made
/// once. Copying or moving one gives an empty one: what it was made over
/// belongs to where it was. Not thread-safe, like the sentence it serves.
class LazyEntryUnits {
 public:
  LazyEntryUnits() = default;
  LazyEntryUnits(const LazyEntryUnits& /*other*/) noexcept {}
  LazyEntryUnits(LazyEntryUnits&& /*other*/) noexcept {}
  LazyEntryUnits& operator=(const LazyEntryUnits& /*other*/) noexcept {
    made_.reset();
    return *this;
  }
  LazyEntryUnits& operator=(LazyEntryUnits&& /*other*/) noexcept {
    made_.reset();
    return *this;
  }
  ~LazyEntryUnits() = default;

  /// The EntryUnits of `units`, made on the first call; every later call
  /// must pass the same units, unchanged since.
  [[nodiscard]] const EntryUnits& of(const Units& units) const {
    if (!made_) made_.emplace(units);
    return *made_;
  }

 private:
  mutable std::optional<EntryUnits> made_;
};

}  // namespace orgkg::detail
