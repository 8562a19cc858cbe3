// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Word-at-a-time scanning of text that is mostly plain ASCII: eight bytes are
// tested together with integer arithmetic, so the readers, the sentence
// splitter, the UTF-8 checks and the JSON writer skip the long runs of
// ordinary characters between the few bytes they act on. The tests are exact
// (no byte is ever missed), whatever the byte order. Internal to orgkg's
// libraries (namespace detail), not an API for their users.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace orgkg::detail {

namespace ascii_scan {

inline constexpr std::uint64_t kOnes = 0x0101010101010101U;
inline constexpr std::uint64_t kHighBits = 0x8080808080808080U;

}  // namespace ascii_scan

/// The eight bytes of `text` from `pos`; requires pos + 8 <= text.size().
[[nodiscard]] inline std::uint64_t load_word(std::string_view text, std::size_t pos) {
  std::uint64_t word = 0;
  std::memcpy(&word, text.data() + pos, sizeof word);
  return word;
}

/// True when a byte of `word` is 0x80 or above (no ASCII character).
[[nodiscard]] inline bool has_non_ascii(std::uint64_t word) {
  return (word & ascii_scan::kHighBits) != 0;
}

/// True when a byte of `word` is below `bound` (at most 0x80). A borrow only
/// marks bytes above a byte that is below `bound`, so the answer is exact.
[[nodiscard]] inline bool has_byte_below(std::uint64_t word, unsigned char bound) {
  return ((word - ascii_scan::kOnes * bound) & ~word & ascii_scan::kHighBits) != 0;
}

/// True when a byte of `word` is `byte`.
[[nodiscard]] inline bool has_byte(std::uint64_t word, unsigned char byte) {
  return has_byte_below(word ^ (ascii_scan::kOnes * byte), 1);
}

/// 0x80 in each byte of `word` that is an ASCII character from `lo` to `hi`
/// (both below 0x80), 0 in every other byte. No subtraction borrows across
/// bytes (each byte is at least 0x80 before `lo` is taken from it), so the
/// answer is exact.
[[nodiscard]] constexpr std::uint64_t bytes_between(std::uint64_t word, unsigned char lo,
                                                    unsigned char hi) {
  using ascii_scan::kHighBits;
  using ascii_scan::kOnes;
  std::uint64_t raised = word | kHighBits;
  std::uint64_t at_least_lo = (raised - kOnes * lo) & kHighBits;
  std::uint64_t above_hi = (raised - kOnes * (hi + 1U)) & kHighBits;
  return ~word & at_least_lo & ~above_hi & kHighBits;
}

/// The first position from `pos` whose byte fails `byte_kept`, or
/// text.size(). `word_kept` tests eight bytes at once and may only say true
/// when `byte_kept` holds for each of them; when it says false, the eight
/// are tested one by one.
template <class WordTest, class ByteTest>
[[nodiscard]] std::size_t skip_kept(std::string_view text, std::size_t pos, WordTest word_kept,
                                    ByteTest byte_kept) {
  while (pos + sizeof(std::uint64_t) <= text.size()) {
    std::size_t end = pos + sizeof(std::uint64_t);
    if (!word_kept(load_word(text, pos))) {
      for (; pos < end; ++pos) {
        if (!byte_kept(text[pos])) return pos;
      }
    }
    pos = end;
  }
  while (pos < text.size() && byte_kept(text[pos])) ++pos;
  return pos;
}

}  // namespace orgkg::detail
