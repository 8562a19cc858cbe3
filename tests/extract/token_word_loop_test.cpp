// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The tokenizer's word loop reads the commonest words (lower case or
// capitalized, shorter than sixteen bytes, a space and a word after them)
// on a path of their own: every word it may take must come out as a word
// read alone does. So must the words of a sentence read with the bytes after it readable, and the
// marks the loop reads ("a, b", a sentence's final '.'). And the word
// hash's shift must be the modulo it replaced.
#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
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
         {"organisation",     "programmes",   "centre",     "labour", "defence",
          "organisations",    "stations",     "centres",    "it's",   "u.s.",
          "caf\xc3\xa9",      "Organisation", "Programmes", "Centre", "Labour",
          "Defence",          "Stations",     "It's",       "U.s.",   "Caf\xc3\xa9",
          "Abcdefghijklmnop", "Qx7",          "Q"}) {
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

  TEST_CASE("marks between words read in the word loop are read as the outer loop reads them") {
    // ", ", ") ", "; ", ": ", " (" and a possessive "'s " before a word,
    // and a '.' that ends the text, are read in the word loop; read from
    // the mark on (tokenize(text, pos) starts at the outer loop), every
    // token from there must be the same.
    std::vector<std::string> texts(1);
    for (const char* word : {"alpha", "Beta", "G20", "42", "U.S", "organisation", "caf\xc3\xa9",
                             "it's", "Belarus'", "x", "NATO's", "States's", "ASEAN'S"}) {
      for (const char* mark : {", ", ") ", "; ", ": ", " (", " - ", "! ", ",", ", (", ",  "}) {
        texts[0] += "and ";  // the word before the mark read in the loop, not first
        texts[0] += word;
        texts[0] += mark;
        texts.push_back(std::string(word) + mark + "end");  // the first
      }
      for (const char* end : {".", "..", " .", ").", ""}) {
        texts.push_back(std::string("the ") + word + end);
        texts.push_back(std::string("Not the ") + word + end);
      }
    }
    texts[0] += "end";
    std::size_t marks = 0;
    for (const std::string& text : texts) {
      CAPTURE(text);
      TokenList tokens = detail::tokenize(text);
      for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].is_word()) continue;
        ++marks;
        TokenList from_mark = detail::tokenize(text, tokens[i].begin);
        CAPTURE(i);
        REQUIRE(from_mark.size() == tokens.size() - i);
        for (std::size_t k = 0; k < from_mark.size(); ++k) {
          const detail::Token& token = tokens[i + k];
          const detail::Token& expected = from_mark[k];
          CAPTURE(k);
          CHECK(token.begin == expected.begin);
          CHECK(token.end == expected.end);
          CHECK(token.type == expected.type);
          CHECK(token.exact == expected.exact);
          CHECK(token.norm == expected.norm);
          CHECK(token.hash == expected.hash);
          CHECK(token.capitalized == expected.capitalized);
          CHECK(token.hyphen_before == expected.hyphen_before);
        }
      }
    }
    CHECK(marks > 250);
  }

  TEST_CASE("a word before a possessive 's is spelt as the word alone") {
    // The word before "'s" is read as a run of ASCII letters and digits, not
    // character by character: it must be the token the word alone gives,
    // and "'s" a word of its own; an 's' that a letter follows stays in the
    // word.
    for (const char* word : {"NATO", "nato", "Organisation", "organisation", "centres", "1990",
                             "G20", "U", "abcdefghijklmnopq", "Belarus"}) {
      for (const char* tail :
           {"'s", "'S", "'s bid", "'s, and", "'s.", "'s-x", "'sx", "'s\xc3\xa9"}) {
        std::string text = std::string("the ") + word + tail;
        CAPTURE(text);
        TokenList tokens = detail::tokenize(text);
        TokenList alone = detail::tokenize(word);
        REQUIRE(tokens.size() >= 2);
        REQUIRE(alone.size() == 1);
        const detail::Token& token = tokens[1];
        bool possessive = std::string_view(tail) != "'sx" && std::string_view(tail) != "'s\xc3\xa9";
        if (!possessive) {
          CHECK(token.exact.size() > alone[0].exact.size());
          continue;
        }
        CHECK(token.exact == alone[0].exact);
        CHECK(token.norm == alone[0].norm);
        CHECK(token.hash == alone[0].hash);
        CHECK(token.type == alone[0].type);
        CHECK(token.capitalized == alone[0].capitalized);
        CHECK(token.end - token.begin == alone[0].end - alone[0].begin);
        REQUIRE(tokens.size() >= 3);
        CHECK(tokens[2].norm == "'s");
        CHECK(tokens[2].is_word());
      }
    }
  }

  TEST_CASE("a sentence with readable bytes after it gets the tokens it gets alone") {
    // The text cut at every byte, each head read with the rest readable
    // after it: words the rest would lengthen ("cat|s", "U.S|.",
    // "organis|ation", "Belarus|'"), a space and a word just past the cut.
    std::string text =
        "The Shanghai Cooperation Organisation admitted 2017 cats, the U.S. and Belarus' "
        "application to the INTERNATIONAL Confidence-Building programmes centre d'Ivoire "
        "caf\xc3\xa9 ab cd ef gh ij kl mn op qr st uv wx yz 12 34 56 78 90 end";
    std::vector<detail::Token> tokens;
    detail::TokenArena arena;
    for (std::size_t cut = 0; cut <= text.size(); ++cut) {
      std::string_view head = std::string_view(text).substr(0, cut);
      CAPTURE(cut);
      detail::tokenize_sentence_into(tokens, arena, head, text.size() - cut);
      TokenList alone = detail::tokenize(head);
      REQUIRE(tokens.size() == alone.size());
      for (std::size_t i = 0; i < tokens.size(); ++i) {
        CAPTURE(i);
        CHECK(tokens[i].begin == alone[i].begin);
        CHECK(tokens[i].end == alone[i].end);
        CHECK(tokens[i].type == alone[i].type);
        CHECK(tokens[i].exact == alone[i].exact);
        CHECK(tokens[i].norm == alone[i].norm);
        CHECK(tokens[i].hash == alone[i].hash);
        CHECK(tokens[i].capitalized == alone[i].capitalized);
        CHECK(tokens[i].hyphen_before == alone[i].hyphen_before);
      }
      arena.clear();
    }
  }
}

