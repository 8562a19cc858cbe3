// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The cheap tests that rule dates out (date_screen.hpp), and leading_number(),
// which parses the numbers of dates without building strings.
#include "date_screen.hpp"

#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <string_view>

#include "dates.hpp"
#include "tokenizer.hpp"

namespace orgkg::detail {
namespace {

bool same(const std::optional<SentenceDate>& a, const std::optional<SentenceDate>& b) {
  if (!a || !b) return a.has_value() == b.has_value();
  return a->date == b->date && a->since == b->since;
}

TEST_SUITE("date_screen") {
  TEST_CASE("leading_number() is std::stoi of its digits, without a string") {
    for (std::string_view digits : {"0", "7", "09", "2016", "201610", "123456789", "12a", "3.5"}) {
      CAPTURE(digits);
      CHECK(leading_number(digits) == std::stoi(std::string(digits)));
    }
    CHECK(leading_number(std::string_view("201610").substr(0, 4)) == 2016);
    // What std::stoi refuses, it still refuses.
    CHECK_THROWS_AS((void)leading_number(""), std::invalid_argument);
    CHECK_THROWS_AS((void)leading_number("\xE2\x80\x99"
                                         "1"),
                    std::invalid_argument);
    CHECK_THROWS_AS((void)leading_number("99999999999"), std::out_of_range);
    // Past nine bytes std::stoi decides, as it parses a sign and spaces.
    CHECK(leading_number("0000000001") == 1);
  }

  TEST_CASE("has_month_or_unit() finds a month name or a relative date's unit among the tokens") {
    auto has = [](std::string_view text) {
      TokenList tokens = tokenize(text);
      return has_month_or_unit(tokens);
    };
    CHECK(has("In June the Council met."));
    CHECK(has("It met in SEPT."));
    CHECK(has("Two years ago it joined."));
    CHECK(has("It joined yesterday"));
    CHECK(has("the day before"));
    CHECK_FALSE(has(""));
    CHECK_FALSE(has("It joined in 2014."));
    CHECK_FALSE(has("Last week the Mayor met the Marchers."));
    CHECK_FALSE(has("Täglich trafen sich die Minister."));
  }

  TEST_CASE("without a month or a unit, a publication date adds no date") {
    const Date published{2021, 10, 12};
    for (std::string_view sentence :
         {"It joined in 2014.", "It joined on Monday.", "Since then it has grown.",
          "The SCO, founded in 2001, admitted India.", "Last week the ministers met.",
          "It was admitted in early 2016 and 2017 respectively.", "No date here at all.", ""}) {
      CAPTURE(sentence);
      TokenList tokens = tokenize(sentence);
      REQUIRE_FALSE(has_month_or_unit(tokens));
      CHECK(same(find_sentence_date(sentence, 0, std::string_view::npos, published),
                 find_sentence_date(sentence, 0, std::string_view::npos, Date{})));
      CHECK(same(find_fact_date(sentence, tokens, 0, sentence.size(), published),
                 find_fact_date(sentence, tokens, 0, sentence.size(), Date{})));
    }
    // With one, it may.
    std::string_view relative = "It joined two years ago.";
    TokenList tokens = tokenize(relative);
    CHECK(find_fact_date(relative, tokens, 0, relative.size(), published)->date == Date{2019});
    CHECK_FALSE(find_fact_date(relative, tokens, 0, relative.size(), Date{}));
  }

  TEST_CASE("a sentence that may hold a date, by its bytes and by its tokens") {
    for (std::string_view sentence : {"In 2014.", "in may", "yesterday", "U.S. talks",
                                      "Année"}) {
      CAPTURE(sentence);
      CHECK(may_hold_date(sentence));
    }
    auto tokens_may_hold = [](std::string_view text) {
      TokenList tokens = tokenize(text);
      return tokens_may_hold_date(tokens);
    };
    CHECK(tokens_may_hold("It joined in 2014."));
    CHECK(tokens_may_hold("It joined last month."));
    for (std::string_view sentence : {"", "No date here.", "The Mayor met the Marchers"}) {
      CAPTURE(sentence);
      CHECK_FALSE(may_hold_date(sentence));
      CHECK_FALSE(tokens_may_hold(sentence));
    }
  }
}

}  // namespace
}  // namespace orgkg::detail
