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
// word that ends in s ("Belarus' bid" -> "Belarus", "'s", "bid"). Single letters joined by dots
// form one word ("U.S." -> exact "US"). Every other character that is neither space nor part of a
// word is a punctuation token of its own.
//
// A token's two spellings are views, not strings of their own: building two
// strings for each of a document's words was the largest single cost of the
// pipeline. Where the views point, and so how long they are valid:
//  - into the tokenized text, for the bytes as written (nearly every `exact`,
//    and the `norm` of a word already in lower-case ASCII);
//  - into static storage, for the fixed forms of punctuation ("-", "'s");
//  - into a TokenArena, for the forms that are not bytes of the text (a
//    capitalized word's lower case, folded letters, American endings, "US"
//    from "U.S.").
// So a token is valid while both the text and the arena's storage are:
// tokenize() returns a TokenList that owns its arena (and its tokens stay
// valid when the list is moved), and tokenize_into() writes into an arena the
// caller keeps (document_analysis.hpp keeps one per document).
#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace orgkg::detail {

enum class TokenType { Word, Number, Punct };

/// One token: its place in the text and two spellings, views whose lifetime
/// the file comment describes.
struct Token {
  std::size_t begin = 0;  ///< byte offset in the tokenized text
  std::size_t end = 0;    ///< one past the last byte
  /// Matching form: ASCII lower case, Latin diacritics folded, dots dropped,
  /// ’ written ', British spellings made American ("organisation" ->
  /// "organization"), every dash "-", every double quote '"'.
  std::string_view norm;
  /// The token as written, dots dropped and ’ written ' (for acronyms).
  std::string_view exact;
  /// word_hash(norm) (word_hash.hpp), computed once here for the tables of
  /// words that look tokens up (names, entry words).
  std::uint64_t hash = 0;
  TokenType type = TokenType::Word;
  bool capitalized = false;    ///< starts with an upper-case (or non-ASCII) letter
  bool hyphen_before = false;  ///< joined to the previous word by a hyphen

  [[nodiscard]] bool is_word() const noexcept { return type != TokenType::Punct; }
  /// norm == word. Inline, lengths first: the matchers ask it of every token.
  [[nodiscard]] bool is(std::string_view word) const noexcept {
    return norm.size() == word.size() &&
           std::char_traits<char>::compare(norm.data(), word.data(), word.size()) == 0;
  }
};

/// norm == word for a word that is not empty (a mention unit's norm is "",
/// which no word is). Inline, for is_one_of() and the unit readers' phrase(),
/// where `word` is a constant.
[[nodiscard, gnu::always_inline]] inline bool norm_is_word(std::string_view norm,
                                                           std::string_view word) {
  return !word.empty() && norm.size() == word.size() &&
         std::char_traits<char>::compare(norm.data(), word.data(), word.size()) == 0;
}

/// Whether `norm` is one of `words`, a braced list of literals
/// (`is_one_of(norm, {"the", "both"})`) or a constant array. A template on
/// the list's length, unrolled, and always inlined: each word is then a
/// constant, so a test is a length comparison per word (and, for the word of
/// that length, one comparison of its bytes), and the list is never built.
/// An std::initializer_list parameter made GCC 12 store every word's pointer
/// and length on the stack at each call, and std::find called memcmp() for
/// every word.
template <std::size_t N>
[[nodiscard, gnu::always_inline]] inline bool is_one_of(std::string_view norm,
                                                        const std::string_view (&words)[N]) {
  return [&]<std::size_t... W>(std::index_sequence<W...>) __attribute__((always_inline)) {
    return (norm_is_word(norm, words[W]) || ...);
  }
  (std::make_index_sequence<N>{});
}

/// Storage for the token spellings that are not bytes of the text, in chunks
/// that never move: a view into it stays valid, whatever is stored after it
/// and when the arena is moved, until clear() or the arena's end. Not
/// thread-safe.
class TokenArena {
 public:
  TokenArena() = default;
  /// The chunks change hands, so the views into them stay valid; `other` is
  /// left empty.
  TokenArena(TokenArena&& other) noexcept
      : chunks_(std::exchange(other.chunks_, {})),
        current_(std::exchange(other.current_, 0)),
        next_(std::exchange(other.next_, nullptr)),
        limit_(std::exchange(other.limit_, nullptr)) {}
  TokenArena& operator=(TokenArena&& other) noexcept {
    chunks_ = std::exchange(other.chunks_, {});
    current_ = std::exchange(other.current_, 0);
    next_ = std::exchange(other.next_, nullptr);
    limit_ = std::exchange(other.limit_, nullptr);
    return *this;
  }
  TokenArena(const TokenArena&) = delete;
  TokenArena& operator=(const TokenArena&) = delete;
  ~TokenArena() = default;

  /// `size` bytes to write a spelling into. Inline: a capitalized word
  /// asks for its lower case.
  [[nodiscard]] char* allocate(std::size_t size) {
    if (size > static_cast<std::size_t>(limit_ - next_)) return allocate_in_next_chunk(size);
    char* at = next_;
    next_ += size;
    return at;
  }
  /// Forgets every spelling stored (their views dangle), keeping the memory
  /// for the next ones. The first chunk is filled again from its start, so
  /// the next allocate() stays inline (a TokenScratch clears its arena at
  /// every text, and called allocate_in_next_chunk() for its first
  /// capitalized word).
  void clear() noexcept {
    current_ = 0;
    if (chunks_.empty()) {
      next_ = limit_ = nullptr;
    } else {
      next_ = chunks_.front().bytes.get();
      limit_ = next_ + chunks_.front().size;
    }
  }

