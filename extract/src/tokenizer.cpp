// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "tokenizer.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <utility>

#include "ascii_scan.hpp"
#include "utf8.hpp"

namespace orgkg::detail {
namespace {

enum class CharClass { Space, Word, Punct, Apostrophe, Hyphen };

constexpr CharClass classify_ascii(char c) {
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
    return CharClass::Space;
  }
  if (c == '\'') return CharClass::Apostrophe;
  if (c == '-') return CharClass::Hyphen;
  bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return alnum ? CharClass::Word : CharClass::Punct;
}

// classify_ascii() of each ASCII character, looked up: most characters are.
constexpr std::array<CharClass, 0x80> kAsciiClasses = [] {
  std::array<CharClass, 0x80> classes{};
  for (std::size_t c = 0; c < classes.size(); ++c)
    classes[c] = classify_ascii(static_cast<char>(c));
  return classes;
}();

// Which bytes are ASCII letters and digits, the bulk of every word.
constexpr std::array<bool, 0x100> kAsciiAlnum = [] {
  std::array<bool, 0x100> alnum{};
  for (std::size_t c = 0; c < kAsciiClasses.size(); ++c)
    alnum[c] = kAsciiClasses[c] == CharClass::Word;
  return alnum;
}();

CharClass classify(char32_t c) {
  if (c < 0x80) return kAsciiClasses[c];
  if (is_space(c)) return CharClass::Space;
  if (c == 0x2019) return CharClass::Apostrophe;
  bool punct = (c >= 0xA1 && c <= 0xBF) || c == 0xD7 || c == 0xF7 || (c >= 0x2010 && c <= 0x206F) ||
               (c >= 0x2190 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) || c == 0xFFFD ||
               (c >= 0xFE30 && c <= 0xFE4F);
  return punct ? CharClass::Punct : CharClass::Word;
}

// 0x80 in each byte of `word` that is an ASCII letter or digit.
constexpr std::uint64_t ascii_alnum_bytes(std::uint64_t word) {
  return bytes_between(word, '0', '9') | bytes_between(word, 'A', 'Z') |
         bytes_between(word, 'a', 'z');
}

// Lower-case ASCII base letters of U+00C0..U+017F ('*' for the two signs).
constexpr std::string_view kLatinFold =
    "aaaaaaaceeeeiiiidnooooo*ouuuuytsaaaaaaaceeeeiiiidnooooo*ouuuuyty"
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll"
    "lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
static_assert(kLatinFold.size() == 0x180 - 0xC0);

void append_folded(std::string& out, char32_t c, std::string_view raw) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
  } else if (c >= 0xC0 && c <= 0x17F && kLatinFold[c - 0xC0] != '*') {
    out.push_back(kLatinFold[c - 0xC0]);
  } else {
    out.append(raw);
  }
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// British spellings that vary in organisation names, written the American way.
void americanize(std::string& word) {
  // Each British ending below ends in one of these letters: most words are
  // done with at once.
  if (word.empty()) return;
  if (char last = word.back(); last != 'n' && last != 'e' && last != 's' && last != 'r') return;
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kSuffixes{
      {{"isation", "ization"},
       {"isations", "izations"},
       {"programme", "program"},
       {"programmes", "programs"},
       {"centre", "center"},
       {"centres", "centers"},
       {"defence", "defense"},
       {"labour", "labor"}}};
  for (const auto& [british, american] : kSuffixes) {
    if (ends_with(word, british)) {
      word.replace(word.size() - british.size(), british.size(), american);
      return;
    }
  }
}

std::string_view punct_norm(char32_t c, std::string_view raw) {
  if (is_dash(c)) return "-";
  if (c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0xAB || c == 0xBB) return "\"";
  if (c == 0x2018 || c == 0x2019) return "'";
  if (c == '&') return "and";
  return raw;
}

// Sets both forms of `token` to `text`.
void spell(Token& token, std::string_view text) {
  token.norm.assign(text);
  token.exact.assign(text);
}

class Scanner {
 public:
  Scanner(std::string_view text, std::size_t pos) : text_(text), pos_(pos) {}

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
  void advance(std::size_t bytes) { pos_ += bytes; }

  // Each reads one token into `token`, a default Token already in place in
  // the result (no Token is moved).
  void word(Token& token, bool hyphen_before);
  void punct(Token& token);
  // The apostrophe after a word ending in s, as the possessive "'s".
  void bare_possessive(Token& token) {
    token.begin = pos_;
    std::size_t len = 0;
    peek(0, &len);
    pos_ += len;
    token.end = pos_;
    token.type = TokenType::Word;
    spell(token, "'s");
  }

 private:
  void take_char(Token& token) {
    std::size_t len = 0;
    char32_t c = peek(0, &len);
    std::string_view raw = text_.substr(pos_, len);
    if (token.exact.empty()) token.capitalized = (c >= 'A' && c <= 'Z') || c >= 0x80;
    if (!(c >= '0' && c <= '9')) token.type = TokenType::Word;
    token.exact.append(c == 0x2019 ? "'" : raw);
    append_folded(token.norm, c == 0x2019 ? U'\'' : c, raw);
    pos_ += len;
  }

