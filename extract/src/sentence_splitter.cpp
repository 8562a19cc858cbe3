// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// One left-to-right pass. A boundary is decided at each newline and at each
// terminal mark; the word before a '.' decides whether it is an abbreviation.
#include "orgkg/extract/sentence_splitter.hpp"

#include <array>
#include <bit>
#include <cctype>
#include <cstdint>
#include <string_view>
#include <utility>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "orgkg/graph/ascii_scan.hpp"
#include "utf8.hpp"

namespace orgkg {
namespace {

using detail::bytes_between;
using detail::decode_at;
using detail::decode_non_ascii_at;
using detail::has_byte;
using detail::is_space;
using detail::load_word;
using detail::skip_kept;

constexpr char ascii_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// A word of at most seven bytes in ASCII lower case, packed with its length
// into one integer, so a word is looked up in a list by comparing integers;
// 0 for a longer word, which no list holds.
constexpr std::uint64_t lowered_key(std::string_view word) {
  if (word.size() > 7) return 0;
  std::uint64_t key = word.size();
  for (std::size_t i = 0; i < word.size(); ++i) {
    key |= std::uint64_t{static_cast<unsigned char>(ascii_lower(word[i]))} << (8 * (i + 1));
  }
  return key;
}

// The keys of a few words in a table of 64 slots (0 for an empty one),
// each key at the slot its hash picks or the first empty one after: a
// lookup reads a slot or two where a binary search took five steps, at
// every '.' of a text.
class KeySet {
 public:
  template <std::size_t N>
  constexpr explicit KeySet(const std::array<std::string_view, N>& words) {
    static_assert(N < kSlots / 2, "a table at most half full");
    for (std::string_view word : words) {
      std::size_t slot = slot_of(lowered_key(word));
      while (slots_[slot] != 0) slot = (slot + 1) % kSlots;
      slots_[slot] = lowered_key(word);
    }
  }
  // Whether it holds the word whose lowered_key() is `key`.
  [[nodiscard]] constexpr bool holds(std::uint64_t key) const {
    if (key == 0) return false;  // a word too long for any list
    for (std::size_t slot = slot_of(key); slots_[slot] != 0; slot = (slot + 1) % kSlots) {
      if (slots_[slot] == key) return true;
    }
    return false;
  }

 private:
  static constexpr std::size_t kSlots = 64;
  static constexpr std::size_t slot_of(std::uint64_t key) {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> 58);
  }
  std::array<std::uint64_t, kSlots> slots_{};
};

// Abbreviations after which a '.' never ends a sentence.
constexpr KeySet kTitles(std::array<std::string_view, 28>{
    "mr",     "mrs", "ms",  "dr",  "prof", "st",  "gen",  "col",    "lt", "capt",
    "sgt",    "sen", "rep", "gov", "amb",  "hon", "rev",  "messrs", "vs", "cf",
    "approx", "ca",  "jr",  "sr",  "mt",   "ft",  "dept", "est"});
// Abbreviations that do not end a sentence when a number follows ("No. 5").
constexpr KeySet kBeforeNumbers(std::array<std::string_view, 16>{
    "no", "nos", "art", "para", "p", "pp", "vol", "jan", "feb", "mar", "apr", "aug", "sep", "sept",
    "oct", "nov"});
static_assert(kTitles.holds(lowered_key("Messrs")) && !kTitles.holds(lowered_key("no")));
static_assert(kBeforeNumbers.holds(lowered_key("SEPT")) &&
              !kBeforeNumbers.holds(lowered_key("mr")));

// The ASCII characters a word before a '.' starts after: white space, '('
// and '"'.
constexpr std::array<bool, 0x80> kStartsAfter = [] {
  std::array<bool, 0x80> after{};
  for (char c : {' ', '\t', '\n', '\r', '\f', '\v', '(', '"'}) {
    after[static_cast<std::size_t>(c)] = true;
  }
  return after;
}();

bool is_closer(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 || c == 0xBB;
}

class Splitter {
 public:
  // run() returns `spans` emptied and filled: a vector of the caller's,
  // whose memory is reused.
  Splitter(std::string_view text, std::vector<TextSpan> spans, std::vector<TextSpan>* overlong)
      : text_(text), spans_(std::move(spans)), overlong_(overlong) {}
  std::vector<TextSpan> run();

