// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The tokenizer's fast paths (16 bytes classified at once, tokens reused from
// one sentence to the next) must cut and spell exactly as the plain reading
// does, and its tokens' spellings (views) must point where tokenizer.hpp says
// and live as long as it says.
#include "tokenizer.hpp"

#include <doctest/doctest.h>

#include <bit>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "orgkg/graph/ascii_scan.hpp"
#include "word_hash.hpp"

namespace orgkg {
namespace {

using detail::Token;
using detail::TokenList;

// Whether `text` bytes hold `view`: the view points into the text.
bool points_into(std::string_view view, std::string_view text) {
  return view.data() >= text.data() && view.data() + view.size() <= text.data() + text.size();
}

// tokenize() accepts a T (a temporary std::string it must refuse).
template <class T>
concept tokenizable = requires { detail::tokenize(std::declval<T>()); };

// The tokens of a temporary list cannot be kept, nor a list copied.
static_assert(!std::is_convertible_v<TokenList&&, const std::vector<Token>&>);
static_assert(std::is_convertible_v<const TokenList&, const std::vector<Token>&>);
static_assert(!std::is_copy_constructible_v<TokenList>);
static_assert(!std::is_copy_constructible_v<detail::TokenArena>);
static_assert(tokenizable<const std::string&>);
static_assert(tokenizable<std::string_view>);
static_assert(!tokenizable<std::string>);

void check_same(const std::vector<Token>& got, const TokenList& want) {
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
    TokenList tokens = detail::tokenize("The INTERNATIONAL Organisation 2014123456789x");
    REQUIRE(tokens.size() == 4);
    CHECK(tokens[1].norm == "international");
    CHECK(tokens[1].exact == "INTERNATIONAL");
    CHECK(tokens[2].norm == "organization");
    CHECK(tokens[3].type == detail::TokenType::Word);
    CHECK(detail::tokenize("20142015")[0].type == detail::TokenType::Number);
  }

  TEST_CASE("a word is cut and spelt the same wherever it falls in the bytes classified at once") {
    // Words that end inside the bytes classified together and words that go
    // on past them (a 70-letter word with a capital past its 64th byte, an
    // 80-digit number with a letter at its end), at every offset, and the
    // text ending right after a word.
    std::string long_word = std::string(66, 'a') + "Bcd";
    std::string long_number = std::string(79, '7') + "x";
    std::string words = "The INTERNATIONAL Organisation 2014 U.S. d'Ivoire " + long_word + " " +
                        long_number + " " + std::string(64, '9') + " programmes Centre";
    TokenList plain = detail::tokenize(words);
    REQUIRE(plain.size() == 11);
    CHECK(plain[6].exact == long_word);
    CHECK(plain[6].norm == std::string(66, 'a') + "bcd");
    CHECK(plain[6].type == detail::TokenType::Word);
    CHECK(plain[7].norm == long_number);
    CHECK(plain[7].type == detail::TokenType::Word);
    CHECK(plain[8].type == detail::TokenType::Number);
    CHECK(plain[8].norm.data() == plain[8].exact.data());
    CHECK(plain[9].norm == "programs");
    CHECK(plain[10].norm == "center");
    for (std::size_t shift = 0; shift < 140; ++shift) {
      std::string text = std::string(shift, ' ') + words;
      CAPTURE(shift);
      TokenList tokens = detail::tokenize(text);
      REQUIRE(tokens.size() == plain.size());
      for (std::size_t i = 0; i < tokens.size(); ++i) {
        CAPTURE(i);
        CHECK(tokens[i].begin == plain[i].begin + shift);
        CHECK(tokens[i].end == plain[i].end + shift);
        CHECK(tokens[i].type == plain[i].type);
        CHECK(tokens[i].norm == plain[i].norm);
        CHECK(tokens[i].exact == plain[i].exact);
        CHECK(tokens[i].capitalized == plain[i].capitalized);
        CHECK(tokens[i].hash == plain[i].hash);
      }
      // The text cut right after a token: the tokens up to it, the same.
      std::size_t last = shift % plain.size();
      TokenList head = detail::tokenize(std::string_view(text).substr(0, shift + plain[last].end));
      REQUIRE(head.size() == last + 1);
      for (std::size_t i = 0; i <= last; ++i) {
        CAPTURE(i);
        CHECK(head[i].end == plain[i].end + shift);
        CHECK(head[i].norm == plain[i].norm);
        CHECK(head[i].hash == plain[i].hash);
      }
    }
  }