  // Length of the run of ASCII letters and digits at the position, eight
  // bytes at a time while they are all such.
  std::size_t ascii_alnum_run() const {
    std::size_t end = pos_;
    if constexpr (std::endian::native == std::endian::little) {
      for (; end + sizeof(std::uint64_t) <= text_.size(); end += sizeof(std::uint64_t)) {
        std::uint64_t stops = ~ascii_alnum_bytes(load_word(text_, end)) & ascii_scan::kHighBits;
        if (stops != 0) return end + std::countr_zero(stops) / 8 - pos_;
      }
    }
    while (end < text_.size() && kAsciiAlnum[static_cast<unsigned char>(text_[end])]) ++end;
    return end - pos_;
  }
  // take_char() for a run of ASCII letters and digits.
  void take_ascii(Token& token, std::size_t run) {
    std::string_view raw = text_.substr(pos_, run);
    if (token.exact.empty()) token.capitalized = raw[0] >= 'A' && raw[0] <= 'Z';
    token.exact.append(raw);
    std::size_t norm_at = token.norm.size();
    token.norm.append(raw);
    char* norm = token.norm.data() + norm_at;
    bool digits = true;
    std::size_t i = 0;
    for (; i + sizeof(std::uint64_t) <= run; i += sizeof(std::uint64_t)) {
      std::uint64_t bytes = load_word(raw, i);
      std::uint64_t lower = bytes | bytes_between(bytes, 'A', 'Z') >> 2;  // 0x80 >> 2 = 'a' - 'A'
      std::memcpy(norm + i, &lower, sizeof lower);
      digits = digits && bytes_between(bytes, '0', '9') == ascii_scan::kHighBits;
    }
    for (; i < run; ++i) {
      char c = norm[i];
      if (c >= 'A' && c <= 'Z') norm[i] = static_cast<char>(c - 'A' + 'a');
      digits = digits && c >= '0' && c <= '9';
    }
    if (!digits) token.type = TokenType::Word;
    pos_ += run;
  }

  std::string_view text_;
  std::size_t pos_;
};

void Scanner::word(Token& token, bool hyphen_before) {
  token.begin = pos_;
  token.type = TokenType::Number;
  token.hyphen_before = hyphen_before;
  std::size_t segment = 0;  // characters since the start or the last dot
  bool dotted = false;
  while (!at_end()) {
    if (std::size_t run = ascii_alnum_run(); run > 0) {  // the common case, in bulk
      take_ascii(token, run);
      segment += run;
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
      take_char(token);
      ++segment;
      continue;
    }
    std::size_t len = 0;
    char32_t c = peek(0, &len);
    if (cls == CharClass::Apostrophe && peek_class(len) == CharClass::Word) {
      char32_t next = peek(len);
      bool possessive = (next == 's' || next == 'S') && peek_class(len + 1) != CharClass::Word;
      if (possessive) break;
      token.exact.push_back('\'');
      token.norm.push_back('\'');
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
  if (token.type == TokenType::Word) americanize(token.norm);
}

void Scanner::punct(Token& token) {
  token.begin = pos_;
  token.type = TokenType::Punct;
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

bool ends_in_s(const Token& token) {
  return token.is_word() && !token.exact.empty() &&
         (token.exact.back() == 's' || token.exact.back() == 'S');
}

// The tokens being written: the vector's tokens are reset and reused before
// new ones are added, and those left over are dropped at the end.
class TokenSink {
 public:
  explicit TokenSink(std::vector<Token>& tokens) : tokens_(tokens) {}
  ~TokenSink() { tokens_.resize(count_); }
  TokenSink(const TokenSink&) = delete;
  TokenSink& operator=(const TokenSink&) = delete;

  [[nodiscard]] std::size_t size() const { return count_; }
  [[nodiscard]] const Token& back() const { return tokens_[count_ - 1]; }
  // A default token, the next one.
  Token& next() {
    if (count_ == tokens_.size()) {
      ++count_;
      return tokens_.emplace_back();
    }
    Token& token = tokens_[count_++];
    token.begin = token.end = 0;
    token.type = TokenType::Word;
    token.norm.clear();
    token.exact.clear();
    token.capitalized = token.hyphen_before = false;
    return token;
  }

 private:
  std::vector<Token>& tokens_;
  std::size_t count_ = 0;
};

}  // namespace

std::vector<Token> tokenize(std::string_view text, std::size_t pos, std::size_t max_tokens) {
  std::vector<Token> tokens;
  tokens.reserve(std::min(max_tokens, (text.size() - std::min(pos, text.size())) / 5 + 1));
  tokenize_into(tokens, text, pos, max_tokens);
  return tokens;
}

void tokenize_into(std::vector<Token>& tokens, std::string_view text, std::size_t pos,
                   std::size_t max_tokens) {
  TokenSink sink(tokens);
  Scanner scanner(text, pos);
  bool after_word = false;
  while (!scanner.at_end() && sink.size() < max_tokens) {
    if (text[scanner.pos()] == ' ') {  // the commonest character between tokens
      scanner.advance(1);
      after_word = false;
      continue;
    }
    CharClass cls = scanner.peek_class();
    if (cls == CharClass::Space) {
      std::size_t len = 0;
      scanner.peek(0, &len);
      scanner.advance(len);
      after_word = false;
    } else if (cls == CharClass::Word) {
      scanner.word(sink.next(), false);
      after_word = true;
    } else if (cls == CharClass::Hyphen && after_word && scanner.peek_class(1) == CharClass::Word) {
      scanner.advance(1);
      scanner.word(sink.next(), true);
    } else if (cls == CharClass::Apostrophe && after_word && ends_in_s(sink.back()) &&
               scanner.peek_class(1) != CharClass::Word) {
      scanner.bare_possessive(sink.next());  // "Belarus' application"
      after_word = false;
    } else {
      scanner.punct(sink.next());
      after_word = false;
    }
  }
}

bool is_acronym_like(const Token& token) {
  if (!token.is_word()) return false;
  int upper = 0;
  int digits = 0;
  for (char c : token.exact) {
    if (c >= 'A' && c <= 'Z') ++upper;
    if (c >= '0' && c <= '9') ++digits;
  }
  return upper >= 2 || (upper >= 1 && digits >= 1);
}

}  // namespace orgkg::detail
