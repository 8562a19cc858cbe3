// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Well-formed UTF-8 is the table in Unicode 15, section 3.9 (table 3-7): the
// second byte's range depends on the first byte, which is what rules out
// overlong forms, surrogates and values above U+10FFFF.
#include "utf8.hpp"

namespace orgkg::export_detail {
namespace {

struct LeadInfo {
  std::size_t length;       // 0: not a lead byte
  unsigned char second_lo;  // allowed range of the second byte
  unsigned char second_hi;
};

LeadInfo lead_info(unsigned char b) {
  if (b >= 0xC2 && b <= 0xDF) return {2, 0x80, 0xBF};
  if (b == 0xE0) return {3, 0xA0, 0xBF};
  if (b == 0xED) return {3, 0x80, 0x9F};
  if (b >= 0xE1 && b <= 0xEF) return {3, 0x80, 0xBF};
  if (b == 0xF0) return {4, 0x90, 0xBF};
  if (b >= 0xF1 && b <= 0xF3) return {4, 0x80, 0xBF};
  if (b == 0xF4) return {4, 0x80, 0x8F};
  return {0, 0, 0};
}

}  // namespace

DecodedChar decode_utf8(std::string_view text, std::size_t pos) noexcept {
  const auto first = static_cast<unsigned char>(text[pos]);
  if (first < 0x80) return {first, 1, true};
  const DecodedChar invalid{kReplacementCharacter, 1, false};
  LeadInfo info = lead_info(first);
  if (info.length == 0 || pos + info.length > text.size()) return invalid;
  const auto second = static_cast<unsigned char>(text[pos + 1]);
  if (second < info.second_lo || second > info.second_hi) return invalid;
  char32_t code_point = first & (0xFF >> (info.length + 1));
  for (std::size_t i = 1; i < info.length; ++i) {
    const auto next = static_cast<unsigned char>(text[pos + i]);
    if ((next & 0xC0) != 0x80) return invalid;
    code_point = (code_point << 6) | (next & 0x3F);
  }
  return {code_point, info.length, true};
}

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

}  // namespace orgkg::export_detail
