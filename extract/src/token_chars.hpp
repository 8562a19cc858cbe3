// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// What each character is to the tokenizer (tokenizer.hpp): white space, a
// character of a word, punctuation, or one of the two that join or split
// words (an apostrophe, a hyphen). Any non-ASCII character that is neither
// space nor punctuation counts as a letter. Private to extract/ (the
// tokenizer).
#pragma once

#include <array>
#include <cstddef>

#include "utf8.hpp"

namespace orgkg::detail::token_chars {

/// What a character is to the tokenizer.
enum class CharClass { Space, Word, Punct, Apostrophe, Hyphen };

/// The class of ASCII character `c`.
constexpr CharClass classify_ascii(char c) {
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
    return CharClass::Space;
  }
  if (c == '\'') return CharClass::Apostrophe;
  if (c == '-') return CharClass::Hyphen;
  bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return alnum ? CharClass::Word : CharClass::Punct;
}

/// classify_ascii() of each ASCII character, looked up: most characters are.
constexpr std::array<CharClass, 0x80> kAsciiClasses = [] {
  std::array<CharClass, 0x80> classes{};
  for (std::size_t c = 0; c < classes.size(); ++c)
    classes[c] = classify_ascii(static_cast<char>(c));
  return classes;
}();

/// The class of any character (’ is an apostrophe, as ' is).
inline CharClass classify(char32_t c) {
  if (c < 0x80) return kAsciiClasses[c];
  if (is_space(c)) return CharClass::Space;
  if (c == 0x2019) return CharClass::Apostrophe;
  bool punct = (c >= 0xA1 && c <= 0xBF) || c == 0xD7 || c == 0xF7 || (c >= 0x2010 && c <= 0x206F) ||
               (c >= 0x2190 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) || c == 0xFFFD ||
               (c >= 0xFE30 && c <= 0xFE4F);
  return punct ? CharClass::Punct : CharClass::Word;
}

}  // namespace orgkg::detail::token_chars
