// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// More shapes the studied held-out batches (tests/gold/heldout8) showed
// missing, written anew: a decision that takes effect at once, a second
// state suspended on its own date, "the status of an observer state", an
// accession protocol, the AU's "Chairperson", "our Kyrgyz friends" standing
// for the state, a relative date after a join, and a founding "in its
// present form". Every sentence is ours; each positive case has a negative
// twin where one is easy to mistake.
#include <doctest/doctest.h>

#include "extract_test_support.hpp"

namespace orgkg {
namespace {

using test::all;
using test::dates_of;
using Lines = std::vector<std::string>;

Lines facts_of(const std::string& text) { return test::distinct_facts_of(text); }

TEST_SUITE("generalisation") {
  TEST_CASE("a leaving decided with immediate effect is done") {
    CHECK(facts_of("The Committee decided that Russia ceases to be a member of the Council of "
                   "Europe with immediate effect.") == Lines{"RUS left CoE"});
    CHECK(facts_of("The Committee decided that Russia ceases to be a member of the Council of "
                   "Europe next year.") == Lines{});
  }

  TEST_CASE("two states suspended, each on its own date") {
    const std::string text =
        "The AU suspended Mali on 1 June 2021 and Guinea on 10 September 2021 from all its "
        "activities.";
    CHECK(facts_of(text) == all({"GIN", "MLI"}, "left", "AU"));
    CHECK(dates_of(text) == std::vector<std::string>{"2021-06-01", "2021-09-10"});
    CHECK(facts_of("The AU suspended Mali on 1 June 2021 and Guinea praised it.") ==
          Lines{"MLI left AU"});
  }

  TEST_CASE("statuses: 'the status of an observer state', an accession protocol") {
    CHECK(facts_of("In 2024 the EAEU granted Iran the status of an observer state.") ==
          Lines{"IRN observer_of EAEU"});
    CHECK(facts_of("The EAEU granted Iran the status of a guest.") == Lines{});
    CHECK(facts_of("The leaders welcomed the Protocol of Accession of Bolivia to Mercosur, "
                   "signed in 2015.") == Lines{"BOL candidate_for Mercosur"});
    // Any other protocol is an agreement only.
    CHECK(facts_of("Bolivia signed a protocol on trade with Mercosur in 2015.") ==
          Lines{"BOL agreement_with Mercosur"});
  }

  TEST_CASE("chairs: the AU's Chairperson, 'our Kyrgyz friends, who presided over'") {
    CHECK(facts_of("Mauritania is the current Chairperson of the African Union.") ==
          Lines{"MRT chair_of AU"});
    CHECK(facts_of("Mr Faki is the Chairperson of the African Union Commission.") == Lines{});
    CHECK(dates_of("We thank our Kyrgyz friends, who presided over the CIS in 2023.") ==
          std::vector<std::string>{"2023"});
    CHECK(facts_of("We thank our Kyrgyz friends, who presided over the CIS in 2023.") ==
          Lines{"KGZ chair_of CIS"});
    CHECK(facts_of("We thank the Kyrgyz people for their hospitality at the CIS summit.") ==
          Lines{});
  }

  TEST_CASE("a join dated 'a year later', and a founding 'in its present form'") {
    const std::string later =
        "Statement\n\nThe ACD met. Kazakhstan joined in 2003, followed by Bhutan in 2004, and by "
        "Russia a year later.";
    CHECK(facts_of(later) == all({"BTN", "KAZ", "RUS"}, "member_of", "ACD"));
    CHECK(dates_of(later) == std::vector<std::string>{"2003", "2004", "2005"});
    CHECK(facts_of("The EAC in its present form was founded by Kenya and Uganda under the "
                   "Treaty.") == all({"KEN", "UGA"}, "founder_of", "EAC"));
    CHECK(facts_of("The EAC in its present form was praised by Kenya and Uganda.") == Lines{});
  }

  TEST_CASE("an apposition after 'with', 'its Commission', 'with Yemen joining'") {
    CHECK(facts_of("Greece sent aid to Georgia, a member of the Council of Europe since 1999.") ==
          Lines{"GEO member_of CoE"});
    // After "between", the apposition may be of the pair's larger phrase.
    CHECK(facts_of("Talks between Greece and Georgia, members of the Council of Europe, "
                   "ended.") == Lines{});
    CHECK(facts_of("The African Union met, and its Commission, located in Addis Ababa, served "
                   "it.") == Lines{"AU headquartered_in Addis Ababa"});
    // The organisation the sentence opens with, not the last one named.
    CHECK(facts_of("The African Union succeeded the OAU, and its Commission, located in Addis "
                   "Ababa, served it.") == Lines{"AU headquartered_in Addis Ababa"});
    CHECK(dates_of("Statement\n\nThe Arab League met. The League was established in March 1945 "
                   "by Egypt and Transjordan, with Yemen joining in May 1945.") ==
          std::vector<std::string>{"1945-03", "1945-03", "1945-05"});
    CHECK(facts_of("Statement\n\nThe Arab League met. The League was established in March "
                   "1945, with Yemen joining in the talks.") == Lines{});
    CHECK(facts_of("The Peace and Security Council suspended Niger on 22 August 2023.") ==
          Lines{"NER left AU"});
  }

  TEST_CASE("a rotating presidency is the organisation's; a summit is no place of it") {
    CHECK(dates_of("Statement\n\nThe SCO met in Tianjin. China took over the rotating "
                   "presidency at the Astana summit in July 2024.") ==
          std::vector<std::string>{"2024-07"});
    CHECK(facts_of("Statement\n\nThe SCO met. At the close of the summit, the rotating "
                   "presidency passed to China.") == Lines{"CHN chair_of SCO"});
    // A presidency alone may be the state's own.
    CHECK(facts_of("Statement\n\nThe SCO met in Tianjin. Mr Tokayev took over the presidency "
                   "of Kazakhstan in 2019.") == Lines{});
  }

  TEST_CASE("the next role list of a series: 'and the dialogue partners A and B'") {
    CHECK(facts_of("Statement\n\nThe SCO met. The SCO family comprises two observer states, "
                   "Afghanistan and Mongolia, and the dialogue partners Armenia and Nepal.") ==
          Lines{"AFG observer_of SCO", "ARM partner_of SCO", "MNG observer_of SCO",
                "NPL partner_of SCO"});
    // A role list needs the series' "and the" or a separator.
    CHECK(facts_of("Statement\n\nThe SCO met. Dialogue partners Armenia and Nepal sent "
                   "envoys.") == Lines{});
  }

  TEST_CASE(
      "a state's own membership suspended, an admission approved, 'one of the founding "
      "states of 1975'") {
    CHECK(facts_of("Statement\n\nThe Arab League met. Egypt's own membership was suspended in "
                   "1979.") == Lines{"EGY left LAS"});
    CHECK(facts_of("The summit approved the admission of Azerbaijan as the ninth member of the "
                   "D-8.") == Lines{"AZE member_of D-8"});
    CHECK(facts_of("The summit approved the admission of Azerbaijan to the talks.") == Lines{});
    CHECK(facts_of("The withdrawal of the Niger Republic from ECOWAS has taken effect.") ==
          Lines{"NER left ECOWAS"});
    CHECK(facts_of("Statement\n\nECOWAS met. Mauritania, one of the fifteen founding states of "
                   "1975, withdrew from the Community in 2000.") ==
          Lines{"MRT founder_of ECOWAS", "MRT left ECOWAS"});
    CHECK(facts_of("Statement\n\nECOWAS met. Mauritania, one of the founding states of the bank, "
                   "withdrew.") == Lines{});
  }

  TEST_CASE("a seat past a relative clause; a memorandum of obligations signed by a state") {
    CHECK(dates_of("The ASEAN Secretariat, which supports the forum, has been based in Jakarta "
                   "since 1981.") == std::vector<std::string>{"1981"});
    CHECK(facts_of("We welcome the memorandum of obligations signed in Samarkand on 15 "
                   "September 2022 by Iran with the SCO.") == Lines{"IRN candidate_for SCO"});
    CHECK(facts_of("The memorandum of obligations was drafted by Iran for the SCO.") == Lines{});
  }

  TEST_CASE("companions past a date and a summit; admitted at a summit") {
    CHECK(facts_of("Mongolia became an observer of the SCO in June 2004 at the Tashkent Summit, "
                   "together with India.") == all({"IND", "MNG"}, "observer_of", "SCO"));
    CHECK(facts_of("Mongolia became an observer of the SCO in 2004 and met its leaders together "
                   "with India.") == Lines{"MNG observer_of SCO"});
    CHECK(dates_of("Statement\n\nSAARC met. The Association grew when Afghanistan was admitted at "
                   "the Fourteenth Summit in New Delhi in April 2007.") ==
          std::vector<std::string>{"2007-04"});
    CHECK(facts_of("Statement\n\nSAARC met. The delegates were admitted in April 2007.") ==
          Lines{});
    // Admitted to the status the sentence is about, not as members
    // (same_status_pattern.cpp).
    CHECK(facts_of("Statement\n\nThe Arctic Council met. France has held observer status the "
                   "longest, while China was admitted at the ministerial meeting in Kiruna in "
                   "2013.") ==
          Lines{"CHN observer_of Arctic Council", "FRA observer_of Arctic Council"});
  }

  TEST_CASE("a memorandum signed by their secretariats; 'and its cooperation with'") {
    const std::string memo =
        "Statement\n\nThe CSTO met. We note the interaction between the CSTO and the SCO, which "
        "rests on the memorandum of understanding signed by their secretariats in October 2007.";
    CHECK(facts_of(memo) == Lines{"CSTO agreement_with SCO", "CSTO cooperates_with SCO"});
    CHECK(dates_of(memo) == std::vector<std::string>{"2007-10", "2021-10-12"});
    CHECK(facts_of("The CSTO and the SCO value the memorandum signed by their leaders in 2007.") ==
          Lines{});
    // A relative clause that ends before the document does not date it.
    int agreements = 0;
    for (const Triple& t : test::extract("Statement\n\nAzerbaijan, which has chaired CICA since "
                                         "2024, welcomes the memorandum of understanding "
                                         "concluded between the CICA and ECO secretariats.",
                                         nullptr, "2025-07-04")) {
      if (t.relation != Relation::AgreementWith) continue;
      ++agreements;
      CHECK(t.evidence.date.to_iso() == "2025-07-04");
    }
    CHECK(agreements == 1);
    const std::string its =
        "Statement\n\nThe CSTO met. The Organisation has held observer status in the UN General "
        "Assembly since 2004, and its practical cooperation with the United Nations grows.";
    CHECK(facts_of(its) == Lines{"CSTO cooperates_with UN", "CSTO observer_of UN"});
  }

  TEST_CASE("a dialogue partnership established, ASEAN's dialogue relations") {
    CHECK(dates_of("ASEAN established dialogue relations with Japan in 1977.") ==
          std::vector<std::string>{"1977"});
    CHECK(facts_of("Japan established a dialogue partnership with ASEAN in 1977.") ==
          Lines{"JPN partner_of ASEAN"});
    CHECK(facts_of("The ASEAN\u2013Japan dialogue partnership was launched in 1977.") ==
          Lines{"JPN partner_of ASEAN"});
    CHECK(facts_of("ASEAN established trade relations with Japan in 1977.") == Lines{});
    CHECK(facts_of("Japan hopes to establish a dialogue partnership with ASEAN.") == Lines{});
  }

  TEST_CASE("'the same status', 'this status': the role the sentence named before") {
    const std::string same =
        "Hungary has held observer status in the OTS since 2018, while Turkmenistan was granted "
        "the same status in 2021.";
    CHECK(facts_of(same) == all({"HUN", "TKM"}, "observer_of", "OTS"));
    CHECK(dates_of(same) == std::vector<std::string>{"2018", "2021"});
    CHECK(facts_of("Statement\n\nThe SCO met. The circle of its dialogue partners was widened at "
                   "the summit: Laos was granted this status.") == Lines{"LAO partner_of SCO"});
    // Another noun than status; no role before it.
    CHECK(facts_of("Hungary has held observer status in the OTS since 2018, while Turkmenistan "
                   "was granted the same treatment in 2021.") == Lines{"HUN observer_of OTS"});
    CHECK(facts_of("Statement\n\nThe OTS met. Turkmenistan was granted the same status in "
                   "2021.") == Lines{});
  }

  TEST_CASE("the RATS Executive Committee seats the SCO") {
    CHECK(facts_of("The Executive Committee of the Regional Anti-Terrorist Structure is located "
                   "in Tashkent.") == Lines{"SCO headquartered_in Tashkent"});
    CHECK(facts_of("The RATS Executive Committee is based in Tashkent.") ==
          Lines{"SCO headquartered_in Tashkent"});
    CHECK(facts_of("The Regional Anti-Terrorist Structure held exercises in Tashkent.") == Lines{});
  }

  TEST_CASE("an associate member in a relative clause under a plan, or 'in its work'") {
    CHECK(dates_of("We also intend to discuss coordination with the Commonwealth of Independent "
                   "States, in which Turkmenistan has participated as an associate member since "
                   "2005.") == std::vector<std::string>{"2005"});
    CHECK(facts_of("Statement\n\nThe CIS met. Turkmenistan has taken part in its work as an "
                   "associate member since 2005.") == Lines{"TKM associate_member_of CIS"});
    CHECK(facts_of("Statement\n\nThe CIS met. Turkmenistan may take part in its work as an "
                   "associate member.") == Lines{});
  }

  TEST_CASE(
      "observers: 'granted it observer status at all ASEAN meetings', 'attended ASEAN "
      "meetings as an observer'") {
    CHECK(facts_of("In November 2022, the leaders agreed in principle to admit Timor-Leste and "
                   "granted it observer status at all ASEAN high-level meetings.") ==
          Lines{"TLS candidate_for ASEAN", "TLS observer_of ASEAN"});
    // Two states before "it": which one is unclear.
    CHECK(facts_of("ASEAN welcomed Laos and Cambodia and granted it observer status.") == Lines{});
    CHECK(dates_of("Timor-Leste has attended ASEAN meetings as an observer since 2022.") ==
          std::vector<std::string>{"2022"});
    // One meeting attended is no standing status.
    CHECK(facts_of("India attended the SCO summit as an observer.") == Lines{});
  }

  TEST_CASE("'when it took over the role from Australia': the chair before") {
    CHECK(facts_of("Indonesia has held the IORA chairmanship since October 2015, when it took "
                   "over the role from Australia.") ==
          Lines{"AUS chair_of IORA", "IDN chair_of IORA"});
    // No chairmanship named before: a role of anything.
    CHECK(facts_of("Indonesia took over the role from Australia.") == Lines{});
  }

  TEST_CASE("'the President of Moldova, which has held observer status': the state") {
    CHECK(dates_of("We welcomed the President of the Republic of Moldova, which has held "
                   "observer status in the EAEU since May 2018.") ==
          std::vector<std::string>{"2018-05"});
    CHECK(facts_of("We welcomed the proposal of Moldova, which has held observer status in the "
                   "EAEU since May 2018.") == Lines{});
  }

  TEST_CASE("'the League, whose Pact was signed by A and B': its founders") {
    CHECK(facts_of("The Arab League, whose Pact was signed in Cairo in 1945 by Egypt, Iraq and "
                   "Syria, met.") == all({"EGY", "IRQ", "SYR"}, "founder_of", "LAS"));
    CHECK(facts_of("The Arab League, whose budget was signed in Cairo by Egypt, met.") == Lines{});
  }

  TEST_CASE("'since ASEAN set it up in 1994': 'it' is the organisation named before") {
    CHECK(facts_of("Korea has been a member of the ASEAN Regional Forum (ARF) since ASEAN set it "
                   "up in 1994.") == Lines{"ASEAN founder_of ARF", "KOR member_of ARF"});
    CHECK(facts_of("Korea joined the ARF after ASEAN founded it in 1994.") ==
          Lines{"ASEAN founder_of ARF", "KOR member_of ARF"});
    // No organisation named before the founders: "it" is not resolved.
    CHECK(facts_of("Statement\n\nThe talks went on, and ASEAN set it up in 1994.") == Lines{});
  }

  TEST_CASE("participation frozen in the Organization's activities") {
    CHECK(dates_of("Statement\n\nThe CSTO met. The Armenian side, which froze its participation "
                   "in the Organization's activities in February 2024, was absent.") ==
          std::vector<std::string>{"2024-02"});
    CHECK(facts_of("Armenia froze its participation in the activities of the CSTO in 2024.") ==
          Lines{"ARM left CSTO"});
    CHECK(facts_of("Armenia froze its participation in the summit's activities in 2024.") ==
          Lines{});
  }

  TEST_CASE(
      "candidacies: 'which ASEAN agreed in 2022 to admit as', 'to admit it', 'this "
      "status was offered to'") {
    CHECK(dates_of("The leaders support Timor-Leste, which ASEAN agreed in principle in "
                   "November 2022 to admit as its eleventh member.") ==
          std::vector<std::string>{"2022-11"});
    CHECK(facts_of("Statement\n\nASEAN met. Korea supports Timor-Leste, when the leaders agreed "
                   "in principle to admit it as the eleventh member.") ==
          Lines{"TLS candidate_for ASEAN"});
    CHECK(facts_of("The leaders support Timor-Leste, which ASEAN might agree to admit as its "
                   "eleventh member.") == Lines{});
    CHECK(facts_of("BRICS leaders created a category of partner countries, and this status was "
                   "offered to thirteen countries, including Indonesia and Malaysia.") ==
          all({"IDN", "MYS"}, "candidate_for", "BRICS"));
    CHECK(facts_of("The summit agreed on a new agenda, and this status was offered to "
                   "Indonesia.") == Lines{});
    CHECK(facts_of("CICA itself has been an observer in the UN General Assembly since 2007.") ==
          Lines{"CICA observer_of UN"});
  }
}

}  // namespace
}  // namespace orgkg