  TEST_CASE("a token's hash is the word hash of its norm, however the norm was made") {
    // Words of one to seventeen letters, lower case (norm in the text) and
    // capitalized (norm in the arena), respelt ("programmes", "Centre"),
    // spelt piece by piece ("U.S.", "d'Ivoire", "Côte"), punctuation and
    // possessives; each text ends at its last word, where fewer than eight
    // bytes are left to read.
    std::vector<std::string> texts;
    for (std::size_t n = 1; n <= 17; ++n) {
      std::string word(n, 'k');
      texts.push_back(word);
      texts.push_back("K" + word.substr(1));
      texts.push_back(word + " x");
      texts.push_back("K" + word.substr(1) + " x");
    }
    texts.emplace_back("programmes Centre PROGRAMMES organisations U.S. d'Ivoire C\xc3\xb4te -- "
                       "NATO's Belarus' (ASEAN+3), \xe2\x80\x9cquoted\xe2\x80\x9d");
    for (const std::string& text : texts) {
      CAPTURE(text);
      TokenList tokens = detail::tokenize(text);
      REQUIRE_FALSE(tokens.empty());
      for (const Token& token : tokens) {
        CAPTURE(token.norm);
        CHECK(token.hash == detail::word_hash(token.norm));
      }
    }
  }

  TEST_CASE("Token::is compares the whole norm") {
    TokenList tokens = detail::tokenize("The Organisation (");
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
    detail::TokenArena arena;
    for (const std::string& first : sentences) {
      for (const std::string& second : sentences) {
        CAPTURE(first);
        CAPTURE(second);
        detail::tokenize_into(reused, arena, first);
        check_same(reused, detail::tokenize(first));
        detail::tokenize_into(reused, arena, second);
        check_same(reused, detail::tokenize(second));
        arena.clear();
      }
    }
    detail::tokenize_into(reused, arena, sentences[0], 4, 3);
    check_same(reused, detail::tokenize(sentences[0], 4, 3));
  }

  TEST_CASE("a scratch gets the tokens tokenize() gets, each call replacing the last") {
    detail::TokenScratch scratch;
    for (std::string_view text : {"The Shanghai Cooperation Organisation (SCO)", "U.S.", "",
                                  "Côte d’Ivoire's INTERNATIONALISATION"}) {
      CAPTURE(text);
      check_same(scratch.tokenize(text), detail::tokenize(text));
    }
    check_same(scratch.tokenize("one Two three", 4, 1), detail::tokenize("one Two three", 4, 1));
  }

  TEST_CASE("tokenizing stops after max_tokens tokens, spaces aside") {
    CHECK(detail::tokenize("one two", 0, 0).empty());
    TokenList one = detail::tokenize("  one   two", 0, 1);
    REQUIRE(one.size() == 1);
    CHECK(one[0].norm == "one");
    TokenList two = detail::tokenize("  one ,  two three", 1, 2);
    REQUIRE(two.size() == 2);
    CHECK(two[1].norm == ",");
    CHECK(detail::tokenize("one two", 0, 5).size() == 2);
  }

  TEST_CASE("spellings are the text's bytes when nothing is dropped or replaced") {
    std::string text = "the Organisation of states, programmes and INTERNATIONALISATION 2014";
    TokenList tokens = detail::tokenize(text);
    REQUIRE(tokens.size() == 9);
    for (const Token& token : tokens) {
      CAPTURE(token.exact);
      CHECK(token.exact.data() == text.data() + token.begin);
      CHECK(token.exact.size() == token.end - token.begin);
    }
    // Lower-case ASCII words and numbers: the norm too.
    for (std::size_t i : {0, 2, 3, 4, 6, 8}) CHECK(tokens[i].norm.data() == tokens[i].exact.data());
    CHECK(tokens[4].norm == ",");
    CHECK(tokens[8].norm == "2014");
    // A capital, a British ending: a form of its own, not in the text.
    CHECK(tokens[1].norm == "organization");
    CHECK(tokens[1].exact == "Organisation");
    CHECK(tokens[1].capitalized);
    CHECK_FALSE(points_into(tokens[1].norm, text));
    CHECK(tokens[5].norm == "programs");
    CHECK(tokens[5].exact == "programmes");
    CHECK_FALSE(points_into(tokens[5].norm, text));
    CHECK(tokens[7].norm == "internationalization");
    CHECK(tokens[7].exact == "INTERNATIONALISATION");
  }

