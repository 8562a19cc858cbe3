// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// left: withdrawals, suspensions, expulsions, memberships ceased, each dated
// by its clause with the date as the end (valid_to); nothing from threats,
// decisions, announcements, calls or other things left.
#include <doctest/doctest.h>

#include "status_test_support.hpp"

namespace orgkg {
namespace {

using test::status_dated;
using test::status_facts;
using Lines = std::vector<std::string>;

TEST_SUITE("left_patterns") {
  TEST_CASE("reads withdrew from, left, quit and pulled out of") {
    CHECK(status_dated("The United Kingdom left the European Union on 31 January 2020.") ==
          Lines{"GBR left EU 2020-01-31 to 2020-01-31 (left.left)"});
    CHECK(status_dated("The UK withdrew from the EU in 2020.") ==
          Lines{"GBR left EU 2020 to 2020 (left.withdrew)"});
    CHECK(status_dated("Georgia officially withdrew from the Commonwealth of Independent States "
                       "in August 2009.") ==
          Lines{"GEO left CIS 2009-08 to 2009-08 (left.withdrew)"});
    CHECK(status_dated("Qatar left OPEC in January 2019.") ==
          Lines{"QAT left OPEC 2019-01 to 2019-01 (left.left)"});
    CHECK(status_dated("Nicaragua has withdrawn from the OAS.", "2023-11-20") ==
          Lines{"NIC left OAS 2023-11-20 (left.withdrew)"});
    CHECK(status_dated("Uzbekistan withdrew from the CSTO in 2012, and Georgia left the CIS in "
                       "2009.") == Lines{"UZB left CSTO 2012 to 2012 (left.withdrew)",
                                         "GEO left CIS 2009 to 2009 (left.left)"});
  }

  TEST_CASE("reads suspensions and expulsions, active and passive") {
    CHECK(status_dated("Russia was expelled from the Council of Europe on 16 March 2022.") ==
          Lines{"RUS left CoE 2022-03-16 to 2022-03-16 (left.expelled)"});
    CHECK(status_dated("The Council of Europe expelled Russia in March 2022.") ==
          Lines{"RUS left CoE 2022-03 to 2022-03 (left.expelled)"});
    CHECK(status_dated("Russia's membership in the G8 was suspended in 2014.") ==
          Lines{"RUS left G8 2014 to 2014 (left.suspended)"});
    CHECK(status_dated("The OAS suspended Cuba's membership in 1962.") ==
          Lines{"CUB left OAS 1962 to 1962 (left.suspended)"});
    CHECK(status_dated("Venezuela was suspended from Mercosur in 2016.") ==
          Lines{"VEN left Mercosur 2016 to 2016 (left.suspended)"});
    CHECK(status_dated("Uzbekistan suspended its membership in the CSTO in 2012.") ==
          Lines{"UZB left CSTO 2012 to 2012 (left.suspended)"});
    CHECK(status_facts("The African Union suspended Mali's membership.") == Lines{"MLI left AU"});
  }

  TEST_CASE("reads withdrawal and expulsion nouns and memberships ceased") {
    CHECK(status_dated("After the UK's withdrawal from the EU in 2020, trade declined.") ==
          Lines{"GBR left EU 2020 to 2020 (left.withdrawal)"});
    CHECK(status_facts("Following Russia's expulsion from the Council of Europe, the Court "
                       "stopped examining its cases.") == Lines{"RUS left CoE"});
    CHECK(status_dated("The suspension of Russia's membership in the G8 followed in 2014.") ==
          Lines{"RUS left G8 2014 to 2014 (left.suspended)"});
    CHECK(status_dated("Ecuador ceased to be a member of OPEC in 2020.") ==
          Lines{"ECU left OPEC 2020 to 2020 (left.ceased)"});
    CHECK(status_facts("Nicaragua is no longer a member of the OAS.") == Lines{"NIC left OAS"});
    CHECK(test::facts(test::status_triples("Our country withdrew from the Council of Europe in "
                                           "2022.",
                                           "2022-12-01", "RUS")) == Lines{"RUS left CoE"});
  }

  TEST_CASE("reads the organisation or bloc in context, suspensions of states, quit and pulled out") {
    CHECK(status_dated("News\nOPEC met in Vienna. Qatar left the organisation in January 2019.") ==
          Lines{"QAT left OPEC 2019-01 to 2019-01 (left.left)"});
    CHECK(status_dated("News\nMercosur met in Brasilia. Venezuela left the bloc in 2017.") ==
          Lines{"VEN left Mercosur 2017 to 2017 (left.left)"});
    CHECK(status_dated("The African Union met in Addis Ababa. Mali's membership was suspended "
                       "following the coup in 2021.") ==
          Lines{"MLI left AU 2021 to 2021 (left.suspended)"});
    CHECK(status_dated("The African Union suspended Niger in 2023.") ==
          Lines{"NER left AU 2023 to 2023 (left.suspended)"});
    CHECK(status_dated("ECOWAS suspended Guinea in September 2021.") ==
          Lines{"GIN left ECOWAS 2021-09 to 2021-09 (left.suspended)"});
    CHECK(status_dated("Armenia quit the CSTO in 2024.") ==
          Lines{"ARM left CSTO 2024 to 2024 (left.left)"});
    CHECK(status_dated("Burkina Faso pulled out of ECOWAS in 2024.") ==
          Lines{"BFA left ECOWAS 2024 to 2024 (left.left)"});
    CHECK(status_facts("The African Union suspended its talks in 2021.") == Lines{});
    CHECK(status_facts("Qatar left the meeting in January 2019.") == Lines{});
  }

  TEST_CASE("nothing from negations, threats, decisions, calls or other things left") {
    CHECK(status_facts("Georgia did not withdraw from the CIS.") == Lines{});
    CHECK(status_facts("Armenia could withdraw from the CSTO.") == Lines{});
    CHECK(status_facts("Armenia has threatened to leave the CSTO.") == Lines{});
    CHECK(status_facts("Armenia is considering withdrawing from the CSTO.") == Lines{});
    CHECK(status_facts("Some politicians called for Ukraine's withdrawal from the CIS.") ==
          Lines{});
    CHECK(status_facts("Georgia decided to withdraw from the CIS in 2008.") == Lines{});
    CHECK(status_facts("Georgia announced its withdrawal from the CIS in August 2008.") == Lines{});
    CHECK(status_facts("The delegation left the summit early.") == Lines{});
    CHECK(status_facts("Russia withdrew its troops from Georgia.") == Lines{});
    CHECK(status_facts("NATO withdrew from Afghanistan in 2021.") == Lines{});
    CHECK(status_facts("They left many weapons in the country.") == Lines{});
    CHECK(status_facts("Russia left the EU's proposal unanswered.") == Lines{});
    CHECK(status_facts("We withdrew from the Council of Europe in 2022.") == Lines{});  // who?
  }
}

}  // namespace
}  // namespace orgkg
