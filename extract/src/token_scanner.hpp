// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The tokenizer's reader (tokenizer.hpp): Scanner reads one token at a
// time from a text, a word, a punctuation mark or a bare possessive, into a
// Token in place, spelling it as tokenizer.hpp says. tokenize_into()
// (tokenizer.cpp) decides which to read where and runs the word loop.
// Private to the tokenizer: included by tokenizer.cpp alone, so its
// functions are inline to be defined here, not to be shared.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "ascii_runs.hpp"
#include "orgkg/graph/ascii_scan.hpp"
#include "token_chars.hpp"
#include "tokenizer.hpp"
#include "utf8.hpp"
#include "word_hash.hpp"
#include "word_spelling.hpp"

namespace orgkg::detail::token_scanner {

using namespace token_chars;
using namespace word_spelling;

// Sets `token`'s matching form, and its hash.
inline void set_norm(Token& token, std::string_view norm) {
  token.norm = norm;
  token.hash = word_hash(norm);
}

// word_hash() of the word of `size` bytes, one to seven, that ends at byte
// `end` of `text`, in the text's last eight bytes (a word near its end):
// those eight in one load, the bytes after the word shifted out.
inline std::uint64_t tail_word_hash(std::string_view text, std::size_t end, std::size_t size) {
  std::uint64_t last = __builtin_bswap64(load_word(text, text.size() - sizeof last));
  return (last >> (8 * (text.size() - end))) & ((std::uint64_t{1} << (8 * size)) - 1);
}

// Sets both forms of `token` to `text` (bytes of the text or a literal).
inline void spell(Token& token, std::string_view text) {
  token.exact = text;
  set_norm(token, text);
}

// Whether the apostrophe at `at` opens a possessive "'s" (an 's' or 'S'
// that no character of a word follows, tested here for an ASCII one), which
// ends the word before it: that word is then the run of ASCII letters and
// digits before the apostrophe, spelt as any such run, not in
// Scanner::spelled_word() ("NATO's", "organisation's").
inline bool possessive_at(std::string_view text, std::size_t at) {
  if (at + 1 >= text.size() || (text[at + 1] | 0x20) != 's') return false;
  if (at + 2 == text.size()) return true;
  auto after = static_cast<unsigned char>(text[at + 2]);
  return after < 0x80 && kAsciiClasses[after] != CharClass::Word;
}

class Scanner {
 public:
  // `readable_after`: how many bytes after the text may be read (they are
  // never part of a token).
  Scanner(std::string_view text, std::size_t pos, TokenArena& arena, std::size_t readable_after)
      : text_(text), pos_(pos), readable_end_(text.size() + readable_after), arena_(arena) {}

  bool at_end() const { return pos_ >= text_.size(); }
  char32_t peek(std::size_t ahead_bytes = 0, std::size_t* length = nullptr) const {
    std::size_t at = pos_ + ahead_bytes;
    std::size_t len = 0;
    char32_t c = at < text_.size() ? decode_at(text_, at, len) : U'\0';
    if (length) *length = len;
    return c;
  }
  CharClass peek_class(std::size_t ahead_bytes = 0) const {
    return pos_ + ahead_bytes < text_.size() ? classify(peek(ahead_bytes)) : CharClass::Space;
  }
  std::size_t pos() const { return pos_; }
  void set_pos(std::size_t pos) { pos_ = pos; }
  void advance(std::size_t bytes) { pos_ += bytes; }
  // Steps over a space when an ASCII letter or digit follows it; false,
  // without moving, elsewhere.
  // Static, on the word loop's locals (word()).
  static bool skip_space_before_word(std::string_view text, std::size_t& pos) {
    if (pos + 1 >= text.size() || text[pos] != ' ') return false;
    auto next = static_cast<unsigned char>(text[pos + 1]);
    if (next >= 0x80 || kAsciiClasses[next] != CharClass::Word) return false;
    pos += 1;
    return true;
  }

