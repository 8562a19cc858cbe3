// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Cheap tests that rule dates out before dates.cpp looks for one: whether a
// sentence may hold a date at all, by its bytes or by its tokens, and whether
// it has the words through which a publication date can add one. Each answers
// false only where the search would find nothing. Private to extract/.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "dates_relative.hpp"
#include "tokenizer.hpp"
#include "word_hash.hpp"

namespace orgkg::detail {

/// False when `sentence` holds no date find_sentence_date() reads, decided on
/// its bytes without tokenizing it.
[[nodiscard]] bool may_hold_date(std::string_view sentence);

/// Which words dates need a sentence has among its tokens.
struct DateWords {
  bool number = false;  ///< a number token
  bool month = false;   ///< a month name or abbreviation (month_from_name())
  bool unit = false;    ///< a relative date's unit (kRelativeDateUnits)

  /// may_hold_date() of the sentence: every date has a number or a month or
  /// a unit word.
  [[nodiscard]] bool may_hold() const { return number || month || unit; }
};

/// The date words of a sentence's tokens (tokenize(sentence)). Without a
/// unit, relative_date_at() finds nothing anywhere in the sentence; without a
/// unit or a month, find_sentence_date() finds the same with a publication
/// date as without.
[[nodiscard]] DateWords date_words(const std::vector<Token>& tokens);

/// The words after which dates.cpp reads a date ("in 2019", "since March").
inline constexpr std::string_view kDateOpeners[] = {"in", "on",     "since",      "from",
                                                    "of", "during", "throughout", "at"};

namespace date_screen_detail {
// A bit of 64 for a word's hash (Token::hash), picked by its spread hash.
constexpr std::uint64_t opener_bit(std::uint64_t hash) {
  return std::uint64_t{1} << (spread_word_hash(hash) >> 26);
}
// The bits of kDateOpeners: a token whose bit is not among them is none,
// told by a few instructions on its hash, not a comparison of its length
// with five lengths and of its letters with those of the words that length.
inline constexpr std::uint64_t kOpenerBits = [] {
  std::uint64_t bits = 0;
  for (std::string_view word : kDateOpeners) bits |= opener_bit(constant_word_hash(word));
  return bits;
}();
}  // namespace date_screen_detail

/// Whether dates.cpp can find a date opened at a token that does not open
/// its clause: one of kDateOpeners or, when `relative` (the sentence has a
/// unit word), the start of a relative date (may_start_relative_date()).
/// Inline: it is asked at every token of a clause.
[[nodiscard]] inline bool may_open_date(const Token& token, bool relative) {
  using date_screen_detail::kOpenerBits;
  using date_screen_detail::opener_bit;
  if ((kOpenerBits & opener_bit(token.hash)) != 0 && is_one_of(token.norm, kDateOpeners)) {
    return true;
  }
  return relative && may_start_relative_date(token);
}

/// month_from_name() of a token's norm (lower-case ASCII, tokenizer.hpp), by
/// one look-up of its hash in the table of date words, not by its letters.
[[nodiscard]] int month_of(const Token& token);

}  // namespace orgkg::detail
