// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Each expression is a short token pattern tried at one position; the
// patterns are few and fixed, so plain code reads better than a table of
// token lists. A pattern that needs an anchor the caller does not have
// (no publication date, no earlier year) gives nothing rather than a guess.
#include "dates_relative.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

#include "date_screen.hpp"
#include "dates.hpp"

namespace orgkg::detail {
namespace {

using Tokens = std::vector<Token>;

bool word(const Tokens& t, std::size_t i, std::string_view w) {
  return i < t.size() && t[i].norm == w;
}

// The count words, "a" counting one like "one".
constexpr std::string_view kCountWords[] = {"a",   "one",   "two",   "three", "four", "five",
                                            "six", "seven", "eight", "nine",  "ten"};

// "a", "an", "one" ... "ten" or a number 1-99: the count; 0 when none.
int count_at(const Tokens& t, std::size_t i) {
  if (i >= t.size()) return 0;
  if (t[i].norm == "an") return 1;
  for (std::size_t n = 0; n < std::size(kCountWords); ++n) {
    if (t[i].norm == kCountWords[n]) return n == 0 ? 1 : static_cast<int>(n);
  }
  if (t[i].type == TokenType::Number && t[i].norm.size() <= 2) return leading_number(t[i].norm);
  return 0;
}

enum class Unit { None, Year, Month, Day };

Unit unit_at(const Tokens& t, std::size_t i) {
  if (word(t, i, "year") || word(t, i, "years")) return Unit::Year;
  if (word(t, i, "month") || word(t, i, "months")) return Unit::Month;
  if (word(t, i, "day") || word(t, i, "days")) return Unit::Day;
  return Unit::None;
}

std::optional<Date> shift(const Date& anchor, Unit unit, int amount) {
  if (anchor.empty()) return std::nullopt;
  switch (unit) {
    case Unit::Year:
      return Date::make(anchor.year + amount);
    case Unit::Month: {
      if (!anchor.has_month()) return std::nullopt;
      int months = anchor.year * 12 + (anchor.month - 1) + amount;
      return Date::make(months / 12, months % 12 + 1);
    }
    case Unit::Day:
      if (!anchor.has_day()) return std::nullopt;
      return add_days(anchor, amount);
    case Unit::None:
      break;
  }
  return std::nullopt;
}

// "last|this|next year|month", not after "the", "past" or "coming" (periods).
std::optional<Date> deictic_at(const Tokens& t, std::size_t i, const Date& published,
                               std::size_t& used) {
  int step = word(t, i, "last") ? -1 : word(t, i, "this") ? 0 : word(t, i, "next") ? 1 : 2;
  if (step == 2) return std::nullopt;
  Unit unit = unit_at(t, i + 1);
  if ((unit != Unit::Year && unit != Unit::Month) || t[i + 1].norm.back() == 's') {
    return std::nullopt;
  }
  if (i > 0 && (word(t, i - 1, "the") || word(t, i - 1, "past") || word(t, i - 1, "coming"))) {
    return std::nullopt;
  }
  used = 2;
  return shift(published, unit, step);
}

// "yesterday", "today", "tomorrow", "the day before yesterday".
std::optional<Date> day_word_at(const Tokens& t, std::size_t i, const Date& published,
                                std::size_t& used) {
  if (word(t, i, "the") && word(t, i + 1, "day") && word(t, i + 2, "before") &&
      word(t, i + 3, "yesterday")) {
    used = 4;
    return shift(published, Unit::Day, -2);
  }
  int step = word(t, i, "yesterday")  ? -1
             : word(t, i, "today")    ? 0
             : word(t, i, "tomorrow") ? 1
                                      : 2;
  if (step == 2 || published.empty()) return std::nullopt;
  used = 1;
  return step == 0 ? std::optional<Date>(published) : shift(published, Unit::Day, step);
}

// "N years|months|days ago" (from `published`), "N years later" (from the
// context year).
std::optional<Date> counted_at(const Tokens& t, std::size_t i, const Date& published,
                               std::optional<int> context_year, std::size_t& used) {
  int count = count_at(t, i);
  if (count == 0) return std::nullopt;
  Unit unit = unit_at(t, i + 1);
  if (unit == Unit::None) return std::nullopt;
  bool plural = t[i + 1].norm.back() == 's';
  if (plural != (count > 1)) return std::nullopt;
  used = 3;
  if (word(t, i + 2, "ago")) return shift(published, unit, -count);
  if (word(t, i + 2, "later") && unit == Unit::Year && context_year) {
    return Date::make(*context_year + count);
  }
  return std::nullopt;
}

// "the previous|preceding|following year", "the year before|after".
std::optional<Date> anaphoric_at(const Tokens& t, std::size_t i, const Date& published,
                                 std::optional<int> context_year, std::size_t& used) {
  if (!word(t, i, "the")) return std::nullopt;
  int step = 0;
  if (word(t, i + 2, "year") && (word(t, i + 1, "previous") || word(t, i + 1, "preceding"))) {
    step = -1;
  } else if (word(t, i + 2, "year") && (word(t, i + 1, "following") || word(t, i + 1, "next"))) {
    step = 1;
  } else if (word(t, i + 1, "year") && (word(t, i + 2, "before") || word(t, i + 2, "after"))) {
    step = word(t, i + 2, "before") ? -1 : 1;
  }
  if (step == 0) return std::nullopt;
  used = 3;
  if (context_year) return Date::make(*context_year + step);
  // With no year named before, "the previous year" is the one before writing;
  // "the next year" is then a period ("over the next year"), not a date.
  if (step < 0 && !published.empty()) return Date::make(published.year - 1);
  return std::nullopt;
}

std::optional<Date> year_expression_at(const Tokens& t, std::size_t i, const Date& published,
                                       std::optional<int> context_year, std::size_t& used) {
  if (auto date = deictic_at(t, i, published, used)) return date;
  if (auto date = day_word_at(t, i, published, used)) return date;
  if (auto date = counted_at(t, i, published, context_year, used)) return date;
  return anaphoric_at(t, i, published, context_year, used);
}

}  // namespace

// Each pattern of year_expression_at() opens with one of these words or a
// count (count_at()); a capitalised month name opens "March last year".
bool may_start_relative_date(const Token& token) {
  static constexpr std::string_view kOpeners[] = {"last",      "this",  "next",     "the",
                                                  "yesterday", "today", "tomorrow", "an"};
  if (token.type == TokenType::Number) return token.norm.size() <= 2;
  // Unrolled on constants (is_one_of()): find_date() asks at every token of a clause.
  return is_one_of(token.norm, kOpeners) || is_one_of(token.norm, kCountWords) ||
         (token.capitalized && month_of(token) != 0);
}

// unit_at() reads the first six, and day_word_at() the last three.
bool is_relative_date_unit(std::string_view word) {
  return std::find(kRelativeDateUnits.begin(), kRelativeDateUnits.end(), word) !=
         kRelativeDateUnits.end();
}

std::optional<Date> relative_date_at(const Tokens& t, std::size_t i, const Date& published,
                                     std::optional<int> context_year, std::size_t& used) {
  if (i >= t.size()) return std::nullopt;
  // "March last year", "March of the previous year": that month of that year.
  int month = t[i].capitalized ? month_of(t[i]) : 0;
  if (month != 0) {
    std::size_t at = i + 1 + (word(t, i + 1, "of") ? 1 : 0);
    std::size_t inner = 0;
    std::optional<Date> year = year_expression_at(t, at, published, context_year, inner);
    if (!year || year->has_month()) return std::nullopt;
    used = at - i + inner;
    return Date::make(year->year, month);
  }
  std::size_t inner = 0;
  std::optional<Date> date = year_expression_at(t, i, published, context_year, inner);
  if (date) used = inner;
  return date;
}

Date add_days(Date date, int days) {
  if (!date.has_day()) return date;
  while (days < 0) {
    if (--date.day == 0) {
      if (--date.month == 0) {
        date.month = 12;
        --date.year;
      }
      date.day = days_in_month(date.year, date.month);
    }
    ++days;
  }
  while (days > 0) {
    if (++date.day > days_in_month(date.year, date.month)) {
      date.day = 1;
      if (++date.month == 13) {
        date.month = 1;
        ++date.year;
      }
    }
    --days;
  }
  return date;
}

}  // namespace orgkg::detail
