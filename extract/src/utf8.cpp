// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "utf8.hpp"

#include "orgkg/graph/utf8.hpp"

namespace orgkg::detail {
namespace {

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
    std::size_t length = utf8_sequence_length(input, pos);
    if (length == 0) {
      note_line(out.bad_lines, line);
      append_utf8(out.text, kReplacementCharacter);
      ++pos;
      continue;
    }
    out.text.append(input.substr(pos, length));
    pos += length;
  }
  return out;
}

char32_t decode_non_ascii_at(std::string_view text, std::size_t pos, std::size_t& length) {
  DecodedChar c = decode_utf8(text, pos);
  length = c.length;
  return c.valid ? c.code_point : static_cast<unsigned char>(text[pos]);
}

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

bool is_dash(char32_t c) { return c == '-' || (c >= 0x2012 && c <= 0x2015) || c == 0x2212; }

}  // namespace orgkg::detail
