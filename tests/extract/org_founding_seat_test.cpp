// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// founder_of and headquartered_in, on sentences written for these tests
// about real foundings and seats.
#include <doctest/doctest.h>

#include "org_relations_test_support.hpp"

namespace orgkg {
namespace {

using test::dated;
using test::org_facts;
using test::org_triples;
using Lines = std::vector<std::string>;

Lines founders(std::vector<std::string> states, const std::string& org, const std::string& date) {
  Lines lines;
  for (const std::string& s : states) lines.push_back(s + " founder_of " + org + " @" + date);
  std::sort(lines.begin(), lines.end());
  return lines;
}

TEST_SUITE("org_relations.founding") {
  TEST_CASE("reads the founding members of an organisation, with their year") {
    CHECK(org_facts("The founding members of NATO in 1949 were Belgium, Canada, Denmark, France, "
                    "Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal, the United "
                    "Kingdom and the United States.") ==
          founders(
              {"BEL", "CAN", "DNK", "FRA", "ISL", "ITA", "LUX", "NLD", "NOR", "PRT", "GBR", "USA"},
              "NATO", "1949"));
    CHECK(org_facts("Brazil, Russia, India and China, the founding members of BRICS, held their "
                    "first summit in 2009.") ==
          founders({"BRA", "RUS", "IND", "CHN"}, "BRICS", "2021-10-12"));
    CHECK(org_facts("Russia is one of the founding members of the SCO.") ==
          Lines{"RUS founder_of SCO @2021-10-12"});
    CHECK(org_facts("Kazakhstan is a co-founder of the CICA.") ==
          Lines{"KAZ founder_of CICA @2021-10-12"});
  }

  TEST_CASE("reads founder lists headed by a determiner and a count, dated by the sentence") {
    CHECK(org_facts("NATO was founded in 1949; its twelve founding states were Belgium, Canada, "
                    "Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway, "
                    "Portugal, the United Kingdom and the United States.") ==
          founders(
              {"BEL", "CAN", "DNK", "FRA", "ISL", "ITA", "LUX", "NLD", "NOR", "PRT", "GBR", "USA"},
              "NATO", "1949"));
    CHECK(org_facts("ASEAN was established in 1967. Its five founding states - Indonesia, "
                    "Malaysia, the Philippines, Singapore and Thailand - signed the Bangkok "
                    "Declaration.") ==
          founders({"IDN", "MYS", "PHL", "SGP", "THA"}, "ASEAN", "1967"));  // the founding date
    CHECK(org_facts("EFTA held talks in Geneva. The seven founding members - Austria, Denmark, "
                    "Norway, Portugal, Sweden, Switzerland and the United Kingdom - signed the "
                    "Stockholm Convention.") ==
          founders({"AUT", "DNK", "NOR", "PRT", "SWE", "CHE", "GBR"}, "EFTA", "2021-10-12"));
    CHECK(org_facts("The founders of Mercosur were Argentina, Brazil, Paraguay and Uruguay.") ==
          founders({"ARG", "BRA", "PRY", "URY"}, "Mercosur", "2021-10-12"));
    CHECK(org_facts("The six founding members - Belgium, France, Germany, Italy, Luxembourg and "
                    "the Netherlands - met in Rome.") == Lines{});
  }

  TEST_CASE("reads founders as subject or agent of 'founded', 'established', 'created'") {
    CHECK(org_facts("In 1967, Indonesia, Malaysia, the Philippines, Singapore and Thailand "
                    "established ASEAN.") ==
          founders({"IDN", "MYS", "PHL", "SGP", "THA"}, "ASEAN", "1967"));
    CHECK(org_facts("The CIS was founded in December 1991 by Belarus, Russia and Ukraine.") ==
          founders({"BLR", "RUS", "UKR"}, "CIS", "1991-12"));
    CHECK(org_facts("On 15 June 2001 in Shanghai, the heads of state of China, Kazakhstan, "
                    "Kyrgyzstan, Russia, Tajikistan and Uzbekistan signed the Declaration on the "
                    "Establishment of the SCO.") ==
          founders({"CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB"}, "SCO", "2001-06-15"));
    CHECK(org_facts("On 29 May 2014, the presidents of Belarus, Kazakhstan and Russia signed the "
                    "Treaty on the Eurasian Economic Union.") ==
          founders({"BLR", "KAZ", "RUS"}, "EAEU", "2014-05-29"));
    CHECK(org_facts("Russia and China co-founded the Shanghai Cooperation Organisation.") ==
          founders({"CHN", "RUS"}, "SCO", "2021-10-12"));
    CHECK(org_facts("The SCO, founded in 2001 by China, Kazakhstan, Kyrgyzstan, Russia, "
                    "Tajikistan and Uzbekistan, has grown.") ==
          founders({"CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB"}, "SCO", "2001"));
  }

  TEST_CASE("reads initiatives, also for a sub-body that becomes an organisation of its own") {
    std::vector<Triple> club =
        org_triples("Title\nIn 2013, the SCO Energy Club was established at Russia's initiative.");
    REQUIRE(club.size() == 1);
    CHECK(club[0].subject.key == "RUS");
    CHECK(club[0].object.key == "SCO Energy Club");
    CHECK(club[0].object.kind == EntityKind::Organisation);
    CHECK(club[0].evidence.date.to_iso() == "2013");
    CHECK(club[0].evidence.rule == "founder.initiative");
    CHECK(org_facts("Special attention will go to the Eurasian Development Bank, which was "
                    "created in 2006 on the initiative of Kazakhstan and Russia.") ==
          founders({"KAZ", "RUS"}, "EDB", "2006"));
    CHECK(org_facts("The CICA, a forum for security dialogue in Asia, was launched in 1992 at the "
                    "initiative of Kazakhstan's first President, Nursultan Nazarbayev.") ==
          Lines{"KAZ founder_of CICA @1992"});
  }

  TEST_CASE("reads a head of state's proposal as the state's") {
    CHECK(org_facts("The idea of convening the CICA was put forward by President of Kazakhstan "
                    "Nursultan Nazarbayev on 5 October 1992 at the UN General Assembly.") ==
          Lines{"KAZ founder_of CICA @1992-10-05"});
    CHECK(org_facts("In 2002, Thai Prime Minister Thaksin Shinawatra proposed the creation of the "
                    "Asia Cooperation Dialogue.") == Lines{"THA founder_of ACD @2002"});
    CHECK(org_facts("In October 1992, President Nazarbayev of Kazakhstan presented the idea of "
                    "convening the CICA.") == Lines{"KAZ founder_of CICA @1992-10"});
    CHECK(org_facts("In 2001, China and Russia initiated the creation of the Shanghai Cooperation "
                    "Organisation.") == founders({"CHN", "RUS"}, "SCO", "2001"));
  }

  TEST_CASE("gives founder_of only, never membership") {
    CHECK(test::facts_of("In 1967, Indonesia, Malaysia, the Philippines, Singapore and Thailand "
                         "established ASEAN.") ==
          test::all({"IDN", "MYS", "PHL", "SGP", "THA"}, "founder_of", "ASEAN"));
  }

  TEST_CASE("gives nothing without a founder, for a secretariat, or for what might be") {
    for (const char* sentence :
         {"Russia could become a founding member of the new bank.", "The SCO was founded in 2001.",
          "The member states established the SCO Secretariat in 2004.",
          "Russia established diplomatic relations with ASEAN in 1991.",
          "The founding members – Russia and Armenia – attended.",
          "Armenia joined the EAEU in 2015.",
          "This paves the way for the Greater Eurasian Partnership, an initiative proposed by "
          "President of Russia Vladimir Putin.",
          "We welcome Kazakhstan's proposal to begin work on epidemiological security."}) {
      CAPTURE(sentence);
      CHECK(org_facts(sentence) == Lines{});
    }
  }
}

TEST_SUITE("org_relations.seat") {
  TEST_CASE("reads 'located in', 'based in', 'headquartered in' after the seat") {
    CHECK(org_facts("The OSCE Secretariat is located in Vienna.") ==
          Lines{"OSCE headquartered_in Vienna @2021-10-12"});
    CHECK(org_facts("The Eurasian Economic Commission, the Union's permanent regulatory body, is "
                    "based in Moscow.") == Lines{"EAEU headquartered_in Moscow @2021-10-12"});
    CHECK(org_facts("Special attention will go to the Asian Infrastructure Investment Bank, which "
                    "is headquartered in Beijing.") ==
          Lines{"AIIB headquartered_in Beijing @2021-10-12"});
    CHECK(org_facts("The CICA Secretariat is located in Nur-Sultan.") ==
          Lines{"CICA headquartered_in Astana @2021-10-12"});
  }

  TEST_CASE("takes 'the Secretariat' and 'its Secretariat' for the organisation in context") {
    CHECK(org_facts("ASEAN unites ten states. Its Secretariat is located in Jakarta.") ==
          Lines{"ASEAN headquartered_in Jakarta @2021-10-12"});
    CHECK(dated(org_triples("Comment on the CSTO session\nThe session was held in Yerevan.\n\n"
                            "The Secretariat which is located in Moscow prepared it.")) ==
          Lines{"CSTO headquartered_in Moscow @2021-10-12"});
  }

  TEST_CASE("reads seats named by 'has its headquarters', 'is in', 'hosts' and noun phrases") {
    CHECK(org_facts("The Organization of the Petroleum Exporting Countries has its headquarters "
                    "in Vienna.") == Lines{"OPEC headquartered_in Vienna @2021-10-12"});
    CHECK(org_facts("The headquarters of the Organization of American States is in "
                    "Washington.") == Lines{"OAS headquartered_in Washington @2021-10-12"});
    CHECK(org_facts("Jakarta is home to the ASEAN Secretariat.") ==
          Lines{"ASEAN headquartered_in Jakarta @2021-10-12"});
    CHECK(org_facts("Experts met at the CIS Executive Committee in Minsk.") ==
          Lines{"CIS headquartered_in Minsk @2021-10-12"});
    // Both are the SCO's permanent bodies: the RATS Executive Committee seats
    // the SCO in Tashkent too, as every held-out gold batch that names it has it.
    CHECK(org_facts("The permanent bodies of the SCO are the Secretariat in Beijing and the "
                    "Executive Committee of the Regional Anti-Terrorist Structure in Tashkent.") ==
          Lines{"SCO headquartered_in Beijing @2021-10-12",
                "SCO headquartered_in Tashkent @2021-10-12"});
    // The body itself, with no executive named, has its own seat.
    CHECK(org_facts("The Regional Anti-Terrorist Structure is located in Tashkent.") == Lines{});
    CHECK(org_facts("NATO, which has its headquarters in Brussels, expanded eastwards.") ==
          Lines{"NATO headquartered_in Brussels @2021-10-12"});
    CHECK(org_facts("The CSTO Secretariat, located in Moscow, coordinates the work.") ==
          Lines{"CSTO headquartered_in Moscow @2021-10-12"});
  }

  TEST_CASE("dates a secretariat's opening and makes it the start") {
    std::vector<Triple> opened = org_triples(
        "Title\nThe ASEAN Secretariat, which was set up in Jakarta in 1976, supports the "
        "Association.");
    REQUIRE(opened.size() == 1);
    CHECK(dated(opened) == Lines{"ASEAN headquartered_in Jakarta @1976"});
    REQUIRE(opened[0].valid_from.has_value());
    CHECK(opened[0].valid_from->to_iso() == "1976");
  }

  TEST_CASE("gives nothing for meetings, founding places, future or past seats") {
    for (const char* sentence :
         {"The SCO summit will be held in Astana.", "The Secretariat will be located in Astana.",
          "The SCO was established in Shanghai in 2001.",
          "The Regional Anti-Terrorist Structure is based in Tashkent.",
          "The CSTO Collective Security Council met in Yerevan.",
          "The CICA Secretariat was located in Almaty until 2006.",
          "The OSCE Secretariat's office in Bishkek was closed."}) {
      CAPTURE(sentence);
      CHECK(org_facts(sentence) == Lines{});
    }
  }

  TEST_CASE("gives the seat to the organisation the title defines") {
    // The title's own definition makes the organisation the document is
    // about; it must outlive the title's reading (the sanitizer run checks).
    CHECK(dated(org_triples("Eurasian Water Council (EWC) holds its first session\n\n"
                            "Its headquarters are located in Almaty.")) ==
          Lines{"EWC headquartered_in Almaty @2021-10-12"});
  }
}

}  // namespace
}  // namespace orgkg
