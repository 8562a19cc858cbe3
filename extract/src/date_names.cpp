// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The words dates are read from: month names and their abbreviations, and
// the number a run of digits opens (dates.hpp).
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "dates.hpp"

namespace orgkg::detail {

int leading_number(std::string_view digits) {
  auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  constexpr std::size_t kSafe = 9;  // nine digits never overflow an int
  if (digits.empty() || !is_digit(digits[0]) || digits.size() > kSafe) {
    return std::stoi(std::string(digits));
  }
  int value = 0;
  for (std::size_t i = 0; i < digits.size() && is_digit(digits[i]); ++i) {
    value = value * 10 + (digits[i] - '0');
  }
  return value;
}

namespace {

// Which two lower-case letters start a month name (and so its
// abbreviations), indexed [first - 'a'][second - 'a'].
constexpr auto kMonthStarts = [] {
  std::array<std::array<bool, 26>, 26> starts{};
  for (std::string_view month : kMonthNames) starts[month[0] - 'a'][month[1] - 'a'] = true;
  return starts;
}();

constexpr char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

int month_from_name(std::string_view word) {
  // Most words are no month: those of another length, or whose first two
  // letters start none, are rejected before any work is done, and the rest
  // are lowered into a buffer on the stack.
  constexpr std::size_t kLongest = 9;  // "september"
  if (word.size() < 3 || word.size() > kLongest) return 0;
  char first = ascii_lower(word[0]);
  char second = ascii_lower(word[1]);
  if (first < 'a' || first > 'z' || second < 'a' || second > 'z' ||
      !kMonthStarts[first - 'a'][second - 'a']) {
    return 0;
  }
  std::array<char, kLongest> buffer{};
  for (std::size_t i = 0; i < word.size(); ++i) {
    buffer[i] = ascii_lower(word[i]);
  }
  std::string_view lower(buffer.data(), word.size());
  for (std::size_t m = 0; m < kMonthNames.size(); ++m) {
    if (kMonthNames[m][0] != lower[0]) continue;  // most words and months part here
    if (lower == kMonthNames[m]) return static_cast<int>(m) + 1;
    // Abbreviations: three letters ("Jan"), and "Sept".
    if (lower.size() == 3 && kMonthNames[m].substr(0, 3) == lower && lower != "may") {
      return static_cast<int>(m) + 1;
    }
  }
  return lower == "sept" ? 9 : 0;
}

}  // namespace orgkg::detail