  // Each reads one token into `token`, a Token already in place in the result
  // (no Token is moved), setting its every field: it may hold an earlier
  // sentence's token.
  // word() then steps over a space when an ASCII letter or digit follows it,
  // and says whether it did (skip_space_before_word()): the next word starts
  // there. It reads and moves `pos`, not the scanner's position, and reads
  // `text`, the scanner's text: the caller's locals, kept in registers over
  // the word loop, where the scanner's members were reloaded at every word
  // (a store to a token's size_t fields may change them, for the compiler).
  // The caller sets the scanner's position after the loop (set_pos()).
  [[gnu::always_inline]] bool word(Token& token, bool hyphen_before, std::string_view text,
                                   std::size_t& pos) {
    // Copies of the word's reading for the sixteen bytes from its start
    // loaded (nearly every word: they are the text's, or may be read past
    // its end), where whether they are is then known and not tested again,
    // nor kept in a register, and one for the rest.
    AsciiRuns runs(text);
    if (pos + AsciiRuns::kBytes <= text.size()) {
      return word_from(runs.at_loaded(pos), token, hyphen_before, text, pos);
    }
    if (pos + AsciiRuns::kBytes <= readable_end_) {
      return word_from(runs.from_masks(pos, runs.masks_past_end(pos), true), token, hyphen_before,
                       text, pos);
    }
    return word_from(runs.at_near_end(pos), token, hyphen_before, text, pos);
  }
  // word() for a word after a space, without a hyphen before it (the word
  // loop's), where the commonest word is read on its own, with fewer tests
  // and stores than word() makes: letters and digits, starting with a
  // lower-case letter, no upper-case one, shorter than sixteen bytes, with a
  // space and a word after it and no British ending. Its spellings are its
  // bytes, and its hash the bytes in hand. word() reads any other word from
  // the same sixteen bytes classified.
  [[gnu::always_inline]] bool next_word(Token& token, std::string_view text, std::size_t& pos) {
    AsciiRuns runs(text);
    const char* bytes = text.data() + pos;
    AsciiRuns::Masks masks;
    if (pos + AsciiRuns::kBytes <= text.size()) {
      masks = AsciiRuns::classify(bytes);
    } else if (pos + AsciiRuns::kBytes <= readable_end_) {  // the bytes past the end in no class
      masks = runs.masks_past_end(pos);
    } else {
      return word_from(runs.at_near_end(pos), token, false, text, pos);
    }
    auto length = static_cast<std::size_t>(std::countr_zero(~masks.alnum));
    std::uint32_t run = (std::uint32_t{1} << length) - 1;  // length is at most 16
    bool space_then_word = (((masks.space & (masks.alnum >> 1)) >> length) & 1U) != 0;
    if (length - 1 < AsciiRuns::kBytes - 1 && (masks.upper & run) == 0 &&
        static_cast<unsigned char>(bytes[0]) > '9' && space_then_word &&
        !may_end_british(last_four(bytes, length), length)) {
      std::uint64_t first = load_word(text, pos);
      token.begin = pos;
      token.end = pos + length;
      token.exact = {bytes, length};
      token.norm = {bytes, length};
      token.hash = length < sizeof first
                       ? __builtin_bswap64(first) >> (8 * (sizeof first - length))
                       : word_hash_of_bytes(first, load_word(text, pos + sizeof first), length);
      token.type = TokenType::Word;
      token.capitalized = false;
      token.hyphen_before = false;
      pos += length + 1;
      return true;
    }
    // The next commonest, a capitalized word (no other upper-case letter,
    // the rest as above): its norm is its bytes lowered, in the arena, as
    // respell() writes it.
    if (length - 1 < AsciiRuns::kBytes - 1 && (masks.upper & run) == 1 && space_then_word) {
      constexpr std::uint64_t kCaseBits = ascii_scan::kOnes * 0x20;
      if (!may_end_british(last_four(bytes, length) | static_cast<std::uint32_t>(kCaseBits),
                           length)) {
        std::uint64_t lower[2] = {load_word(text, pos) | kCaseBits,
                                  load_word(text, pos + sizeof lower[0]) | kCaseBits};
        char* norm = arena_.allocate(with_slack(length));
        std::memcpy(norm, &lower[0], sizeof lower[0]);
        if (length > sizeof lower[0])
          std::memcpy(norm + sizeof lower[0], &lower[1], sizeof lower[1]);
        token.begin = pos;
        token.end = pos + length;
        token.exact = {bytes, length};
        token.norm = {norm, length};
        token.hash = word_hash_of_bytes(lower[0], lower[1], length);
        token.type = TokenType::Word;
        token.capitalized = true;
        token.hyphen_before = false;
        pos += length + 1;
        return true;
      }
    }
    return word_from(runs.from_masks(pos, masks, true), token, false, text, pos);
  }
  void punct(Token& token);
  // The apostrophe after a word ending in s, as the possessive "'s".
  void bare_possessive(Token& token) {
    token = Token{};
    token.begin = pos_;
    std::size_t len = 0;
    peek(0, &len);
    pos_ += len;
    token.end = pos_;
    token.type = TokenType::Word;
    spell(token, "'s");
  }

