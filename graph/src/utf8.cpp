// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/graph/utf8.hpp"

#include <cstdint>

#include "orgkg/graph/ascii_scan.hpp"

namespace orgkg {

std::size_t utf8_sequence_length(std::string_view text, std::size_t pos) noexcept {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[pos + k]); };
  unsigned char lead = byte(0);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  unsigned char low = 0x80;   // the allowed range of the second byte
  unsigned char high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;   // no overlong forms
    if (lead == 0xED) high = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;  // nothing past U+10FFFF
  } else {
    return 0;
  }
  if (pos + length > text.size()) return 0;
  if (byte(1) < low || byte(1) > high) return 0;
  for (std::size_t k = 2; k < length; ++k) {
    if ((byte(k) & 0xC0) != 0x80) return 0;
  }
  return length;
}

DecodedChar decode_utf8(std::string_view text, std::size_t pos) noexcept {
  std::size_t length = utf8_sequence_length(text, pos);
  if (length == 0) return {kReplacementCharacter, 1, false};
  auto lead = static_cast<unsigned char>(text[pos]);
  char32_t code_point = length == 1 ? lead : lead & (0xFFU >> (length + 1));
  for (std::size_t k = 1; k < length; ++k) {
    code_point = (code_point << 6) | (static_cast<unsigned char>(text[pos + k]) & 0x3FU);
  }
  return {code_point, length, true};
}

namespace {

// Where the ASCII run from `pos` ends. Most text is ASCII: it is checked
// eight bytes at a time (no byte of the word has its high bit set), the
// rest byte by byte.
std::size_t ascii_end(std::string_view text, std::size_t pos) noexcept {
  return detail::skip_kept(
      text, pos, [](std::uint64_t word) { return !detail::has_non_ascii(word); },
      [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Where the well-formed UTF-8 from `pos` ends: text.size(), or the first
// byte that starts no well-formed sequence.
std::size_t well_formed_end(std::string_view text, std::size_t pos) noexcept {
  for (pos = ascii_end(text, pos); pos < text.size(); pos = ascii_end(text, pos)) {
    std::size_t length = utf8_sequence_length(text, pos);
    if (length == 0) break;
    pos += length;
  }
  return pos;
}

}  // namespace

void append_utf8(std::string& out, char32_t code_point) {
  if (code_point < 0x80) {
    out.push_back(static_cast<char>(code_point));
  } else if (code_point < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (code_point >> 6)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else if (code_point < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (code_point >> 12)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (code_point >> 18)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  }
}

bool is_valid_utf8(std::string_view text) { return well_formed_end(text, 0) == text.size(); }

std::string repair_utf8(std::string_view text) {
  std::string out;
  for (std::size_t pos = 0;;) {
    // Well-formed text, the usual case, is copied in one piece.
    std::size_t end = well_formed_end(text, pos);
    out.append(text.substr(pos, end - pos));
    if (end == text.size()) return out;
    append_utf8(out, kReplacementCharacter);
    pos = end + 1;  // then the continuation bytes that belonged to the bad sequence
    while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
  }
}

}  // namespace orgkg
