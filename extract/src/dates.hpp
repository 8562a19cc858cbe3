// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Dates as statements write them: the header line of a document and the
// dates a sentence gives for what it states, explicit or relative to the
// publication date. Pure and thread-safe.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "date_screen.hpp"
#include "orgkg/graph/date.hpp"
#include "tokenizer.hpp"

namespace orgkg::detail {

/// The English month names in lower case, January first.
inline constexpr std::array<std::string_view, 12> kMonthNames{
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

/// std::stoi(std::string(digits)) without building the string: the value of
/// the digits `digits` starts with (a number token's norm, or a prefix of
/// one). Anything else (no leading digit, over nine bytes) goes to std::stoi
/// itself, and throws as it does.
[[nodiscard]] int leading_number(std::string_view digits);

/// 1-12 for an English month name or its abbreviation ("May", "Sept", "oct");
/// 0 otherwise.
[[nodiscard]] int month_from_name(std::string_view word);

/// The date of a header line: "27 April 201610:03", "12 October 2021 11:38",
/// "2021-10-12", "October 12, 2021" (a weekday before and a time after are
/// allowed, and a label before them: "Published:", "Posted on", "Date:",
/// "Dated", "Issued", "Released" with "on" or a colon). nullopt when the
/// line is anything else.
[[nodiscard]] std::optional<Date> parse_header_date(std::string_view line);

/// A date as metadata writes it: ISO 8601 at any precision, with a time
/// and zone after a 'T' or a space ("2021-10-12T11:38:00+03:00"), or a
/// header date (parse_header_date()). nullopt for anything else.
[[nodiscard]] std::optional<Date> parse_date_value(std::string_view value);

/// An explicit date a sentence gives: "in 2014", "In May 2014", "since
/// 2017", "in early 2016", "on 5 October 2021", "from October 5, 2021", a full
/// date or a month and year opening the clause ("September 2012 saw ...");
/// "in August of the same year", "in that year" take the last year the
/// sentence named before. With a publication date, also "on 9 June" / "in
/// June" (the year named before, else the publication year) and the relative
/// dates of dates_relative.hpp ("last year", "two years ago", "yesterday",
/// "later this month", "the previous year"). `since` is set for "since" and
/// "from". Year ranges ("2016–2018") are not dates of a fact; weekdays
/// ("on Monday") and "last week" are not resolved.
struct SentenceDate {
  Date date;
  bool since = false;
};

/// The first date in bytes [begin, end) of `sentence` (the clause that states
/// a fact), or nullopt. Dates in a clause set off by a comma and opened by
/// "which", "founded", ... are about something else and skipped. `published`
/// is the document's publication date; when empty, dates that need it (the
/// relative ones, a day and month without a year) are not resolved.
[[nodiscard]] std::optional<SentenceDate> find_sentence_date(
    std::string_view sentence, std::size_t begin = 0, std::size_t end = std::string_view::npos,
    const Date& published = Date{});

/// find_sentence_date() for the date of a fact: an explicit date in the clause
/// ("on 29 May 2014") beats a relative one ("Ten years ago", "last year"),
/// which is resolved against `published`.
[[nodiscard]] std::optional<SentenceDate> find_fact_date(std::string_view sentence,
                                                         std::size_t begin, std::size_t end,
                                                         const Date& published);
/// The same with the sentence already tokenized: `tokens` must be
/// tokenize(sentence) (the analysis keeps them), so it is not tokenized again.
[[nodiscard]] std::optional<SentenceDate> find_fact_date(std::string_view sentence,
                                                         const std::vector<Token>& tokens,
                                                         std::size_t begin, std::size_t end,
                                                         const Date& published);
/// The same with the sentence's date_words(tokens) at hand too (a caller
/// asking about several clauses of a sentence finds them once), and the year
/// an earlier sentence of the document gave, for "(21 December of) the same
/// year" when this sentence names none.
[[nodiscard]] std::optional<SentenceDate> find_fact_date(
    const std::vector<Token>& tokens, std::size_t begin, std::size_t end, const Date& published,
    const DateWords& words, std::optional<int> earlier_year = std::nullopt);

/// Whether the tokens say "the same year", "that (same) year".
[[nodiscard]] bool names_same_year(const std::vector<Token>& tokens);

/// The last year the tokens name ("1991" of "on 8 December 1991"), if any.
[[nodiscard]] std::optional<int> last_year_in(const std::vector<Token>& tokens);

}  // namespace orgkg::detail
