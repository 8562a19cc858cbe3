// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Date: a calendar date known to the precision a text gives it: a year
// ("2014"), a month ("2014-05") or a day ("2014-05-21"). Dates are totally
// ordered; a less precise date sorts before the more precise ones it contains
// (2014 < 2014-01 < 2014-01-01), so a year counts as its earliest moment.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace orgkg {

struct Date {
  int year = 0;   ///< 0 means "no date"
  int month = 0;  ///< 1-12, or 0 when only the year is known
  int day = 0;    ///< 1-31, or 0 when the day is not known

  [[nodiscard]] bool empty() const noexcept { return year == 0; }
  [[nodiscard]] bool has_month() const noexcept { return month != 0; }
  [[nodiscard]] bool has_day() const noexcept { return day != 0; }

  /// ISO 8601 at the known precision: "2014", "2014-05" or "2014-05-21"; "" when empty.
  [[nodiscard]] std::string to_iso() const;

  /// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a year of 1000-9999, a real
  /// month and day of that month). nullopt for anything else.
  [[nodiscard]] static std::optional<Date> parse_iso(std::string_view text);

  /// Builds a date, checking it as parse_iso does. nullopt when invalid.
  [[nodiscard]] static std::optional<Date> make(int year, int month = 0, int day = 0);

  friend auto operator<=>(const Date&, const Date&) = default;
  friend bool operator==(const Date&, const Date&) = default;
};

/// Days in `month` of `year` (Gregorian), 0 for a month outside 1-12.
[[nodiscard]] int days_in_month(int year, int month);

}  // namespace orgkg