 private:
  // The rare word that is not one run of ASCII letters and digits, its
  // spellings built piece by piece in strings of its own (members, they
  // were made and freed at every call of tokenize_into()). Out of line, in
  // tokenizer.cpp.
  [[gnu::noinline]] void spelled_word(Token& token);
  // Sets the matching form of a run of ASCII letters and digits that is not
  // its bytes as written (an upper-case letter, a British ending), stored in
  // the arena, and its hash.
  void respell(Token& token, std::string_view raw, const AsciiRun& run);
  // word_from()'s reading of a word that is the run at `pos`, moving `pos`
  // to its end.
  void spell_run(const AsciiRun& run, Token& token, std::string_view text, std::size_t& pos);
  // word() from the run of ASCII letters and digits at `pos`.
  bool word_from(const AsciiRun& run, Token& token, bool hyphen_before, std::string_view text,
                 std::size_t& pos);
  // spelled_word()'s reading of the character at the position into both
  // spellings (defined beside it, in tokenizer.cpp).
  void take_char(Token& token, std::string& norm, std::string& exact);

  // The run of ASCII letters and digits at the position.
  AsciiRun ascii_alnum_run() const { return AsciiRuns(text_).at(pos_); }
  // take_char() for a run of ASCII letters and digits.
  void take_ascii(Token& token, const AsciiRun& run, std::string& norm, std::string& exact);
  // Room for `size` bytes written eight at a time.
  static std::size_t with_slack(std::size_t size) {
    return (size + sizeof(std::uint64_t) - 1) & ~(sizeof(std::uint64_t) - 1);
  }
  // The lower case of the `size` ASCII letters and digits at byte `at` of
  // the text, written at `out`, which has room for with_slack(size) bytes:
  // a letter or digit's lower case is itself with bit 0x20 set, so eight
  // bytes are lowered at once (those read past the run are written in the
  // slack, outside the spelling). Out of line: only words near the text's
  // end and rare words call it, and inlined it cost the word loop more.
  [[gnu::noinline]] void write_lower(char* out, std::size_t at, std::size_t size) const {
    constexpr std::uint64_t kCaseBits = ascii_scan::kOnes * 0x20;
    // The bytes lowered eight at a time: all, but those in the text's last
    // seven bytes.
    std::size_t in_words = std::min(with_slack(size), (text_.size() - at) & ~std::size_t{7});
    std::size_t i = 0;
    for (; i < in_words; i += sizeof(std::uint64_t)) {
      std::uint64_t lower = load_word(text_, at + i) | kCaseBits;
      std::memcpy(out + i, &lower, sizeof lower);
    }
    if (i < size && text_.size() >= sizeof(std::uint64_t)) {
      // The rest, within the text's last eight bytes: those eight loaded
      // and moved down so that byte at + i is the lowest.
      std::size_t left = text_.size() - (at + i);  // 1 to 7
      std::uint64_t lower =
          (load_word(text_, text_.size() - sizeof lower) >> (8 * (sizeof lower - left))) |
          kCaseBits;
      std::memcpy(out + i, &lower, sizeof lower);
      return;
    }
    for (; i < size; ++i) out[i] = static_cast<char>(text_[at + i] | 0x20);
  }
  // `bytes` copied into the arena.
  std::string_view store(std::string_view bytes) {
    char* at = arena_.allocate(bytes.size());
    std::memcpy(at, bytes.data(), bytes.size());
    return {at, bytes.size()};
  }

