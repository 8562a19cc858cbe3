// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The dates a sentence gives (find_date() and the year helpers of dates.hpp),
// and date_at() (date_tokens.hpp), which the header parser (header_dates.cpp)
// shares. Both work on tokenizer.hpp tokens, so "201610:03" (a year glued to a
// time) is the number token "201610" followed by ":" and "03".
#include "dates.hpp"

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

#include "date_screen.hpp"
#include "date_tokens.hpp"
#include "dates_relative.hpp"
#include "tokenizer.hpp"
#include "word_hash.hpp"

namespace orgkg::detail {
namespace {

// "the same year", "that year", "that same year" at token i: its length, 0
// when none.
std::size_t same_year_at(const Tokens& t, std::size_t i) {
  auto word = [&](std::size_t k, std::string_view w) { return k < t.size() && t[k].norm == w; };
  std::size_t n = word(i, "the") || word(i, "that") ? 1 : 0;
  if (n == 1 && word(i + 1, "same")) ++n;
  bool same = n == 2 || word(i, "that");
  return same && word(i + n, "year") ? n + 1 : 0;
}

// A day and a capitalised month without a year: "9 June", "June 9", "June";
// the year is `year`. `month` is month_at(t, i) and `next_month`
// month_at(t, i + 1) when token i is a day (is_number(t, i, 1, 2)), else 0.
std::optional<Date> month_without_year_at(const Tokens& t, std::size_t i, std::size_t& used,
                                          int year, int month, int next_month) {
  if (next_month != 0 && t[i + 1].capitalized) {
    used = 2;
    return Date::make(year, next_month, number(t, i, 2));
  }
  if (month == 0 || !t[i].capitalized) return std::nullopt;
  if (is_number(t, i + 1, 1, 2)) {
    used = 2;
    return Date::make(year, month, number(t, i + 1, 2));
  }
  used = 1;
  return Date::make(year, month);
}

}  // namespace

std::optional<Date> date_at(const Tokens& t, std::size_t i, std::size_t& used,
                            std::optional<int> context_year, std::optional<int> fallback_year) {
  const int month = month_at(t, i);
  const bool day = is_number(t, i, 1, 2);
  const int next_month = day ? month_at(t, i + 1) : 0;  // the month after a day
  if (context_year) {
    std::size_t of = month != 0 && i + 1 < t.size() && t[i + 1].norm == "of" ? 1 : 0;
    std::size_t month_words = month != 0 ? 1 + of : 0;
    if (std::size_t n = same_year_at(t, i + month_words)) {
      used = month_words + n;
      return month != 0 ? Date::make(*context_year, month) : Date::make(*context_year);
    }
    // "21 December of the same year"
    if (next_month != 0 && i + 2 < t.size() && t[i + 2].norm == "of") {
      if (std::size_t n = same_year_at(t, i + 3)) {
        used = 3 + n;
        return Date::make(*context_year, next_month, number(t, i, 2));
      }
    }
  }
  if (next_month != 0 && is_year(t, i + 2)) {
    used = 3;
    return Date::make(number(t, i + 2, 4), next_month, number(t, i, 2));
  }
  // A span of days, "26–27 November 2014": its first day.
  if (day) {
    std::size_t second = i + 1 < t.size() && t[i + 1].norm == "-" ? i + 2 : i + 1;
    bool span = second == i + 2 || (second < t.size() && t[second].hyphen_before);
    if (span && is_number(t, second, 1, 2) && month_at(t, second + 1) != 0 &&
        is_year(t, second + 2)) {
      used = second + 3 - i;
      return Date::make(number(t, second + 2, 4), month_at(t, second + 1), number(t, i, 2));
    }
  }
  if (month != 0) {
    std::size_t year = i + 2;
    if (year < t.size() && t[year].norm == ",") ++year;
    if (is_number(t, i + 1, 1, 2) && is_year(t, year)) {
      used = year + 1 - i;
      return Date::make(number(t, year, 4), month, number(t, i + 1, 2));
    }
    if (is_year(t, i + 1)) {
      used = 2;
      return Date::make(number(t, i + 1, 4), month);
    }
  }
  if (is_year(t, i)) {
    used = 1;
    return Date::make(number(t, i, 4));
  }
  return fallback_year ? month_without_year_at(t, i, used, *fallback_year, month, next_month)
                       : std::nullopt;
}

namespace {

// Whether date_at(t, i, used, context_year, fallback_year) may find a date:
// its every form opens on a number or a month word, or, with a context year
// (`same_year`), on "the" or "that".
bool may_start_date_at(const Tokens& t, std::size_t i, bool same_year) {
  if (i >= t.size()) return false;
  const Token& token = t[i];
  if (token.type == TokenType::Number) return true;
  if (same_year && (token.norm == "the" || token.norm == "that")) return true;
  return month_at(t, i) != 0;
}

// A year directly followed by a dash and another number is a range.
bool is_range(const Tokens& t, std::size_t i) {
  if (i + 1 >= t.size()) return false;
  if (t[i + 1].hyphen_before && t[i + 1].type == TokenType::Number) return true;
  return t[i + 1].norm == "-" && is_number(t, i + 2, 2, 4);
}

bool is_clause_opener(std::string_view word) {
  return word == "which" || word == "who" || word == "founded" || word == "established" ||
         word == "created" || word == "set" || word == "formed" || word == "launched";
}

// Inline: date_opened_at() asks it at every word that may open a date, and
// the call cost more than its two comparisons.
[[gnu::always_inline]] inline bool is_since(const Tokens& t, std::size_t i) {
  return t[i].norm == "since" || t[i].norm == "from";
}

// The date opened at token i of a clause whose first token is `first`:
// "in|on|since|from|as of [early|late|mid] DATE", a relative date (only when
// `relative`: the sentence has a unit word), or a full date or month and year
// opening the clause.
std::optional<SentenceDate> date_opened_at(const Tokens& t, std::size_t i, std::size_t first,
                                           const Date& published, std::optional<int> last_year,
                                           std::optional<int> earlier_year, bool relative) {
  std::string_view word = t[i].norm;
  std::size_t used = 0;
  if (auto date = relative ? relative_date_at(t, i, published, last_year, used) : std::nullopt) {
    return SentenceDate{*date, false};
  }
  bool opener = is_since(t, i) || word == "in" || word == "on" || word == "during" ||
                word == "throughout" || (word == "of" && i > 0 && t[i - 1].norm == "as");
  // "in the course of 1993", "at the end of 2019", "at the beginning of 1994":
  // a part of the year.
  const bool part_of =
      (word == "in" || word == "at") && i + 3 < t.size() && t[i + 1].norm == "the" &&
      (t[i + 2].norm == "course" || t[i + 2].norm == "end" || t[i + 2].norm == "beginning" ||
       t[i + 2].norm == "start" || t[i + 2].norm == "middle" || t[i + 2].norm == "turn") &&
      t[i + 3].norm == "of";
  if (word == "at" && !part_of) return std::nullopt;
  if (part_of) opener = true;
  // "the Dhaka Charter of 8 December 1985", "the summit of November 2022": a
  // date after "of" that names its month.
  const bool of_month = !opener && word == "of" && i != first;
  if (of_month) opener = true;
  if (!opener && i != first) return std::nullopt;
  std::size_t at = opener ? i + 1 : i;
  if (part_of) at = i + 4;
  if (at < t.size() && (t[at].norm == "early" || t[at].norm == "late" || t[at].norm == "mid")) ++at;
  // "in the autumn of 2008", "in spring 2019": the season's year.
  if (opener && at + 1 < t.size()) {
    std::size_t season = t[at].norm == "the" ? at + 1 : at;
    std::string_view w = t[season].norm;
    if (w == "spring" || w == "summer" || w == "autumn" || w == "winter") {
      at = season + 1;
      if (at < t.size() && t[at].norm == "of") ++at;
    }
  }
  // "since last year", "in March last year": a relative date after the opener.
  if (auto date =
          opener && relative ? relative_date_at(t, at, published, last_year, used) : std::nullopt) {
    return SentenceDate{*date, is_since(t, i)};
  }
  std::optional<int> fallback = last_year;
  if (!fallback && !published.empty()) fallback = published.year;
  // "the same year": this sentence's last year, else the one an earlier
  // sentence gave; a bare month ("in June") falls back on the publication's.
  std::optional<int> same_year = last_year ? last_year : earlier_year;
  // Every date date_at() reads opens on a number or a month, or on "the" or
  // "that" of "the same year": an opener followed by another word ("in the
  // meeting", "on Monday") is not asked.
  if (!may_start_date_at(t, at, same_year.has_value())) return std::nullopt;
  std::optional<Date> date = date_at(t, at, used, same_year, opener ? fallback : std::nullopt);
  // A bare year opening a clause is a number; a year range is no date.
  bool accepted =
      date && ((opener && !of_month) || date->has_month()) && !is_range(t, at + used - 1);
  if (!accepted) return std::nullopt;
  return SentenceDate{*date, is_since(t, i)};
}

}  // namespace

namespace {

// What find_date() needs of a sentence: whether it may hold a date at all
// and, when it may, its tokens.
struct SentenceTokens {
  std::string sentence;
  bool may_hold = false;
  TokenList tokens;  // tokenize(sentence): they point into the copy above
};

// The extractors ask for the dates of several facts (and list items) of one
// sentence in a row, and find_fact_date() asks twice, so what the last
// sentence gave is kept, per thread.
const SentenceTokens& sentence_tokens(std::string_view sentence) {
  thread_local SentenceTokens last;
  thread_local bool filled = false;
  if (!filled || sentence != last.sentence) {
    filled = false;  // until `last` is whole again
    last.sentence.assign(sentence);
    last.may_hold = may_hold_date(last.sentence);
    last.tokens = last.may_hold ? tokenize(last.sentence) : TokenList{};
    filled = true;
  }
  return last;
}

// word_hash(","): find_date() asks at every token whether it is a comma,
// by its hash first, which is false at nearly every token, not by its
// length, which is 1 at every other punctuation mark as well.
constexpr std::uint64_t kCommaHash = constant_word_hash(",");

// find_sentence_date() on the tokens of its sentence, with their date_words().
// Without a unit word no relative date is looked for: every one has one.
// Without a month word, the clause's first token is not asked unless it may
// open a date (may_open_date()): there, a word that opens none gives only a
// date that names its month.
std::optional<SentenceDate> find_date(const Tokens& t, std::size_t begin, std::size_t end,
                                      const Date& published, const DateWords& words,
                                      std::optional<int> earlier_year = std::nullopt) {
  const bool relative = words.unit;
  bool in_clause = false;
  std::optional<std::size_t> first;
  std::optional<int> last_year;
  for (std::size_t i = 0; i < t.size(); ++i) {
    std::optional<int> year = is_year(t, i) ? std::optional<int>(number(t, i, 4)) : std::nullopt;
    if (t[i].begin < begin || t[i].end > end) {  // outside: its years are context
      last_year = year.has_value() ? year : last_year;
      continue;
    }
    if (!first) first = i;
    // A date in a clause about something else (", which was founded in 2001,")
    // is not the date of the sentence's statement.
    if (t[i].hash == kCommaHash && t[i].norm.size() == 1) {  // ","
      // ", to|of|in which Ghana has belonged since 2006": a preposition first.
      std::size_t w = i + 1;
      if (w + 1 < t.size() && t[w + 1].norm == "which" &&
          (t[w].norm == "to" || t[w].norm == "of" || t[w].norm == "in" || t[w].norm == "with")) {
        ++w;
      }
      in_clause = !in_clause && w < t.size() && is_clause_opener(t[w].norm);
    } else if (!in_clause && ((i == *first && words.month) || may_open_date(t[i], relative))) {
      if (auto date = date_opened_at(t, i, *first, published, last_year, earlier_year, relative)) {
        return date;
      }
    }
    last_year = year.has_value() ? year : last_year;
  }
  return std::nullopt;
}

// find_fact_date() on the tokens of its sentence: an explicit date, else a
// relative one resolved against `published`. Without a month or a unit word
// the second pass would find nothing the first did not.
std::optional<SentenceDate> fact_date(const Tokens& tokens, std::size_t begin, std::size_t end,
                                      const Date& published, const DateWords& words,
                                      std::optional<int> earlier_year = std::nullopt) {
  if (auto explicit_date = find_date(tokens, begin, end, Date{}, words, earlier_year)) {
    return explicit_date;
  }
  if (published.empty() || !(words.month || words.unit)) return std::nullopt;
  return find_date(tokens, begin, end, published, words, earlier_year);
}

}  // namespace

std::optional<SentenceDate> find_sentence_date(std::string_view sentence, std::size_t begin,
                                               std::size_t end, const Date& published) {
  const SentenceTokens& tokens = sentence_tokens(sentence);
  if (!tokens.may_hold) return std::nullopt;
  return find_date(tokens.tokens, begin, end, published, date_words(tokens.tokens));
}

std::optional<SentenceDate> find_fact_date(std::string_view sentence, std::size_t begin,
                                           std::size_t end, const Date& published) {
  const SentenceTokens& tokens = sentence_tokens(sentence);
  if (!tokens.may_hold) return std::nullopt;
  return fact_date(tokens.tokens, begin, end, published, date_words(tokens.tokens));
}

std::optional<SentenceDate> find_fact_date(std::string_view /*sentence*/, const Tokens& tokens,
                                           std::size_t begin, std::size_t end,
                                           const Date& published) {
  return find_fact_date(tokens, begin, end, published, date_words(tokens));
}

std::optional<SentenceDate> find_fact_date(const Tokens& tokens, std::size_t begin, std::size_t end,
                                           const Date& published, const DateWords& words,
                                           std::optional<int> earlier_year) {
  if (!words.may_hold()) return std::nullopt;
  return fact_date(tokens, begin, end, published, words, earlier_year);
}

bool names_same_year(const Tokens& tokens) {
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (same_year_at(tokens, i) != 0) return true;
  }
  return false;
}

std::optional<int> last_year_in(const Tokens& tokens) {
  for (std::size_t i = tokens.size(); i-- > 0;) {
    if (is_year(tokens, i)) return number(tokens, i, 4);
  }
  return std::nullopt;
}

}  // namespace orgkg::detail
