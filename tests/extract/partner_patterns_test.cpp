// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// partner_of and associate_member_of: dialogue partners, partner states and
// associate members; nothing from "strategic partners", diplomats' "our
// partners", applications or possibilities.
#include <doctest/doctest.h>

#include "status_test_support.hpp"

namespace orgkg {
namespace {

using test::all;
using test::status_dated;
using test::status_facts;
using Lines = std::vector<std::string>;

TEST_SUITE("partner_patterns") {
  TEST_CASE("reads dialogue partner status held or granted") {
    CHECK(status_facts("Turkey has dialogue partner status in the SCO.") ==
          Lines{"TUR partner_of SCO"});
    CHECK(status_dated("Cambodia and Nepal were granted dialogue partner status at the SCO in "
                       "2015.") == Lines{"KHM partner_of SCO 2015 from 2015 (partner.status)",
                                         "NPL partner_of SCO 2015 from 2015 (partner.status)"});
    CHECK(status_dated("ASEAN granted Russia full dialogue partner status in 1996.") ==
          Lines{"RUS partner_of ASEAN 1996 from 1996 (partner.granted)"});
    CHECK(status_facts("Armenia has the status of a dialogue partner of the SCO.") ==
          Lines{"ARM partner_of SCO"});
  }

  TEST_CASE("reads lists of dialogue partners and partner countries") {
    Lines six = all({"ARM", "AZE", "KHM", "LKA", "NPL", "TUR"}, "partner_of", "SCO");
    CHECK(status_facts("The SCO's dialogue partners are Azerbaijan, Armenia, Cambodia, Nepal, "
                       "Turkey and Sri Lanka.") == six);
    CHECK(status_facts("Azerbaijan, Armenia, Cambodia, Nepal, Turkey and Sri Lanka are the SCO's "
                       "dialogue partners.") == six);
    CHECK(status_facts("SCO dialogue partners – Azerbaijan, Armenia, Cambodia, Nepal, Turkey and "
                       "Sri Lanka – attended.") == six);
    CHECK(status_dated("Egypt, Qatar and Saudi Arabia became SCO dialogue partners in 2022.") ==
          Lines{"EGY partner_of SCO 2022 from 2022 (partner.are_partners)",
                "QAT partner_of SCO 2022 from 2022 (partner.are_partners)",
                "SAU partner_of SCO 2022 from 2022 (partner.are_partners)"});
    CHECK(status_dated("Bolivia and Kazakhstan became BRICS partner countries on 1 January "
                       "2025.") ==
          Lines{"BOL partner_of BRICS 2025-01-01 from 2025-01-01 (partner.are_partners)",
                "KAZ partner_of BRICS 2025-01-01 from 2025-01-01 (partner.are_partners)"});
    CHECK(status_facts("Russia and ASEAN have been dialogue partners since 1996.") ==
          Lines{"RUS partner_of ASEAN"});
    CHECK(status_dated("Russia has been a dialogue partner of ASEAN since 1996.") ==
          Lines{"RUS partner_of ASEAN 1996 from 1996 (partner.are_partners)"});
    CHECK(status_facts("Russia, as a dialogue partner of ASEAN, supports ASEAN centrality.") ==
          Lines{"RUS partner_of ASEAN"});
    CHECK(status_facts("India, as ASEAN's dialogue partner, welcomed the outcome.") ==
          Lines{"IND partner_of ASEAN"});
  }

  TEST_CASE("reads memoranda granting the status, 'its partner countries', 'as partners'") {
    CHECK(status_facts("The ministers welcomed the signing of memoranda granting the status of "
                       "SCO dialogue partners to Egypt and Qatar.") ==
          all({"EGY", "QAT"}, "partner_of", "SCO"));
    CHECK(status_facts("Officials signed the memorandum on granting Nepal the status of a "
                       "dialogue partner of the SCO.") == Lines{"NPL partner_of SCO"});
    CHECK(status_facts("The SCO's observers are Belarus and Iran, and its partner countries are "
                       "Armenia, Nepal and Turkey.") ==
          all({"ARM", "NPL", "TUR"}, "partner_of", "SCO"));
    CHECK(status_facts("The SCO has Iran and Mongolia as observers, and Turkey, Sri Lanka and "
                       "Nepal as dialogue partners.") ==
          all({"LKA", "NPL", "TUR"}, "partner_of", "SCO"));
    CHECK(status_facts("Armenia has the status of an SCO dialogue partner.") ==
          Lines{"ARM partner_of SCO"});
  }

  TEST_CASE("a memorandum 'on granting it' the status grants it to the state that signed it") {
    CHECK(status_dated("Turkey and the SCO signed a memorandum on granting it the status of "
                       "dialogue partner in April 2013.") ==
          Lines{"TUR partner_of SCO 2013-04 from 2013-04 (partner.memorandum)"});
    CHECK(status_facts("Egypt, Qatar and the SCO have signed memoranda on granting them the "
                       "status of dialogue partners.") ==
          all({"EGY", "QAT"}, "partner_of", "SCO"));
    // Two states for one "it", no state among the signatories, no signing.
    CHECK(status_facts("Turkey, Egypt and the SCO signed a memorandum on granting it the status "
                       "of dialogue partner.")
              .empty());
    CHECK(status_facts("The SCO and ASEAN signed a memorandum on granting it the status of "
                       "dialogue partner.")
              .empty());
    CHECK(status_facts("Turkey and the SCO discussed a memorandum on granting it the status of "
                       "dialogue partner.")
              .empty());
  }

  TEST_CASE("reads a dialogue partnership, owned by the clause's subject") {
    // The clause's date is its verb's: the partnership is dated by publication.
    CHECK(status_dated("India has been raising these issues at the G20 since 2019 and "
                       "discussing them as part of its dialogue partnership with ASEAN.") ==
          Lines{"IND partner_of ASEAN 2021-10-12 (partner.dialogue_partnership)"});
    CHECK(status_dated("The ASEAN–Russia dialogue partnership was established in 1996.") ==
          Lines{"RUS partner_of ASEAN 1996 (partner.dialogue_partnership)"});
    CHECK(status_facts("China's dialogue partnership with ASEAN has deepened.") ==
          Lines{"CHN partner_of ASEAN"});
    CHECK(status_facts("ASEAN values its dialogue partnership with Japan.") ==
          Lines{"JPN partner_of ASEAN"});
    CHECK(test::facts(test::status_triples("Our dialogue partnership with ASEAN has been "
                                           "developing since 1996.",
                                           "2021-10-12", "RUS")) == Lines{"RUS partner_of ASEAN"});
    CHECK(status_facts("Our dialogue partnership with ASEAN has been developing.") == Lines{});
  }

  TEST_CASE("nothing from strategic partners, 'our partners', applications or possibilities") {
    CHECK(status_facts("Russia is a strategic partner of ASEAN.") == Lines{});
    CHECK(status_facts("We will continue working with our Southeast Asian partners.") == Lines{});
    CHECK(status_facts("Russia values its strategic partnership with ASEAN.") == Lines{});
    CHECK(status_facts("Egypt applied for dialogue partner status in the SCO.") ==
          Lines{"EGY candidate_for SCO"});
    CHECK(status_facts("Egypt could become a dialogue partner of the SCO.") == Lines{});
    CHECK(status_facts("Turkey is not a dialogue partner of the SCO.") == Lines{});
    CHECK(status_facts("Laos hopes to obtain dialogue partner status in the SCO.") == Lines{});
    CHECK(status_facts("The partner states – Serbia and Afghanistan – attended.") == Lines{});
    // ASEM calls its members partners: membership, read by the list extractor.
    CHECK(test::facts_of("We work with ASEM partners – China, India and Kazakhstan.") ==
          all({"CHN", "IND", "KAZ"}, "member_of", "ASEM"));
  }

  TEST_CASE("reads associate members and associate membership") {
    CHECK(status_facts("Chile and Peru are associate members of Mercosur.") ==
          all({"CHL", "PER"}, "associate_member_of", "Mercosur"));
    CHECK(status_facts("Macao is an associate member of the WHO.") ==
          Lines{"MAC associate_member_of WHO"});
    CHECK(status_dated("Colombia joined Mercosur as an associate member in 2004.") ==
          Lines{"COL associate_member_of Mercosur 2004 from 2004 (associate.joined)"});
    CHECK(status_facts("Ecuador has associate membership in Mercosur.") ==
          Lines{"ECU associate_member_of Mercosur"});
    // Not full members: the list extractor leaves them alone.
    CHECK(test::facts_of("The associate members of Mercosur are Chile, Colombia and "
                         "Ecuador.") ==
          all({"CHL", "COL", "ECU"}, "associate_member_of", "Mercosur"));
    CHECK(status_facts("Chile is not an associate member of ASEAN.") == Lines{});
    CHECK(status_facts("Ukraine could become an associate member of the EU.") == Lines{});
  }
}

}  // namespace
}  // namespace orgkg
