// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The tokenizer's word loop reads the commonest word (lower case, shorter
// than sixteen bytes, a space and a word after it) on a path of its own:
// every word it may take must come out as a word read alone does.
#include <doctest/doctest.h>

#include <cstddef>
#include <string>
#include <vector>

#include "tokenizer.hpp"
#include "word_hash.hpp"

namespace orgkg {
namespace {

using detail::TokenList;

TEST_SUITE("token word loop") {
  TEST_CASE("words after a space are spelt, typed and hashed as words read alone") {
    // Lengths one to seventeen; lower case, capitalized, with digits first
    // or after, British endings, followed by a space and a word, by
    // punctuation or by nothing.
    std::vector<std::string> words;
    for (std::size_t n = 1; n <= 17; ++n) {
      std::string word;
      for (std::size_t i = 0; i < n; ++i) word.push_back(static_cast<char>('a' + (i * 7 + n) % 26));
      words.push_back(word);
      words.push_back("Q" + word.substr(1));
      words.push_back(word.substr(0, n - 1) + "X");
      words.push_back("7" + word.substr(1));
      words.push_back(word.substr(0, n - 1) + "7");
      words.push_back(std::string(n, '4'));
    }
    for (const char* word :
         {"organisation", "programmes", "centre", "labour", "defence", "organisations", "stations",
          "centres", "it's", "u.s.", "caf\xc3\xa9"}) {
      words.emplace_back(word);
    }
    std::string text;
    for (std::size_t i = 0; i < words.size(); ++i) {
      text += words[i];
      text += i % 9 == 8 ? ", " : " ";
    }
    TokenList tokens = detail::tokenize(text);
    std::size_t next = 0;
    for (const std::string& word : words) {
      TokenList alone = detail::tokenize(word);
      CAPTURE(word);
      for (const detail::Token& expected : alone) {
        REQUIRE(next < tokens.size());
        const detail::Token& token = tokens[next++];
        CHECK(token.exact == expected.exact);
        CHECK(token.norm == expected.norm);
        CHECK(token.hash == expected.hash);
        CHECK(token.hash == detail::word_hash(token.norm));
        CHECK(token.type == expected.type);
        CHECK(token.capitalized == expected.capitalized);
        CHECK_FALSE(token.hyphen_before);
        CHECK(token.end - token.begin == expected.end - expected.begin);
        CHECK(text.substr(token.begin, token.end - token.begin) ==
              word.substr(expected.begin, expected.end - expected.begin));
      }
      if (next < tokens.size() && tokens[next].exact == ",") ++next;
    }
    CHECK(next == tokens.size());
  }
}

}  // namespace
}  // namespace orgkg
