// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// How the tokenizer spells a word's matching form (Token::norm): Latin
// letters folded to their ASCII base, the British endings that vary in
// organisation names written the American way, punctuation's matching
// forms. Inline: the tokenizer asks them of every word.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>

#include "utf8.hpp"

namespace orgkg::detail::word_spelling {

// Lower-case ASCII base letters of U+00C0..U+017F ('*' for the two signs).
constexpr std::string_view kLatinFold =
    "aaaaaaaceeeeiiiidnooooo*ouuuuytsaaaaaaaceeeeiiiidnooooo*ouuuuyty"
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll"
    "lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
static_assert(kLatinFold.size() == 0x180 - 0xC0);

inline void append_folded(std::string& out, char32_t c, std::string_view raw) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
  } else if (c >= 0xC0 && c <= 0x17F && kLatinFold[c - 0xC0] != '*') {
    out.push_back(kLatinFold[c - 0xC0]);
  } else {
    out.append(raw);
  }
}

inline bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// A British spelling that varies in organisation names and its American
// form, never longer.
struct Respelling {
  std::string_view british;
  std::string_view american;
};

// The British endings that vary in organisation names.
inline constexpr Respelling kIsation{"isation", "ization"};
inline constexpr Respelling kIsations{"isations", "izations"};
inline constexpr Respelling kProgramme{"programme", "program"};
inline constexpr Respelling kProgrammes{"programmes", "programs"};
inline constexpr Respelling kCentre{"centre", "center"};
inline constexpr Respelling kCentres{"centres", "centers"};
inline constexpr Respelling kDefence{"defence", "defense"};
inline constexpr Respelling kLabour{"labour", "labor"};

// The length of the shortest British ending below ("centre", "labour").
inline constexpr std::size_t kShortestBritishEnding = 6;

// False when `word` cannot have a British ending (british_ending() is
// nullptr): it is shorter than the shortest or does not end in the last
// letter of one (those british_ending() switches on).
inline bool may_have_british_ending(std::string_view word) {
  if (word.size() < kShortestBritishEnding) return false;
  char last = word.back();
  return last == 'n' || last == 's' || last == 'e' || last == 'r';
}

// The last four bytes of a word as one little-endian load.
constexpr std::uint32_t last_four_key(std::string_view word) {
  std::uint32_t key = 0;
  for (std::size_t i = 0; i < 4; ++i) {
    key |= std::uint32_t{static_cast<unsigned char>(word[word.size() - 4 + i])} << (8 * i);
  }
  return key;
}

// The British endings, for the table below.
inline constexpr const Respelling* kBritishEndings[] = {
    &kIsation, &kIsations, &kProgramme, &kProgrammes, &kCentre, &kCentres, &kDefence, &kLabour};

// The slot of a table of 32 for four bytes `key`: the top five bits of the
// key times `multiplier`.
constexpr std::uint32_t british_ending_slot(std::uint32_t key, std::uint32_t multiplier) {
  return (key * multiplier) >> 27;
}

// The first multiplier that gives the last four bytes of each British
// ending a slot of its own.
constexpr std::uint32_t british_ending_multiplier() {
  for (std::uint32_t multiplier = 0x9E3779B1U;; multiplier += 2) {
    std::uint32_t used = 0;
    bool alone = true;
    for (const Respelling* ending : kBritishEndings) {
      std::uint32_t bit = std::uint32_t{1}
                          << british_ending_slot(last_four_key(ending->british), multiplier);
      alone = alone && (used & bit) == 0;
      used |= bit;
    }
    if (alone) return multiplier;
  }
}

// The last four bytes of every British ending, each alone in its slot:
// looking a word's last four bytes up there tells, with one compare, whether
// it may end like one.
class BritishEndingKeys {
 public:
  constexpr BritishEndingKeys() {
    for (const Respelling* ending : kBritishEndings) {
      std::uint32_t key = last_four_key(ending->british);
      keys_[british_ending_slot(key, kMultiplier)] = key;
    }
  }
  // Whether `key` is the last four bytes of a British ending.
  [[nodiscard]] constexpr bool holds(std::uint32_t key) const {
    return keys_[british_ending_slot(key, kMultiplier)] == key;
  }

