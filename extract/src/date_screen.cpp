// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "date_screen.hpp"

#include <array>
#include <cstddef>

#include "dates.hpp"
#include "dates_relative.hpp"

namespace orgkg::detail {
namespace {

using Tokens = std::vector<Token>;

// Which two lower-case letters start a month name (and so its abbreviation)
// or a relative date's unit, indexed [first - 'a'][second - 'a'].
constexpr auto kDateWordStarts = [] {
  std::array<std::array<bool, 26>, 26> starts{};
  auto mark = [&starts](std::string_view word) { starts[word[0] - 'a'][word[1] - 'a'] = true; };
  for (std::string_view month : kMonthNames) mark(month);
  for (std::string_view unit : kRelativeDateUnits) mark(unit);
  return starts;
}();

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

// True for a word in lower-case ASCII that is a month (month_from_name()) or
// a relative date's unit (is_relative_date_unit()), all of three letters or
// more; most words are told apart by their first two.
bool is_date_word(std::string_view word) {
  return word.size() >= 3 && is_lower(word[0]) && is_lower(word[1]) &&
         kDateWordStarts[word[0] - 'a'][word[1] - 'a'] &&
         (month_from_name(word) != 0 || is_relative_date_unit(word));
}

}  // namespace

// False when `sentence` holds no date find_sentence_date() reads, decided on
// its bytes without tokenizing it (about half the sentences asked about have
// none). Every date has a number token, made of ASCII digits, or a token
// whose norm is a date word. A token's norm only loses dots ("M.a.y") and
// folds Latin letters (U+00C0-U+017F: lead bytes 0xC3-0xC5), so without
// those, a word token made of letters is a whole run of ASCII letters in the
// text.
bool may_hold_date(std::string_view sentence) {
  constexpr std::size_t kLongest = 9;  // "september", "yesterday"
  std::array<char, kLongest> word{};   // the run of letters so far, lowered
  std::size_t length = 0;              // its length; past kLongest it is no date word
  auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    char c = sentence[i];
    auto byte = static_cast<unsigned char>(c);
    if ((c >= '0' && c <= '9') || (byte >= 0xC3 && byte <= 0xC5)) return true;
    if (is_letter(c)) {
      if (length < kLongest) {
        word[length] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
      }
      ++length;
      continue;
    }
    if (length <= kLongest && is_date_word(std::string_view(word.data(), length))) return true;
    length = 0;
    bool dotted = c == '.' && i > 0 && i + 1 < sentence.size() && is_letter(sentence[i - 1]) &&
                  is_letter(sentence[i + 1]);
    if (dotted) return true;  // "U.S.": a word of single letters and dots
  }
  return length <= kLongest && is_date_word(std::string_view(word.data(), length));
}

DateWords date_words(const Tokens& tokens) {
  // may_hold_date() rests on every date having a number token or a token
  // whose norm is a date word; asked of the tokens themselves, this costs a
  // few instructions a token, not a dozen a byte. Norms are in ASCII lower
  // case (tokenizer.hpp), so a month's or a unit's starts with two letters.
  DateWords words;
  for (const Token& token : tokens) {
    if (token.type == TokenType::Number) {
      words.number = true;
      continue;
    }
    if (!is_date_word(token.norm)) continue;
    if (is_relative_date_unit(token.norm)) {
      words.unit = true;
    } else {
      words.month = true;
    }
  }
  return words;
}

}  // namespace orgkg::detail