  std::string_view text_;
  std::size_t pos_;
  std::size_t readable_end_;  // the text's size and the bytes after it that may be read
  TokenArena& arena_;
};

// Inline, and respell() too (a third of the words are capitalized): called
// at nearly every token, a call cost as much as the common case's work.
// Always: with the word's hash, the compiler no longer inlined it.
[[gnu::always_inline]] inline bool Scanner::word_from(const AsciiRun& run, Token& token,
                                                      bool hyphen_before, std::string_view text,
                                                      std::size_t& pos) {
  token.begin = pos;
  token.hyphen_before = hyphen_before;
  // Nearly every word is one run of ASCII letters and digits ended by a
  // character that cannot continue it (not an apostrophe, not the dot of
  // "U.S."): its spellings are its bytes, or their lower case. A space
  // before another word, the commonest end, is one: tested once, each way
  // reading the run in a copy of its own (spell_run()), where it was tested
  // again after the spelling.
  if (run.word_after_space) {
    spell_run(run, token, text, pos);
    pos += 1;
    return true;
  }
  std::size_t end = pos + run.length;
  if (run.length == 0 || end < text.size()) {
    char next = run.length == 0 ? '\x80' : text[end];
    if (static_cast<unsigned char>(next) >= 0x80 || (next == '\'' && !possessive_at(text, end)) ||
        (next == '.' && run.length == 1)) {
      pos_ = pos;  // the rare path reads and moves the scanner's position
      spelled_word(token);
      pos = pos_;
      return skip_space_before_word(text, pos);
    }
  }
  spell_run(run, token, text, pos);
  return skip_space_before_word(text, pos);
}

[[gnu::always_inline]] inline void Scanner::spell_run(const AsciiRun& run, Token& token,
                                                      std::string_view text, std::size_t& pos) {
  std::size_t end = pos + run.length;
  std::string_view raw(text.data() + pos, run.length);  // end <= the text's size
  std::size_t begin = pos;
  pos = end;
  token.end = end;
  token.exact = raw;
  token.capitalized = run.upper_first;
  token.type = run.digits ? TokenType::Number : TokenType::Word;
  // The branch-free screen for a British ending where the word's last four
  // bytes can be read at once: the sixteen from its start are in the text.
  if (run.upper || (!run.digits &&
                    (run.loaded ? may_end_british(last_four(raw.data(), raw.size()), raw.size())
                                : may_have_british_ending(raw)) &&
                    british_ending(raw) != nullptr)) {
    respell(token, raw, run);
  } else {
    token.norm = raw;
    if (run.loaded) {
      token.hash = word_hash_of_bytes(run.bytes[0], run.bytes[1], raw.size());
    } else {  // near the text's end: a short word in one load where eight bytes are left
      token.hash = raw.size() >= 8            ? word_hash(raw)
                   : begin + 8 <= text.size() ? short_word_hash(raw)
                   : text.size() >= 8         ? tail_word_hash(text, end, raw.size())
                                              : word_hash(raw);
    }
  }
}

[[gnu::always_inline]] inline void Scanner::respell(Token& token, std::string_view raw,
                                                    const AsciiRun& run) {
  std::size_t size = raw.size();
  char* norm = arena_.allocate(with_slack(size));
  // A letter or digit's lower case is itself with bit 0x20 set.
  constexpr std::uint64_t kCaseBits = ascii_scan::kOnes * 0x20;
  std::uint64_t lower[2] = {run.bytes[0] | kCaseBits, run.bytes[1] | kCaseBits};
  if (run.loaded) {  // the run's bytes lowered eight at a time from the two loads
    std::memcpy(norm, &lower[0], sizeof lower[0]);
    if (size > sizeof lower[0]) std::memcpy(norm + sizeof lower[0], &lower[1], sizeof lower[1]);
  } else {
    write_lower(norm, static_cast<std::size_t>(raw.data() - text_.data()), size);
  }
  const Respelling* ending = !run.digits && may_end_british(last_four(norm, size), size)
                                 ? british_ending({norm, size})
                                 : nullptr;
  if (ending != nullptr) size = word_spelling::respell(norm, size, *ending);
  token.norm = {norm, size};
  if (run.loaded && ending == nullptr) {  // the norm is the lowered bytes in hand
    token.hash = word_hash_of_bytes(lower[0], lower[1], size);
  } else {  // the norm has slack (with_slack()), so eight bytes can be read
    token.hash = size - 1 < 7 ? short_word_hash(token.norm) : word_hash(token.norm);
  }
}

inline void Scanner::punct(Token& token) {
  // Every field set, none reset first: spell() sets the spellings and hash.
  token.begin = pos_;
  token.type = TokenType::Punct;
  token.capitalized = false;
  token.hyphen_before = false;
  // ASCII punctuation but an apostrophe (which may open a possessive): its
  // byte, with no decoding, and a hash that is the byte itself for every
  // mark but "&" ("and").
  if (auto byte = static_cast<unsigned char>(text_[pos_]); byte < 0x80 && byte != '\'') {
    std::string_view norm = punct_norm(byte, text_.substr(pos_, 1));
    pos_ += 1;
    token.end = pos_;
    token.exact = norm;
    token.norm = norm;
    token.hash = norm.size() == 1 ? static_cast<unsigned char>(norm[0]) : word_hash(norm);
    if (byte == '&') token.type = TokenType::Word;
    return;
  }
  std::size_t len = 0;
  char32_t c = peek(0, &len);
  std::string_view raw = text_.substr(pos_, len);
  pos_ += len;
  token.end = pos_;
  spell(token, punct_norm(c, raw));
  if (c == '&') token.type = TokenType::Word;
  // A possessive "'s" split off a word is a word of its own.
  if ((c == '\'' || c == 0x2019) && (peek() == 's' || peek() == 'S') &&
      peek_class(1) != CharClass::Word) {
    pos_ += 1;
    token.end = pos_;
    token.type = TokenType::Word;
    spell(token, "'s");
  }
}

// Whether `token` is a word ending in s, whose closing apostrophe is a
// possessive ("Belarus' bid").
inline bool ends_in_s(const Token& token) {
  return token.is_word() && !token.exact.empty() &&
         (token.exact.back() == 's' || token.exact.back() == 'S');
}

}  // namespace orgkg::detail::token_scanner
