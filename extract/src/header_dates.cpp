// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// A document's date line (parse_header_date()) and a date as metadata gives
// it (parse_date_value()): a date with its day, between an optional label
// and weekday and an optional time. The date itself is read as in sentences
// (date_tokens.hpp).
#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>

#include "date_tokens.hpp"
#include "dates.hpp"
#include "tokenizer.hpp"

namespace orgkg::detail {
namespace {

bool is_weekday(std::string_view word) {
  static constexpr std::array<std::string_view, 7> kDays{
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (std::string_view day : kDays) {
    if (word == day) return true;
  }
  return false;
}

// Past the label a page may put before its date ("Published:", "Posted on",
// "Date:", "Issued on:"): the token after it, or `i` when there is none. A
// label word must be followed by "on" or a colon, so that a sentence opening
// with such a word is not taken for one. "Updated" is no label: its date is
// not the publication's.
std::size_t past_date_label(const Tokens& t, std::size_t i) {
  static constexpr std::array<std::string_view, 6> kLabels{"published", "posted", "date",
                                                           "dated",     "issued", "released"};
  if (i >= t.size() || std::find(kLabels.begin(), kLabels.end(), t[i].norm) == kLabels.end()) {
    return i;
  }
  std::size_t j = i + 1;
  if (j < t.size() && t[j].norm == "on") ++j;
  if (j < t.size() && t[j].norm == ":") ++j;
  return j > i + 1 ? j : i;
}

// What may follow a header date: a time ("10:03", "11:38 am", "MSK").
bool is_time_tail(const Tokens& t, std::size_t i) {
  for (; i < t.size(); ++i) {
    std::string_view n = t[i].norm;
    bool ok = t[i].type == TokenType::Number || n == ":" || n == "," || n == "." || n == "am" ||
              n == "pm" || n == "gmt" || n == "utc" || n == "msk" || n == "-" || n == "+" ||
              n == "|" || n == "/";
    if (!ok) return false;
  }
  return true;
}

// The ISO date that opens `line` from byte `start` (white space before it
// skipped), followed by nothing but a time.
std::optional<Date> iso_header_date(std::string_view line, std::size_t start) {
  start = line.find_first_not_of(" \t\r", start);
  if (start == std::string_view::npos) return std::nullopt;
  // Every ISO date opens on four digits: a line that does not ("20 May
  // 2019") is not searched for the end of its first word.
  if (line.size() - start < 4) return std::nullopt;
  for (std::size_t k = start; k < start + 4; ++k) {
    if (line[k] < '0' || line[k] > '9') return std::nullopt;
  }
  std::string_view head = line.substr(start, line.find_first_of(" \tT", start) - start);
  if (auto iso = Date::parse_iso(head)) {
    thread_local TokenScratch scratch;  // no allocation at each header (not recursive)
    if (is_time_tail(scratch.tokenize(line, start + head.size()), 0)) return iso;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Date> parse_header_date(std::string_view line) {
  // A date header is a short line ("Friday, 12 October 202114:05"); a long
  // one is text, and tokenising a 100 MB line only costs time.
  if (line.size() > 256 || line.find_first_not_of(" \t\r") == std::string_view::npos) {
    return std::nullopt;
  }
  if (auto iso = iso_header_date(line, 0)) return iso;
  // A scratch of its own: iso_header_date() below tokenizes into another.
  thread_local TokenScratch scratch;
  const Tokens& t = scratch.tokenize(line);
  std::size_t i = past_date_label(t, 0);
  if (i > 0 && i < t.size()) {
    if (auto iso = iso_header_date(line, t[i].begin)) return iso;
  }
  if (i < t.size() && is_weekday(t[i].norm)) ++i;
  if (i < t.size() && t[i].norm == ",") ++i;
  std::size_t used = 0;
  std::optional<Date> date = date_at(t, i, used);
  if (!date || !date->has_day() || !is_time_tail(t, i + used)) return std::nullopt;
  return date;
}

std::optional<Date> parse_date_value(std::string_view value) {
  std::size_t start = value.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return std::nullopt;
  value.remove_prefix(start);
  std::string_view head = value.substr(0, value.find_first_of(" \tT"));
  if (auto iso = Date::parse_iso(head)) return iso;
  return parse_header_date(value);
}

}  // namespace orgkg::detail