 private:
  void close(std::size_t end);
  bool newline_breaks(std::size_t pos) const;
  std::size_t after_terminal(std::size_t pos) const;
  std::size_t word_start(std::size_t end, bool& dotted) const;
  std::uint64_t key_before(std::size_t end, std::string_view word) const;
  bool period_ends(std::size_t dot, std::size_t next) const;
  char32_t at(std::size_t pos, std::size_t* length = nullptr) const {
    std::size_t len = 0;
    char32_t c = pos < text_.size() ? decode_at(text_, pos, len) : U'\0';
    if (length) *length = len;
    return c;
  }
  // A character of the text and its length in bytes.
  struct Char {
    char32_t c;
    std::size_t length;
  };
  // The character at `pos` (< the text's size), an ASCII byte read as it
  // is: where at() returned the length through a pointer, the compiler kept
  // it in memory, stored and reloaded at every character around a boundary.
  Char char_at(std::size_t pos) const {
    auto byte = static_cast<unsigned char>(text_[pos]);
    if (byte < 0x80) return {byte, 1};
    std::size_t length = 0;
    char32_t c = decode_non_ascii_at(text_, pos, length);
    return {c, length};
  }
  // The length of the white space character at `pos`, or 0 when there is
  // none (the text's end, any other character).
  std::size_t space_length(std::size_t pos) const {
    if (pos >= text_.size()) return 0;
    auto byte = static_cast<unsigned char>(text_[pos]);
    if (byte < 0x80) return ascii_space(byte) ? 1 : 0;
    Char c = char_at(pos);
    return is_space(c.c) ? c.length : 0;
  }
  // ' ' and '\t'..'\r' as bits of one constant: a shift and a test.
  static bool ascii_space(unsigned char byte) {
    constexpr std::uint64_t kSpaces = (std::uint64_t{1} << ' ') | (std::uint64_t{1} << '\t') |
                                      (std::uint64_t{1} << '\n') | (std::uint64_t{1} << '\r') |
                                      (std::uint64_t{1} << '\f') | (std::uint64_t{1} << '\v');
    return byte <= ' ' && ((kSpaces >> byte) & 1U) != 0;
  }
  // is_space(at(pos)), an ASCII byte tested as it is: the splitter asks it
  // of the bytes around every boundary and of the word before every '.'.
  bool space_at(std::size_t pos) const {
    if (pos < text_.size()) {
      auto byte = static_cast<unsigned char>(text_[pos]);
      if (byte < 0x80) return ascii_space(byte);
    }
    return is_space(at(pos));
  }

