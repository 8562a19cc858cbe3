// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The cheap tests that rule dates out (date_screen.hpp), and leading_number(),
// which parses the numbers of dates without building strings.
#include "date_screen.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <iterator>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dates.hpp"
#include "dates_relative.hpp"
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

  TEST_CASE("date_words() finds the month names and relative date units among the tokens") {
    auto words = [](std::string_view text) {
      TokenList tokens = tokenize(text);
      DateWords found = date_words(tokens);
      return std::pair{found.month, found.unit};
    };
    using Found = std::pair<bool, bool>;  // month, unit
    CHECK(words("In June the Council met.") == Found{true, false});
    CHECK(words("It met in SEPT.") == Found{true, false});
    CHECK(words("It met in Sept.") == Found{true, false});
    CHECK(words("Two years ago it joined.") == Found{false, true});
    CHECK(words("It joined yesterday") == Found{false, true});
    CHECK(words("the day before") == Found{false, true});
    CHECK(words("In March last year it joined.") == Found{true, true});
    CHECK(words("") == Found{false, false});
    CHECK(words("It joined in 2014.") == Found{false, false});
    CHECK(words("Last week the Mayor met the Marchers.") == Found{false, false});
    CHECK(words("Täglich trafen sich die Minister.") == Found{false, false});
    CHECK(words("Yearly Daybooks of the Mayoral office.") == Found{false, false});
    TokenList numbered = tokenize("Since 2014 it has grown");
    CHECK(date_words(numbered).number);
    CHECK_FALSE(date_words(numbered).month);
    TokenList unnumbered = tokenize("In June it grew");
    CHECK_FALSE(date_words(unnumbered).number);
    CHECK(date_words(unnumbered).may_hold());
    CHECK(words("Years of work.") == Found{false, true});  // norms are lower case
  }

  TEST_CASE("date_words() and month_of() tell a word a month exactly when month_from_name() does") {
    // Every prefix of every month name and unit, and words near them: the
    // screen looks words up by hash, the definition reads their letters.
    std::vector<std::string> candidates{"sept",   "Sept",  "SEPT",   "septs",
                                        "mays",   "junes", "decs",   "yesterdays",
                                        "todays", "dayx",  "yearly", "monthly"};
    auto add_prefixes = [&candidates](std::string_view word) {
      for (std::size_t n = 1; n <= word.size(); ++n) {
        candidates.emplace_back(word.substr(0, n));
        candidates.emplace_back(std::string(word.substr(0, n)) + "s");
      }
    };
    for (std::string_view month : kMonthNames) add_prefixes(month);
    for (std::string_view unit : kRelativeDateUnits) add_prefixes(unit);
    for (const std::string& word : candidates) {
      CAPTURE(word);
      TokenList tokens = tokenize(word);
      REQUIRE(tokens.size() == 1);
      std::string_view norm = tokens[0].norm;
      DateWords found = date_words(tokens);
      bool unit = is_relative_date_unit(norm);
      CHECK(found.unit == unit);
      CHECK(found.month == (!unit && norm.size() >= 3 && month_from_name(norm) != 0));
      // month_of() says which month, by the same table.
      CHECK(month_of(tokens[0]) == month_from_name(norm));
    }
    // Numbers and punctuation are no months.
    for (std::string_view text : {"2014", "12", ",", "May 9", "Sept. 2016"}) {
      CAPTURE(text);
      for (const Token& token : tokenize(text)) {
        CHECK(month_of(token) == (token.type == TokenType::Word ? month_from_name(token.norm) : 0));
      }
    }
  }

  TEST_CASE("without a month or a unit, a publication date adds no date") {
    const Date published{2021, 10, 12};
    for (std::string_view sentence :
         {"It joined in 2014.", "It joined on Monday.", "Since then it has grown.",
          "The SCO, founded in 2001, admitted India.", "Last week the ministers met.",
          "It was admitted in early 2016 and 2017 respectively.", "No date here at all.", ""}) {
      CAPTURE(sentence);
      TokenList tokens = tokenize(sentence);
      DateWords words = date_words(tokens);
      REQUIRE_FALSE(words.month);
      REQUIRE_FALSE(words.unit);
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
    for (std::string_view sentence : {"In 2014.", "in may", "yesterday", "U.S. talks", "Année"}) {
      CAPTURE(sentence);
      CHECK(may_hold_date(sentence));
    }
    auto tokens_may_hold = [](std::string_view text) {
      TokenList tokens = tokenize(text);
      return date_words(tokens).may_hold();
    };
    CHECK(tokens_may_hold("It joined in 2014."));
    CHECK(tokens_may_hold("It joined last month."));
    for (std::string_view sentence : {"", "No date here.", "The Mayor met the Marchers"}) {
      CAPTURE(sentence);
      CHECK_FALSE(may_hold_date(sentence));
      CHECK_FALSE(tokens_may_hold(sentence));
    }
  }

  TEST_CASE("may_open_date() is true of the openers, by their hashes, and of no other word") {
    TokenList tokens = tokenize(
        "In on since from of during throughout at the to and with inn one onto at, Of 12 last");
    for (const Token& token : tokens) {
      CAPTURE(token.norm);
      bool opener = std::find(std::begin(kDateOpeners), std::end(kDateOpeners), token.norm) !=
                    std::end(kDateOpeners);
      CHECK(may_open_date(token, false) == opener);
    }
    // With a unit word in the sentence, the start of a relative date too.
    TokenList relative = tokenize("last 12");
    CHECK(may_open_date(relative[0], true));
    CHECK(may_open_date(relative[1], true));
    CHECK_FALSE(may_open_date(relative[0], false));
  }
}

}  // namespace
}  // namespace orgkg::detail
