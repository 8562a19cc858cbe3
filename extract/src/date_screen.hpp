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

/// may_hold_date() on the sentence's tokens (tokenize(sentence)).
[[nodiscard]] bool tokens_may_hold_date(const std::vector<Token>& tokens);

/// Which words that dates need a sentence has among its tokens' norms.
struct DateWords {
  bool month = false;  ///< a month name or abbreviation (month_from_name())
  bool unit = false;   ///< a relative date's unit (kRelativeDateUnits)
};
/// The date words of the tokens. Without a unit, relative_date_at() finds
/// nothing anywhere in the sentence; without a unit or a month,
/// find_sentence_date() finds the same with a publication date as without.
[[nodiscard]] DateWords date_words(const std::vector<Token>& tokens);

}  // namespace orgkg::detail
