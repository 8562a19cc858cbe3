// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// How the tokenizer spells a word's matching form (Token::norm): Latin
// letters folded to their ASCII base, the British endings that vary in
// organisation names written the American way, punctuation's matching
// forms. Inline: the tokenizer asks them of every word.
#pragma once

#include <cstddef>
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

// The length of the shortest British ending below ("centre", "labour").
inline constexpr std::size_t kShortestBritishEnding = 6;

// False when `word` cannot have a British ending (british_ending() is
// nullptr): it is shorter than the shortest or does not end in the last
// letter of one (those british_ending() switches on). Asked first, inline,
// of every lower-case word.
inline bool may_have_british_ending(std::string_view word) {
  if (word.size() < kShortestBritishEnding) return false;
  char last = word.back();
  return last == 'n' || last == 's' || last == 'e' || last == 'r';
}

// The British ending of `word` that American spelling writes differently,
// or nullptr. Asked of every word: the last letter picks the endings to try,
// and no ending shares its last letter with another that could also match.
inline const Respelling* british_ending(std::string_view word) {
  static constexpr Respelling kIsation{"isation", "ization"};
  static constexpr Respelling kIsations{"isations", "izations"};
  static constexpr Respelling kProgramme{"programme", "program"};
  static constexpr Respelling kProgrammes{"programmes", "programs"};
  static constexpr Respelling kCentre{"centre", "center"};
  static constexpr Respelling kCentres{"centres", "centers"};
  static constexpr Respelling kDefence{"defence", "defense"};
  static constexpr Respelling kLabour{"labour", "labor"};
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
