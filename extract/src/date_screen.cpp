// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "date_screen.hpp"

#include <array>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>
#include <string_view>
#include <utility>

#include "dates.hpp"
#include "dates_relative.hpp"
#include "word_hash.hpp"

namespace orgkg::detail {
namespace {

using Tokens = std::vector<Token>;

// Which two lower-case letters start a month name (and so its abbreviation)
// or a relative date's unit, indexed [first - 'a'][second - 'a'].
constexpr auto kDateWordStarts = [] {
  std::array<std::array<bool, 26>, 26> starts{};
  auto mark = [&starts](std::string_view word) { starts[word[0] - 'a'][word[1] - 'a'] = true; };
  for (std::string_view month : kMonthNames) mark(month);
  for (std::string_view unit : kRelativeDateUnits) mark(unit);
  return starts;
}();

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

// True for a word in lower-case ASCII that is a month (month_from_name()) or
// a relative date's unit (is_relative_date_unit()), all of three letters or
// more; most words are told apart by their first two.
bool is_date_word(std::string_view word) {
  return word.size() >= 3 && is_lower(word[0]) && is_lower(word[1]) &&
         kDateWordStarts[word[0] - 'a'][word[1] - 'a'] &&
         (month_from_name(word) != 0 || is_relative_date_unit(word));
}

}  // namespace

// False when `sentence` holds no date find_sentence_date() reads, decided on
// its bytes without tokenizing it (about half the sentences asked about have
// none). Every date has a number token, made of ASCII digits, or a token
// whose norm is a date word. A token's norm only loses dots ("M.a.y") and
// folds Latin letters (U+00C0-U+017F: lead bytes 0xC3-0xC5), so without
// those, a word token made of letters is a whole run of ASCII letters in the
// text.
bool may_hold_date(std::string_view sentence) {
  constexpr std::size_t kLongest = 9;  // "september", "yesterday"
  std::array<char, kLongest> word{};   // the run of letters so far, lowered
  std::size_t length = 0;              // its length; past kLongest it is no date word
  auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    char c = sentence[i];
    auto byte = static_cast<unsigned char>(c);
    if ((c >= '0' && c <= '9') || (byte >= 0xC3 && byte <= 0xC5)) return true;
    if (is_letter(c)) {
      if (length < kLongest) {
        word[length] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
      }
      ++length;
      continue;
    }
    if (length <= kLongest && is_date_word(std::string_view(word.data(), length))) return true;
    length = 0;
    bool dotted = c == '.' && i > 0 && i + 1 < sentence.size() && is_letter(sentence[i - 1]) &&
                  is_letter(sentence[i + 1]);
    if (dotted) return true;  // "U.S.": a word of single letters and dots
  }
  return length <= kLongest && is_date_word(std::string_view(word.data(), length));
}

namespace {

// The date words of is_date_word() by their word_hash(), which the tokens
// carry (Token::hash): a norm is lower-case ASCII (tokenizer.hpp), and
// is_date_word() of one is true exactly for the words here, so a token is
// told by its hash instead of by its letters. Each word has a slot of its
// own, picked by the top eight bits of its spread hash (where no two of
// these words meet, as the constructor checks: bits fixed, so the look-up
// shifts by a constant and masks nothing, where bits found at run time cost
// three instructions more a token), so a token is looked up at one slot, by
// a comparison of hashes and no branch until a hash matches: which tokens
// are probed, are numbers or end a probe at once follows no pattern, and
// as branches those tests were mispredicted at every other token.
class DateWordTable {
 public:
  static constexpr unsigned kMonth = 1;
  static constexpr unsigned kUnit = 2;

