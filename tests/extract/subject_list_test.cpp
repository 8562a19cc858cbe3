// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Subject lists of predicates: dashed appositions with a counted head, "both
// states" anaphora, relative clauses, tense variants of observer status.
#include <doctest/doctest.h>

#include "extract_test_support.hpp"

namespace orgkg {
namespace {

using test::all;
using test::facts_of;
using Lines = std::vector<std::string>;

TEST_SUITE("subject_list") {
  TEST_CASE("reads a counted head with a list in dashes as the subject") {
    Diagnostics diagnostics;
    std::vector<Triple> triples = test::extract(
        "The Arctic Council held its ministerial meeting in Kiruna. Six Asian states – China, "
        "India, Japan, Singapore, the Republic of Korea and Mongolia – have observer status.",
        &diagnostics);
    CHECK(test::facts(triples) ==
          all({"CHN", "IND", "JPN", "KOR", "MNG", "SGP"}, "observer_of", "Arctic Council"));
    CHECK(diagnostics.count(Severity::Note) == 0);
    CHECK(facts_of("Two South Asian countries – India and Pakistan – are members of the SCO.") ==
          all({"IND", "PAK"}, "member_of", "SCO"));
    diagnostics = Diagnostics{};
    CHECK(test::facts(test::extract("Three states – Armenia and Belarus – are CSTO members.",
                                    &diagnostics)) == all({"ARM", "BLR"}, "member_of", "CSTO"));
    CHECK(diagnostics.count(Severity::Note) == 1);  // states 3 but lists 2
  }

  TEST_CASE("produces nothing for a dashed list without a membership predicate") {
    CHECK(facts_of("Three states – Russia, China and Iran – held joint naval drills.") == Lines{});
    CHECK(facts_of("Two countries – Iran and Belarus – are expected to become members of the "
                   "SCO.") == Lines{});
    CHECK(facts_of("The leaders of two states – Armenia and Azerbaijan – are members of the "
                   "CIS.") == Lines{});
  }

  TEST_CASE("reads 'both states' as the list of two states named before it") {
    CHECK(facts_of("The summit completed the admission of Egypt and Ethiopia, and both countries "
                   "have become full members of BRICS.") ==
          all({"EGY", "ETH"}, "member_of", "BRICS"));
    CHECK(facts_of("Talks between Bulgaria and Romania went well in 2004, and "
                   "both states have become members of the EU.") ==
          all({"BGR", "ROU"}, "member_of", "EU"));
    CHECK(facts_of("Denmark, Iceland and Norway signed the document, and the three countries "
                   "are members of NATO.") == all({"DNK", "ISL", "NOR"}, "member_of", "NATO"));
    CHECK(facts_of("India and Brazil both have observer status at the Arctic Council.") ==
          all({"BRA", "IND"}, "observer_of", "Arctic Council"));
  }

  TEST_CASE("produces nothing when 'both states' has no matching antecedent") {
    CHECK(facts_of("Russia and China welcomed Iran, and both states are members of the SCO.") ==
          Lines{});
    CHECK(facts_of("Both states are members of the SCO.") == Lines{});
    CHECK(facts_of("The leaders discussed the admission of Iran, Egypt and Ethiopia, and both "
                   "countries are members of BRICS.") == Lines{});
    CHECK(facts_of("The leaders did not complete the admission of Egypt and Iran, and both "
                   "states remain observers at the SCO.") == Lines{});
  }

  TEST_CASE("reads relative clauses, also after 'the admission of'") {
    CHECK(facts_of("We congratulate Sweden, which has become a full member of NATO.") ==
          Lines{"SWE member_of NATO"});
    CHECK(facts_of("The Council welcomed the accession of Croatia, which has become a member of "
                   "the EU.") == Lines{"HRV member_of EU"});
    std::vector<Triple> triples =
        test::extract("Belarus, which joined the SCO as an observer in 2015, took part.");
    REQUIRE(triples.size() == 1);
    CHECK(test::facts(triples) == Lines{"BLR observer_of SCO"});
    CHECK(triples[0].evidence.date.to_iso() == "2015");
  }

  TEST_CASE("refuses a relative clause about another noun or a hoped-for status") {
    CHECK(facts_of("We met the leaders of Russia and China, who are members of the SCO.") ==
          Lines{});
    CHECK(facts_of("We discussed the proposal of Kazakhstan, which is a member of CICA.") ==
          Lines{});
    CHECK(facts_of("The Council welcomed the admission of Belarus, which will become a member "
                   "of the SCO.") == Lines{});
  }

  TEST_CASE("reads a subject list interrupted by a relative clause") {
    CHECK(facts_of("Norway, Iceland and Denmark, with which Finland has close ties, are members "
                   "of NATO.") == all({"DNK", "ISL", "NOR"}, "member_of", "NATO"));
    CHECK(facts_of("Chile and Peru, where the forum met twice, are members of APEC.") ==
          all({"CHL", "PER"}, "member_of", "APEC"));
    CHECK(facts_of("Among its neighbours in the EU, Austria (since 1995) and Poland (since 2004) "
                   "are members of the Union.") == all({"AUT", "POL"}, "member_of", "EU"));
    CHECK(facts_of("The envoys of China, Russia and India are members of BRICS.") == Lines{});
    // The list belongs to a preposition: the relative clause changes nothing.
    CHECK(facts_of("The envoys of Chile and Peru, who met in Lima, are members of APEC.") ==
          Lines{});
  }

  TEST_CASE("reads observer status held, had and enjoyed, singular observer states") {
    std::vector<Triple> triples = test::extract(
        "Iran and Pakistan had held observer status at the SCO since 2005, and both took part "
        "in its work.");
    CHECK(test::facts(triples) == all({"IRN", "PAK"}, "observer_of", "SCO"));
    REQUIRE(triples.size() == 2);
    CHECK(triples[0].evidence.date.to_iso() == "2005");
    REQUIRE(triples[0].valid_from.has_value());
    CHECK(triples[0].valid_from->to_iso() == "2005");
    CHECK(facts_of("Mongolia has held observer status in the SCO since 2004.") ==
          Lines{"MNG observer_of SCO"});
    CHECK(facts_of("Afghanistan and Iran hold observer status at the Shanghai Cooperation "
                   "Organisation.") == all({"AFG", "IRN"}, "observer_of", "SCO"));
    CHECK(facts_of("Qatar has enjoyed observer status at CICA since 2014.") ==
          Lines{"QAT observer_of CICA"});
    triples = test::extract(
        "Cuba has been an observer country in the Eurasian Economic Union since December 2020.");
    REQUIRE(triples.size() == 1);
    CHECK(test::facts(triples) == Lines{"CUB observer_of EAEU"});
    CHECK(triples[0].valid_from->to_iso() == "2020-12");
    CHECK(facts_of("Turkey and Egypt have held dialogue partner status at the SCO since 2013.") ==
          all({"EGY", "TUR"}, "partner_of", "SCO"));  // status_extractor's, not membership
  }
}

}  // namespace
}  // namespace orgkg
