// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// candidate_for: applications, admission procedures under way, statuses
// announced or offered; nothing from hopes, intentions or possibilities, and
// a completed procedure is membership.
#include <doctest/doctest.h>

#include "status_test_support.hpp"

namespace orgkg {
namespace {

using test::all;
using test::status_dated;
using test::status_facts;
using Lines = std::vector<std::string>;

TEST_SUITE("candidacy_patterns") {
  TEST_CASE("reads applications, dated by their clause") {
    CHECK(status_dated("Timor-Leste applied for ASEAN membership in 2011.") ==
          Lines{"TLS candidate_for ASEAN 2011 (candidate.applied)"});
    CHECK(status_dated("Iran applied for full membership in the SCO in 2008.") ==
          Lines{"IRN candidate_for SCO 2008 (candidate.applied)"});
    CHECK(status_facts("Egypt has applied to join BRICS.") == Lines{"EGY candidate_for BRICS"});
    CHECK(status_dated("Timor-Leste submitted its application for membership in ASEAN in March "
                       "2011.") == Lines{"TLS candidate_for ASEAN 2011-03 (candidate.applied)"});
    CHECK(status_facts("We support Timor-Leste's application for ASEAN membership.") ==
          Lines{"TLS candidate_for ASEAN"});
    CHECK(status_facts("Iran's SCO membership application was examined.") ==
          Lines{"IRN candidate_for SCO"});
    CHECK(status_facts("Belarus applied for observer status in the Arctic Council.") ==
          Lines{"BLR candidate_for Arctic Council"});
  }

  TEST_CASE("reads admission procedures started or under way, not completed ones") {
    CHECK(status_dated("In 2022, the SCO leaders decided to start the procedure for Belarus's "
                       "accession to the organisation.") ==
          Lines{"BLR candidate_for SCO 2022 (candidate.procedure)"});
    CHECK(status_dated("The procedure for admitting India and Pakistan to the SCO, launched in "
                       "Ufa in July 2015, is continuing.",
                       "2016-06-15") ==
          Lines{"IND candidate_for SCO 2015-07 (candidate.procedure)",
                "PAK candidate_for SCO 2015-07 (candidate.procedure)"});
    CHECK(status_dated("The SCO launched the procedure for admitting Iran as a member state in "
                       "September 2021.") ==
          Lines{"IRN candidate_for SCO 2021-09 (candidate.procedure)"});
    CHECK(status_facts("The SCO summit opened. The accession procedure for Belarus continues.") ==
          Lines{"BLR candidate_for SCO"});
    // A completed procedure is no candidacy: the state is a member from then on.
    CHECK(status_facts("The leaders completed the procedure for admitting India and Pakistan to "
                       "the SCO.") == all({"IND", "PAK"}, "member_of", "SCO"));
    CHECK(status_dated("The procedure for admitting Iran to the SCO was completed in 2023.") ==
          Lines{"IRN member_of SCO 2023 from 2023 (list.admission_completed)"});
    CHECK(status_facts("The procedure for admitting Iran to the SCO has not been completed.") ==
          Lines{});
  }

  TEST_CASE("reads statuses announced, decided or offered") {
    CHECK(status_facts("Saudi Arabia will receive the status of an SCO dialogue partner.") ==
          Lines{"SAU candidate_for SCO"});
    // A decision taken grants the status itself (status_extractor.hpp).
    CHECK(status_facts("The heads of state decided to grant Egypt, Qatar and Saudi Arabia the "
                       "status of SCO dialogue partners.") ==
          all({"EGY", "QAT", "SAU"}, "partner_of", "SCO"));
    // The date given is the membership's; the invitation is dated by publication.
    CHECK(status_dated("The leaders invited Argentina, Egypt, Ethiopia, Iran, Saudi Arabia and "
                       "the United Arab Emirates to become full members of BRICS from 1 January "
                       "2024.",
                       "2023-08-24") ==
          Lines{"ARG candidate_for BRICS 2023-08-24 (candidate.invited)",
                "EGY candidate_for BRICS 2023-08-24 (candidate.invited)",
                "ETH candidate_for BRICS 2023-08-24 (candidate.invited)",
                "IRN candidate_for BRICS 2023-08-24 (candidate.invited)",
                "SAU candidate_for BRICS 2023-08-24 (candidate.invited)",
                "ARE candidate_for BRICS 2023-08-24 (candidate.invited)"});
    CHECK(status_facts("Saudi Arabia has been invited to join BRICS.") ==
          Lines{"SAU candidate_for BRICS"});
    CHECK(status_dated("Iran will become a full member of the SCO in July 2023.", "2023-05-05") ==
          Lines{"IRN candidate_for SCO 2023-05-05 (candidate.will_receive)"});
    CHECK(status_dated("Iran signed a memorandum of obligations for obtaining the status of an "
                       "SCO member state in September 2022.") ==
          Lines{"IRN candidate_for SCO 2022-09 (candidate.memorandum)"});
    CHECK(status_facts("A memorandum of obligations of Belarus for obtaining the status of an "
                       "SCO member state was signed.") == Lines{"BLR candidate_for SCO"});
    CHECK(status_dated("Ukraine and Moldova were granted EU candidate status in June 2022.") ==
          Lines{"UKR candidate_for EU 2022-06 (candidate.candidate_status)",
                "MDA candidate_for EU 2022-06 (candidate.candidate_status)"});
    CHECK(status_facts("Serbia is an EU candidate country.") == Lines{"SRB candidate_for EU"});
    CHECK(status_facts("Turkey has applied for membership in the EU, and Montenegro is an EU "
                       "candidate country.") ==
          Lines{"MNE candidate_for EU", "TUR candidate_for EU"});
  }

  TEST_CASE("reads granting procedures, decisions to admit and memoranda of commitment") {
    CHECK(status_facts("The SCO started the procedure of granting Belarus the status of a full "
                       "member.") == Lines{"BLR candidate_for SCO"});
    CHECK(status_facts("The SCO leaders began procedures for granting the status of SCO "
                       "dialogue partners to Bahrain, Kuwait and the Maldives.") ==
          all({"BHR", "KWT", "MDV"}, "candidate_for", "SCO"));
    CHECK(status_facts("The SCO Council of Foreign Ministers decided to give Saudi Arabia and "
                       "Egypt the status of dialogue partner.") ==
          all({"EGY", "SAU"}, "partner_of", "SCO"));
    CHECK(status_dated("In July 2015, the SCO summit in Ufa decided to admit India and Pakistan "
                       "as full members.") ==
          Lines{"IND candidate_for SCO 2015-07 (candidate.decided_to_admit)",
                "PAK candidate_for SCO 2015-07 (candidate.decided_to_admit)"});
    CHECK(status_facts("Belarus signed a memorandum of commitment to obtain the status of a "
                       "member state of the SCO.") == Lines{"BLR candidate_for SCO"});
    CHECK(status_facts("The SCO summit opened. Belarus submitted its application to join the "
                       "organisation as a full member.") == Lines{"BLR candidate_for SCO"});
  }

  TEST_CASE("a decision taken grants the status; one in principle or pending is candidacy") {
    CHECK(status_facts("The SCO heads of state decided to grant Turkmenistan observer status.") ==
          Lines{"TKM observer_of SCO"});
    CHECK(status_facts("The CICA summit agreed to admit Qatar and Bahrain as members of CICA, "
                       "bringing its membership to 28 states.") ==
          all({"BHR", "QAT"}, "member_of", "CICA"));
    CHECK(status_facts("The ASEAN leaders agreed in principle to admit Timor-Leste as the 11th "
                       "member of ASEAN.") == Lines{"TLS candidate_for ASEAN"});
    CHECK(status_facts("The SCO leaders agreed in principle to grant Laos observer status.") ==
          Lines{"LAO candidate_for SCO"});
    CHECK(status_facts("The European Council decided to grant the status of candidate country "
                       "to Georgia.") == Lines{"GEO candidate_for EU"});
    CHECK(status_facts("Norway and Denmark submitted their applications for NATO membership "
                       "together on 18 May 2022.") == all({"DNK", "NOR"}, "candidate_for", "NATO"));
    CHECK(status_facts("SCO observer status has been offered to a number of states, among them "
                       "Mongolia and Laos.") == all({"LAO", "MNG"}, "candidate_for", "SCO"));
    CHECK(status_facts("BRICS partner country status was offered to Nigeria.") ==
          Lines{"NGA candidate_for BRICS"});
    CHECK(status_dated("EU accession negotiations have been under way with Iceland since 2010 "
                       "and with Albania since 2022.",
                       "2023-03-01") ==
          Lines{"ISL candidate_for EU 2010 from 2010 (candidate.negotiations)",
                "ALB candidate_for EU 2022 from 2022 (candidate.negotiations)"});
    CHECK(status_facts("The EU concluded accession negotiations with Croatia in 2011.") == Lines{});
  }

  TEST_CASE("no status from decisions not taken or hoped for") {
    CHECK(status_facts("The SCO heads of state have not decided to grant Turkmenistan observer "
                       "status.") == Lines{});
    CHECK(status_facts("We hope the SCO will decide to grant Laos observer status.") == Lines{});
    CHECK(status_facts("SCO observer status could be offered to Mongolia.") == Lines{});
    CHECK(status_facts("Norway and Denmark have not submitted applications for NATO membership.") ==
          Lines{});
  }

  TEST_CASE("nothing from hopes, intentions, possibilities and undated promises") {
    CHECK(status_facts("Georgia will join NATO.") == Lines{});
    CHECK(status_facts("We hope Serbia will become a member of the EU.") == Lines{});
    CHECK(status_facts("Argentina could join BRICS.") == Lines{});
    CHECK(status_facts("Bosnia and Herzegovina has not applied for NATO membership.") == Lines{});
    CHECK(status_facts("Kazakhstan is considering applying for BRICS membership.") == Lines{});
    CHECK(status_facts("Kazakhstan intends to apply for membership in BRICS.") == Lines{});
    CHECK(status_facts("Indonesia was invited to the BRICS summit.") == Lines{});
    CHECK(status_facts("Azerbaijan may receive observer status in the SCO.") == Lines{});
    CHECK(status_facts("Iran's application of the SCO rules was discussed.") == Lines{});
  }
}

}  // namespace
}  // namespace orgkg
