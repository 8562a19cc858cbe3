// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// ClauseDates answers what find_fact_date() answers, however the clauses of
// a sentence are asked about, and forgets them with the next sentence.
#include "clause_dates.hpp"

#include <doctest/doctest.h>

#include <string_view>
#include <vector>

namespace orgkg::detail {
namespace {

bool same(const std::optional<SentenceDate>& a, const std::optional<SentenceDate>& b) {
  if (!a || !b) return a.has_value() == b.has_value();
  return a->date == b->date && a->since == b->since;
}

TEST_SUITE("clause_dates") {
  TEST_CASE("every clause, asked in any order and again, gets find_fact_date()'s answer") {
    const Date published{2021, 10, 12};
    std::string_view first = "Russia joined in 2001, and since last year India has been a member.";
    std::string_view second = "Two years ago, Iran joined; Belarus applied in 2015.";
    std::string_view third = "";
    TokenList first_tokens = tokenize(first);
    TokenList second_tokens = tokenize(second);
    TokenList third_tokens = tokenize(third);
    ClauseDates dates(published);
    struct Sentence {
      std::string_view text;
      const std::vector<Token>& tokens;
    };
    for (const Sentence& s : {Sentence{first, first_tokens}, Sentence{second, second_tokens},
                              Sentence{third, third_tokens}, Sentence{first, first_tokens}}) {
      dates.start(s.tokens);
      std::vector<std::size_t> bounds = {0, s.text.size() / 3, s.text.size() / 2, s.text.size()};
      for (int round = 0; round < 2; ++round) {
        for (std::size_t b : bounds) {
          for (std::size_t e : bounds) {
            if (b > e) continue;
            CAPTURE(s.text);
            CAPTURE(b);
            CAPTURE(e);
            CHECK(same(dates.find(b, e), find_fact_date(s.text, s.tokens, b, e, published)));
            CHECK(same(dates.find(b, e), find_fact_date(s.text, s.tokens, b, e, published)));
          }
        }
      }
    }
  }

  TEST_CASE("the same bounds in the next sentence are asked afresh") {
    std::string_view dated = "It joined in 2001.";
    std::string_view undated = "It joined at once.";
    TokenList dated_tokens = tokenize(dated);
    TokenList undated_tokens = tokenize(undated);
    ClauseDates dates(Date{});
    dates.start(dated_tokens);
    REQUIRE(dates.find(0, dated.size()));
    CHECK(dates.find(0, dated.size())->date == Date{2001});
    dates.start(undated_tokens);
    CHECK_FALSE(dates.find(0, undated.size()));
  }
}

}  // namespace
}  // namespace orgkg::detail
