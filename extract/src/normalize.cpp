// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Two passes: a character map (spaces, controls, invisibles; invalid UTF-8
// repaired on the way) and then NFC through utf8proc_map(), which is only
// called when a character outside the NFC-stable ranges of nfc_stable()
// remains: statements are mostly ASCII with typographic quotes and dashes,
// and utf8proc would otherwise be most of the reading time. The map runs
// first so that a soft hyphen between a base letter and its combining mark
// does not stop them composing.
#include "normalize.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <utility>
#include <vector>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "orgkg/graph/ascii_scan.hpp"
#include "orgkg/graph/utf8.hpp"

namespace orgkg::detail {
namespace {

bool is_invisible(char32_t c) {
  return c == 0xAD || c == 0x180E || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

bool is_unicode_space(char32_t c) {
  return c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

// What the Windows-1252 punctuation read as Latin-1 C1 controls stands for.
std::string_view c1_punctuation(char32_t c) {
  switch (c) {
    case 0x91:
      return "\xE2\x80\x98";  // ‘
    case 0x92:
      return "\xE2\x80\x99";  // ’
    case 0x93:
      return "\xE2\x80\x9C";  // “
    case 0x94:
      return "\xE2\x80\x9D";  // ”
    case 0x96:
      return "\xE2\x80\x93";  // –
    case 0x97:
      return "\xE2\x80\x94";  // —
    default:
      return {};
  }
}

// Appends the mapped form of the non-ASCII code point `c` (bytes `raw`).
void map_non_ascii(std::string& out, char32_t c, std::string_view raw) {
  if (is_invisible(c)) return;
  if (c == 0x85 || c == 0x2028 || c == 0x2029) {
    out.push_back('\n');
  } else if (is_unicode_space(c)) {
    out.push_back(' ');
  } else if (c >= 0x80 && c <= 0x9F) {
    std::string_view punct = c1_punctuation(c);
    out.append(punct.empty() ? std::string_view(" ") : punct);
  } else {
    out.append(raw);
  }
}

// Where the run of ASCII bytes that the map keeps as they are (printable
// characters and '\n') from `pos` ends: most of every text, copied in bulk.
// The first byte from `pos` that is not kept as it is (a printable ASCII
// character or '\n'), or text.size(). Sixteen bytes at a time with SSE2,
// which every x86-64 has (it scans every document, twice when it needs
// mapping), else eight at a time where all of them are.
std::size_t kept_end(std::string_view text, std::size_t pos) {
#ifdef __SSE2__
  // Signed bytes: the non-ASCII ones are negative, so "above 0x1F" leaves
  // them out with the control characters.
  // A byte is printable when, moved down by 0x20 and by 0x80 more, it is
  // below 0x5F - 0x80 as a signed byte: one add and one compare.
  const __m128i move = _mm_set1_epi8(static_cast<char>(0x80 - 0x20));
  const __m128i printable_limit = _mm_set1_epi8(static_cast<char>(0x80 + 0x5F));
  const __m128i newline = _mm_set1_epi8('\n');
  auto kept_at = [&](std::size_t at) {
    __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + at));
    __m128i printable = _mm_cmplt_epi8(_mm_add_epi8(bytes, move), printable_limit);
    return _mm_or_si128(printable, _mm_cmpeq_epi8(bytes, newline));
  };
  // Sixty-four bytes a step while all are kept (a text's lines are long),
  // then sixteen to find the first that is not.
  constexpr std::size_t kStep = 4 * sizeof(__m128i);
  for (; pos + kStep <= text.size(); pos += kStep) {
    __m128i kept = _mm_and_si128(_mm_and_si128(kept_at(pos), kept_at(pos + 16)),
                                 _mm_and_si128(kept_at(pos + 32), kept_at(pos + 48)));
    if (_mm_movemask_epi8(kept) != 0xFFFF) break;
  }
  for (; pos + sizeof(__m128i) <= text.size(); pos += sizeof(__m128i)) {
    __m128i kept = kept_at(pos);
    if (auto mask = static_cast<unsigned>(_mm_movemask_epi8(kept)); mask != 0xFFFFU) {
      return pos + static_cast<std::size_t>(std::countr_one(mask));
    }
  }
#endif
  auto all_printable = [](std::uint64_t word) {
    return !has_non_ascii(word) && !has_byte_below(word, 0x20) && !has_byte(word, 0x7F);
  };
  auto kept = [](char c) {
    auto byte = static_cast<unsigned char>(c);
    return byte < 0x7F && (byte >= 0x20 || byte == '\n');
  };
  return skip_kept(text, pos, all_printable, kept);
}

bool needs_map(std::string_view text) { return kept_end(text, 0) != text.size(); }

struct FreeDeleter {
  void operator()(utf8proc_uint8_t* p) const noexcept { std::free(p); }
};

std::string to_nfc(std::string text) {
  utf8proc_uint8_t* raw = nullptr;
  utf8proc_ssize_t length =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                   static_cast<utf8proc_ssize_t>(text.size()), &raw,
                   static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  std::unique_ptr<utf8proc_uint8_t, FreeDeleter> owned(raw);
  // utf8proc only fails on invalid UTF-8 or memory exhaustion; the input was
  // repaired before, so keeping the mapped text unnormalised is the safe answer.
  if (length < 0 || raw == nullptr) return text;
  return std::string(reinterpret_cast<const char*>(raw), static_cast<std::size_t>(length));
}

}  // namespace

// Quick_Check NFC=Yes and combining class 0: Latin up to U+02FF, Cyrillic
// letters, general punctuation, currency signs, arrows and mathematical and
// technical symbols up to U+2328 (U+2329 is a singleton) and U+FFFD. A text made of
// these alone is in NFC (tests/extract/normalize_test.cpp checks the ranges
// against utf8proc).
bool nfc_stable(char32_t c) {
  return c < 0x300 || (c >= 0x400 && c <= 0x482) || (c >= 0x48A && c <= 0x52F) ||
         (c >= 0x2010 && c <= 0x205F) || (c >= 0x20A0 && c <= 0x20C0) ||
         (c >= 0x2190 && c <= 0x2328) || c == 0xFFFD;
}

namespace {

// Lines of a raw text counted only up to where a problem is noted, so a text
// without one is never counted.
class LineCounter {
 public:
  LineCounter(std::string_view text, std::size_t from) : text_(text), counted_(from) {}
  // The 1-based line of byte `at`; calls come with `at` increasing.
  std::size_t line_at(std::size_t at) {
    line_ +=
        static_cast<std::size_t>(std::count(text_.begin() + static_cast<std::ptrdiff_t>(counted_),
                                            text_.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
    counted_ = at;
    return line_;
  }

 private:
  std::string_view text_;
  std::size_t counted_;
  std::size_t line_ = 1;
};

void note_line(std::vector<std::size_t>& lines, std::size_t line) {
  if (lines.empty() || lines.back() != line) lines.push_back(line);
}

// Where a raw text was not valid UTF-8 or held NUL bytes: 1-based lines,
// each once.
struct Problems {
  std::vector<std::size_t> bad_lines;
  std::vector<std::size_t> nul_lines;
};

// repair_utf8() and the character map in one pass over the raw bytes, so
// the text is scanned and copied once, then NFC where a character may need
// it: an invalid byte becomes U+FFFD and a NUL a space, as repair_utf8()
// does, and the map keeps U+FFFD and the space as they are
// (tests/extract/normalize_test.cpp compares this with the two passes on
// random bytes).
std::string repair_and_map(std::string_view raw, Problems& problems) {
  std::string out;
  out.reserve(raw.size());
  bool unstable = false;
  std::size_t pos = raw.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  LineCounter lines(raw, pos);
  while (pos < raw.size()) {
    std::size_t kept = kept_end(raw, pos);
    out.append(raw.substr(pos, kept - pos));
    pos = kept;
    if (pos == raw.size()) break;
    auto byte = static_cast<unsigned char>(raw[pos]);
    if (byte == '\r') {
      out.push_back('\n');
      pos += pos + 1 < raw.size() && raw[pos + 1] == '\n' ? 2 : 1;
    } else if (byte < 0x80) {
      if (byte == 0) note_line(problems.nul_lines, lines.line_at(pos));
      out.push_back(' ');  // a NUL or another control character
      ++pos;
    } else if (DecodedChar c = decode_utf8(raw, pos); !c.valid) {
      note_line(problems.bad_lines, lines.line_at(pos));
      append_utf8(out, kReplacementCharacter);
      ++pos;
    } else {
      map_non_ascii(out, c.code_point, raw.substr(pos, c.length));
      unstable = unstable || !nfc_stable(c.code_point);
      pos += c.length;
    }
  }
  // Not a conditional expression: `out` in one is copied, not moved.
  if (unstable) return to_nfc(std::move(out));
  return out;
}

}  // namespace

std::string normalize_text(std::string_view text) {
  if (!needs_map(text)) return std::string(text);
  Problems ignored;  // valid UTF-8 has none to report
  return repair_and_map(text, ignored);
}

std::string clean_text(std::string_view raw, const std::string& source, Diagnostics& diagnostics,
                       std::size_t line) {
  Problems problems;
  std::string text = repair_and_map(raw, problems);
  for (std::size_t bad : problems.bad_lines) {
    diagnostics.report(Severity::Warning, source, line != 0 ? line : bad,
                       "invalid UTF-8 replaced by U+FFFD");
  }
  for (std::size_t nul : problems.nul_lines) {
    diagnostics.report(Severity::Warning, source, line != 0 ? line : nul,
                       "NUL bytes replaced by spaces");
  }
  return text;
}

}  // namespace orgkg::detail
