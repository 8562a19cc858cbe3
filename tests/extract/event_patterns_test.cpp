// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Membership and status stated by the event that began it: "joined",
// "acceded to", "was admitted to", "granted ... observer status". Run through
// the default extractors, as users run them.
#include <doctest/doctest.h>

#include "extract_test_support.hpp"

namespace orgkg {
namespace {

using test::all;
using test::facts_of;
using Lines = std::vector<std::string>;

TEST_SUITE("event_patterns") {
  TEST_CASE("reads joined, acceded to and was admitted to, dating each from its clause") {
    std::vector<Triple> triples =
        test::extract("Vietnam joined the Association of Southeast Asian Nations in July 1995.");
    REQUIRE(triples.size() == 1);
    CHECK(test::facts(triples) == Lines{"VNM member_of ASEAN"});
    CHECK(triples[0].evidence.rule == "list.joined");
    CHECK(triples[0].evidence.date.to_iso() == "1995-07");
    REQUIRE(triples[0].valid_from.has_value());
    CHECK(triples[0].valid_from->to_iso() == "1995-07");

    triples = test::extract("Croatia acceded to the European Union on 1 July 2013.");
    REQUIRE(triples.size() == 1);
    CHECK(test::facts(triples) == Lines{"HRV member_of EU"});
    CHECK(triples[0].evidence.rule == "list.acceded");
    CHECK(triples[0].valid_from->to_iso() == "2013-07-01");

    triples = test::extract("Bulgaria and Romania were admitted to the EU in 2007.");
    CHECK(test::facts(triples) == all({"BGR", "ROU"}, "member_of", "EU"));
    REQUIRE_FALSE(triples.empty());
    CHECK(triples[0].evidence.rule == "list.admitted");
    CHECK(triples[0].evidence.date.to_iso() == "2007");
  }

  TEST_CASE("resolves 'it' and 'of the same year' within the sentence") {
    std::vector<Triple> triples = test::extract(
        "Laos acceded to ASEAN in July 1997, and Cambodia joined it in April of the same year.");
    REQUIRE(triples.size() == 2);
    CHECK(test::facts(triples) == all({"KHM", "LAO"}, "member_of", "ASEAN"));
    CHECK(triples[0].evidence.date.to_iso() == "1997-07");
    CHECK(triples[1].subject.key == "KHM");
    CHECK(triples[1].evidence.date.to_iso() == "1997-04");
    CHECK(triples[1].valid_from->to_iso() == "1997-04");
  }

  TEST_CASE("resolves 'it' to the organisation the previous sentence ended on") {
    std::vector<Triple> triples = test::extract(
        "Montenegro became a member of NATO in June 2017. North Macedonia joined it in "
        "March 2020.");
    CHECK(test::facts(triples) == all({"MKD", "MNE"}, "member_of", "NATO"));
    REQUIRE(triples.size() == 2);
    CHECK(triples[1].evidence.date.to_iso() == "2020-03");
  }

  TEST_CASE("reads the capacity a join statement names") {
    CHECK(facts_of("Mongolia joined the SCO as an observer in 2004.") ==
          Lines{"MNG observer_of SCO"});
    CHECK(facts_of("Palestine joined UNESCO as a full member in 2011.") ==
          Lines{"PSE member_of UNESCO"});
    CHECK(facts_of("Russia and Belarus, which joined the CSTO as members, met in Minsk.") ==
          all({"BLR", "RUS"}, "member_of", "CSTO"));
  }

  TEST_CASE("reads 'granted A and B observer status' and 'granted observer status to A'") {
    std::vector<Triple> triples = test::extract(
        "The Shanghai Cooperation Organisation granted Afghanistan and Mongolia observer status.");
    CHECK(test::facts(triples) == all({"AFG", "MNG"}, "observer_of", "SCO"));
    REQUIRE_FALSE(triples.empty());
    CHECK(triples[0].evidence.rule == "list.granted_status");
    CHECK(facts_of("In 2013 the ministers granted observer status at the Arctic Council to "
                   "China, India and Japan.") ==
          all({"CHN", "IND", "JPN"}, "observer_of", "Arctic Council"));
    CHECK(facts_of("The Arctic Council met in Kiruna. It granted Singapore and Italy observer "
                   "status.") == all({"ITA", "SGP"}, "observer_of", "Arctic Council"));
    CHECK(facts_of("Mauritania was granted observer status at the Arab League in 1973.") ==
          Lines{"MRT observer_of LAS"});
  }

  TEST_CASE("reads the companions of a join statement") {
    CHECK(facts_of("Poland joined NATO in 1999, together with Hungary and the Czech Republic.") ==
          all({"CZE", "HUN", "POL"}, "member_of", "NATO"));
    CHECK(facts_of("Austria joined the EU in 1995 along with Finland and Sweden.") ==
          all({"AUT", "FIN", "SWE"}, "member_of", "EU"));
    CHECK(facts_of("Poland joined NATO in 1999, together with Hungary's support for reform.") ==
          Lines{"POL member_of NATO"});
  }

  TEST_CASE("reads 'ORG admitted A and B as new members'") {
    CHECK(facts_of("In 1995 the European Union admitted Austria, Finland and Sweden as new "
                   "members.") == all({"AUT", "FIN", "SWE"}, "member_of", "EU"));
    CHECK(facts_of("The ministers admitted Qatar and Oman as observers of the Arab League.") ==
          all({"OMN", "QAT"}, "observer_of", "LAS"));
    // Passives are join statements; guests and experts are not members.
    CHECK(facts_of("The summit admitted journalists from Egypt as guests.") == Lines{});
    CHECK(facts_of("The African Union admitted Morocco to the hall.") == Lines{});
  }

  TEST_CASE("produces nothing for applications, intentions, possibilities and procedures") {
    // Applications, procedures and invitations are candidacies (status_extractor).
    CHECK(facts_of("Serbia applied to join the European Union in 2009.") ==
          Lines{"SRB candidate_for EU"});
    CHECK(facts_of("Georgia will join NATO.") == Lines{});
    CHECK(facts_of("Ukraine hopes to join the EU.") == Lines{});
    CHECK(facts_of("Moldova could join the EU within a decade.") == Lines{});
    CHECK(facts_of("Azerbaijan wants to join BRICS.") == Lines{});
    CHECK(facts_of("The leaders started the procedure for admitting Egypt to the SCO.") ==
          Lines{"EGY candidate_for SCO"});
    CHECK(facts_of("Saudi Arabia has been invited to join BRICS.") ==
          Lines{"SAU candidate_for BRICS"});
    CHECK(facts_of("Armenia has not joined the Eurasian Economic Union.") == Lines{});
    CHECK(facts_of("If Iceland joined the EU, it would lose its fisheries.") == Lines{});
    CHECK(facts_of("We welcome the decision to grant Laos observer status at the SCO.") ==
          Lines{"LAO candidate_for SCO"});
    CHECK(facts_of("The OSCE has not granted Kosovo participating status.") == Lines{});
  }

  TEST_CASE("produces nothing where 'joined' is not a membership") {
    CHECK(facts_of("Turkmenistan joined the SCO summit as a guest.") == Lines{});
    CHECK(facts_of("Norway joined the EU in calling for restraint.") == Lines{});
    CHECK(facts_of("Kazakhstan joined the SCO initiative on connectivity.") == Lines{});
    CHECK(facts_of("Kyrgyzstan joined the CIS's efforts against drug trafficking.") == Lines{});
    CHECK(facts_of("Sweden joined the consensus.") == Lines{});
    CHECK(facts_of("China joined the SCO in 2001 as a founding member.") == Lines{});
    CHECK(facts_of("Turkey joined the SCO in 2012 as a dialogue partner.") == Lines{});
    CHECK(facts_of("The CSTO granted Serbia observer status in its Parliamentary Assembly.") ==
          Lines{});
  }

  TEST_CASE("refuses an 'it' that may stand for a treaty, a summit or an exercise") {
    CHECK(facts_of("The SCO adopted the Convention on Countering Extremism. India joined it in "
                   "2019.") == Lines{});
    CHECK(facts_of("Armenia acceded to the Treaty on the Eurasian Economic Union in 2014, and "
                   "Kyrgyzstan joined it in 2015.") == Lines{});
    CHECK(facts_of("The CSTO held exercises in Tajikistan. Serbia joined it in 2013.") == Lines{});
    CHECK(facts_of("Serbia joined it in 2013.") == Lines{});
  }
}

}  // namespace
}  // namespace orgkg