  std::string_view text_;
  std::vector<TextSpan> spans_;
  std::vector<TextSpan>* overlong_ = nullptr;  // where spans over kMaxSentenceBytes go
  std::size_t start_ = 0;
};

// Inline: called at every sentence end, where the call cost about as much
// as the common case's work (a space to skip, a span to add).
[[gnu::always_inline]] inline void Splitter::close(std::size_t end) {
  std::size_t begin = start_;
  while (begin < end) {
    std::size_t space = space_length(begin);
    if (space == 0) break;
    begin += space;
  }
  while (end > begin) {
    std::size_t back = end - 1;
    while (back > begin && (static_cast<unsigned char>(text_[back]) & 0xC0U) == 0x80U) --back;
    if (!space_at(back)) break;
    end = back;
  }
  if (end - begin > kMaxSentenceBytes) {
    if (overlong_ != nullptr) overlong_->push_back({begin, end});
  } else if (end > begin) {
    spans_.push_back({begin, end});
  }
  start_ = end;
}

// A newline ends the sentence unless it only wraps a long line mid-sentence.
bool Splitter::newline_breaks(std::size_t pos) const {
  std::size_t next = pos + 1;
  while (next < text_.size() &&
         (text_[next] == ' ' || text_[next] == '\t' || text_[next] == '\r')) {
    ++next;
  }
  if (next >= text_.size() || text_[next] == '\n') return true;
  std::size_t line_start = text_.rfind('\n', pos == 0 ? 0 : pos - 1);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  std::size_t last = pos;
  while (last > line_start && (text_[last - 1] == ' ' || text_[last - 1] == '\r')) --last;
  if (pos - line_start < 60 || last == line_start) return true;
  char prev = text_[last - 1];
  if (prev == '.' || prev == '!' || prev == '?' || prev == ':' || prev == ';') return true;
  auto first = static_cast<unsigned char>(text_[next]);
  return !(std::isalnum(first) || first >= 0x80);
}

// The position after a run of terminal marks and closing quotes or brackets.
std::size_t Splitter::after_terminal(std::size_t pos) const {
  while (pos < text_.size()) {
    Char c = char_at(pos);
    if (c.c == '.' || c.c == '!' || c.c == '?' || c.c == 0x2026 || is_closer(c.c)) {
      pos += c.length;
    } else {
      break;
    }
  }
  return pos;
}

// lowered_key(word) for the word that ends at `end`, in one load where the
// eight bytes before `end` are the text's (a key is built at every '.').
std::uint64_t Splitter::key_before(std::size_t end, std::string_view word) const {
  if constexpr (std::endian::native == std::endian::little) {
    if (word.size() <= 7 && end >= sizeof(std::uint64_t)) {
      // The word's bytes, the last of the eight, moved down so its first
      // byte is the lowest; 0x20 added to each upper-case letter.
      std::uint64_t bytes =
          load_word(text_, end - sizeof(std::uint64_t)) >> (8 * (8 - word.size()));
      bytes |= bytes_between(bytes, 'A', 'Z') >> 2;
      return bytes << 8 | word.size();
    }
  }
  return lowered_key(word);
}

// Where the word ending at `end` starts: after white space, '(' or '"', or
// at the text's start. Sets `dotted` when the word holds a '.'.
std::size_t Splitter::word_start(std::size_t end, bool& dotted) const {
  std::size_t begin = end;
  while (begin > 0) {
#ifdef __SSE2__
    // Sixteen bytes at a time back to the last that may end the word (a
    // character it starts after, or a byte of a non-ASCII character, whose
    // character decides), which is then tested alone below.
    if (begin >= sizeof(__m128i)) {
      std::size_t from = begin - sizeof(__m128i);
      __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text_.data() + from));
      auto is = [bytes](char c) { return _mm_cmpeq_epi8(bytes, _mm_set1_epi8(c)); };
      // '\t'..'\r' are 0x09..0x0D: below 5 once moved down by 9, as a signed
      // compare once moved down by 0x80 more.
      __m128i controls = _mm_cmplt_epi8(_mm_add_epi8(bytes, _mm_set1_epi8(0x80 - 9)),
                                        _mm_set1_epi8(static_cast<char>(0x80 + 5)));
      __m128i starts =
          _mm_or_si128(_mm_or_si128(is(' '), is('(')), _mm_or_si128(is('"'), controls));
      auto marks = static_cast<std::uint32_t>(_mm_movemask_epi8(starts) | _mm_movemask_epi8(bytes));
      auto dots = static_cast<std::uint32_t>(_mm_movemask_epi8(is('.')));
      // The bytes after the last mark (all sixteen when none) are the word's.
      unsigned word_from = marks == 0 ? 0 : 32 - static_cast<unsigned>(std::countl_zero(marks));
      dotted = dotted || (dots >> word_from) != 0;
      begin = from + word_from;
      if (marks == 0) continue;
    }
#endif
    auto byte = static_cast<unsigned char>(text_[begin - 1]);
    if (byte < 0x80 ? kStartsAfter[byte] : space_at(begin - 1)) break;
    dotted = dotted || byte == '.';
    --begin;
  }
  return begin;
}

// Whether the '.' at `dot` ends a sentence whose next word starts at `next`.
bool Splitter::period_ends(std::size_t dot, std::size_t next) const {
  bool dotted = false;
  std::size_t begin = word_start(dot, dotted);
  std::string_view word = text_.substr(begin, dot - begin);  // compared in lower case
  if (word.empty()) return true;
  if (dotted) return false;  // "U.S.", "e.g.", "i.e."
  if (word.size() == 1 && text_[begin] >= 'A' && text_[begin] <= 'Z') return false;  // initial
  std::uint64_t key = key_before(dot, word);
  if (kTitles.holds(key)) return false;
  bool digit_next = next < text_.size() && text_[next] >= '0' && text_[next] <= '9';
  return !(digit_next && kBeforeNumbers.holds(key));
}

bool may_end(char c) { return c == '\n' || c == '.' || c == '!' || c == '?' || c == '\xE2'; }

#ifdef __SSE2__
// Bit i for byte i of the sixteen at `bytes` that may end a sentence (may_end()).
std::uint32_t candidate_bits(const char* bytes) {
  __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes));
  auto is = [v](char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
  __m128i found = _mm_or_si128(_mm_or_si128(is('\n'), is('.')),
                               _mm_or_si128(_mm_or_si128(is('!'), is('?')), is('\xE2')));
  return static_cast<std::uint32_t>(_mm_movemask_epi8(found));
}
#endif

