// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Most of what graph.json writes is sentences of plain ASCII, which need no
// escaping: the scan looks at eight bytes at a time for one that needs
// attention, and the run up to it is appended in one piece, so a typical
// string costs one append. Well-formed non-ASCII sequences extend the run
// too; only an escape or an ill-formed byte ends it.
#include "json_escape.hpp"

#include <array>
#include <cstdint>

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

// Where the run of bytes written as themselves from `pos` ends.
std::size_t plain_end(std::string_view text, std::size_t pos) {
  for (; pos + sizeof(std::uint64_t) <= text.size(); pos += sizeof(std::uint64_t)) {
    if (needs_attention(detail::load_word(text, pos))) break;
  }
  while (pos < text.size() && kJsonBytes[static_cast<unsigned char>(text[pos])] == 0) ++pos;
  return pos;
}

// Within the room append_json_string() made.
void put_escape(OutputBuffer& out, unsigned char byte, unsigned char letter) {
  out.put_unchecked('\\');
  out.put_unchecked(static_cast<char>(letter));
  if (letter != 'u') return;
  const char digits[4] = {'0', '0', kHex[byte >> 4], kHex[byte & 0xF]};
  out.put_unchecked(std::string_view(digits, sizeof digits));
}

}  // namespace

void append_json_string(OutputBuffer& out, std::string_view text) {
  // The most a byte can become is six (\u00XX; U+FFFD takes three), so room
  // is made once and the string written unchecked.
  out.reserve(6 * text.size() + 2);
  out.put_unchecked('"');
  std::size_t run = 0;  // start of the bytes not yet appended
  std::size_t pos = plain_end(text, 0);
  while (pos < text.size()) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    const unsigned char kind = kJsonBytes[byte];
    if (kind == kNonAscii) {
      if (std::size_t length = utf8_sequence_length(text, pos); length != 0) {
        pos = plain_end(text, pos + length);
        continue;
      }
      // As repair_utf8(): one U+FFFD for the bad byte and the stray
      // continuation bytes after it.
      out.put_unchecked(text.substr(run, pos - run));
      out.put_unchecked(kReplacementUtf8);
      ++pos;
      while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
    } else {
      out.put_unchecked(text.substr(run, pos - run));
      put_escape(out, byte, kind);
      ++pos;
    }
    run = pos;
    pos = plain_end(text, pos);
  }
  out.put_unchecked(text.substr(run, pos - run));
  out.put_unchecked('"');
}

}  // namespace orgkg::export_detail
