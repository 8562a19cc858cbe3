// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// cooperates_with and agreement_with, on sentences written for these tests
// about real relations between organisations.
#include <doctest/doctest.h>

#include "org_relations_test_support.hpp"

namespace orgkg {
namespace {

using test::dated;
using test::org_facts;
using test::org_triples;
using Lines = std::vector<std::string>;

TEST_SUITE("org_relations.cooperation") {
  TEST_CASE("gives every pair of organisations listed after 'ties between'") {
    CHECK(org_facts("Ties are being built between the Collective Security Treaty Organisation "
                    "(CSTO), the Commonwealth of Independent States (CIS) and the Eurasian "
                    "Economic Union (EAEU).") == Lines{"CIS cooperates_with CSTO @2021-10-12",
                                                       "CIS cooperates_with EAEU @2021-10-12",
                                                       "CSTO cooperates_with EAEU @2021-10-12"});
    CHECK(org_facts("Cooperation between ASEAN and the European Union has grown steadily.") ==
          Lines{"ASEAN cooperates_with EU @2021-10-12"});
    CHECK(org_facts("Since 2010, interaction among the CSTO, the CIS and the SCO has expanded.") ==
          Lines{"CIS cooperates_with CSTO @2010", "CIS cooperates_with SCO @2010",
                "CSTO cooperates_with SCO @2010"});
  }

  TEST_CASE("resolves 'these organisations' to the organisations listed just before") {
    std::string text =
        "Title\nThe SCO, the CSTO and the CIS share many goals. They work on security. We "
        "value the growing interaction between these organisations.";
    CHECK(dated(org_triples(text), true) ==
          Lines{"CIS cooperates_with CSTO @2021-10-12 [coop.between_anaphor]",
                "CIS cooperates_with SCO @2021-10-12 [coop.between_anaphor]",
                "CSTO cooperates_with SCO @2021-10-12 [coop.between_anaphor]"});
    CHECK(org_facts("The SCO, the CSTO and the CIS met. Contacts between the two organisations "
                    "grew.") == Lines{});  // "two" does not match three
    CHECK(org_facts("ESCAP and the SCO work on transport. Regular contacts are maintained between "
                    "the secretariats of the two organisations.") ==
          Lines{"ESCAP cooperates_with SCO @2021-10-12"});
  }

  TEST_CASE("reads the holder and partners of 'cooperation with'") {
    CHECK(org_facts("The SCO Secretariat maintains working contacts with the secretariats of the "
                    "CIS, the CSTO and ASEAN.") == Lines{"ASEAN cooperates_with SCO @2021-10-12",
                                                         "CIS cooperates_with SCO @2021-10-12",
                                                         "CSTO cooperates_with SCO @2021-10-12"});
    CHECK(org_facts("The cooperation of the CSTO with the UN rests on a joint declaration.") ==
          Lines{"CSTO cooperates_with UN @2021-10-12"});
    CHECK(org_facts("ASEAN's partnership with the European Union dates back decades.") ==
          Lines{"ASEAN cooperates_with EU @2021-10-12"});
    CHECK(org_facts("The SCO has established partnership relations with ASEAN and the CIS.") ==
          Lines{"ASEAN cooperates_with SCO @2021-10-12", "CIS cooperates_with SCO @2021-10-12"});
  }

  TEST_CASE("reads 'X cooperates with Y', 'X and Y interact' and 'X–Y cooperation'") {
    CHECK(org_facts("The CIS Executive Committee cooperates closely with the OSCE.") ==
          Lines{"CIS cooperates_with OSCE @2021-10-12"});
    CHECK(org_facts("Since 2012, the CSTO has interacted with the UN Office on Drugs and Crime.") ==
          Lines{"CSTO cooperates_with UNODC @2012"});
    CHECK(org_facts("The CIS and the EAEU interact on a wide range of issues.") ==
          Lines{"CIS cooperates_with EAEU @2021-10-12"});
    CHECK(org_facts("The EAEU and ASEAN have developed close cooperation.") ==
          Lines{"ASEAN cooperates_with EAEU @2021-10-12"});
    CHECK(org_facts("EU–NATO cooperation has intensified.") ==
          Lines{"EU cooperates_with NATO @2021-10-12"});
    CHECK(org_facts("SCO-CSTO contacts continue at the level of secretariats.") ==
          Lines{"CSTO cooperates_with SCO @2021-10-12"});
  }

  TEST_CASE("gives nothing between a state and an organisation or among states") {
    CHECK(org_facts("Russia's cooperation with ASEAN continues to develop.") == Lines{});
    CHECK(org_facts("Russia maintains active ties with the SCO and ASEAN.") == Lines{});
    CHECK(org_facts("Relations between Russia, the EU and NATO remain difficult.") == Lines{});
    CHECK(org_facts("Cooperation among the member states of the CIS is developing.") == Lines{});
    CHECK(org_facts("The SCO member states expanded cooperation with ASEAN.") == Lines{});
    CHECK(org_facts("Cooperation between the SCO member states and ASEAN is growing.") == Lines{});
    CHECK(org_facts("Russia promotes this as part of its dialogue partnership with ASEAN.") ==
          Lines{});
    CHECK(org_facts("The SCO is open to cooperation with other international structures.") ==
          Lines{});
  }

  TEST_CASE("gives nothing for hoped-for, planned, refused or negated cooperation") {
    for (const char* sentence :
         {"We hope to establish contacts between the EAEU and Mercosur.",
          "The prospects for cooperation between the SCO and the Arctic Council were considered.",
          "NATO has refused to establish ties with the CSTO.",
          "The SCO is working to establish ties with ASEAN.",
          "There is no cooperation between NATO and the CSTO.",
          "The SCO could develop ties with ASEAN.",
          "Russia advocates cooperation between the SCO and ASEAN.",
          "Kazakhstan supports the development of ties between the CIS and the SCO."}) {
      CAPTURE(sentence);
      CHECK(org_facts(sentence) == Lines{});
    }
  }
}

TEST_SUITE("org_relations.agreement") {
  TEST_CASE("gives agreements with the organisation in context, and cooperation when framed so") {
    std::string text =
        "Comment on the anniversary of the Shanghai Cooperation Organisation\n"
        "The Organisation develops cooperation with other international structures. The parties "
        "concerned have signed memoranda of understanding with ESCAP, the CIS Executive "
        "Committee and UNESCO, as well as between the CICA and SCO secretariats.";
    CHECK(dated(org_triples(text), true) ==
          Lines{"CICA agreement_with SCO @2021-10-12 [agreement.between]",
                "CICA cooperates_with SCO @2021-10-12 [coop.memorandum]",
                "CIS agreement_with SCO @2021-10-12 [agreement.signed_with]",
                "CIS cooperates_with SCO @2021-10-12 [coop.memorandum]",
                "ESCAP agreement_with SCO @2021-10-12 [agreement.signed_with]",
                "ESCAP cooperates_with SCO @2021-10-12 [coop.memorandum]",
                "SCO agreement_with UNESCO @2021-10-12 [agreement.signed_with]",
                "SCO cooperates_with UNESCO @2021-10-12 [coop.memorandum]"});
  }

  TEST_CASE("dates each group of a passive by its own year") {
    std::string text =
        "Statement on the Collective Security Treaty Organisation\n"
        "In 2009, memoranda of understanding were signed with the Economic Cooperation "
        "Organisation and the CIS Executive Committee, and in 2011 with the Secretariat of the "
        "OSCE.";
    CHECK(dated(org_triples(text)) == Lines{"CIS agreement_with CSTO @2009",
                                            "CSTO agreement_with ECO @2009",
                                            "CSTO agreement_with OSCE @2011"});
  }

  TEST_CASE("reads memoranda between two organisations, signed actively or passively") {
    CHECK(org_facts("In 2018, the Eurasian Economic Commission and ASEAN signed a memorandum of "
                    "understanding on economic cooperation.") ==
          Lines{"ASEAN agreement_with EAEU @2018", "ASEAN cooperates_with EAEU @2018"});
    CHECK(org_facts("A memorandum between the EAEU and the African Union was signed in Moscow "
                    "in 2019.") == Lines{"AU agreement_with EAEU @2019"});
    CHECK(org_facts("The memorandum of understanding between the secretariats of the SCO and "
                    "the CSTO was signed on 5 October 2007 in Dushanbe.") ==
          Lines{"CSTO agreement_with SCO @2007-10-05"});
    CHECK(org_facts("Russia welcomed the signing of a memorandum between the CSTO and the SCO.") ==
          Lines{"CSTO agreement_with SCO @2021-10-12"});
    CHECK(org_facts("A Memorandum of Understanding (MoU) between the Eurasian Economic Commission "
                    "(EEC) and Mercosur on trade and economic cooperation was signed in "
                    "Montevideo on 17 December 2018.") ==
          Lines{"EAEU agreement_with Mercosur @2018-12-17",
                "EAEU cooperates_with Mercosur @2018-12-17"});
    CHECK(org_facts("The memorandum, which was signed between the SCO and CIS secretariats in "
                    "2005, remains in force.") == Lines{"CIS agreement_with SCO @2005"});
  }

  TEST_CASE("reads signatories before the verb, past a date or parentheses") {
    CHECK(org_facts("The SCO and ASEAN secretariats signed a memorandum of understanding in April "
                    "2005.") == Lines{"ASEAN agreement_with SCO @2005-04"});
    CHECK(org_facts("The Eurasian Economic Commission and the Southern Common Market (MERCOSUR) "
                    "on 17 December 2018 signed a memo on trade.") ==
          Lines{"EAEU agreement_with Mercosur @2018-12-17"});
  }

  TEST_CASE("gives agreements between a state and an organisation, never between states") {
    CHECK(org_facts("In 2015, Vietnam signed a free trade agreement with the Eurasian Economic "
                    "Union.") == Lines{"EAEU agreement_with VNM @2015"});
    CHECK(org_facts("The EAEU has free trade agreements with Serbia and Iran.") ==
          Lines{"EAEU agreement_with IRN @2021-10-12", "EAEU agreement_with SRB @2021-10-12"});
    CHECK(org_facts("Russia and China signed an agreement on visa-free group travel.") == Lines{});
  }

  TEST_CASE("gives nothing for planned, studied or unsigned documents") {
    for (const char* sentence :
         {"The parties are studying the possibility of signing a protocol between the CSTO "
          "Secretariat and the SCO Regional Anti-Terrorist Structure.",
          "The SCO and ASEAN intend to sign a memorandum.",
          "The two secretariats plan to sign a memorandum on cooperation with the CIS.",
          "A memorandum between the EAEU and ASEAN is being drafted.",
          "The memorandum between the SCO and ASEAN provides for regular consultations.",
          "The SCO, ASEAN and the CIS have signed a number of memoranda.",
          "The SCO could sign an agreement with the CSTO next year.",
          "The conclusion of a memorandum with the Shanghai Cooperation Organization is near.",
          "We have entered into memoranda of cooperation with the African Union."}) {
      CAPTURE(sentence);
      CHECK(org_facts(sentence) == Lines{});
    }
  }
  TEST_CASE("reads association, free-trade and framework agreements of states and organisations") {
    CHECK(org_facts("In June 2014, the EU signed Association Agreements with Georgia, Moldova and "
                    "Ukraine.") == Lines{"EU agreement_with GEO @2014-06",
                                         "EU agreement_with MDA @2014-06",
                                         "EU agreement_with UKR @2014-06"});
    CHECK(org_facts("The EAEU and Vietnam signed a free trade agreement in 2015.") ==
          Lines{"EAEU agreement_with VNM @2015"});
    CHECK(org_facts("In 2021, a free trade agreement between the EAEU and Serbia entered into "
                    "force.") == Lines{"EAEU agreement_with SRB @2021"});
    CHECK(org_facts("ASEAN and China signed the framework agreement on comprehensive economic "
                    "cooperation in 2002.") == Lines{"ASEAN agreement_with CHN @2002"});
    CHECK(org_facts("In December 2015, the EU and Kazakhstan signed an Enhanced Partnership and "
                    "Cooperation Agreement.") == Lines{"EU agreement_with KAZ @2015-12"});
    CHECK(org_facts("In 2019, the EAEU signed with Serbia a free trade agreement.") ==
          Lines{"EAEU agreement_with SRB @2019"});
    CHECK(org_facts("In 2019, an agreement establishing a free trade area between the EAEU and "
                    "Singapore was signed.") == Lines{"EAEU agreement_with SGP @2019"});
    CHECK(org_facts("The EAEU–Vietnam free trade agreement entered into force in October 2016.") ==
          Lines{"EAEU agreement_with VNM @2016-10"});
  }

  TEST_CASE("reads accession protocols and memoranda of obligations") {
    CHECK(org_facts("In 2015, Kazakhstan signed the protocol on its accession to the WTO.") ==
          Lines{"KAZ agreement_with WTO @2015"});
    CHECK(org_facts("On 15 September 2022, Iran signed a memorandum of obligations with the "
                    "SCO.") == Lines{"IRN agreement_with SCO @2022-09-15"});
    CHECK(org_facts("In Samarkand, Iran signed the memorandum of obligations on SCO membership.") ==
          Lines{"IRN agreement_with SCO @2021-10-12"});
    CHECK(org_facts("Belarus signed the protocol on Armenia's accession to the EAEU.") == Lines{});
  }

  TEST_CASE("gives nothing for negotiated, planned or unsigned trade agreements") {
    for (const char* sentence :
         {"Negotiations on a free trade agreement with Indonesia continue.",
          "The EAEU plans to sign a free trade agreement with Egypt.",
          "The EAEU signed with Egypt a declaration on launching negotiations.",
          "The agreement between the EAEU and Israel was not signed.",
          "The free trade agreement between the EAEU and Egypt has not entered into force.",
          "A free trade agreement between the EAEU and India will enter into force after "
          "ratification.",
          "The protocol on accession to the WTO sets out Kazakhstan's commitments."}) {
      CAPTURE(sentence);
      CHECK(org_facts(sentence) == Lines{});
    }
  }
}

}  // namespace
}  // namespace orgkg
