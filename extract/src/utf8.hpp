// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// UTF-8 helpers shared by the reader and the tokenizer.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace orgkg::detail {

/// The result of repair_utf8(): valid UTF-8 plus where the input was not.
struct Utf8Repair {
  std::string text;
  std::vector<std::size_t> bad_lines;  ///< 1-based lines with invalid sequences, each once
  std::vector<std::size_t> nul_lines;  ///< 1-based lines with NUL bytes, each once
};

/// Copies `input`, replacing each invalid byte (truncated, overlong or
/// surrogate sequences, code points past U+10FFFF) by U+FFFD, NUL bytes by a
/// space, and dropping a leading byte-order mark.
[[nodiscard]] Utf8Repair repair_utf8(std::string_view input);

/// Decodes the code point at `pos` of valid UTF-8 `text`; `length` gets its
/// byte count. An invalid byte decodes as itself with length 1.
[[nodiscard]] char32_t decode_non_ascii_at(std::string_view text, std::size_t pos,
                                           std::size_t& length);
[[nodiscard]] inline char32_t decode_at(std::string_view text, std::size_t pos,
                                        std::size_t& length) {
  auto byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) {  // most of every text: no decoding
    length = 1;
    return byte;
  }
  return decode_non_ascii_at(text, pos, length);
}

/// True for white space, including no-break and typographic spaces.
[[nodiscard]] bool is_space(char32_t c);

/// True for the dashes texts use between list and verb: - – — ‒ ―  −.
[[nodiscard]] bool is_dash(char32_t c);

}  // namespace orgkg::detail
