// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The runs of ASCII letters and digits of a text, the bulk of every word:
// where each ends, whether it holds an upper-case letter, whether it is all
// digits. The sixteen bytes from a run's start are classified at once into
// bit masks (one bit per byte: letter, upper-case letter, letter or digit),
// and the run is read from them with a few bit operations instead of a test
// of its every byte; nearly every word is shorter. Sixteen bytes from where
// the run starts, not a block kept from an earlier run: classifying them
// costs about what finding a run in a kept block did, and refilling the
// block cost more. The run's bytes come with it, so the tokenizer hashes and
// lowers a short word without reading it again. SSE2, which every x86-64
// has; byte by byte elsewhere. Private to extract/ (the tokenizer).
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace orgkg::detail {

/// A run of ASCII letters and digits.
struct AsciiRun {
  std::size_t length = 0;
  bool upper = false;        ///< it holds an upper-case letter
  bool upper_first = false;  ///< it starts with an upper-case letter
  bool digits = true;        ///< it holds only digits
  /// Whether `bytes` hold the sixteen bytes of memory from the run's start
  /// (and four bytes from any of its bytes may be read): set when the run
  /// is shorter than sixteen bytes and the text has sixteen from its start,
  /// or sixteen may be read there (masks_past_end()); those past the text's
  /// end are then not the text's.
  bool loaded = false;
  /// Those bytes as two little-endian loads (bytes[0] & 0xFF is the run's
  /// first byte); zero when not `loaded`.
  std::uint64_t bytes[2] = {};
  /// The run is followed by one space and an ASCII letter or digit, both
  /// among the sixteen bytes classified (false when they are not: a run of
  /// fifteen or more bytes, or near the text's end, may be followed so
  /// though this is false). The tokenizer goes on to the next word without
  /// reading the bytes between again.
  bool word_after_space = false;
};

/// Reads the runs of ASCII letters and digits of a text, which must outlive
/// it. Thread-safe (it keeps nothing but the text).
class AsciiRuns {
 public:
  static constexpr std::size_t kBytes = 16;  ///< classified at once

  explicit AsciiRuns(std::string_view text) : text_(text) {}

  /// The run from byte `pos` (of length 0 when that byte is no ASCII letter
  /// or digit); requires pos < the text's size. Inline: nearly every word
  /// is such a run.
  [[nodiscard]] AsciiRun at(std::size_t pos) const {
    return pos + kBytes <= text_.size() ? at_loaded(pos) : at_near_end(pos);
  }
  /// at() where the sixteen bytes from `pos` are the text's (`loaded` is
  /// then set, as a constant the caller's code can be specialised on).
  [[nodiscard]] AsciiRun at_loaded(std::size_t pos) const {
    return from_masks(pos, classify(text_.data() + pos), true);
  }
  /// at() where they are not: fewer than sixteen bytes are left from `pos`.
  [[nodiscard]] AsciiRun at_near_end(std::size_t pos) const {
    return from_masks(pos, masks_near_end(text_, pos), false);
  }

  /// Bit i for byte i of the sixteen classified, in each class; bytes past
  /// the end of the text are in none.
  struct Masks {
    std::uint32_t alnum = 0;   // ASCII letters and digits
    std::uint32_t letter = 0;  // ASCII letters
    std::uint32_t upper = 0;   // ASCII upper-case letters
    std::uint32_t space = 0;   // ' '
  };
  /// The masks of the sixteen bytes from `pos` where fewer than sixteen
  /// are the text's but all sixteen may be read (the text is a sentence of
  /// a document): the bytes past the text's end are in no class, as
  /// masks_near_end() has them, so a run read from these masks is the
  /// same, and its `bytes` are loaded (from_masks() with `loaded` set: only
  /// the run's bytes of them are used).
  [[nodiscard]] Masks masks_past_end(std::size_t pos) const {
    Masks masks = classify(text_.data() + pos);
    std::uint32_t inside = (std::uint32_t{1} << (text_.size() - pos)) - 1;  // under sixteen
    return {masks.alnum & inside, masks.letter & inside, masks.upper & inside,
            masks.space & inside};
  }

  /// The run at `pos` from the masks of the sixteen bytes there, which are
  /// the text's when `loaded`: at() for a caller that classified them
  /// itself (classify()).
  [[nodiscard]] AsciiRun from_masks(std::size_t pos, const Masks& masks, bool loaded) const {
    // Bits past the sixteen are stops, so a run of all sixteen is one of
    // length kBytes, read on by long_run_at().
    auto length = static_cast<std::size_t>(std::countr_zero(~masks.alnum));
    if (length == kBytes) return long_run_at(text_, pos);
    std::uint32_t run = (std::uint32_t{1} << length) - 1;
    AsciiRun result{.length = length,
                    .upper = (masks.upper & run) != 0,
                    .upper_first = (masks.upper & 1U) != 0,
                    .digits = (masks.letter & run) == 0,
                    .loaded = loaded,
                    .word_after_space = (((masks.space & (masks.alnum >> 1)) >> length) & 1U) != 0};
    if (loaded) {
      std::memcpy(&result.bytes[0], text_.data() + pos, sizeof result.bytes[0]);
      std::memcpy(&result.bytes[1], text_.data() + pos + 8, sizeof result.bytes[1]);
    }
    return result;
  }

  /// The masks of the sixteen bytes at `bytes`.
  [[nodiscard]] static Masks classify(const char* bytes) {
#ifdef __SSE2__
    // v - lo (wrapping) is below hi - lo + 1 as an unsigned byte when v is
    // in lo..hi: a signed compare once both sides are moved down by 0x80.
    auto in_range = [](__m128i v, char lo, char hi) {
      __m128i moved = _mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - lo)));
      return _mm_cmplt_epi8(moved, _mm_set1_epi8(static_cast<char>(0x80 + (hi - lo + 1))));
    };
    auto bits = [](__m128i marks) { return static_cast<std::uint32_t>(_mm_movemask_epi8(marks)); };
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes));
    // A letter's lower case is itself with bit 0x20 set, and setting it
    // puts no other byte in a..z.
    __m128i letter = in_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 'z');
    __m128i digit = in_range(v, '0', '9');
    return {bits(_mm_or_si128(letter, digit)), bits(letter), bits(in_range(v, 'A', 'Z')),
            bits(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')))};
#else
    Masks masks;
    for (std::size_t i = 0; i < kBytes; ++i) {
      char c = bytes[i];
      bool upper = c >= 'A' && c <= 'Z';
      bool letter = upper || (c >= 'a' && c <= 'z');
      bool digit = c >= '0' && c <= '9';
      masks.alnum |= std::uint32_t{letter || digit} << i;
      masks.letter |= std::uint32_t{letter} << i;
      masks.upper |= std::uint32_t{upper} << i;
      masks.space |= std::uint32_t{c == ' '} << i;
    }
    return masks;
#endif
  }

 private:
  // The masks of the sixteen bytes of `text` from `pos` (pos <= its size)
  // where fewer than sixteen are left: the text's last sixteen classified
  // and shifted, or, in a shorter text, its bytes copied beside NULs (in no
  // class). Static, as long_run_at() is, so that at() passes the text in
  // registers and need not keep the reader in memory for the call. Inline
  // where the text has sixteen bytes (the last words of nearly every
  // sentence are read here), out of line for a shorter one.
  static Masks masks_near_end(std::string_view text, std::size_t pos) {
    if (text.size() >= kBytes) {
      std::size_t from = text.size() - kBytes;
      Masks masks = classify(text.data() + from);
      auto shift = static_cast<unsigned>(pos - from);  // at most 16, within the 32 bits
      return {masks.alnum >> shift, masks.letter >> shift, masks.upper >> shift,
              masks.space >> shift};
    }
    return masks_of_short_text(text, pos);
  }
  // masks_near_end() in a text shorter than sixteen bytes.
  [[gnu::noinline]] static Masks masks_of_short_text(std::string_view text, std::size_t pos) {
    char padded[kBytes] = {};
    std::memcpy(padded, text.data() + pos, text.size() - pos);
    return classify(padded);
  }

  // at() for a run of sixteen bytes or more of `text`.
  [[gnu::noinline]] static AsciiRun long_run_at(std::string_view text, std::size_t pos) {
    std::uint32_t upper = 0;
    std::uint32_t letters = 0;
    std::size_t end = pos;
    while (true) {
      Masks masks =
          end + kBytes <= text.size() ? classify(text.data() + end) : masks_near_end(text, end);
      auto length = static_cast<std::size_t>(std::countr_zero(~masks.alnum));
      std::uint32_t run = length == kBytes ? 0xFFFFU : (std::uint32_t{1} << length) - 1;
      upper |= masks.upper & run;
      letters |= masks.letter & run;
      end += length;
      if (length < kBytes) break;
    }
    auto first = static_cast<unsigned char>(text[pos]);
    return {.length = end - pos,
            .upper = upper != 0,
            .upper_first = first >= 'A' && first <= 'Z',
            .digits = letters == 0};
  }

  std::string_view text_;
};

}  // namespace orgkg::detail
