// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Dates as statements write them: the header line of a document and the
// explicit dates a sentence gives for what it states.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "orgkg/graph/date.hpp"

namespace orgkg::detail {

/// 1-12 for an English month name or its abbreviation ("May", "Sept", "oct");
/// 0 otherwise.
[[nodiscard]] int month_from_name(std::string_view word);

/// The date of a header line: "27 April 201610:03", "12 October 2021 11:38",
/// "2021-10-12", "October 12, 2021" (a weekday before and a time after are
/// allowed). nullopt when the line is anything else.
[[nodiscard]] std::optional<Date> parse_header_date(std::string_view line);

/// An explicit date a sentence gives: "in 2014", "In May 2014", "since
/// 2017", "on 5 October 2021", "from October 5, 2021", or a full date opening
/// the sentence; "in August of the same year", "in that year" take the last
/// year the sentence named before. `since` is set for "since"/"from". Year
/// ranges ("2016–2018") are not dates of a fact.
struct SentenceDate {
  Date date;
  bool since = false;
};

/// The first explicit date in bytes [begin, end) of `sentence` (the clause
/// that states a fact), or nullopt. Dates in a clause set off by a comma and
/// opened by "which", "founded", ... are about something else and skipped.
[[nodiscard]] std::optional<SentenceDate> find_sentence_date(
    std::string_view sentence, std::size_t begin = 0, std::size_t end = std::string_view::npos);

}  // namespace orgkg::detail
