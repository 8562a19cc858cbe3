// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The word tokenizer every matcher in extract/ shares, so names, sentences and
// dates are cut the same way everywhere.
//
// Words are runs of letters and digits (any non-ASCII character that is not
// space or punctuation counts as a letter). A hyphen between two word
// characters joins nothing: it just separates two words ("Confidence-Building"
// is two words, the second with hyphen_before set). An apostrophe inside a
// word stays in it ("d'Ivoire") except a possessive "'s", which becomes a word
// of its own ("NATO's" -> "NATO", "'s"), and so is an apostrophe closing a
// word that ends in s ("Belarus' bid" -> "Belarus", "'s", "bid"). Single letters joined by dots form
// one word ("U.S." -> exact "US"). Every other character that is neither
// space nor part of a word is a punctuation token of its own.
#pragma once

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace orgkg::detail {

enum class TokenType { Word, Number, Punct };

struct Token {
  std::size_t begin = 0;  ///< byte offset in the tokenized text
  std::size_t end = 0;    ///< one past the last byte
  TokenType type = TokenType::Word;
  /// Matching form: ASCII lower case, Latin diacritics folded, dots dropped,
  /// ’ written ', British spellings made American ("organisation" ->
  /// "organization"), every dash "-", every double quote '"'.
  std::string norm;
  /// The token as written, dots dropped and ’ written ' (for acronyms).
  std::string exact;
  bool capitalized = false;    ///< starts with an upper-case (or non-ASCII) letter
  bool hyphen_before = false;  ///< joined to the previous word by a hyphen

  [[nodiscard]] bool is_word() const noexcept { return type != TokenType::Punct; }
  /// norm == word. Inline, lengths first: the matchers ask it of every token
  /// (std::string's == with a C string compares bytes before lengths).
  [[nodiscard]] bool is(std::string_view word) const noexcept {
    return norm.size() == word.size() &&
           std::char_traits<char>::compare(norm.data(), word.data(), word.size()) == 0;
  }
};

/// Tokenizes `text` from byte `pos`, stopping after `max_tokens` tokens.
[[nodiscard]] std::vector<Token> tokenize(
    std::string_view text, std::size_t pos = 0,
    std::size_t max_tokens = std::numeric_limits<std::size_t>::max());

/// The same into `tokens`, which it replaces: a caller tokenizing sentence
/// after sentence passes the same vector, whose tokens' strings are reused.
void tokenize_into(std::vector<Token>& tokens, std::string_view text, std::size_t pos = 0,
                   std::size_t max_tokens = std::numeric_limits<std::size_t>::max());

/// True for an acronym-like word matched case-sensitively: two or more
/// capitals ("UN", "CoE", "U.S."), or a capital and a digit ("G20").
[[nodiscard]] bool is_acronym_like(const Token& token);

}  // namespace orgkg::detail