  TEST_CASE("folded letters, dotted acronyms, curly apostrophes and punctuation") {
    std::string text = "Côte d’Ivoire, the U.S. and NATO’s Straße — “Centre” & co.";
    TokenList tokens = detail::tokenize(text);
    std::vector<std::pair<std::string_view, std::string_view>> want{
        {"cote", "Côte"}, {"d'ivoire", "d'Ivoire"}, {",", ","},          {"the", "the"},
        {"us", "US"},     {"and", "and"},           {"nato", "NATO"},    {"'s", "'s"},
        {"strase", "Straße"}, {"-", "-"},          {"\"", "\""},       {"center", "Centre"},
        {"\"", "\""},    {"and", "and"},           {"co", "co"},        {".", "."}};
    REQUIRE(tokens.size() == want.size());
    for (std::size_t i = 0; i < want.size(); ++i) {
      CAPTURE(i);
      CHECK(tokens[i].norm == want[i].first);
      CHECK(tokens[i].exact == want[i].second);
    }
    CHECK(tokens[0].capitalized);
    CHECK(tokens[4].type == detail::TokenType::Word);
    CHECK(tokens[13].type == detail::TokenType::Word);  // "&" reads as "and"
    CHECK(tokens[9].type == detail::TokenType::Punct);
    // As written where nothing was replaced; the rewritten forms elsewhere
    // (a dash, a quote and "&" are spelt as their norm).
    CHECK(points_into(tokens[0].exact, text));
    CHECK_FALSE(points_into(tokens[1].exact, text));
    CHECK_FALSE(points_into(tokens[4].exact, text));
    CHECK(points_into(tokens[2].exact, text));
    CHECK_FALSE(points_into(tokens[9].exact, text));
  }

  TEST_CASE("ASCII punctuation is spelt as written but for '-', '\"' and '&'") {
    TokenList tokens = detail::tokenize("a - b \"c\" & d; (e) f's g'");
    std::vector<std::string_view> norms;
    for (const Token& token : tokens) norms.push_back(token.norm);
    CHECK(norms == std::vector<std::string_view>{"a", "-", "b", "\"", "c", "\"", "and", "d", ";",
                                                 "(", "e", ")", "f", "'s", "g", "'"});
    CHECK(tokens[6].type == detail::TokenType::Word);  // "&" reads as "and"
    CHECK(tokens[8].exact.data() == tokens[8].norm.data());
  }

  TEST_CASE("tokens stay valid while their list lives, moved or not") {
    // Enough capitalized words to fill several of the arena's chunks.
    std::string text;
    for (int i = 0; i < 5000; ++i) text += "Organisation" + std::to_string(i % 10) + " U.S. ";
    TokenList tokens = detail::tokenize(text);
    REQUIRE(tokens.size() == 10000);
    const char* first_norm = tokens[0].norm.data();
    TokenList moved = std::move(tokens);
    TokenList assigned;
    assigned = std::move(moved);
    REQUIRE(assigned.size() == 10000);
    CHECK(assigned[0].norm.data() == first_norm);
    for (std::size_t i = 0; i < assigned.size(); i += 2) {
      CAPTURE(i);
      CHECK(assigned[i].norm == "organisation" + std::to_string(i / 2 % 10));
      CHECK(assigned[i + 1].norm == "us");
      CHECK(assigned[i + 1].exact == "US");
    }
  }

  TEST_CASE("tokens written into an arena stay valid until it is cleared, moved or not") {
    std::string text = "The Shanghai Cooperation Organisation";
    std::vector<Token> tokens;
    detail::TokenArena arena;
    detail::tokenize_into(tokens, arena, text);
    detail::TokenArena kept = std::move(arena);
    std::vector<Token> more;
    detail::tokenize_into(more, arena, "The U.S. Programme");  // the moved-from arena works
    REQUIRE(tokens.size() == 4);
    CHECK(tokens[0].norm == "the");
    CHECK(tokens[3].norm == "organization");
    REQUIRE(more.size() == 3);
    CHECK(more[1].exact == "US");
    CHECK(more[2].norm == "program");
  }
}

}  // namespace
TEST_CASE("every British ending is respelt, whatever the word's length, case and place") {
  // The screen that lets a word through to the endings reads its last four
  // bytes at once where the text allows, and its last letter elsewhere.
  const std::pair<std::string_view, std::string_view> kEndings[] = {
      {"isation", "ization"},     {"isations", "izations"}, {"programme", "program"},
      {"programmes", "programs"}, {"centre", "center"},     {"centres", "centers"},
      {"defence", "defense"},     {"labour", "labor"}};
  for (auto [british, american] : kEndings) {
    for (std::string_view stem : {"", "r", "organ", "internationalised"}) {
      std::string word = std::string(stem) + std::string(british);
      std::string upper = word;
      upper[0] = static_cast<char>(upper[0] - 'a' + 'A');
      std::string expected = std::string(stem) + std::string(american);
      for (const std::string& text :
           {word + " of the kind", "the " + word, "the " + upper + " of", upper, word}) {
        TokenList tokens = detail::tokenize(text);
        bool found = false;
        for (const Token& token : tokens) found = found || token.norm == expected;
        CHECK_MESSAGE(found, text);
      }
    }
  }
  for (std::string_view text : {"ion tion nation sation ization ours labor centers", "tres ence"}) {
    TokenList tokens = detail::tokenize(text);
    for (const Token& token : tokens) CHECK(token.norm == token.exact);
  }
}

}  // namespace orgkg