// Where the next byte that may end a sentence is, from `pos`: a newline, a
// terminal mark or the lead byte of U+2026 (…). Every other character is
// skipped without decoding (the bytes of a multi-byte character are never
// one of these): sixty-four bytes at a time with SSE2, which every x86-64
// has (this scan runs over every byte of every document, and compares with
// five bytes), their candidates kept as a bit mask for the next calls, so
// each byte is compared once; else eight at a time where none of them is.
// The position asked for never decreases from one call to the next.
class Candidates {
 public:
  explicit Candidates(std::string_view text) : text_(text) {}
  std::size_t next(std::size_t pos) {
#ifdef __SSE2__
    if (pos < end_) {  // in the block read last: its candidates from `pos`
      std::uint64_t left = mask_ & (~std::uint64_t{0} << (pos - begin_));
      if (left != 0) return begin_ + static_cast<std::size_t>(std::countr_zero(left));
      pos = end_;
    }
    for (; pos + kBlock <= text_.size(); pos += kBlock) {
      const char* bytes = text_.data() + pos;
      std::uint64_t mask = std::uint64_t{candidate_bits(bytes)} |
                           std::uint64_t{candidate_bits(bytes + 16)} << 16 |
                           std::uint64_t{candidate_bits(bytes + 32)} << 32 |
                           std::uint64_t{candidate_bits(bytes + 48)} << 48;
      if (mask != 0) {
        begin_ = pos;
        end_ = pos + kBlock;
        mask_ = mask;
        return pos + static_cast<std::size_t>(std::countr_zero(mask));
      }
    }
    // The last bytes, sixteen at a time, then eight.
    for (; pos + 16 <= text_.size(); pos += 16) {
      if (std::uint32_t mask = candidate_bits(text_.data() + pos); mask != 0) {
        return pos + static_cast<std::size_t>(std::countr_zero(mask));
      }
    }
#endif
    auto none_ends = [](std::uint64_t word) {
      return !has_byte(word, '\n') && !has_byte(word, '.') && !has_byte(word, '!') &&
             !has_byte(word, '?') && !has_byte(word, 0xE2);
    };
    return skip_kept(text_, pos, none_ends, [](char c) { return !may_end(c); });
  }

 private:
  static constexpr std::size_t kBlock = 64;

  std::string_view text_;
  std::size_t begin_ = 0;   // the block whose candidates mask_ holds
  std::size_t end_ = 0;     // its end (0 before the first)
  std::uint64_t mask_ = 0;  // bit i for byte begin_ + i
};

std::vector<TextSpan> Splitter::run() {
  spans_.clear();
  // Room for a sentence every 64 bytes, more than most texts hold: the
  // vector is not regrown (its spans copied) five or six times a document.
  spans_.reserve(text_.size() / 64 + 1);
  std::size_t pos = 0;
  Candidates candidates(text_);
  while ((pos = candidates.next(pos)) < text_.size()) {
    auto [c, len] = char_at(pos);
    if (c == '\n') {
      if (newline_breaks(pos)) close(pos);
      pos += len;
      continue;
    }
    if (c != '.' && c != '!' && c != '?' && c != 0x2026) {
      pos += len;
      continue;
    }
    std::size_t end = after_terminal(pos);
    std::size_t next = end;
    while (next < text_.size() && text_[next] != '\n') {
      std::size_t space = space_length(next);
      if (space == 0) break;
      next += space;
    }
    bool spaced = next > end || next >= text_.size() || text_[next] == '\n';
    bool lower_next = next < text_.size() && text_[next] >= 'a' && text_[next] <= 'z';
    if (spaced && !lower_next && (c != '.' || period_ends(pos, next))) close(end);
    pos = end;
  }
  close(text_.size());
  return std::move(spans_);  // a member: returned by copy otherwise
}

}  // namespace

std::vector<TextSpan> split_sentences(std::string_view text, std::vector<TextSpan>* overlong) {
  std::vector<TextSpan> spans;
  split_sentences_into(text, spans, overlong);
  return spans;
}

void split_sentences_into(std::string_view text, std::vector<TextSpan>& spans,
                          std::vector<TextSpan>* overlong) {
  spans = Splitter(text, std::move(spans), overlong).run();
}

}  // namespace orgkg
