// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "tokenizer.hpp"

#include <algorithm>
#include <cstddef>
#include <limits>
#include <span>

#include "token_chars.hpp"
#include "token_scanner.hpp"
#include "token_sink.hpp"

namespace orgkg::detail {

using token_chars::CharClass;
using token_chars::kAsciiClasses;
using token_scanner::ends_in_s;
using token_scanner::Scanner;

// Scanner::take_char() and take_ascii() (token_scanner.hpp), for
// spelled_word() alone.
inline void token_scanner::Scanner::take_char(Token& token, std::string& norm, std::string& exact) {
  std::size_t len = 0;
  char32_t c = peek(0, &len);
  std::string_view raw = text_.substr(pos_, len);
  if (exact.empty()) token.capitalized = (c >= 'A' && c <= 'Z') || c >= 0x80;
  if (!(c >= '0' && c <= '9')) token.type = TokenType::Word;
  exact.append(c == 0x2019 ? "'" : raw);
  append_folded(norm, c == 0x2019 ? U'\'' : c, raw);
  pos_ += len;
}

inline void token_scanner::Scanner::take_ascii(Token& token, const AsciiRun& run, std::string& norm,
                                               std::string& exact) {
  std::string_view raw = text_.substr(pos_, run.length);
  if (exact.empty()) token.capitalized = raw[0] >= 'A' && raw[0] <= 'Z';
  exact.append(raw);
  std::size_t norm_at = norm.size();
  norm.resize(norm_at + with_slack(raw.size()));
  write_lower(norm.data() + norm_at, pos_, raw.size());
  norm.resize(norm_at + raw.size());
  if (!run.digits) token.type = TokenType::Word;
  pos_ += run.length;
}

// Scanner::spelled_word() (token_scanner.hpp), out of line: a rare word.
void token_scanner::Scanner::spelled_word(Token& token) {
  token.type = TokenType::Number;
  token.capitalized = false;  // until its first character is read
  std::string norm;
  std::string exact;
  std::size_t segment = 0;  // characters since the start or the last dot
  bool dotted = false;
  while (!at_end()) {
    if (AsciiRun run = ascii_alnum_run(); run.length > 0) {  // the common case, in bulk
      take_ascii(token, run, norm, exact);
      segment += run.length;
      continue;
    }
    // Past the run, an ASCII character other than an apostrophe or a dot
    // ends the word (a space, a hyphen or punctuation): say so at once.
    if (char next = text_[pos_];
        static_cast<unsigned char>(next) < 0x80 && next != '\'' && next != '.') {
      break;
    }
    CharClass cls = peek_class();
    if (cls == CharClass::Word) {
      take_char(token, norm, exact);
      ++segment;
      continue;
    }
    std::size_t len = 0;
    char32_t c = peek(0, &len);
    if (cls == CharClass::Apostrophe && peek_class(len) == CharClass::Word) {
      char32_t next = peek(len);
      bool possessive = (next == 's' || next == 'S') && peek_class(len + 1) != CharClass::Word;
      if (possessive) break;
      exact.push_back('\'');
      norm.push_back('\'');
      pos_ += len;
      segment = 0;
      continue;
    }
    if (c == '.' && segment == 1 && peek_class(1) == CharClass::Word &&
        peek_class(2) != CharClass::Word) {
      dotted = true;  // "U.S": a single letter, a dot, a single letter
      pos_ += 1;
      segment = 0;
      continue;
    }
    if (c == '.' && dotted && segment == 1) pos_ += 1;  // the final dot of "U.S."
    break;
  }
  token.end = pos_;
  if (token.type == TokenType::Word) {
    if (const Respelling* ending = british_ending(norm)) {
      norm.resize(word_spelling::respell(norm.data(), norm.size(), *ending));
    }
  }
  // The spellings are bytes of the text when nothing was dropped or replaced.
  std::string_view raw = text_.substr(token.begin, token.end - token.begin);
  token.exact = exact == raw ? raw : store(exact);
  set_norm(token, norm == raw ? raw : store(norm));
}

TokenList tokenize(std::string_view text, std::size_t pos, std::size_t max_tokens) {
  TokenList list;
  list.tokens_.reserve(std::min(max_tokens, (text.size() - std::min(pos, text.size())) / 5 + 1));
  tokenize_into(list.tokens_, list.arena_, text, pos, max_tokens);
  return list;
}

namespace {

// mark_then_word() at the apostrophe of "'s" (or "'S"): the possessive
// word punct() reads there, when a space and an ASCII letter or digit
// follow.
inline bool possessive_then_word(Token& token, std::string_view text, std::size_t& pos) {
  if (pos + 3 >= text.size() || text[pos + 2] != ' ') return false;
  auto next = static_cast<unsigned char>(text[pos + 3]);
  if (next >= 0x80 || kAsciiClasses[next] != CharClass::Word) return false;
  token.begin = pos;
  token.end = pos + 2;
  token_scanner::spell(token, "'s");
  token.type = TokenType::Word;
  token.capitalized = false;
  token.hyphen_before = false;
  pos += 3;
  return true;
}

// Writes the ASCII mark at byte `at` of `text` into `token` as punct()
// reads it: its spellings its byte, its hash the byte.
[[gnu::always_inline]] inline void spell_mark(Token& token, std::string_view text, std::size_t at) {
  token.begin = at;
  token.end = at + 1;
  token.exact = {text.data() + at, 1};
  token.norm = {text.data() + at, 1};
  token.hash = static_cast<unsigned char>(text[at]);
  token.type = TokenType::Punct;
  token.capitalized = false;
  token.hyphen_before = false;
}

// After a word the word loop read without a space and a word after it:
// a comma, ')', ';' or ':' followed by a space, or a space and '(', then
// an ASCII letter or digit (or a possessive "'s", possessive_then_word()). The mark is read as
// punct() reads it (its spellings its byte, its hash the byte) and `pos` moved to the word; false,
// writing nothing, elsewhere. The loop then goes on to that word without a turn of the outer loop
// for the mark and another for the space.
[[gnu::always_inline]] inline bool mark_then_word(Token& token, std::string_view text,
                                                  std::size_t& pos) {
  if (pos + 2 >= text.size()) return false;
  char mark = text[pos];
  char after = text[pos + 1];
  std::size_t at = pos;               // the mark's
  if (mark == ' ' && after == '(') {  // " (": the mark after the space
    at = pos + 1;
    mark = '(';
  } else if (mark == '\'' && (after | 0x20) == 's') {  // a possessive "'s" and a space
    return possessive_then_word(token, text, pos);
  } else if (!(mark == ',' || mark == ')' || mark == ';' || mark == ':') || after != ' ') {
    return false;
  }
  auto next = static_cast<unsigned char>(text[pos + 2]);
  if (next >= 0x80 || kAsciiClasses[next] != CharClass::Word) return false;
  spell_mark(token, text, at);
  pos += 2;
  return true;
}

// After a word the word loop read without a space and a word after it:
// a '.' that ends the text (a sentence's last token), read as punct()
// reads it, `pos` moved to the end; false, writing nothing, elsewhere.
[[gnu::always_inline]] inline bool final_period(Token& token, std::string_view text,
                                                std::size_t& pos) {
  if (pos + 1 != text.size() || text[pos] != '.') return false;
  spell_mark(token, text, pos);
  pos += 1;
  return true;
}

// tokenize_into() with `readable_after` bytes after the text that may be
// read (tokenize_sentence_into()).
void tokenize_text(std::vector<Token>& tokens, TokenArena& arena, std::string_view text,
                   std::size_t pos, std::size_t max_tokens, std::size_t readable_after) {
  TokenSink sink(tokens);
  Scanner scanner(text, pos, arena, readable_after);
  bool after_word = false;
  if (max_tokens == 0) return;
  // The token count is checked only when it grows (a space adds none).
  while (!scanner.at_end()) {
    auto byte = static_cast<unsigned char>(text[scanner.pos()]);
    if (byte == ' ') {  // the commonest character between tokens
      scanner.advance(1);
      after_word = false;
      continue;
    }
    CharClass cls = byte < 0x80 ? kAsciiClasses[byte] : scanner.peek_class();
    if (cls == CharClass::Space) {
      std::size_t len = 0;
      scanner.peek(0, &len);
      scanner.advance(len);
      after_word = false;
    } else if (cls == CharClass::Word || (cls == CharClass::Hyphen && after_word &&
                                          scanner.peek_class(1) == CharClass::Word)) {
      // Words one space apart, the commonest sequence, read in a loop of
      // their own, the space skipped without a turn of the outer loop; into
      // the reused tokens through a pointer, the position and the text in
      // locals, so that only the words' bytes and tokens are in memory.
      bool hyphen_before = cls == CharClass::Hyphen;
      std::size_t pos = scanner.pos() + (hyphen_before ? 1 : 0);
      // A word without a hyphen before it is read in the loop, the first
      // too (a mark after it is then read there as well).
      bool word_next = !hyphen_before || scanner.word(sink.next(), true, text, pos);
      while (word_next && sink.size() != max_tokens) {
        std::span<Token> room = sink.reusable(max_tokens);
        if (room.empty()) {  // the vector grows
          sink.grow();
          continue;
        }
        Token* token = room.data();
        // Counted down, not compared with an end pointer: the compiler then
        // kept more of the word's state in registers (1 M fewer instructions).
        std::size_t left = room.size();
        do {
          word_next = scanner.next_word(*token++, text, pos);
          // ", " and the like between words read here, when a token is left
          // for the mark.
          if (!word_next && left > 1) {
            if (mark_then_word(*token, text, pos)) {
              ++token;
              --left;
              word_next = true;
            } else if (final_period(*token, text, pos)) {
              ++token;
              --left;
            }
          }
        } while (word_next && --left != 0);
        sink.took(static_cast<std::size_t>(token - room.data()));
      }
      scanner.set_pos(pos);
      after_word = true;
    } else if (cls == CharClass::Apostrophe && after_word && ends_in_s(sink.back()) &&
               scanner.peek_class(1) != CharClass::Word) {
      scanner.bare_possessive(sink.next());  // "Belarus' application"
      after_word = false;
    } else {
      scanner.punct(sink.next());
      after_word = false;
    }
    if (sink.size() == max_tokens) return;
  }
}

}  // namespace

void tokenize_into(std::vector<Token>& tokens, TokenArena& arena, std::string_view text,
                   std::size_t pos, std::size_t max_tokens) {
  tokenize_text(tokens, arena, text, pos, max_tokens, 0);
}

void tokenize_sentence_into(std::vector<Token>& tokens, TokenArena& arena, std::string_view text,
                            std::size_t readable_after) {
  tokenize_text(tokens, arena, text, 0, std::numeric_limits<std::size_t>::max(), readable_after);
}

bool is_acronym_like(const Token& token) {
  if (!token.is_word()) return false;
  // Two capitals, or a capital and a digit: read until they are seen.
  bool upper = false;
  bool digit = false;
  for (char c : token.exact) {
    if (c >= 'A' && c <= 'Z') {
      if (upper || digit) return true;
      upper = true;
    } else if (c >= '0' && c <= '9') {
      if (upper) return true;
      digit = true;
    }
  }
  return false;
}

}  // namespace orgkg::detail
