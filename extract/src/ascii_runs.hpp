// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The runs of ASCII letters and digits of a text, the bulk of every word:
// where each ends, whether it holds an upper-case letter, whether it is all
// digits. 64 bytes are classified at once into bit masks (one bit per byte:
// letter, upper-case letter, letter or digit), and each run is then read
// from them with a few bit operations instead of a test of its every byte.
// Sixteen bytes at a time with SSE2, which every x86-64 has; byte by byte
// elsewhere. Private to extract/ (the tokenizer).
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
  bool upper = false;  ///< it holds an upper-case letter
  bool digits = true;  ///< it holds only digits
};

/// Reads the runs of ASCII letters and digits of a text, which must outlive
/// it. Cheapest when asked from left to right. Not thread-safe.
class AsciiRuns {
 public:
  explicit AsciiRuns(std::string_view text) : text_(text) {}

  /// The run from byte `pos` (of length 0 when that byte is no ASCII letter
  /// or digit); requires pos < the text's size. Inline: nearly every word
  /// is such a run and ends within the 64 bytes in hand.
  [[nodiscard]] AsciiRun at(std::size_t pos) {
    // Unsigned: a position before the bytes in hand is far past them too.
    if (pos - begin_ >= reach_) refill(pos);
    std::size_t offset = pos - begin_;
    std::uint64_t stops = ~masks_.alnum >> offset;
    if (stops == 0) return long_run_at(pos);
    std::uint64_t run = (stops & (~stops + 1)) - 1;  // its bits, shifted to bit 0
    return {static_cast<std::size_t>(std::countr_zero(stops)),
            ((masks_.upper >> offset) & run) != 0, ((masks_.letter >> offset) & run) == 0};
  }

 private:
  static constexpr std::size_t kBytes = 64;
  // A run starting in the last kLongestRead bytes in hand (but where the
  // text ends with them) is read from 64 bytes classified from its start:
  // nearly every run is shorter, so few go on past the bytes in hand.
  static constexpr std::size_t kLongestRead = 16;
  // Bit i for byte i of the 64 in hand, in each class; bytes past the end
  // of the text are in none.
  struct Masks {
    std::uint64_t alnum = 0;   // ASCII letters and digits
    std::uint64_t letter = 0;  // ASCII letters
    std::uint64_t upper = 0;   // ASCII upper-case letters
  };

  // at() for a run that goes on past the 64 bytes in hand.
  [[gnu::noinline]] AsciiRun long_run_at(std::size_t pos) {
    std::uint64_t upper = 0;
    std::uint64_t letters = 0;
    std::size_t end = pos;
    if (pos != begin_) refill(pos);  // most such runs end in the 64 bytes from their start
    while (true) {
      std::size_t offset = end - begin_;
      std::uint64_t stops = ~masks_.alnum >> offset;
      std::uint64_t run = stops == 0 ? ~std::uint64_t{0} : (stops & (~stops + 1)) - 1;
      upper |= (masks_.upper >> offset) & run;
      letters |= (masks_.letter >> offset) & run;
      if (stops != 0) {
        end += static_cast<std::size_t>(std::countr_zero(stops));
        break;
      }
      end = begin_ + kBytes;
      if (end >= text_.size()) break;  // the text's last bytes, nothing after them
      refill(end);
    }
    return {end - pos, upper != 0, letters == 0};
  }

  // The masks of 64 bytes that hold byte `at`: from `at` itself, or from
  // less when fewer than 64 bytes follow it, so the 64 are bytes of the text
  // where it has them.
  [[gnu::noinline]] void refill(std::size_t at) {
    reach_ = kBytes - kLongestRead;
    if (at + kBytes < text_.size()) {
      begin_ = at;
    } else if (text_.size() >= kBytes) {
      begin_ = text_.size() - kBytes;
      reach_ = kBytes;
    } else {
      begin_ = 0;
      reach_ = kBytes;
      char padded[kBytes] = {};  // NUL is in no class
      std::memcpy(padded, text_.data(), text_.size());
      masks_ = classify(padded);
      return;
    }
    masks_ = classify(text_.data() + begin_);
  }

  // The masks of the 64 bytes at `bytes`.
  static Masks classify(const char* bytes) {
    Masks masks;
#ifdef __SSE2__
    // v - lo (wrapping) is below hi - lo + 1 as an unsigned byte when v is
    // in lo..hi: a signed compare once both sides are moved down by 0x80.
    auto in_range = [](__m128i v, char lo, char hi) {
      __m128i moved = _mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - lo)));
      return _mm_cmplt_epi8(moved, _mm_set1_epi8(static_cast<char>(0x80 + (hi - lo + 1))));
    };
    auto bits = [](__m128i marks) {
      return static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(marks)));
    };
    for (std::size_t at = 0; at < kBytes; at += sizeof(__m128i)) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + at));
      // A letter's lower case is itself with bit 0x20 set, and setting it
      // puts no other byte in a..z.
      __m128i letter = in_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 'z');
      __m128i digit = in_range(v, '0', '9');
      masks.alnum |= bits(_mm_or_si128(letter, digit)) << at;
      masks.letter |= bits(letter) << at;
      masks.upper |= bits(in_range(v, 'A', 'Z')) << at;
    }
#else
    for (std::size_t i = 0; i < kBytes; ++i) {
      char c = bytes[i];
      bool upper = c >= 'A' && c <= 'Z';
      bool letter = upper || (c >= 'a' && c <= 'z');
      bool digit = c >= '0' && c <= '9';
      masks.alnum |= std::uint64_t{letter || digit} << i;
      masks.letter |= std::uint64_t{letter} << i;
      masks.upper |= std::uint64_t{upper} << i;
    }
#endif
    return masks;
  }

  std::string_view text_;
  Masks masks_;
  std::size_t begin_ = 0;  // of the bytes in hand
  std::size_t reach_ = 0;  // how far past begin_ a run is read from them; none yet
};

}  // namespace orgkg::detail
