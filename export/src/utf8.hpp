// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// UTF-8 decoding with repair, shared by every writer's escape function: each
// writer decides what a code point becomes in its syntax, this decides what the
// code points are.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace orgkg::export_detail {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

struct DecodedChar {
  char32_t code_point = 0;  ///< U+FFFD when `valid` is false
  std::size_t length = 1;   ///< bytes consumed, at least 1
  bool valid = true;        ///< false for a byte that starts no well-formed sequence
};

/// Decodes the code point starting at `text[pos]` (pos < text.size()). A byte
/// that does not start a well-formed UTF-8 sequence (a stray continuation byte,
/// a truncated, overlong or surrogate sequence, a value above U+10FFFF) is
/// reported as one invalid char of length 1.
[[nodiscard]] DecodedChar decode_utf8(std::string_view text, std::size_t pos) noexcept;

/// Appends the UTF-8 encoding of `code_point` (a Unicode scalar value).
void append_utf8(std::string& out, char32_t code_point);

}  // namespace orgkg::export_detail
