// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// ClauseDates answers what find_fact_date() answers, however the clauses of
// a sentence are asked about, forgets them with the next sentence, and takes
// "the same year" from the document's earlier sentences only.
#include "clause_dates.hpp"

#include <doctest/doctest.h>

#include <string_view>
#include <vector>

namespace orgkg::detail {
namespace {

// Analysed sentences of `lists`' tokens, in one array as the analysis keeps
// them (only their tokens set: all ClauseDates reads).
std::vector<AnalysedSentence> analysed(const std::vector<const TokenList*>& lists) {
  std::vector<AnalysedSentence> sentences(lists.size());
  for (std::size_t k = 0; k < lists.size(); ++k) sentences[k].tokens = lists[k]->tokens();
  return sentences;
}

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
    const std::vector<AnalysedSentence> sentences =
        analysed({&first_tokens, &second_tokens, &third_tokens, &first_tokens});
    std::size_t index = 0;
    for (const Sentence& s : {Sentence{first, first_tokens}, Sentence{second, second_tokens},
                              Sentence{third, third_tokens}, Sentence{first, first_tokens}}) {
      dates.start(sentences[index++]);
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
    const std::vector<AnalysedSentence> sentences = analysed({&dated_tokens, &undated_tokens});
    ClauseDates dates(Date{});
    dates.start(sentences[0]);
    REQUIRE(dates.find(0, dated.size()));
    CHECK(dates.find(0, dated.size())->date == Date{2001});
    dates.start(sentences[1]);
    CHECK_FALSE(dates.find(0, undated.size()));
  }

  TEST_CASE("\"the same year\" takes the last year of an earlier sentence of the document") {
    std::string_view founded = "The OIC was founded in 1969.";
    std::string_view other = "The EAC was founded in 1967.";
    std::string_view same_year = "Iran joined on 21 December of the same year.";
    TokenList founded_tokens = tokenize(founded);
    TokenList other_tokens = tokenize(other);
    TokenList same_tokens = tokenize(same_year);
    const std::vector<AnalysedSentence> sentences =
        analysed({&other_tokens, &founded_tokens, &same_tokens, &same_tokens});
    ClauseDates dates;
    dates.restart(Date{});
    dates.start(sentences[0]);
    dates.start(sentences[1]);
    dates.start(sentences[2]);
    REQUIRE(dates.find(0, same_year.size()));
    CHECK(dates.find(0, same_year.size())->date == Date{1969, 12, 21});
    CHECK(same(
        dates.find(0, same_year.size()),
        find_fact_date(same_tokens, 0, same_year.size(), Date{}, date_words(same_tokens), 1969)));
    // A new document: the sentences of the one before are forgotten.
    dates.restart(Date{});
    dates.start(sentences[3]);
    CHECK(same(dates.find(0, same_year.size()),
               find_fact_date(same_tokens, 0, same_year.size(), Date{}, date_words(same_tokens))));
  }
}

}  // namespace
}  // namespace orgkg::detail
