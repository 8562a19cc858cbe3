// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// item_dates(): the dates of a list's items, each read from the words right
// after it, or from "... in 1999 and 1997 respectively" after the list.
#include "list_item_dates.hpp"

#include <algorithm>
#include <string>
#include <utility>

#include "list_phrases.hpp"

namespace orgkg::detail {
namespace {

// The units of a date an item carries: "(since 2003)" or "in 2020" right
// after unit p; {p + 1, p + 1} when there is none.
std::pair<std::size_t, std::size_t> item_date_units(const Units& u, std::size_t p) {
  std::size_t q = p + 1;
  if (is(u, q, {"("})) {
    for (std::size_t j = q + 1; j < u.size() && j < q + 6; ++j) {
      if (is(u, j, {")"})) return {q, j + 1};
    }
  } else if (is(u, q, {"in", "since"}) && is_date_word(u, q + 1)) {
    std::size_t end = q + 2;
    while (end < q + 5 && is_date_word(u, end)) ++end;
    return {q, end};
  }
  return {q, q};
}

// "A and B were admitted in 1999 and 1997 respectively": one date per item,
// in order, between the list and "respectively". Empty unless the counts
// match.
ItemDates respective_dates(const Units& u, const ListFinding& finding) {
  std::size_t end = finding.list_end;
  while (end < u.size() && end < finding.list_end + 24 && !is(u, end, {"respectively"})) {
    if (is(u, end, {".", ";"})) return {};
    ++end;
  }
  if (!is(u, end, {"respectively"})) return {};
  ItemDates dates;
  int month = 0;
  for (std::size_t j = finding.list_end; j < end; ++j) {
    const std::string word(u[j].norm);
    if (u[j].mention != nullptr) continue;
    if (int m = month_from_name(word); m != 0 && u[j].capitalized) month = m;
    bool year = word.size() == 4 &&
                std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!year) continue;
    std::optional<Date> date = Date::make(std::stoi(word), month);
    if (!date) return {};
    dates.push_back(SentenceDate{*date, false});
    month = 0;
  }
  return dates.size() == finding.items.size() ? dates : ItemDates{};
}

}  // namespace

// Dates given item by item ("A (since 1998), B (since 2003)", "A in 2017
// and B in 2020", or "... in 2017 and 2020 respectively"); a date after an item covers the undated
// items before it back to the previous dated one ("Laos and Myanmar in 1997"). Empty (no
// allocation, the common case) unless at least two items carry dates of their own; else one per
// item.
ItemDates item_dates(const Units& u, const ListFinding& finding, std::size_t base,
                     ClauseDates& clause_dates) {
  // Every date has a number, a month or a unit word, and the "respectively"
  // dates are years: most lists' sentences are passed at once.
  const DateWords& words = clause_dates.words();
  if (!words.may_hold()) return {};
  ItemDates dates;  // sized at the first item that carries a date
  std::size_t own = 0;
  std::size_t p = finding.list_begin;
  for (std::size_t k = 0; k < finding.items.size(); ++k) {
    while (p < u.size() && u[p].mention != finding.items[k]) ++p;
    if (p >= u.size()) return {};
    auto [first, last] = item_date_units(u, p);
    if (first >= last) continue;
    std::optional<SentenceDate> date =
        clause_dates.find(u[first].begin - base, u[last - 1].end - base);
    if (!date) continue;
    if (dates.empty()) dates.resize(finding.items.size());
    dates[k] = date;
    ++own;
  }
  if (own < 2) return words.number ? respective_dates(u, finding) : ItemDates{};
  for (std::size_t k = dates.size() - 1; k-- > 0;) {
    if (!dates[k] && dates[k + 1]) dates[k] = dates[k + 1];
  }
  return dates;
}

}  // namespace orgkg::detail
