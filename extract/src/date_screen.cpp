// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "date_screen.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

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
// told by one probe of its hash instead of by its letters.
class DateWordTable {
 public:
  enum class Kind : std::uint8_t { None, Month, Unit };

  DateWordTable() {
    // month_from_name() takes a month's name and some of its prefixes
    // ("jan", "sept"): those, and the units.
    for (std::string_view month : kMonthNames) {
      for (std::size_t n = 3; n <= month.size(); ++n) {
        if (month_from_name(month.substr(0, n)) != 0) add(month.substr(0, n), Kind::Month);
      }
    }
    for (std::string_view unit : kRelativeDateUnits) add(unit, Kind::Unit);
  }

  // What `word` is, given its word_hash().
  [[nodiscard]] Kind kind(std::uint64_t hash, std::string_view word) const {
    for (std::size_t s = slot_of(hash); slots_[s].kind != Kind::None; s = (s + 1) & kMask) {
      if (slots_[s].hash == hash && same_word_as_hashed(slots_[s].word, word)) {
        return slots_[s].kind;
      }
    }
    return Kind::None;
  }

 private:
  // 33 words in 128 slots: most words that are none end at an empty slot.
  static constexpr std::size_t kSlots = 128;
  static constexpr std::size_t kMask = kSlots - 1;
  struct Slot {
    std::uint64_t hash = 0;
    std::string_view word;
    Kind kind = Kind::None;  // None: an empty slot
  };
  [[nodiscard]] static std::size_t slot_of(std::uint64_t hash) {
    return spread_word_hash(hash) & kMask;
  }
  void add(std::string_view word, Kind kind) {
    std::uint64_t hash = word_hash(word);
    std::size_t s = slot_of(hash);
    while (slots_[s].kind != Kind::None) s = (s + 1) & kMask;
    slots_[s] = Slot{hash, word, kind};
  }
  std::array<Slot, kSlots> slots_{};
};

}  // namespace

DateWords date_words(const Tokens& tokens) {
  // may_hold_date() rests on every date having a number token or a token
  // whose norm is a date word; asked of the tokens themselves, by their
  // hashes, this costs a few instructions a token, not a dozen a byte.
  static const DateWordTable kDateWords;
  DateWords words;
  for (const Token& token : tokens) {
    if (token.type == TokenType::Number) {
      words.number = true;
      continue;
    }
    // Every date word has three to nine letters: most tokens, punctuation
    // and short words, need no probe.
    if (token.norm.size() - 3 > 9 - 3) continue;
    switch (kDateWords.kind(token.hash, token.norm)) {
      case DateWordTable::Kind::Month:
        words.month = true;
        break;
      case DateWordTable::Kind::Unit:
        words.unit = true;
        break;
      case DateWordTable::Kind::None:
        break;
    }
  }
  return words;
}

}  // namespace orgkg::detail
