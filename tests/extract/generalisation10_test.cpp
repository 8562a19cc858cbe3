// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Shapes the remaining misses of tests/gold/heldout10 pointed to, written
// anew: congratulations on an event ("congratulated Egypt on assuming the
// chairmanship", "... Finland on joining NATO"), a chair elected, a head of
// state named in apposition, counted or bracketed member lists, NATO's
// Partnership for Peace, a second predicate with its own date, a date
// between "submitted" and its application, founders who signed the treaty
// establishing the organisation, "one of its founding members", and "whose
// withdrawal from ORG". Every sentence is ours; each
// positive case has a negative twin where one is easy to mistake.
#include <doctest/doctest.h>

#include "extract_test_support.hpp"

namespace orgkg {
namespace {

using test::all;
using Lines = std::vector<std::string>;

Lines facts_of(const std::string& text) { return test::distinct_facts_of(text); }

TEST_SUITE("generalisation") {
  TEST_CASE("congratulations on joining, on an accession, on a status") {
    CHECK(facts_of("Notes\n\nThe minister congratulated Finland on joining NATO.") ==
          Lines{"FIN member_of NATO"});
    CHECK(facts_of("Notes\n\nWe warmly congratulate Timor-Leste on becoming the eleventh member "
                   "of ASEAN.") == Lines{"TLS member_of ASEAN"});
    CHECK(facts_of("Notes\n\nThe leaders congratulated Egypt and Iran on their admission to "
                   "BRICS.") == all({"EGY", "IRN"}, "member_of", "BRICS"));
    CHECK(facts_of("Notes\n\nThe Council congratulated the Government and people of Hungary "
                   "upon obtaining observer status in the OTS.") == Lines{"HUN observer_of OTS"});
    // A step towards it, a future, or the one who congratulates: nothing.
    CHECK(facts_of("Notes\n\nWe congratulate Indonesia on its application to join the OECD.")
              .empty());
    CHECK(
        facts_of("Notes\n\nWe congratulate Finland on its forthcoming accession to NATO.").empty());
    CHECK(facts_of("Notes\n\nWe discussed with Armenia its accession to the EAEU.").empty());
  }

  TEST_CASE("congratulations on a chairmanship: assuming it, its assumption, the chairmanship") {
    CHECK(facts_of("Notes\n\nKazakhstan congratulated Egypt on assuming the chairmanship of the "
                   "D-8.") == Lines{"EGY chair_of D-8"});
    CHECK(facts_of("Notes\n\nThe minister congratulated Egypt on its assumption of the "
                   "chairmanship of the D-8.") == Lines{"EGY chair_of D-8"});
    CHECK(facts_of("Notes\n\nWe congratulate Laos on the successful chairmanship of ASEAN.") ==
          Lines{"LAO chair_of ASEAN"});
    CHECK(facts_of("Notes\n\nThe minister congratulated Kazakhstan on the upcoming chairmanship "
                   "of CICA.")
              .empty());
    CHECK(facts_of("Notes\n\nWe held consultations with Kazakhstan on the chairmanship of CICA.")
              .empty());
  }

  TEST_CASE("a chair elected, and a head of state named in apposition") {
    CHECK(facts_of("Notes\n\nGhana was unanimously elected Chair of ECOWAS.") ==
          Lines{"GHA chair_of ECOWAS"});
    CHECK(facts_of("Notes\n\nThe President of Botswana, Duma Boko, was today elected "
                   "Chairperson of the Summit of SADC Heads of State and Government.") ==
          Lines{"BWA chair_of SADC"});
    CHECK(facts_of("Notes\n\nThe Prime Minister of Barbados, Mia Mottley, assumed the "
                   "chairmanship of CARICOM.") == Lines{"BRB chair_of CARICOM"});
    // A person's board, an incoming chair, a member elected: not a chair.
    CHECK(facts_of("Notes\n\nMr Smith was elected Chairman of the Board.").empty());
    CHECK(facts_of("Notes\n\nGhana was elected the incoming Chair of ECOWAS.").empty());
    CHECK(facts_of("Notes\n\nThe Foreign Minister of Ghana, Samuel Ablakwa, met the Chair of "
                   "ECOWAS.")
              .empty());
  }

  TEST_CASE("counted and bracketed lists of members") {
    CHECK(facts_of("Notes\n\nThe EAC met. Today the five Partner States – Burundi, Kenya, Rwanda, "
                   "Uganda and Tanzania – form one market.") ==
          all({"BDI", "KEN", "RWA", "TZA", "UGA"}, "member_of", "EAC"));
    CHECK(facts_of("Notes\n\nThe three member states of the Union State (Belarus and Russia) "
                   "met.") == all({"BLR", "RUS"}, "member_of", "Union State"));
    // Brackets after a role no organisation names: nothing.
    CHECK(facts_of("Notes\n\nThe partner states (Belarus and Russia) met in Minsk.").empty());
  }

  TEST_CASE("NATO's Partnership for Peace") {
    CHECK(facts_of("Notes\n\nAustria joined NATO's Partnership for Peace in 1995.") ==
          Lines{"AUT partner_of NATO"});
    CHECK(facts_of("Notes\n\nMalta takes part in the Alliance's Partnership for Peace, "
                   "although it is not a member of NATO.") == Lines{"MLT partner_of NATO"});
    CHECK(test::dates_of("Notes\n\nAustria joined NATO's Partnership for Peace in 1995.") ==
          Lines{"1995"});
    // Without NATO named, or a partnership of another name: nothing.
    CHECK(facts_of("Notes\n\nAustria joined the Partnership for Peace in 1995.").empty());
    CHECK(facts_of("Notes\n\nAustria joined NATO's Partnership for Growth initiative.").empty());
  }

  TEST_CASE("a second predicate of the subject, after 'but' or 'and', has its own date") {
    const std::string text =
        "Notes\n\nUzbekistan joined GUAM in 1999 but withdrew from it in 2005.";
    CHECK(facts_of(text) == Lines{"UZB left GUAM", "UZB member_of GUAM"});
    CHECK(test::dates_of(text) == Lines{"1999", "2005"});
    CHECK(test::dates_of("Notes\n\nGeorgia joined the CIS in 1993 and left it in 2009.") ==
          Lines{"1993", "2009"});
  }

  TEST_CASE("a second predicate after ', but [N years later]' keeps the subject") {
    const std::string text =
        "Notes\n\nArmenia acceded to the CSTO in 1994, but five years later suspended its "
        "membership.";
    CHECK(facts_of(text) == Lines{"ARM left CSTO", "ARM member_of CSTO"});
    CHECK(test::dates_of(text) == Lines{"1994", "1999"});
    // Another subject after the comma: its own statement, not the first's.
    CHECK(facts_of("Notes\n\nArmenia acceded to the CSTO in 1994, but Georgia later suspended "
                   "its membership.") == Lines{"ARM member_of CSTO", "GEO left CSTO"});
  }

  TEST_CASE("founders who signed the treaty establishing the organisation") {
    const std::string text =
        "Notes\n\nOn 24 June 1982 Brazil and Chile signed in Lima the Treaty for the "
        "Establishment of the Andean Community.";
    CHECK(facts_of(text) == all({"BRA", "CHL"}, "founder_of", "CAN"));
    CHECK(test::dates_of(text) == Lines{"1982-06-24", "1982-06-24"});
    CHECK(facts_of("Notes\n\nThe leaders of Ghana and Togo signed the Agreement establishing "
                   "ECOWAS in 1975.") == all({"GHA", "TGO"}, "founder_of", "ECOWAS"));
    // A treaty on something the organisation made, or one that establishes
    // nothing: no founders.
    CHECK(facts_of("Notes\n\nKenya and Uganda signed the Treaty on the establishment of the "
                   "EAC customs union.")
              .empty());
    CHECK(facts_of("Notes\n\nKenya and Uganda signed the Treaty on trade with the EAC.").empty());
  }

  TEST_CASE("'one of its founding members' is the organisation in context's") {
    CHECK(facts_of("Notes\n\nThe D-8 met in Cairo. Nigeria is one of its eight founding "
                   "members.") == Lines{"NGA founder_of D-8"});
    CHECK(facts_of("Notes\n\nThe D-8 met in Cairo. Nigeria is one of its eight largest "
                   "economies.")
              .empty());
  }

  TEST_CASE("'A and B, whose withdrawal from ORG became effective'") {
    CHECK(facts_of("Notes\n\nECOWAS met. We regret the departure of Mali and Niger, whose "
                   "withdrawal from the Community became effective in January 2025.") ==
          all({"MLI", "NER"}, "left", "ECOWAS"));
    CHECK(facts_of("Notes\n\nECOWAS met. Mali, whose withdrawal from the talks was announced, "
                   "remains a neighbour.")
              .empty());
  }

  TEST_CASE("a seat: 'is served by a Secretariat in CITY', 'has a Secretariat in CITY'") {
    CHECK(facts_of("Notes\n\nIORA met in Colombo. Founded in March 1997, the Association is "
                   "served by a Secretariat in Ebene.") == Lines{"IORA headquartered_in Ebene"});
    CHECK(test::dates_of("Notes\n\nIORA met in Colombo. Founded in March 1997, the Association "
                         "is served by a Secretariat in Ebene.") == Lines{"2021-10-12"});
    CHECK(facts_of("Notes\n\nSAARC has a Secretariat in Kathmandu.") ==
          Lines{"SAARC headquartered_in Kathmandu"});
    // A meeting served, a delegation kept: no seat.
    CHECK(facts_of("Notes\n\nIORA met. The summit was served by a Secretariat in Ebene.").empty());
    CHECK(facts_of("Notes\n\nThe EU has a delegation in Kathmandu.").empty());
  }

  TEST_CASE("'ORG counts A and B among its members|dialogue partners'") {
    CHECK(facts_of("Notes\n\nThe OIC counts Gabon and Guyana among its members.") ==
          all({"GAB", "GUY"}, "member_of", "OIC"));
    CHECK(facts_of("Notes\n\nASEAN met. It counts India among its dialogue partners.") ==
          Lines{"IND partner_of ASEAN"});
    CHECK(facts_of("Notes\n\nThe OIC counts Gabon among its friends.").empty());
    CHECK(facts_of("Notes\n\nThe OIC counts Gabon among the members of the AU.").empty());
  }

  TEST_CASE("a list of states with a participle of suspension set off by commas") {
    const std::string text =
        "Notes\n\nThe AU suspended two more states. They join Mali, Guinea and Sudan, "
        "suspended in 2021, and Burkina Faso, suspended in January 2022.";
    CHECK(facts_of(text) == all({"BFA", "GIN", "MLI", "SDN"}, "left", "AU"));
    CHECK(facts_of("Notes\n\nMali, suspended from ECOWAS in 2021, remains isolated.") ==
          Lines{"MLI left ECOWAS"});
    CHECK(facts_of("Notes\n\nECOWAS met. Mali, suspended from the talks in 2021, remains "
                   "isolated.")
              .empty());
  }

  TEST_CASE(
      "'As a member state deeply concerned about ..., STATE': of the organisation in "
      "context") {
    CHECK(facts_of("Notes\n\nThe OIC met in Banjul. As a member state deeply concerned about "
                   "the rise of Islamophobia, Malaysia urged action.") ==
          Lines{"MYS member_of OIC"});
    CHECK(facts_of("Notes\n\nThe OIC met in Banjul. As a state concerned about Islamophobia, "
                   "Malaysia urged action.")
              .empty());
  }

  TEST_CASE("a gapped predicate: 'A has been ROLE of ORG since D1, and B and C since D2'") {
    const std::string text =
        "Notes\n\nMongolia has been an observer of the SCO since 2004, and India and Iran "
        "since 2005.";
    CHECK(facts_of(text) == all({"IND", "IRN", "MNG"}, "observer_of", "SCO"));
    CHECK(test::dates_of(text) == Lines{"2004", "2005", "2005"});
    CHECK(facts_of("Notes\n\nGabon has been a member of OPEC since 1975 and Angola since "
                   "2007.") == all({"AGO", "GAB"}, "member_of", "OPEC"));
    // The states after "and" with a verb of their own: not the same predicate.
    CHECK(facts_of("Notes\n\nGabon has been a member of OPEC since 1975 and Angola since 2007 "
                   "has hosted its meetings.") == Lines{"GAB member_of OPEC"});
  }

  TEST_CASE("an accession said to be under way is a candidacy") {
    CHECK(facts_of("Notes\n\nThe EAEU met. Kyrgyzstan's accession is nearing completion.") ==
          Lines{"KGZ candidate_for EAEU"});
    CHECK(facts_of("Notes\n\nThe admission of Uruguay to the NDB is in progress.") ==
          Lines{"URY candidate_for NDB"});
    CHECK(facts_of("Notes\n\nUzbekistan's accession to the WTO is under way.") ==
          Lines{"UZB candidate_for WTO"});
    // Negated, or a report on it: no candidacy from these words.
    CHECK(facts_of("Notes\n\nUzbekistan's accession to the WTO is not pending.").empty());
    CHECK(facts_of("Notes\n\nUzbekistan's accession to the WTO is a priority.").empty());
  }

  TEST_CASE(
      "probes of common shapes: an invitation dated before 'to join', 'Observers to ORG "
      "include', 'readmitted to ORG', 'Among the founders of ORG were'") {
    CHECK(test::dates_of("Notes\n\nArgentina was invited in August 2023 to join BRICS.") ==
          Lines{"2023-08"});
    CHECK(facts_of("Notes\n\nObservers to the OTS include Hungary and Turkmenistan.") ==
          all({"HUN", "TKM"}, "observer_of", "OTS"));
    CHECK(facts_of("Notes\n\nGreece was readmitted to the Council of Europe in 1974.") ==
          Lines{"GRC member_of CoE"});
    CHECK(facts_of("Notes\n\nGreece was readmitted to the talks in 1974.").empty());
    CHECK(facts_of("Notes\n\nAmong the founders of the SCO were China and Russia.") ==
          all({"CHN", "RUS"}, "founder_of", "SCO"));
    // "are among the founders" stays the predicate's reading, once.
    CHECK(facts_of("Notes\n\nChina and Russia are among the founders of the SCO.") ==
          all({"CHN", "RUS"}, "founder_of", "SCO"));
  }

  TEST_CASE("'ORG is chaired this year|in 2024 by STATE'; 'the 2024 ORG chair, STATE,'") {
    CHECK(facts_of("Notes\n\nASEAN is chaired this year by Laos.") == Lines{"LAO chair_of ASEAN"});
    CHECK(test::dates_of("Notes\n\nASEAN is chaired in 2024 by Laos.") == Lines{"2024"});
    CHECK(facts_of("Notes\n\nThe 2024 ASEAN chair, Laos, hosted the summit.") ==
          Lines{"LAO chair_of ASEAN"});
    CHECK(facts_of("Notes\n\nThe meeting is chaired this year by Laos.").empty());
  }

  TEST_CASE("a date between 'submitted' and the application") {
    CHECK(facts_of("Notes\n\nMorocco submitted on 24 February 2017 its request to join ECOWAS.") ==
          Lines{"MAR candidate_for ECOWAS"});
    CHECK(test::dates_of("Notes\n\nMorocco submitted on 24 February 2017 its request to join "
                         "ECOWAS.") == Lines{"2017-02-24"});
    CHECK(facts_of("Notes\n\nMorocco submitted on Monday a report to ECOWAS.").empty());
  }

  TEST_CASE(
      "'the presidency of the Supreme Council' of the organisation in context; "
      "', succeeding STATE' held it before") {
    CHECK(facts_of("Notes\n\nThe GCC met in Doha. The State of Qatar assumed the presidency of "
                   "the Supreme Council for its current term, succeeding the Kingdom of Saudi "
                   "Arabia.") == Lines{"QAT chair_of GCC", "SAU chair_of GCC"});
    CHECK(facts_of("Notes\n\nThe GCC met. Kuwait assumed the presidency of the Supreme "
                   "Council.") == Lines{"KWT chair_of GCC"});
    // A body of something else, or no organisation in context: nothing.
    CHECK(facts_of("Notes\n\nThe GCC met. Kuwait assumed the presidency of the Supreme "
                   "Council of the Armed Forces.")
              .empty());
    CHECK(facts_of("Notes\n\nKuwait assumed the presidency of the Supreme Council.").empty());
  }

  TEST_CASE("'the DEMONYM chairmanship ... was followed by that of STATE'") {
    const std::string text =
        "Notes\n\nThe CSTO met. The Belarusian chairmanship of the CSTO in 2023 was followed "
        "by that of Kazakhstan in 2024.";
    CHECK(facts_of(text) == Lines{"BLR chair_of CSTO", "KAZ chair_of CSTO"});
    CHECK(test::dates_of(text) == Lines{"2023", "2024"});
    CHECK(facts_of("Notes\n\nThe CSTO met. The Belarusian chairmanship of the CSTO was "
                   "followed by that of the pandemic.") == Lines{"BLR chair_of CSTO"});
  }

  TEST_CASE("'has thereby|thus become the Nth member of ORG'") {
    CHECK(facts_of("Notes\n\nSweden deposited its instrument of accession in Washington, and "
                   "has thereby become the 32nd member of NATO.") == Lines{"SWE member_of NATO"});
    CHECK(facts_of("Notes\n\nSweden has thus become a partner of NATO.").empty());
  }

  TEST_CASE("', a status already held by A and B' after a status granted") {
    const std::string text =
        "Notes\n\nThe EAEU met. In December 2023 the Council granted Iran the status of an "
        "observer state, a status already held by Moldova and Cuba.";
    CHECK(facts_of(text) == all({"CUB", "IRN", "MDA"}, "observer_of", "EAEU"));
    // Held before: not dated by the grant.
    CHECK(test::dates_of(text) == Lines{"2021-10-12", "2021-10-12", "2023-12"});
    CHECK(facts_of("Notes\n\nThe EAEU met. Iran is an observer, a status held by its "
                   "neighbour.") == Lines{"IRN observer_of EAEU"});
  }
}

}  // namespace
}  // namespace orgkg
