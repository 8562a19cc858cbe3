// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/graph/date.hpp"

#include <cstdio>

namespace orgkg {
namespace {

// Reads exactly `width` ASCII digits; -1 when any is not a digit.
int read_digits(std::string_view text, std::size_t width) {
  if (text.size() < width) return -1;
  int value = 0;
  for (std::size_t i = 0; i < width; ++i) {
    char c = text[i];
    if (c < '0' || c > '9') return -1;
    value = value * 10 + (c - '0');
  }
  return value;
}

// Writes `value` (non-negative, at most `width` digits) as exactly `width`
// digits, zero-padded, at text[pos].
void put_digits(std::string& text, std::size_t pos, int value, std::size_t width) {
  for (std::size_t i = width; i-- > 0; value /= 10)
    text[pos + i] = static_cast<char>('0' + value % 10);
}

}  // namespace

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::optional<Date> Date::make(int year, int month, int day) {
  if (year < 1000 || year > 9999) return std::nullopt;
  if (month == 0 && day != 0) return std::nullopt;
  if (month != 0 && (month < 1 || month > 12)) return std::nullopt;
  if (day != 0 && (day < 1 || day > days_in_month(year, month))) return std::nullopt;
  return Date{year, month, day};
}

std::optional<Date> Date::parse_iso(std::string_view text) {
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return std::nullopt;
  int year = read_digits(text, 4);
  int month = 0;
  int day = 0;
  if (year < 0) return std::nullopt;
  if (text.size() >= 7) {
    if (text[4] != '-') return std::nullopt;
    month = read_digits(text.substr(5), 2);
    if (month < 0) return std::nullopt;
  }
  if (text.size() == 10) {
    if (text[7] != '-') return std::nullopt;
    day = read_digits(text.substr(8), 2);
    if (day < 0) return std::nullopt;
  }
  return make(year, month, day);
}

std::string Date::to_iso() const {
  if (empty()) return {};
  // Years of four digits and two-digit months and days, all a Date made by
  // make() or parse_iso() can hold, are spelt by hand; anything else by
  // snprintf() below, which spells the same for these.
  if (year > 0 && year <= 9999 && month >= 0 && month <= 99 && day >= 0 && day <= 99) {
    std::string iso = "0000-00-00";
    put_digits(iso, 0, year, 4);
    put_digits(iso, 5, month, 2);
    put_digits(iso, 8, day, 2);
    iso.resize(has_day() ? 10 : has_month() ? 7 : 4);
    return iso;
  }
  char buffer[16];
  if (has_day()) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  } else if (has_month()) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
  } else {
    std::snprintf(buffer, sizeof buffer, "%04d", year);
  }
  return buffer;
}

}  // namespace orgkg
