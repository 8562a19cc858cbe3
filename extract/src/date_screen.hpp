// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Cheap tests that rule dates out before dates.cpp looks for one: whether a
// sentence may hold a date at all, by its bytes or by its tokens, and whether
// it has the words through which a publication date can add one. Each answers
// false only where the search would find nothing. Private to extract/.
#pragma once

#include <string_view>
#include <vector>

#include "tokenizer.hpp"

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

/// month_from_name() of a token's norm (lower-case ASCII, tokenizer.hpp), by
/// one look-up of its hash in the table of date words, not by its letters.
[[nodiscard]] int month_of(const Token& token);

}  // namespace orgkg::detail