TEST_SUITE("word hash") {
  TEST_CASE("shifting a hash takes off 61 bits without a division as the modulo did") {
    // The shift as it was written before (bits modulo 61), for the shifts
    // of words of 0 to 200 bytes and every bit count between.
    auto old_shift = [](std::uint64_t hash, std::size_t bits) {
      auto s = static_cast<unsigned>(bits < 61 ? bits : bits % 61);
      return ((hash << s) & detail::kWordHashModulus) | (hash >> (61 - s));
    };
    for (std::uint64_t hash : {std::uint64_t{0}, std::uint64_t{1}, std::uint64_t{0x756E},
                               detail::kWordHashModulus - 1, std::uint64_t{0x123456789ABCDEF}}) {
      for (std::size_t bits = 0; bits <= 8 * 200; ++bits) {
        CAPTURE(bits);
        CHECK(detail::word_hash_detail::shift_hash(hash, bits) == old_shift(hash, bits));
      }
    }
    // And words of 0 to 200 bytes hash as their bytes extended one by one.
    std::string word;
    std::uint64_t bytes = 0;
    for (std::size_t n = 0; n <= 200; ++n) {
      CAPTURE(n);
      CHECK(detail::word_hash(word) == bytes);
      CHECK(detail::concat_word_hash(detail::word_hash(word.substr(0, n / 2)),
                                     detail::word_hash(word.substr(n / 2)), n - n / 2) == bytes);
      auto c = static_cast<unsigned char>('a' + (n * 11) % 26);
      word.push_back(static_cast<char>(c));
      bytes = detail::extend_word_hash(bytes, c);
    }
  }
}

}  // namespace
}  // namespace orgkg
