// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "utf8.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>

#include "orgkg/graph/ascii_scan.hpp"
#include "orgkg/graph/utf8.hpp"

namespace orgkg::detail {
namespace {

void note_line(std::vector<std::size_t>& lines, std::size_t line) {
  if (lines.empty() || lines.back() != line) lines.push_back(line);
}

// Where the run of bytes that are kept as they are (ASCII other than NUL)
// from `pos` ends: most of every text, copied in bulk.
std::size_t plain_end(std::string_view text, std::size_t pos) {
  auto all_plain = [](std::uint64_t word) { return !has_non_ascii(word) && !has_byte(word, 0); };
  auto plain = [](char c) {
    auto byte = static_cast<unsigned char>(c);
    return byte != 0 && byte < 0x80;
  };
  return skip_kept(text, pos, all_plain, plain);
}

}  // namespace

Utf8Repair repair_utf8(std::string_view input) {
  Utf8Repair out;
  out.text.reserve(input.size());
  std::size_t pos = input.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  // Lines are counted only up to a problem, when there is one.
  std::size_t line = 1;
  std::size_t counted = pos;  // where `line` was counted to
  auto line_at = [&](std::size_t at) {
    line +=
        static_cast<std::size_t>(std::count(input.begin() + static_cast<std::ptrdiff_t>(counted),
                                            input.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
    counted = at;
    return line;
  };
  while (pos < input.size()) {
    std::size_t end = plain_end(input, pos);
    out.text.append(input.substr(pos, end - pos));
    pos = end;
    if (pos == input.size()) break;
    if (input[pos] == '\0') {
      note_line(out.nul_lines, line_at(pos));
      out.text.push_back(' ');
      ++pos;
      continue;
    }
    std::size_t length = utf8_sequence_length(input, pos);
    if (length == 0) {
      note_line(out.bad_lines, line_at(pos));
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