 private:
  // A constant, so the look-up multiplies by an immediate.
  static constexpr std::uint32_t kMultiplier = british_ending_multiplier();
  // Empty slots hold 0, which no word's last four bytes are.
  std::uint32_t keys_[32] = {};
};
inline constexpr BritishEndingKeys kBritishEndingKeys;
static_assert(
    [] {
      for (const Respelling* ending : kBritishEndings) {
        if (!kBritishEndingKeys.holds(last_four_key(ending->british))) return false;
      }
      return !kBritishEndingKeys.holds(last_four_key("words"));
    }(),
    "every ending, and no other word, in its slot");

// The last four of the `size` bytes at `word` in one load (the first four
// when `size` is below four), for may_end_british(): four bytes from `word`
// must be readable.
inline std::uint32_t last_four(const char* word, std::size_t size) {
  std::uint32_t bytes;
  // Arithmetic, not a choice, which the compiler made a branch.
  std::size_t offset = (size - sizeof bytes) & (std::size_t{0} - std::size_t{size >= sizeof bytes});
  std::memcpy(&bytes, word + offset, sizeof bytes);
  return bytes;
}

// may_have_british_ending() of a lower-case word of `size` bytes whose last
// four bytes, loaded at once, are `last_four` (any bytes when `size` is
// below four), with no branch, in one look-up (BritishEndingKeys). Asked of
// every word of the text, where the branches of may_have_british_ending()
// mispredicted at nearly one word in two (a word's length and last letter
// are what the text makes them); fewer words pass it too, so the branch on
// its answer is rarely taken.
inline bool may_end_british(std::uint32_t last_four, std::size_t size) {
  return kBritishEndingKeys.holds(last_four) & (size >= kShortestBritishEnding);
}

// The British ending of `word` that American spelling writes differently,
// or nullptr. The last letter picks the endings to try, and no ending shares
// its last letter with another that could also match.
inline const Respelling* british_ending(std::string_view word) {
  if (word.size() < kShortestBritishEnding) return nullptr;
  auto first_of = [word](std::initializer_list<const Respelling*> endings) -> const Respelling* {
    for (const Respelling* ending : endings) {
      if (ends_with(word, ending->british)) return ending;
    }
    return nullptr;
  };
  switch (word.back()) {
    case 'n':
      return first_of({&kIsation});
    case 's':
      return first_of({&kIsations, &kProgrammes, &kCentres});
    case 'e':
      return first_of({&kProgramme, &kCentre, &kDefence});
    case 'r':
      return first_of({&kLabour});
    default:
      return nullptr;
  }
}

// Writes the American form of `ending` over the British one that the `size`
// bytes at `word` end with; returns the new size.
inline std::size_t respell(char* word, std::size_t size, const Respelling& ending) {
  std::size_t stem = size - ending.british.size();
  std::memcpy(word + stem, ending.american.data(), ending.american.size());
  return stem + ending.american.size();
}

// The matching form of punctuation character `c`, written `raw` in the text:
// every dash "-", every double quote '"', either single quote "'", "&"
// "and".
inline std::string_view punct_norm(char32_t c, std::string_view raw) {
  if (c < 0x80) {  // most punctuation: only '-', '"' and '&' are respelt
    if (c == '-') return "-";
    if (c == '"') return "\"";
    return c == '&' ? "and" : raw;
  }
  if (is_dash(c)) return "-";
  if (c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0xAB || c == 0xBB) return "\"";
  if (c == 0x2018 || c == 0x2019) return "'";
  if (c == '&') return "and";
  return raw;
}

}  // namespace orgkg::detail::word_spelling
