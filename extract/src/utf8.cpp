// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "utf8.hpp"

namespace orgkg::detail {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Length of the valid sequence starting at `pos`, or 0 when it is invalid.
// Follows the well-formed byte table of Unicode 15, section 3.9 (table 3-7).
std::size_t valid_length(std::string_view s, std::size_t pos) {
  auto byte = [&](std::size_t i) -> unsigned {
    return pos + i < s.size() ? static_cast<unsigned char>(s[pos + i]) : 0x100U;
  };
  auto cont = [&](std::size_t i, unsigned lo = 0x80, unsigned hi = 0xBF) {
    unsigned b = byte(i);
    return b >= lo && b <= hi;
  };
  unsigned b0 = byte(0);
  if (b0 < 0x80) return 1;
  if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1) ? 2 : 0;
  if (b0 == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
  if (b0 == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
  if (b0 >= 0xE1 && b0 <= 0xEF) return cont(1) && cont(2) ? 3 : 0;
  if (b0 == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xF1 && b0 <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

void note_line(std::vector<std::size_t>& lines, std::size_t line) {
  if (lines.empty() || lines.back() != line) lines.push_back(line);
}

}  // namespace

Utf8Repair repair_utf8(std::string_view input) {
  Utf8Repair out;
  out.text.reserve(input.size());
  std::size_t pos = input.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  std::size_t line = 1;
  while (pos < input.size()) {
    char c = input[pos];
    if (c == '\n') ++line;
    if (c == '\0') {
      note_line(out.nul_lines, line);
      out.text.push_back(' ');
      ++pos;
      continue;
    }
    std::size_t length = valid_length(input, pos);
    if (length == 0) {
      note_line(out.bad_lines, line);
      out.text.append(kReplacement);
      ++pos;
      continue;
    }
    out.text.append(input.substr(pos, length));
    pos += length;
  }
  return out;
}

char32_t decode_at(std::string_view text, std::size_t pos, std::size_t& length) {
  auto b0 = static_cast<unsigned char>(text[pos]);
  length = valid_length(text, pos);
  if (length <= 1) {
    length = 1;
    return b0;
  }
  char32_t c = b0 & (0xFFU >> (length + 1));
  for (std::size_t i = 1; i < length; ++i) {
    c = (c << 6) | (static_cast<unsigned char>(text[pos + i]) & 0x3FU);
  }
  return c;
}

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

bool is_dash(char32_t c) { return c == '-' || (c >= 0x2012 && c <= 0x2015) || c == 0x2212; }

}  // namespace orgkg::detail