  DateWordTable() {
    // month_from_name() takes a month's name and some of its prefixes
    // ("jan", "sept"): those, and the units.
    std::array<Word, kSlots> words{};
    std::size_t count = 0;
    for (std::string_view month : kMonthNames) {
      for (std::size_t n = 3; n <= month.size(); ++n) {
        int number = month_from_name(month.substr(0, n));
        if (number != 0) words[count++] = {month.substr(0, n), kMonth, number};
      }
    }
    for (std::string_view unit : kRelativeDateUnits) words[count++] = {unit, kUnit, 0};
    // Checked in every build: a word losing its slot would go unseen.
    if (!place(std::span(words.data(), count))) {
      assert(false && "two date words share the top bits of their spread hash");
      std::abort();
    }
  }

  // kMonth, kUnit or 0 for a token.
  [[nodiscard]] unsigned kinds(const Token& token) const {
    std::size_t s = slot_of(token.hash);
    if (hashes_[s] != token.hash) return 0;  // nearly every token
    return is(token, s) ? kinds_[s] : 0;
  }
  // month_from_name() of the token's norm.
  [[nodiscard]] int month(const Token& token) const {
    std::size_t s = slot_of(token.hash);
    if (hashes_[s] != token.hash) return 0;
    return is(token, s) ? months_[s] : 0;
  }

 private:
  struct Word {
    std::string_view word;
    unsigned kind = 0;
    int month = 0;
  };
  // Whether the token is the word at slot `s`, whose hash is its hash: the
  // same word, unless a long one or another length (an empty slot, hash 0,
  // has no word). Numbers are no date words.
  [[nodiscard]] bool is(const Token& token, std::size_t s) const {
    return same_word_as_hashed(words_[s], token.norm) && token.type != TokenType::Number;
  }
  static constexpr unsigned kBits = 8;
  static constexpr std::size_t kSlots = std::size_t{1} << kBits;
  [[nodiscard]] static std::size_t slot_of(std::uint64_t hash) {
    return spread_word_hash(hash) >> (32 - kBits);
  }
  // Places `words` at their slots: false when two share one.
  bool place(std::span<const Word> words) {
    hashes_.fill(0);
    words_.fill({});
    kinds_.fill(0);
    months_.fill(0);
    for (auto [word, kind, month] : words) {
      std::uint64_t hash = word_hash(word);
      std::size_t s = slot_of(hash);
      if (kinds_[s] != 0) return false;
      hashes_[s] = hash;
      words_[s] = word;
      kinds_[s] = static_cast<std::uint8_t>(kind);
      months_[s] = static_cast<std::uint8_t>(month);
    }
    return true;
  }
  std::array<std::uint64_t, kSlots> hashes_{};  // 0 (no word's): an empty slot
  std::array<std::uint8_t, kSlots> kinds_{};
  std::array<std::uint8_t, kSlots> months_{};
  std::array<std::string_view, kSlots> words_{};
};

// Built at its first use.
const DateWordTable& date_word_table() {
  static const DateWordTable table;
  return table;
}

}  // namespace

int month_of(const Token& token) { return date_word_table().month(token); }

DateWords date_words(const Tokens& tokens) {
  // may_hold_date() rests on every date having a number token or a token
  // whose norm is a date word; asked of the tokens themselves, by their
  // hashes, this costs a few instructions a token, not a dozen a byte.
  const DateWordTable& kDateWords = date_word_table();
  bool number = false;
  unsigned kinds = 0;
  // Two tokens a round: the loop's own count, test and jump were a quarter
  // of its instructions.
  const Token* token = tokens.data();
  const Token* pairs_end = token + (tokens.size() & ~std::size_t{1});
  for (; token != pairs_end; token += 2) {
    number |= token[0].type == TokenType::Number;
    number |= token[1].type == TokenType::Number;
    kinds |= kDateWords.kinds(token[0]) | kDateWords.kinds(token[1]);
  }
  if (token != tokens.data() + tokens.size()) {
    number |= token->type == TokenType::Number;
    kinds |= kDateWords.kinds(*token);
  }
  DateWords words;
  words.number = number;
  words.month = (kinds & DateWordTable::kMonth) != 0;
  words.unit = (kinds & DateWordTable::kUnit) != 0;
  return words;
}

}  // namespace orgkg::detail
