// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The dates a sentence gives for a fact, explicit or relative to the
// publication date, as one table: sentence, publication date, expected ISO
// date ("" for none) and whether it is a start ("since").
#include "dates.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "dates_relative.hpp"

namespace orgkg::detail {
namespace {

Date iso(std::string_view text) { return Date::parse_iso(text).value_or(Date{}); }

struct Case {
  std::string_view sentence;
  std::string_view published;  // "" = unknown
  std::string_view expected;   // "" = no date
  bool since = false;
};

void check_table(std::initializer_list<Case> cases) {
  for (const Case& c : cases) {
    CAPTURE(c.sentence);
    CAPTURE(c.published);
    std::optional<SentenceDate> found =
        find_sentence_date(c.sentence, 0, std::string_view::npos, iso(c.published));
    CHECK((found ? found->date.to_iso() : "") == c.expected);
    if (found) CHECK(found->since == c.since);
  }
}

TEST_SUITE("dates") {
  TEST_CASE("reads explicit dates and years, with or without a publication date") {
    check_table({
        {"In 2014, China assumed the presidency.", "", "2014"},
        {"Iran has been an observer since 2007.", "", "2007", true},
        {"India joined in early 2016.", "", "2016"},
        {"In September 2012, Turkey became a dialogue partner.", "", "2012-09"},
        {"September 2012 saw Turkey become a dialogue partner.", "", "2012-09"},
        {"On October 5, 2021, the states met.", "", "2021-10-05"},
        {"On 5 October 2021 the states met.", "", "2021-10-05"},
        {"Nepal took the chair on 26–27 November 2014.", "", "2014-11-26"},
        {"Nepal took the chair on 26-27 November 2014.", "", "2014-11-26"},
        {"Nepal took the chair on 27 November 2014.", "", "2014-11-27"},
        {"October 5, 2021 marked the anniversary.", "", "2021-10-05"},
        {"From 1 January 2015 Armenia is a member.", "", "2015-01-01", true},
        {"In 2005 and in August of the same year, it met.", "", "2005"},
        {"In 1991, and on 21 December of the same year, it met.", "", "1991"},
        {"The plan for 2021-2023 lists ten states.", "", ""},
        {"In 2016–2018 the group met twice.", "", ""},
        {"The SCO, which was founded in 2001, has eight members.", "", ""},
        {"2014 states were counted.", "", ""},
        {"Twelve states are members.", "", ""},
    });
  }

  TEST_CASE("takes the year of a day and month without one from the publication date") {
    check_table({
        {"On 9 June, Iran joined the SCO.", "2023-07-04", "2023-06-09"},
        {"On June 9 Iran joined the SCO.", "2023-07-04", "2023-06-09"},
        {"In June, Iran joined the SCO.", "2023-07-04", "2023-06"},
        {"In 2017, and on 9 June, India joined.", "2023-07-04", "2017"},
        {"In 2017 India joined; on 9 June it signed.", "", "2017"},
        {"On 9 June, Iran joined the SCO.", "", ""},
        {"Iran may join the SCO.", "2023-07-04", ""},
        {"On 31 June the states met.", "2023-07-04", ""},
    });
  }

  TEST_CASE("resolves relative dates against the publication date") {
    check_table({
        {"Last year, Iran joined the SCO.", "2023-07-04", "2022"},
        {"Iran joined the SCO last year.", "2023", "2022"},
        {"Next year, Kazakhstan will chair the CICA.", "2021-10-12", "2022"},
        {"Earlier this year, Iran joined the SCO.", "2023-07-04", "2023"},
        {"Iran joined the SCO a year ago.", "2023-07-04", "2022"},
        {"Iran joined the SCO two years ago.", "2023-07-04", "2021"},
        {"Iran joined the SCO 3 years ago.", "2023-07-04", "2020"},
        {"Iran joined the SCO six months ago.", "2023-03-15", "2022-09"},
        {"Last month, Iran joined the SCO.", "2023-01-15", "2022-12"},
        {"Later this month, Iran will join the SCO.", "2023-07-04", "2023-07"},
        {"Yesterday, Iran joined the SCO.", "2023-03-01", "2023-02-28"},
        {"Yesterday, Iran joined the SCO.", "2024-03-01", "2024-02-29"},
        {"The day before yesterday, Iran joined.", "2023-01-01", "2022-12-30"},
        {"Today Iran joins the SCO.", "2023-07-04", "2023-07-04"},
        {"Tomorrow Iran joins the SCO.", "2023-12-31", "2024-01-01"},
        {"Iran has been an observer since last year.", "2023-07-04", "2022", true},
        {"In March last year, Iran joined.", "2023-07-04", "2022-03"},
        {"In March of last year, Iran joined.", "2023-07-04", "2022-03"},
        {"The previous year, Iran applied.", "2023-07-04", "2022"},
    });
  }

  TEST_CASE("resolves relative dates against a year the sentence named") {
    check_table({
        {"Iran applied in 2021 and joined the following year.", "", "2021"},
        {"Iran applied in 2021; the following year it joined.", "", "2021"},
        {"The following year, Iran joined.", "", ""},
        {"The previous year, Iran applied.", "", ""},
        {"Two years later, Iran joined.", "2023", ""},
    });
    // Bytes [begin, end): years before the clause are its context.
    std::string_view sentence = "Iran applied in 2021 and joined the following year.";
    std::size_t clause = sentence.find("joined");
    auto found = find_sentence_date(sentence, clause, std::string_view::npos, iso("2023"));
    REQUIRE(found);
    CHECK(found->date.to_iso() == "2022");
    sentence = "Iran applied in 2019 and two years later it joined.";
    found = find_sentence_date(sentence, sentence.find("two"), std::string_view::npos);
    REQUIRE(found);
    CHECK(found->date.to_iso() == "2021");
    sentence = "Iran applied in 2019 and in the previous year it asked.";
    found = find_sentence_date(sentence, sentence.find("in the"), std::string_view::npos);
    REQUIRE(found);
    CHECK(found->date.to_iso() == "2018");
  }

  TEST_CASE("leaves periods, weekdays and vague times unresolved") {
    check_table({
        {"Over the last year, Iran worked with the SCO.", "2023-07-04", ""},
        {"Over the past year, Iran worked with the SCO.", "2023-07-04", ""},
        {"Over the next year, Iran will work with the SCO.", "2023-07-04", ""},
        {"On Monday, Iran joined the SCO.", "2023-07-04", ""},
        {"Last week, Iran joined the SCO.", "2023-07-04", ""},
        {"Recently, Iran joined the SCO.", "2023-07-04", ""},
        {"Last summer, Iran joined the SCO.", "2023-07-04", ""},
        {"In recent years, Iran worked with the SCO.", "2023-07-04", ""},
        {"Last month, Iran joined the SCO.", "2023", ""},
        {"Yesterday, Iran joined the SCO.", "2023-07", ""},
        {"Last year, Iran joined the SCO.", "", ""},
    });
  }

  // Sentences without a digit are ruled out on their bytes before they are
  // tokenized; these are the spellings that test must not miss.
  TEST_CASE("reads date words that are dotted, accented or cased, without a digit") {
    check_table({
        {"Iran joined the SCO in M.a.y.", "2023-07-04", "2023-05"},
        {"Iran joined the SCO in M\u00E4y.", "2023-07-04", "2023-05"},
        {"Iran joined the SCO in SEPT.", "2023-07-04", "2023-09"},
        {"Iran joined the SCO on 9\u00A0June.", "2023-07-04", "2023-06-09"},
        {"YESTERDAY, Iran joined the SCO.", "2023-03-01", "2023-02-28"},
        {"Iran joined the SCO, as decided, yesterday.", "2023-03-01", "2023-02-28"},
        {"The declaration of the summit was adopted on Sunday.", "2023-07-04", ""},
        {"Iran joined the SCO in Mayo.", "2023-07-04", ""},
    });
    std::string_view sentence = "Iran joined the SCO a year ago, as it said yesterday.";
    auto found = find_fact_date(sentence, 0, sentence.find(','), iso("2023-07-04"));
    REQUIRE(found);
    CHECK(found->date.to_iso() == "2022");
    CHECK_FALSE(find_fact_date("Iran joined the SCO.", 0, 20, iso("2023-07-04")));
  }

  TEST_CASE("dates a fact the same from the sentence's tokens as from its text") {
    for (std::string_view sentence :
         {"Iran joined the SCO a year ago, as it said yesterday.",
          "On 4 July 2023, Iran became a full member of the SCO, which was founded in 2001.",
          "Viet Nam joined ASEAN in July 1995 and Laos in 1997.", "Iran joined the SCO.",
          "The U.S. left UNESCO last year.", "Iran joined the SCO in M.a.y."}) {
      CAPTURE(sentence);
      TokenList tokens = tokenize(sentence);
      for (std::size_t end : {sentence.size(), sentence.find(','), std::size_t{20}}) {
        if (end == std::string_view::npos) continue;
        for (std::string_view published : {"2023-07-04", ""}) {
          Date date = published.empty() ? Date{} : iso(published);
          auto from_text = find_fact_date(sentence, 0, end, date);
          auto from_tokens = find_fact_date(sentence, tokens, 0, end, date);
          REQUIRE(from_text.has_value() == from_tokens.has_value());
          if (from_text) {
            CHECK(from_text->date.to_iso() == from_tokens->date.to_iso());
            CHECK(from_text->since == from_tokens->since);
          }
        }
      }
    }
    std::string_view sentence = "Viet Nam joined ASEAN in July 1995 and Laos in 1997.";
    TokenList tokens = tokenize(sentence);
    auto found = find_fact_date(sentence, tokens, 0, 34, Date{});
    REQUIRE(found);
    CHECK(found->date.to_iso() == "1995-07");
  }

  TEST_CASE("reads header dates and metadata dates") {
    struct Value {
      std::string_view text;
      std::string_view expected;
    };
    for (Value v :
         {Value{"2021-10-12T11:38:00+03:00", "2021-10-12"}, Value{"2021-10-12", "2021-10-12"},
          Value{" 2021-10 ", "2021-10"}, Value{"2021", "2021"},
          Value{"12 October 2021 11:38", "2021-10-12"}, Value{"October 12, 2021", "2021-10-12"},
          Value{"2021-13-01", ""}, Value{"yesterday", ""}, Value{"", ""}, Value{"202", ""},
          Value{"20 21", ""}, Value{"\t2021-10-12 11:38", "2021-10-12"}}) {
      CAPTURE(v.text);
      std::optional<Date> date = parse_date_value(v.text);
      CHECK((date ? date->to_iso() : "") == v.expected);
    }
    CHECK(parse_header_date("27 April 201610:03") == iso("2016-04-27"));
    // An ISO date is looked for only where four digits open the line.
    CHECK(parse_header_date("  2016-04-27 10:03") == iso("2016-04-27"));
    CHECK(!parse_header_date("201-04-27"));
    CHECK(parse_header_date("2016").value_or(Date{}).to_iso() == "2016");
    CHECK(month_from_name("Sept") == 9);
  }

  TEST_CASE("a header date may follow a label: Published:, Posted on, Date:") {
    struct Line {
      const char* text;
      const char* expected;
    };
    for (Line line : {Line{"Published: 12 October 2021", "2021-10-12"},
                      Line{"Posted on: March 3, 2020 10:15", "2020-03-03"},
                      Line{"Posted on 3 March 2020", "2020-03-03"},
                      Line{"Date: Friday, 12 November 2021", "2021-11-12"},
                      Line{"Issued on 2019-06-14", "2019-06-14"},
                      Line{"Published: 2019-06-14 10:00", "2019-06-14"},
                      Line{"Updated: 12 October 2021", ""}, Line{"Published 12 October 2021", ""},
                      Line{"Published: the ministers met on 12 October 2021", ""},
                      Line{"Date: to be announced", ""}, Line{"Posted on:", ""}}) {
      CAPTURE(line.text);
      std::optional<Date> date = parse_header_date(line.text);
      CHECK((date ? date->to_iso() : "") == line.expected);
    }
  }

  TEST_CASE(
      "month_from_name() takes every month and its abbreviations in any case, and no other word") {
    for (std::size_t m = 0; m < kMonthNames.size(); ++m) {
      std::string name(kMonthNames[m]);
      CAPTURE(name);
      int month = static_cast<int>(m) + 1;
      CHECK(month_from_name(name) == month);
      CHECK(month_from_name(name.substr(0, 3)) == month);
      std::string upper = name;
      for (char& c : upper) c = static_cast<char>(c - 'a' + 'A');
      CHECK(month_from_name(upper) == month);
      upper[1] = name[1];  // "JaNUARY" and the like
      CHECK(month_from_name(upper) == month);
      CHECK(month_from_name(name + "s") == 0);
      CHECK(month_from_name(name.substr(0, 2)) == 0);
    }
    CHECK(month_from_name("SEPT") == 9);
    for (std::string_view word :
         {"", "m", "ma", "mayor", "Marchers", "junes", "jn", "the", "Ju\xC3\xB1o",
          "\xC3\xA9t\xC3\xA9", "12", "ja-", "j4n", "ju ", "septembers"}) {
      CAPTURE(word);
      CHECK(month_from_name(word) == 0);
    }
  }

  TEST_CASE("adds days across month and year ends, leap years included") {
    CHECK(add_days(iso("2024-02-28"), 1) == iso("2024-02-29"));
    CHECK(add_days(iso("2023-02-28"), 1) == iso("2023-03-01"));
    CHECK(add_days(iso("2023-01-01"), -1) == iso("2022-12-31"));
    CHECK(add_days(iso("2023-03-01"), -1) == iso("2023-02-28"));
    CHECK(add_days(iso("2023-07"), -1) == iso("2023-07"));
  }
}

}  // namespace
}  // namespace orgkg::detail
