// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The tokenizer's fast paths (eight bytes at a time, tokens reused from one
// sentence to the next) must cut and spell exactly as the plain reading does.
#include "tokenizer.hpp"

#include <doctest/doctest.h>

#include <bit>
#include <cstdint>
#include <string>
#include <vector>

#include "ascii_scan.hpp"

namespace orgkg {
namespace {

using detail::Token;

void check_same(const std::vector<Token>& got, const std::vector<Token>& want) {
  REQUIRE(got.size() == want.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    CAPTURE(i);
    CHECK(got[i].begin == want[i].begin);
    CHECK(got[i].end == want[i].end);
    CHECK(got[i].type == want[i].type);
    CHECK(got[i].norm == want[i].norm);
    CHECK(got[i].exact == want[i].exact);
    CHECK(got[i].capitalized == want[i].capitalized);
    CHECK(got[i].hyphen_before == want[i].hyphen_before);
  }
}

TEST_SUITE("tokenizer") {
  TEST_CASE("bytes_between marks exactly the bytes in the range, whatever the others") {
    for (std::size_t at = 0; at < 8; ++at) {
      for (unsigned value = 0; value < 0x100; ++value) {
        for (unsigned char filler : {0x20, 0x41, 0x5A, 0x7A, 0x00, 0x80, 0xFF}) {
          std::string bytes(8, static_cast<char>(filler));
          bytes[at] = static_cast<char>(value);
          std::uint64_t marks = detail::bytes_between(detail::load_word(bytes, 0), 'A', 'Z');
          for (std::size_t k = 0; k < 8; ++k) {
            auto byte = static_cast<unsigned char>(bytes[k]);
            bool in_range = byte >= 'A' && byte <= 'Z';
            std::uint64_t mark = (marks >> (8 * k)) & 0xFFU;  // little- or big-endian alike
            if constexpr (std::endian::native == std::endian::big) {
              mark = (marks >> (8 * (7 - k))) & 0xFFU;
            }
            CAPTURE(at);
            CAPTURE(value);
            CAPTURE(static_cast<int>(filler));
            CHECK(mark == (in_range ? 0x80U : 0U));
          }
        }
      }
    }
  }

  TEST_CASE("words longer than eight bytes are lower-cased and spelt as written") {
    std::vector<Token> tokens = detail::tokenize("The INTERNATIONAL Organisation 2014123456789x");
    REQUIRE(tokens.size() == 4);
    CHECK(tokens[1].norm == "international");
    CHECK(tokens[1].exact == "INTERNATIONAL");
    CHECK(tokens[2].norm == "organization");
    CHECK(tokens[3].type == detail::TokenType::Word);
    CHECK(detail::tokenize("20142015")[0].type == detail::TokenType::Number);
  }

  TEST_CASE("Token::is compares the whole norm") {
    std::vector<Token> tokens = detail::tokenize("The Organisation (");
    CHECK(tokens[0].is("the"));
    CHECK_FALSE(tokens[0].is("th"));
    CHECK_FALSE(tokens[0].is("they"));
    CHECK(tokens[1].is("organization"));
    CHECK(tokens[2].is("("));
    CHECK_FALSE(tokens[2].is(""));
  }

  TEST_CASE("a reused token vector gets the tokens a fresh one gets") {
    const std::vector<std::string> sentences{
        "The Shanghai Cooperation Organisation (SCO) admitted India & Pakistan in 2017.",
        "Côte d’Ivoire's bid",
        "the U.S. and Belarus' application to the Confidence-Building Conference",
        "",
        "“Quoted” — INTERNATIONALISATION; 1,234 NATO’s members!",
    };
    std::vector<Token> reused;
    for (const std::string& first : sentences) {
      for (const std::string& second : sentences) {
        CAPTURE(first);
        CAPTURE(second);
        detail::tokenize_into(reused, first);
        check_same(reused, detail::tokenize(first));
        detail::tokenize_into(reused, second);
        check_same(reused, detail::tokenize(second));
      }
    }
    detail::tokenize_into(reused, sentences[0], 4, 3);
    check_same(reused, detail::tokenize(sentences[0], 4, 3));
  }
}

}  // namespace
}  // namespace orgkg
