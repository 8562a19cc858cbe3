// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Most of what graph.json writes is sentences of plain ASCII, which need no
// escaping: the string is copied into the room reserved for it sixteen bytes
// at a time (SSE2, which every x86-64 has; eight at a time elsewhere), each
// block tested for a byte that needs attention as it is stored, and the last
// bytes of a string taken as the sixteen (or eight) that end it, so a plain
// string costs no byte-by-byte work. A well-formed non-ASCII sequence is
// copied as it is; an escape or an ill-formed byte is written in its place.
#include "json_escape.hpp"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "orgkg/graph/ascii_scan.hpp"
#include "orgkg/graph/utf8.hpp"

namespace orgkg::export_detail {
namespace {

constexpr char kHex[] = "0123456789ABCDEF";
constexpr std::string_view kReplacementUtf8 = "\xEF\xBF\xBD";  // U+FFFD

// What a byte is in a JSON string: 0 is written as itself, 'u' needs a
// \u00XX escape, 'n' and the like are the letter of a short escape (\n),
// kNonAscii starts (or continues) a UTF-8 sequence. The same table as
// RapidJSON's Writer::WriteString().
constexpr unsigned char kNonAscii = 0xFF;

constexpr std::array<unsigned char, 256> kJsonBytes = [] {
  std::array<unsigned char, 256> table{};
  for (unsigned byte = 0; byte < 0x20; ++byte) table[byte] = 'u';
  table['\b'] = 'b';
  table['\t'] = 't';
  table['\n'] = 'n';
  table['\f'] = 'f';
  table['\r'] = 'r';
  table['"'] = '"';
  table['\\'] = '\\';
  for (unsigned byte = 0x80; byte < 0x100; ++byte) table[byte] = kNonAscii;
  return table;
}();

// True when one of the eight bytes of `word` is not written as itself: a
// control (below 0x20), a quote, a backslash or a non-ASCII byte. The borrow
// tests of ascii_scan.hpp need no masking here (a byte below n shows as a
// borrow into its high bit, exact for "is there one" when no byte has its
// high bit set, and any byte that does is itself a hit), so the four are
// one expression.
bool needs_attention(std::uint64_t word) {
  using detail::ascii_scan::kHighBits;
  using detail::ascii_scan::kOnes;
  const std::uint64_t quote = word ^ (kOnes * '"');
  const std::uint64_t backslash = word ^ (kOnes * '\\');
  return ((word | (word - kOnes * 0x20) | (quote - kOnes) | (backslash - kOnes)) & kHighBits) != 0;
}

// Whether the bytes of `v` need attention, one bit each (bit i: byte i).
#ifdef __SSE2__
int attention_mask(__m128i v) {
  // As signed bytes, the controls (0x00-0x1F) and the non-ASCII bytes
  // (0x80-0xFF, negative) are exactly those below 0x20, so one compare finds
  // both; the quote and the backslash are two more.
  const __m128i marks = _mm_or_si128(
      _mm_cmplt_epi8(v, _mm_set1_epi8(' ')),
      _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
  return _mm_movemask_epi8(marks);
}
#endif

// Copies the run of bytes written as themselves from text[pos] to `to`, and
// returns the position where it ends (a byte that needs attention, or
// text.size()); `to` is advanced past the copy. The scan and the copy are one
// pass: each block of bytes is stored before it is tested, so a plain string
// costs no separate copy, and bytes stored past the run are overwritten by
// what comes next (the caller reserved room for the worst case).
std::size_t copy_plain(std::string_view text, std::size_t pos, char*& to) {
  const char* from = text.data();
  const std::size_t size = text.size();
  const std::size_t run = pos;  // the run's start: [run, pos) copied as is
  char* out = to;
#ifdef __SSE2__
  for (; pos + 16 <= size; pos += 16, out += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(from + pos));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out), v);
    if (const int mask = attention_mask(v); mask != 0) {
      const int plain = std::countr_zero(static_cast<unsigned>(mask));
      to = out + plain;
      return pos + static_cast<std::size_t>(plain);
    }
  }
  // The last (fewer than sixteen) bytes: the sixteen that end the string
  // are loaded, and when the run began before them, those before `pos` were
  // copied as they are, so storing all sixteen just writes them again.
  if (pos < size && size >= 16 && size - 16 >= run) {
    const std::size_t back = pos - (size - 16);
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(from + size - 16));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out - back), v);
    const auto mask = static_cast<unsigned>(attention_mask(v)) >> back;
    const std::size_t plain = mask != 0 ? std::countr_zero(mask) : size - pos;
    to = out + plain;
    return pos + plain;
  }
#endif
  // Eight at a time (a string shorter than sixteen bytes, with SSE2), and
  // the last few one by one.
  for (; pos + sizeof(std::uint64_t) <= size; pos += sizeof(std::uint64_t)) {
    const std::uint64_t word = detail::load_word(text, pos);
    if (needs_attention(word)) break;
    std::memcpy(out, &word, sizeof word);
    out += sizeof word;
  }
  // As above: the eight bytes that end the string, when fewer than eight
  // are left (the loop did not stop at a byte that needs attention) and the
  // run began before them (their bytes before `pos` are plain, so the test is
  // of the rest alone).
  if (pos < size && pos + sizeof(std::uint64_t) > size && size >= 8 && size - 8 >= run) {
    const std::uint64_t word = detail::load_word(text, size - 8);
    if (!needs_attention(word)) {
      std::memcpy(out - (pos - (size - 8)), &word, sizeof word);
      to = out + (size - pos);
      return size;
    }
  }
  while (pos < size && kJsonBytes[static_cast<unsigned char>(from[pos])] == 0) {
    *out++ = from[pos++];
  }
  to = out;
  return pos;
}

// Writes the escape of `byte` at `to`, which it advances.
void put_escape(char*& to, unsigned char byte, unsigned char letter) {
  char* out = to;
  *out++ = '\\';
  *out++ = static_cast<char>(letter);
  if (letter == 'u') {
    *out++ = '0';
    *out++ = '0';
    *out++ = kHex[byte >> 4];
    *out++ = kHex[byte & 0xF];
  }
  to = out;
}

}  // namespace

void put_json_string(OutputBuffer& out, std::string_view text) {
  // Written in place within the room the caller made (json_string_room());
  // copy_plain() may store up to fifteen bytes past the run it copies, always
  // within that room.
  char* to = out.cursor();
  *to++ = '"';
  // One call of copy_plain(), which is then inlined.
  for (std::size_t pos = 0;;) {
    pos = copy_plain(text, pos, to);
    if (pos == text.size()) break;
    const auto byte = static_cast<unsigned char>(text[pos]);
    const unsigned char kind = kJsonBytes[byte];
    if (kind == kNonAscii) {
      if (std::size_t length = utf8_sequence_length(text, pos); length != 0) {
        for (const std::size_t end = pos + length; pos != end; ++pos) *to++ = text[pos];
      } else {
        // As repair_utf8(): one U+FFFD for the bad byte and the stray
        // continuation bytes after it.
        std::memcpy(to, kReplacementUtf8.data(), kReplacementUtf8.size());
        to += kReplacementUtf8.size();
        ++pos;
        while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
      }
    } else {
      put_escape(to, byte, kind);
      ++pos;
    }
  }
  *to++ = '"';
  out.commit(to);
}

}  // namespace orgkg::export_detail
