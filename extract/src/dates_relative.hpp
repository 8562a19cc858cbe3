// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Dates a sentence states relative to when it was written ("last year",
// "two years ago", "yesterday") or to a year it named before ("the following
// year"). Only expressions with one safe reading are resolved: "on Monday",
// "last week", "recently" and seasons are not (the day or its direction is
// unknown, or the precision has no ISO form). Used by find_sentence_date();
// private to extract/.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "orgkg/graph/date.hpp"
#include "tokenizer.hpp"

namespace orgkg::detail {

/// The relative date starting at token `i` of `t`, or nullopt; `used` gets the
/// number of tokens it spans. `published` (empty when unknown) anchors
/// "last/this/next year|month", "N years|months|days ago", "yesterday",
/// "today", "tomorrow", "the day before yesterday" and "the previous year";
/// `context_year` (the last year the sentence named) anchors "the following
/// year", "N years later" and, before `published`, "the previous year". A
/// month name may lead: "in March last year" -> that March. "the last year",
/// "the past year", "the next year" are periods, not dates, and give nothing.
/// The result has the precision of the expression (year, month or day).
[[nodiscard]] std::optional<Date> relative_date_at(const std::vector<Token>& t, std::size_t i,
                                                   const Date& published,
                                                   std::optional<int> context_year,
                                                   std::size_t& used);

/// False when no relative date can start at `token`, whatever the tokens
/// after it and the anchors: relative_date_at() then gives nothing there. A
/// cheap test on one token, so callers can skip most words of a sentence.
[[nodiscard]] bool may_start_relative_date(const Token& token);

/// The words of which every relative date has one (in lower case): without
/// one among the tokens, relative_date_at() gives nothing.
inline constexpr std::array<std::string_view, 9> kRelativeDateUnits{
    "year", "years", "month", "months", "day", "days", "today", "yesterday", "tomorrow"};

/// True for a word of kRelativeDateUnits.
[[nodiscard]] bool is_relative_date_unit(std::string_view word);

/// `date` moved by `days` days (negative: back). Needs a full date; other
/// dates are returned unchanged.
[[nodiscard]] Date add_days(Date date, int days);

}  // namespace orgkg::detail
