// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/graph/date.hpp"

#include <doctest/doctest.h>

using orgkg::Date;

TEST_SUITE("date") {
  TEST_CASE("parses and prints ISO dates at each precision") {
    for (const char* text : {"2014", "2014-05", "2014-05-21", "2000-02-29"}) {
      auto date = Date::parse_iso(text);
      REQUIRE(date);
      CHECK(date->to_iso() == text);
    }
  }

  TEST_CASE("prints a hand-built date as printf's %04d-%02d-%02d would") {
    CHECK(Date{5, 3, 0}.to_iso() == "0005-03");
    CHECK(Date{2014, 0, 7}.to_iso() == "2014-00-07");  // a day without a month
    CHECK(Date{12345, 1, 2}.to_iso() == "12345-01-02");
    CHECK(Date{-44, 3, 15}.to_iso() == "-044-03-15");
    CHECK(Date{2014, 123, 0}.to_iso() == "2014-123");
  }

  TEST_CASE("rejects malformed and impossible dates") {
    for (const char* text : {"", "14", "2014-5", "2014-13", "2014-02-30", "1900-02-29",
                             "2014/05/01", "20x4", "2014-05-21T10:00", "0999"}) {
      CAPTURE(text);
      CHECK_FALSE(Date::parse_iso(text));
    }
  }

  TEST_CASE("orders a year before the months and days it contains") {
    Date year{2014, 0, 0};
    Date month{2014, 1, 0};
    Date day{2014, 1, 1};
    CHECK(year < month);
    CHECK(month < day);
    CHECK(day < Date{2015, 0, 0});
    CHECK(Date{}.empty());
    CHECK(Date{}.to_iso().empty());
  }

  TEST_CASE("knows the length of months in leap and common years") {
    CHECK(orgkg::days_in_month(2024, 2) == 29);
    CHECK(orgkg::days_in_month(2023, 2) == 28);
    CHECK(orgkg::days_in_month(2100, 2) == 28);
    CHECK(orgkg::days_in_month(2023, 13) == 0);
  }
}