 private:
  struct Chunk {
    std::unique_ptr<char[]> bytes;
    std::size_t size = 0;
  };
  // allocate() when the chunk being filled has no room.
  char* allocate_in_next_chunk(std::size_t size);

  std::vector<Chunk> chunks_;
  std::size_t current_ = 0;  // the chunk being filled, when next_ is set
  char* next_ = nullptr;     // its first free byte; nullptr before the first
  char* limit_ = nullptr;    // its end
};

/// The tokens of a text with the arena their spellings need: valid while the
/// list and the text live (moving the list keeps them valid). Read like a
/// const vector; it converts to `const std::vector<Token>&` only as a named
/// object, so the tokens of a temporary list cannot be kept by mistake.
class TokenList {
 public:
  TokenList() = default;
  TokenList(TokenList&&) noexcept = default;
  TokenList& operator=(TokenList&&) noexcept = default;
  // A copy's views would still point into the original's arena.
  TokenList(const TokenList&) = delete;
  TokenList& operator=(const TokenList&) = delete;
  ~TokenList() = default;

  [[nodiscard]] const std::vector<Token>& tokens() const& noexcept { return tokens_; }
  const std::vector<Token>& tokens() const&& = delete;
  operator const std::vector<Token>&() const& noexcept { return tokens_; }  // NOLINT
  operator const std::vector<Token>&() const&& = delete;

  [[nodiscard]] std::size_t size() const noexcept { return tokens_.size(); }
  [[nodiscard]] bool empty() const noexcept { return tokens_.empty(); }
  [[nodiscard]] const Token& operator[](std::size_t i) const { return tokens_[i]; }
  [[nodiscard]] const Token& front() const { return tokens_.front(); }
  [[nodiscard]] const Token& back() const { return tokens_.back(); }
  [[nodiscard]] std::vector<Token>::const_iterator begin() const noexcept {
    return tokens_.begin();
  }
  [[nodiscard]] std::vector<Token>::const_iterator end() const noexcept { return tokens_.end(); }

 private:
  friend TokenList tokenize(std::string_view text, std::size_t pos, std::size_t max_tokens);
  std::vector<Token> tokens_;
  TokenArena arena_;
};

/// Tokenizes `text` from byte `pos`, stopping after `max_tokens` tokens. The
/// tokens point into `text`, which must outlive the list.
[[nodiscard]] TokenList tokenize(std::string_view text, std::size_t pos = 0,
                                 std::size_t max_tokens = std::numeric_limits<std::size_t>::max());
/// Not for a temporary string, which would die before its tokens.
template <class String>
requires std::same_as<String, std::string> TokenList
tokenize(String&& text, std::size_t pos = 0,
         std::size_t max_tokens = std::numeric_limits<std::size_t>::max())
= delete;

/// The same into `tokens`, which it replaces (a caller tokenizing sentence
/// after sentence passes the same vector, whose memory is reused), with the
/// spellings that are not bytes of `text` stored in `arena` (which it does
/// not clear). The tokens are valid while `text` lives and until `arena` is
/// cleared or ends.
void tokenize_into(std::vector<Token>& tokens, TokenArena& arena, std::string_view text,
                   std::size_t pos = 0,
                   std::size_t max_tokens = std::numeric_limits<std::size_t>::max());
/// tokenize_into(tokens, arena, text) for a text followed in memory by
/// `readable_after` bytes that may be read, as a sentence is by the rest of
/// its document. The tokens are the same (those bytes are no part of the
/// text, as if it ended there); reading them spares the tokenizer its
/// slower reading of the last sixteen bytes of the text.
void tokenize_sentence_into(std::vector<Token>& tokens, TokenArena& arena, std::string_view text,
                            std::size_t readable_after);

/// Storage for tokenizing short texts one after another (a name to look up,
/// a line to classify) without allocating at each: a TokenList allocates its
/// vector and, for any capitalized word, an arena chunk, which cost more
/// than tokenizing a two-word name. Keep one per thread
/// (`thread_local TokenScratch scratch;`) in a function that does not call
/// itself. Not thread-safe.
class TokenScratch {
 public:
  /// tokenize(text, pos, max_tokens), valid while `text` lives and until the
  /// next call on this scratch.
  [[nodiscard]] const std::vector<Token>& tokenize(
      std::string_view text, std::size_t pos = 0,
      std::size_t max_tokens = std::numeric_limits<std::size_t>::max()) {
    arena_.clear();
    tokenize_into(tokens_, arena_, text, pos, max_tokens);
    return tokens_;
  }

 private:
  std::vector<Token> tokens_;
  TokenArena arena_;
};

/// True for an acronym-like word matched case-sensitively: two or more
/// capitals ("UN", "CoE", "U.S."), or a capital and a digit ("G20").
[[nodiscard]] bool is_acronym_like(const Token& token);

}  // namespace orgkg::detail
