// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/extract/list_membership_extractor.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include "extract_test_support.hpp"

namespace orgkg {
namespace {

using test::all;
using test::facts_of;
using Lines = std::vector<std::string>;

TEST_SUITE("list_membership_extractor") {
  TEST_CASE("reads a list after 'includes N states' and a dash") {
    CHECK(facts_of("The SCO includes eight member states – China, India, Kazakhstan, Kyrgyzstan, "
                   "Pakistan, Russia, Tajikistan and Uzbekistan.\n") ==
          all({"CHN", "IND", "KAZ", "KGZ", "PAK", "RUS", "TJK", "UZB"}, "member_of", "SCO"));
  }

  TEST_CASE("reads lists after comprises, consists of, brings together and unites") {
    Lines csto = all({"ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"}, "member_of", "CSTO");
    CHECK(facts_of("The CSTO comprises six states: Armenia, Belarus, Kazakhstan, Kyrgyzstan, "
                   "Russia and Tajikistan.") == csto);
    CHECK(facts_of("The Collective Security Treaty Organisation consists of Armenia, Belarus, "
                   "Kazakhstan, Kyrgyzstan, Russia, and Tajikistan.") == csto);
    CHECK(facts_of("The Eurasian Economic Union brings together Armenia, Belarus, Kazakhstan, "
                   "Kyrgyzstan and Russia.") ==
          all({"ARM", "BLR", "KAZ", "KGZ", "RUS"}, "member_of", "EAEU"));
    CHECK(facts_of("The Union State unites Russia and Belarus.") ==
          all({"BLR", "RUS"}, "member_of", "Union State"));
  }

  TEST_CASE("reads 'the members of ORG are' and 'ORG's member states are'") {
    CHECK(facts_of("The members of BRICS are Brazil, Russia, India, China and South Africa.") ==
          all({"BRA", "CHN", "IND", "RUS", "ZAF"}, "member_of", "BRICS"));
    CHECK(facts_of("ASEAN's member states are Brunei, Cambodia, Indonesia, Laos, Malaysia, "
                   "Myanmar, the Philippines, Singapore, Thailand and Viet Nam.") ==
          all({"BRN", "IDN", "KHM", "LAO", "MMR", "MYS", "PHL", "SGP", "THA", "VNM"}, "member_of",
              "ASEAN"));
  }

  TEST_CASE("reads a list before 'are members of ORG'") {
    CHECK(facts_of("Armenia, Belarus, Kazakhstan, Kyrgyzstan and Russia are members of the "
                   "Eurasian Economic Union.") ==
          all({"ARM", "BLR", "KAZ", "KGZ", "RUS"}, "member_of", "EAEU"));
    CHECK(facts_of("Iran is a full member of the SCO.") == Lines{"IRN member_of SCO"});
    CHECK(facts_of("Russia and Kazakhstan are CSTO members.") ==
          all({"KAZ", "RUS"}, "member_of", "CSTO"));
  }

  TEST_CASE("reads membership of several organisations named after the verb") {
    CHECK(
        facts_of("Russia is a member of the UN, the G20, the SCO and BRICS.") ==
        Lines{"RUS member_of BRICS", "RUS member_of G20", "RUS member_of SCO", "RUS member_of UN"});
  }

  TEST_CASE("reads observers, with the organisation named or taken from the sentence before") {
    CHECK(facts_of("Moldova, Uzbekistan and Cuba have observer status in the Eurasian Economic "
                   "Union.") == all({"CUB", "MDA", "UZB"}, "observer_of", "EAEU"));
    Lines expected = all({"ARM", "BLR", "KAZ", "KGZ", "RUS"}, "member_of", "EAEU");
    Lines observers = all({"CUB", "MDA", "UZB"}, "observer_of", "EAEU");
    expected.insert(expected.end(), observers.begin(), observers.end());
    std::sort(expected.begin(), expected.end());
    CHECK(facts_of("The EAEU includes five states – Armenia, Belarus, Kazakhstan, Kyrgyzstan and "
                   "Russia. Moldova, Uzbekistan and Cuba have observer status.") == expected);
    CHECK(facts_of("Arctic Council observers include China, India, Japan, Singapore and "
                   "the Republic of Korea.") ==
          all({"CHN", "IND", "JPN", "KOR", "SGP"}, "observer_of", "Arctic Council"));
    CHECK(facts_of("The observer states of the SCO are Afghanistan, Belarus and Mongolia.") ==
          all({"AFG", "BLR", "MNG"}, "observer_of", "SCO"));
    CHECK(facts_of("Since 2017 the SCO has had eight members. Mongolia and Belarus are "
                   "observers.") == all({"BLR", "MNG"}, "observer_of", "SCO"));
  }

  TEST_CASE("takes organisations, demonyms and 'as well as' in lists") {
    CHECK(facts_of("The UN, the Arab League, the OSCE as well as the Sri Lankan and Turkish "
                   "delegations attended.") == Lines{});
    CHECK(facts_of("Thailand, Sri Lankan, the UN, the League of Arab States and the OSCE have "
                   "observer status at CICA.") ==
          all({"LAS", "LKA", "OSCE", "THA", "UN"}, "observer_of", "CICA"));
  }

  TEST_CASE("steps over a parenthetical after a list item") {
    CHECK(facts_of("The SCO includes the People's Republic of China (PRC), Russia and India.") ==
          all({"CHN", "IND", "RUS"}, "member_of", "SCO"));
    CHECK(facts_of("Russia, China (PRC) and India are members of the SCO.") ==
          all({"CHN", "IND", "RUS"}, "member_of", "SCO"));
  }

  TEST_CASE("reads 'with A and B as observers' and ASEM's partners") {
    CHECK(
        facts_of("The summit opened in Astana, with Turkey and Qatar as observers at the CICA.") ==
        all({"QAT", "TUR"}, "observer_of", "CICA"));
    CHECK(facts_of("We met ASEM partners – Japan, Mongolia, and the Republic of Korea.") ==
          all({"JPN", "KOR", "MNG"}, "member_of", "ASEM"));
    CHECK(facts_of("We met our SCO partners – India and Pakistan.") == Lines{});
  }

  TEST_CASE("reads the subject across a relative clause and adjectives before the noun") {
    std::vector<Triple> triples = test::extract(
        "The Shanghai Cooperation Organisation, which was founded in 2001, currently includes "
        "four member states: India, Iran, China and Russia.");
    CHECK(test::facts(triples) == all({"CHN", "IND", "IRN", "RUS"}, "member_of", "SCO"));
    REQUIRE_FALSE(triples.empty());
    CHECK(triples[0].evidence.date.to_iso() == "2021-10-12");  // 2001 is the founding
    Lines arctic = all({"CAN", "DNK", "FIN", "ISL", "NOR", "RUS", "SWE", "USA"}, "member_of",
                       "Arctic Council");
    Lines observers = all({"CHN", "IND", "JPN"}, "observer_of", "Arctic Council");
    arctic.insert(arctic.end(), observers.begin(), observers.end());
    std::sort(arctic.begin(), arctic.end());
    CHECK(facts_of("The Arctic Council brings together eight Arctic states: Canada, Denmark, "
                   "Finland, Iceland, Norway, Russia, Sweden and the United States. Thirteen "
                   "non-Arctic states, including China, India and Japan, have observer status.") ==
          arctic);
    CHECK(facts_of("Russia and Belarus, which are members of the CSTO, met in Minsk.") ==
          all({"BLR", "RUS"}, "member_of", "CSTO"));
  }

  TEST_CASE("reads a possessive subject whose members are a counted head noun and a list") {
    Diagnostics diagnostics;
    CHECK(test::facts(test::extract("The OSCE's participating States are the 57 countries – "
                                    "Albania, Andorra and Armenia.",
                                    &diagnostics)) ==
          all({"ALB", "AND", "ARM"}, "member_of", "OSCE"));
    CHECK(diagnostics.count(Severity::Note) == 1);  // states 57 but lists 3
    CHECK(facts_of("The Council of Europe's member states are the following countries: Albania, "
                   "Andorra and Armenia.") == all({"ALB", "AND", "ARM"}, "member_of", "CoE"));
    CHECK(facts_of("ASEAN's members are the ten Southeast Asian nations – Brunei, Cambodia, "
                   "Indonesia, Laos, Malaysia, Myanmar, the Philippines, Singapore, Thailand and "
                   "Vietnam.") ==
          all({"BRN", "IDN", "KHM", "LAO", "MMR", "MYS", "PHL", "SGP", "THA", "VNM"}, "member_of",
              "ASEAN"));
    CHECK(facts_of("The SCO's members are the states that signed its Charter.") == Lines{});
  }

  TEST_CASE("reads membership of both organisations after 'members of both'") {
    CHECK(facts_of("Kazakhstan, Kyrgyzstan and Russia are members of both the CSTO and the "
                   "EAEU.") == Lines{"KAZ member_of CSTO", "KAZ member_of EAEU",
                                     "KGZ member_of CSTO", "KGZ member_of EAEU",
                                     "RUS member_of CSTO", "RUS member_of EAEU"});
    CHECK(facts_of("India is a member of both BRICS.") == Lines{});
  }

  TEST_CASE("names the document's organisation for a list after bare 'observer states'") {
    CHECK(facts_of("Comment on the CSTO summit in Minsk\nThe leaders met.\nThe leaders of the "
                   "observer countries – Serbia and Afghanistan – attended.") ==
          all({"AFG", "SRB"}, "observer_of", "CSTO"));
    CHECK(facts_of("Comment on the CSTO summit\nThe leaders met.\nThe leaders of the member "
                   "states – Armenia and Belarus – adopted a declaration.") ==
          all({"ARM", "BLR"}, "member_of", "CSTO"));
    CHECK(facts_of("Comment on the CSTO and SCO summits\nThe leaders met.\nThe leaders of the "
                   "member states – Armenia and Belarus – adopted a declaration.") == Lines{});
    CHECK(facts_of("Comment on the CSTO summit\nThe leaders met.\nThe partner states – Serbia "
                   "and Afghanistan – attended. The founding members – Russia and Armenia – "
                   "attended. The states – Serbia and Iran – attended.") == Lines{});
    CHECK(facts_of("Comment on the summit\nThe leaders met.\nThe leaders of the observer states "
                   "– Serbia and Afghanistan – attended.") == Lines{});
  }

  TEST_CASE("produces nothing for a list cut short by a verb after the role phrase") {
    CHECK(facts_of("The CSTO met in Minsk. Thanks to the member states, Armenia and Belarus "
                   "joined the consensus.") == Lines{});
    CHECK(facts_of("The SCO granted observer status to Iran and Belarus took part.") == Lines{});
  }

  TEST_CASE("produces nothing where the organisation after the role is not one") {
    CHECK(facts_of("The SCO met in Astana. Russia and China are members of many international "
                   "organisations.") == Lines{});
    CHECK(facts_of("The SCO met in Astana. India and Brazil were observers at the summit.") ==
          Lines{});
  }

  TEST_CASE("limits negation to its own clause") {
    CHECK(facts_of("Armenia is not an EAEU member, but Belarus and Kazakhstan are EAEU "
                   "members.") == all({"BLR", "KAZ"}, "member_of", "EAEU"));
    CHECK(facts_of("Georgia could join NATO, while Norway and Denmark are NATO members.") ==
          all({"DNK", "NOR"}, "member_of", "NATO"));
    CHECK(facts_of("Uzbekistan is not a member; Kyrgyzstan and Tajikistan could become members "
                   "of the EAEU.") == Lines{});
  }

  TEST_CASE("ignores lists governed by a preposition") {
    CHECK(facts_of("The leaders of Russia, Kazakhstan and Belarus are members of the Supreme "
                   "Eurasian Economic Council.") == Lines{});
    CHECK(facts_of("Ministers from Armenia and Georgia were observers at the CSTO.") == Lines{});
  }

  TEST_CASE("produces nothing for negated, modal or hoped-for membership") {
    CHECK(facts_of("Turkey is not a member of the SCO.") == Lines{});
    CHECK(facts_of("Georgia and Ukraine could become members of NATO.") == Lines{});
    CHECK(facts_of("We hope Uzbekistan and Azerbaijan will become members of the EAEU.") ==
          Lines{});
    CHECK(facts_of("Iran and Belarus applied to become members of the SCO.") ==
          all({"BLR", "IRN"}, "candidate_for", "SCO"));  // candidacy (status_extractor)
    CHECK(facts_of("The SCO does not include Turkey and Azerbaijan.") == Lines{});
    CHECK(facts_of("Members of the EAEU discussed trade with Vietnam and Serbia.") == Lines{});
  }

  TEST_CASE("dates evidence with the year the sentence gives, else the publication date") {
    std::vector<Triple> triples =
        test::extract("Since 2017, India and Pakistan have been members of the SCO.");
    REQUIRE(triples.size() == 2);
    CHECK(triples[0].evidence.date.to_iso() == "2017");
    REQUIRE(triples[0].valid_from.has_value());
    CHECK(triples[0].valid_from->to_iso() == "2017");
    CHECK(triples[0].evidence.rule == "list.are_members");

    triples = test::extract("In July 2015, India and Pakistan became members of the SCO.");
    REQUIRE(triples.size() == 2);
    CHECK(triples[1].evidence.date.to_iso() == "2015-07");
    CHECK(triples[1].valid_from->to_iso() == "2015-07");

    triples = test::extract("The CSTO includes Armenia and Belarus.");
    REQUIRE(triples.size() == 2);
    CHECK(triples[0].evidence.date.to_iso() == "2021-10-12");
    CHECK_FALSE(triples[0].valid_from.has_value());
  }

  TEST_CASE("gives every triple its evidence: sentence, offsets, rule and surface forms") {
    std::string text =
        "Intro line.\nCICA includes 3 states – Bahrein, Vietnam and the Republic "
        "of Korea.\n";
    std::vector<Triple> triples = test::extract(text);
    REQUIRE(triples.size() == 3);
    const Triple& korea = triples[2];
    CHECK(korea.subject.key == "KOR");
    CHECK(korea.subject.label == "South Korea");
    CHECK(korea.subject.iso2 == "KR");
    CHECK(korea.subject.aliases == std::set<std::string>{"Republic of Korea"});
    CHECK(korea.object.key == "CICA");
    CHECK(korea.object.name ==
          "Conference on Interaction and Confidence Building Measures in Asia");
    CHECK(korea.evidence.doc_id == "doc");
    CHECK(korea.evidence.rule == "list.includes_states");
    CHECK(text.substr(korea.evidence.begin, korea.evidence.end - korea.evidence.begin) ==
          korea.evidence.sentence);
    CHECK(korea.evidence.sentence.rfind("CICA includes", 0) == 0);
    CHECK(triples[0].subject.aliases == std::set<std::string>{"Bahrein"});
    CHECK(triples[0].subject.key == "BHR");
  }

  TEST_CASE("notes a stated count that does not match the list") {
    Diagnostics diagnostics;
    std::vector<Triple> triples =
        test::extract("The CSTO includes six states – Armenia, Belarus and Russia.", &diagnostics);
    CHECK(triples.size() == 3);
    REQUIRE(diagnostics.count(Severity::Note) == 1);
    CHECK(diagnostics.items()[0].message.find("states 6 but lists 3") != std::string::npos);
  }

  TEST_CASE("keeps going past an unknown list item and notes it") {
    Diagnostics diagnostics;
    CHECK(test::facts(test::extract("The forum includes Russia, Freedonia and China.",
                                    &diagnostics)) == Lines{});
    CHECK(test::facts(test::extract("The SCO includes Russia, Freedonia and China.",
                                    &diagnostics)) == all({"CHN", "RUS"}, "member_of", "SCO"));
    CHECK(diagnostics.count(Severity::Note) == 1);
  }
  // Other extractors may read the same fact; the graph merges them.
  Lines distinct_facts(const std::string& text) {
    Lines lines = facts_of(text);
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    return lines;
  }

  TEST_CASE("reads lists of dialogue partners, partner countries and Partners for Co-operation") {
    CHECK(distinct_facts("The dialogue partners of the SCO are Azerbaijan, Armenia and Nepal.") ==
          all({"ARM", "AZE", "NPL"}, "partner_of", "SCO"));
    CHECK(distinct_facts("Azerbaijan, Armenia and Cambodia are dialogue partners of the SCO.") ==
          all({"ARM", "AZE", "KHM"}, "partner_of", "SCO"));
    CHECK(distinct_facts("The SCO has three dialogue partners: Azerbaijan, Armenia and Nepal.") ==
          all({"ARM", "AZE", "NPL"}, "partner_of", "SCO"));
    CHECK(distinct_facts("The OSCE Asian Partners for Co-operation are Afghanistan, Australia and "
                         "Japan.") == all({"AFG", "AUS", "JPN"}, "partner_of", "OSCE"));
    CHECK(distinct_facts("BRICS partner countries – Belarus, Bolivia and Cuba – were announced.") ==
          all({"BLR", "BOL", "CUB"}, "partner_of", "BRICS"));
  }

  TEST_CASE("bare partners are nothing, except where members are called partners (ASEM)") {
    CHECK(distinct_facts("The partners of the SCO are China and India.") == Lines{});
    CHECK(distinct_facts("Trade with partner countries such as China and India grew.") == Lines{});
    CHECK(distinct_facts("ASEM partners are China, India and Japan.") ==
          all({"CHN", "IND", "JPN"}, "member_of", "ASEM"));
  }

  TEST_CASE("reads 'the organisation was enlarged to include A and B'") {
    CHECK(distinct_facts("In 2004 the European Union was enlarged to include Poland, Hungary and "
                         "Slovakia.") == all({"HUN", "POL", "SVK"}, "member_of", "EU"));
    CHECK(distinct_facts("The agenda was expanded to include Poland and Hungary.") == Lines{});
  }

  // "is", "was" and "remains" start a list reading only before "a", "an",
  // "composed", "made", "enlarged" or "expanded" (is_include_verb()'s screen).
  TEST_CASE("reads the lists 'is', 'was' and 'remains' open") {
    CHECK(distinct_facts("The European Union is composed of Poland, Hungary and Slovakia.") ==
          all({"HUN", "POL", "SVK"}, "member_of", "EU"));
    CHECK(distinct_facts("The European Union is made up of Poland, Hungary and Slovakia.") ==
          all({"HUN", "POL", "SVK"}, "member_of", "EU"));
    CHECK(distinct_facts("The European Union was expanded to include Poland and Hungary.") ==
          all({"HUN", "POL"}, "member_of", "EU"));
    CHECK(distinct_facts("The European Union is an organisation of three European states: Poland, "
                         "Hungary and Slovakia.") == all({"HUN", "POL", "SVK"}, "member_of", "EU"));
    CHECK(distinct_facts("The European Union remains a union of three states: Poland, Hungary and "
                         "Slovakia.") == all({"HUN", "POL", "SVK"}, "member_of", "EU"));
    CHECK(distinct_facts("The European Union is Poland, Hungary and Slovakia.") == Lines{});
  }

  TEST_CASE("dates each item of a list that gives dates item by item") {
    std::vector<Triple> triples = test::extract(
        "Estonia (since 2004), Croatia (since 2013) and Malta (since 2004) are members of the "
        "European Union.");
    REQUIRE(triples.size() == 3);
    CHECK(triples[0].evidence.date.to_iso() == "2004");
    CHECK(triples[1].evidence.date.to_iso() == "2013");
    REQUIRE(triples[1].valid_from.has_value());
    CHECK(triples[1].valid_from->to_iso() == "2013");
    // One dated item dates nothing on its own: the clause's date stands.
    triples = test::extract("In 2010 Chile (a newcomer) and Estonia joined the OECD.");
    REQUIRE(triples.size() == 2);
    for (const Triple& t : triples) CHECK(t.evidence.date.to_iso() == "2010");
  }

  TEST_CASE("dates a list by a relative date against the publication date") {
    std::vector<Triple> triples =
        test::extract("Last year, India and Pakistan joined the SCO.", nullptr, "2019-05-01");
    REQUIRE(triples.size() == 2);
    for (const Triple& t : triples) CHECK(t.evidence.date.to_iso() == "2018");
  }
}

}  // namespace
}  // namespace orgkg
