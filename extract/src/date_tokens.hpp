// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The token-level pieces both date parsers share (dates.cpp reads a
// sentence's dates, header_dates.cpp a document's date line): what a number,
// a year and a month are among tokenizer.hpp tokens, and date_at(), the
// reading of one date at a token. Private to the two parsers.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "dates.hpp"
#include "orgkg/graph/date.hpp"
#include "tokenizer.hpp"

namespace orgkg::detail {

using Tokens = std::vector<Token>;

inline bool is_number(const Tokens& t, std::size_t i, std::size_t min_len, std::size_t max_len) {
  return i < t.size() && t[i].type == TokenType::Number && t[i].norm.size() >= min_len &&
         t[i].norm.size() <= max_len;
}

inline int number(const Tokens& t, std::size_t i, std::size_t length) {
  return leading_number(t[i].norm.substr(0, length));
}

// A year token: four digits, or four digits glued to an hour ("201610" + ":").
inline bool is_year(const Tokens& t, std::size_t i) {
  if (is_number(t, i, 4, 4)) return true;
  return is_number(t, i, 5, 6) && i + 1 < t.size() && t[i + 1].norm == ":";
}

inline int month_at(const Tokens& t, std::size_t i) {
  return i < t.size() && t[i].type == TokenType::Word ? month_of(t[i]) : 0;
}

// A date starting at token i: "12 October 2021", "October 12, 2021",
// "October 2021" or "2021"; with `context_year`, also "August of the same
// year" and "the same year"; with `fallback_year`, also "9 June", "June 9"
// and "June" in that year. `used` gets the number of tokens consumed. The
// months of tokens i and i + 1 are looked up once each (month_of() is a
// call and a table look-up), the latter only after a day.
[[nodiscard]] std::optional<Date> date_at(const Tokens& t, std::size_t i, std::size_t& used,
                                          std::optional<int> context_year = std::nullopt,
                                          std::optional<int> fallback_year = std::nullopt);

}  // namespace orgkg::detail
