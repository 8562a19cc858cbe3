// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// UTF-8 decoding, validation and repair: the one definition of well-formed
// UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF)
// that the readers, the snapshot writer and every export share. Each user
// decides what a code point becomes in its own syntax; this decides what the
// code points are. Pure functions, safe from any thread.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace orgkg {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

struct DecodedChar {
  char32_t code_point = 0;  ///< U+FFFD when `valid` is false
  std::size_t length = 1;   ///< bytes consumed, at least 1
  bool valid = true;        ///< false for a byte that starts no well-formed sequence
};

/// Bytes of the well-formed sequence starting at `text[pos]` (1 to 4), or 0
/// when none starts there (a stray continuation byte, a truncated, overlong or
/// surrogate sequence, a value above U+10FFFF). Requires pos < text.size().
[[nodiscard]] std::size_t utf8_sequence_length(std::string_view text, std::size_t pos) noexcept;

/// Decodes the code point starting at `text[pos]` (pos < text.size()). A byte
/// that starts no well-formed sequence is one invalid char of length 1.
[[nodiscard]] DecodedChar decode_utf8(std::string_view text, std::size_t pos) noexcept;

/// Appends the UTF-8 encoding of `code_point` (a Unicode scalar value).
void append_utf8(std::string& out, char32_t code_point);

/// True when `text` is well-formed UTF-8.
[[nodiscard]] bool is_valid_utf8(std::string_view text);

/// `text` with each ill-formed sequence (a bad byte and the stray continuation
/// bytes after it) replaced by one U+FFFD; well-formed text comes back as is.
[[nodiscard]] std::string repair_utf8(std::string_view text);

}  // namespace orgkg
