// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Everyday shapes of membership that the held-out batches showed missing:
// "one of the N member states of ORG", a member praised ("an active and
// responsible member"), membership obtained or gained, "upon joining ORG" at
// the end of the subject's clause, "under the chairmanship of the STATE", a
// subject with an apposition ("Turkmenistan, a neutral state, ..."), and
// taking part "as an observer since 1998" or "in the work of ORG as an
// associate member", an accession done ("A's accession to ORG took place in
// 2015"), "was accepted into ORG", "the seat of ORG is CITY", and members
// named after their role ("fellow SCO members India and Pakistan"), and a
// chair stated with a copula ("Kazakhstan is the chair of the SCO") or an
// apposition ("the current chair of the SCO, Kazakhstan, ..."), a second
// predicate of the same subject ("A had been a partner of ORG from 2009 and
// was granted observer status in 2015"), and membership gained "at the
// previous Astana summit" of the organisation in context, founders named
// with the subject ("founded the CSTO together with Armenia"), and the
// organisation a paragraph is about: "the grouping" opening a paragraph,
// a list whose sentence names no organisation; admissions and passive joins
// whose items carry their own dates ("with the admission of Brunei in 1984,
// Viet Nam in 1995", "It was later joined by ..."), an adverb before the
// verb ("Iran officially became"), and references to the organisation in
// context that the sentence or the paragraph settles; leaving with no
// object named ("the Uzbek side withdrew in 2005", "Guinea was suspended in
// 2021", "had been suspended from the Community's institutions"); and names
// the gazetteer lacked (the Pacific Alliance, the CPLP, Lisbon, "Korea").
// Every sentence is ours; each positive case has a negative twin where one
// is easy to mistake.
#include <doctest/doctest.h>

#include "extract_test_support.hpp"

namespace orgkg {
namespace {

using test::all;
using test::dates_of;
using Lines = std::vector<std::string>;

Lines facts_of(const std::string& text) { return test::distinct_facts_of(text); }

TEST_SUITE("generalisation") {
  TEST_CASE("'one of the [N] member states of ORG'") {
    CHECK(facts_of("Indonesia is one of the 120 member states of the Non-Aligned Movement.") ==
          Lines{"IDN member_of NAM"});
    CHECK(facts_of("Kazakhstan remains one of the members of the SCO.") ==
          Lines{"KAZ member_of SCO"});
    // "its": the organisation the text is about.
    CHECK(facts_of("The Non-Aligned Movement met in Baku. Indonesia remains one of its 120 "
                   "member states.") == Lines{"IDN member_of NAM"});
    CHECK(facts_of("Norway is one of the observers of the Arctic Council.") ==
          Lines{"NOR observer_of Arctic Council"});
    CHECK(facts_of("Kazakhstan is not one of the members of the SCO.") == Lines{});
    CHECK(facts_of("Turkey is one of the largest trading partners of the EU.") == Lines{});
  }

  TEST_CASE("a member praised is a member; a former or future one is not") {
    CHECK(facts_of("Kazakhstan is an active member of CICA.") == Lines{"KAZ member_of CICA"});
    CHECK(facts_of("Kazakhstan is one of the most active members of CICA.") ==
          Lines{"KAZ member_of CICA"});
    CHECK(facts_of("Kazakhstan is a responsible and reliable member of CICA.") ==
          Lines{"KAZ member_of CICA"});
    CHECK(facts_of("Kazakhstan is a long-standing member of CICA.") == Lines{"KAZ member_of CICA"});
    CHECK(facts_of("Kazakhstan is a former member of CICA.") == Lines{});
    CHECK(facts_of("Kazakhstan is a prospective member of CICA.") == Lines{});
    CHECK(facts_of("Kazakhstan is not an active member of CICA.") == Lines{});
  }

  TEST_CASE("membership obtained, gained or acquired") {
    CHECK(facts_of("Iran obtained membership in the SCO in 2023.") == Lines{"IRN member_of SCO"});
    CHECK(facts_of("Armenia gained full membership of the EAEU in 2015.") ==
          Lines{"ARM member_of EAEU"});
    CHECK(facts_of("Iran gained SCO membership in 2023.") == Lines{"IRN member_of SCO"});
    CHECK(facts_of("The SCO met in Astana. India and Pakistan acquired full membership in "
                   "2017.") == all({"IND", "PAK"}, "member_of", "SCO"));
    CHECK(test::extract("Iran obtained membership in the SCO in 2023.").at(0).evidence.rule ==
          "list.gained_membership");
    CHECK(facts_of("Iran has not obtained membership in the SCO.") == Lines{});
    CHECK(facts_of("Iran hopes to obtain membership in the SCO.") == Lines{});
    CHECK(facts_of("Iran seeks membership in the SCO.") == Lines{});
  }

  TEST_CASE("'upon joining ORG' at the end of the subject's clause") {
    CHECK(facts_of("Cyprus and Malta left the Non-Aligned Movement in 2004 upon joining the "
                   "European Union.") ==
          Lines{"CYP left NAM", "CYP member_of EU", "MLT left NAM", "MLT member_of EU"});
    CHECK(facts_of("Malta has grown rapidly since joining the EU in 2004.") ==
          Lines{"MLT member_of EU"});
    // Another state stands between: whose joining it is, is not sure.
    CHECK(facts_of("Russia welcomed Serbia after joining the WTO.") == Lines{});
    // Not the subject's clause.
    CHECK(facts_of("Malta spoke to ministers who gained much after joining the EU.") == Lines{});
    CHECK(facts_of("Malta thought long before joining the EU.") == Lines{});
  }

  TEST_CASE("'under the chairmanship of the STATE'") {
    CHECK(facts_of("The BRICS summit was held in Kazan under the Chairship of the Russian "
                   "Federation.") == Lines{"RUS chair_of BRICS"});
    CHECK(facts_of("The SCO summit was held under the presidency of the Kyrgyz Republic.") ==
          Lines{"KGZ chair_of SCO"});
    CHECK(facts_of("The BRICS summit discussed the chairmanship of the Russian Federation's "
                   "ministers.") == Lines{});
  }

  TEST_CASE("a subject set off by an apposition") {
    CHECK(facts_of("Turkmenistan, a permanently neutral state, is an associate member of the "
                   "CIS.") == Lines{"TKM associate_member_of CIS"});
    CHECK(facts_of("Kazakhstan, the host country, is a member of the SCO.") ==
          Lines{"KAZ member_of SCO"});
    // A clause, not an apposition: the list is not the subject.
    CHECK(facts_of("The minister of Kazakhstan, a country that has joined many forums, is a "
                   "member of the SCO delegation.") == Lines{});
  }

  TEST_CASE("taking part as a standing observer or associate member") {
    CHECK(facts_of("Turkmenistan has taken part in the work of the CIS as an associate member "
                   "since 2005.") == Lines{"TKM associate_member_of CIS"});
    CHECK(facts_of("The OIC met in Islamabad. Thailand has participated as an observer since "
                   "1998.") == Lines{"THA observer_of OIC"});
    // An observer at one meeting holds no status.
    CHECK(facts_of("The OIC met in Islamabad. Thailand participated as an observer.") == Lines{});
    CHECK(facts_of("Mongolia took part in the summit of the SCO as an observer.") == Lines{});
  }

  TEST_CASE("an accession done, not one sought") {
    CHECK(facts_of("Armenia's accession to the EAEU took place in 2015.") ==
          Lines{"ARM member_of EAEU"});
    CHECK(facts_of("Since Armenia's accession to the EAEU in 2015, trade has grown.") ==
          Lines{"ARM member_of EAEU"});
    CHECK(facts_of("In 2015, the accession of Armenia to the EAEU was completed.") ==
          Lines{"ARM member_of EAEU"});
    CHECK(facts_of("We support Uzbekistan's accession to the WTO.") == Lines{});
    CHECK(facts_of("Uzbekistan's accession to the WTO will take place next year.") == Lines{});
    // The talks took place, not the accession.
    CHECK(facts_of("Talks on Uzbekistan's accession to the WTO took place in Geneva.") == Lines{});
  }

  TEST_CASE("'was accepted into ORG'") {
    CHECK(facts_of("Armenia was accepted into the EAEU in 2015.") == Lines{"ARM member_of EAEU"});
    CHECK(facts_of("Armenia was not accepted into the EAEU.") == Lines{});
    CHECK(facts_of("The proposal was accepted to the agenda of the EAEU.") == Lines{});
  }

  TEST_CASE("'the seat of ORG is CITY'") {
    CHECK(facts_of("The seat of the OSCE Secretariat is Vienna.") ==
          Lines{"OSCE headquartered_in Vienna"});
    CHECK(facts_of("The host of the next OSCE meeting is Vienna.") == Lines{});
  }

  TEST_CASE("members named after their role: 'fellow SCO members India and Pakistan'") {
    CHECK(facts_of("Fellow SCO members India and Pakistan attended the talks.") ==
          all({"IND", "PAK"}, "member_of", "SCO"));
    CHECK(facts_of("The EAEU member states Armenia, Belarus and Kazakhstan signed the treaty.") ==
          all({"ARM", "BLR", "KAZ"}, "member_of", "EAEU"));
    CHECK(facts_of("SCO observers Mongolia and Belarus attended.") ==
          all({"BLR", "MNG"}, "observer_of", "SCO"));
    CHECK(facts_of("The meeting of SCO members in Astana was held.") == Lines{});
  }

  TEST_CASE("a chair stated with a copula or an apposition; a next chair is none yet") {
    CHECK(facts_of("Kazakhstan is the chair of the SCO for 2023-2024.") ==
          Lines{"KAZ chair_of SCO"});
    CHECK(facts_of("The current chair of the SCO, Kazakhstan, hosted the summit.") ==
          Lines{"KAZ chair_of SCO"});
    CHECK(facts_of("Kazakhstan is the next chair of the SCO.") == Lines{});
    CHECK(facts_of("Kazakhstan is the incoming chair of the SCO.") == Lines{});
    CHECK(facts_of("Kazakhstan became the next chair of the SCO.") == Lines{});
    CHECK(facts_of("The next chair of the SCO, Kazakhstan, will host the summit.") == Lines{});
    CHECK(facts_of("Kazakhstan is not the chair of the SCO.") == Lines{});
    // A person's title needs no state: "chairman" with a person is no fact.
    CHECK(facts_of("Tokayev is the chairman of the SCO.") == Lines{});
  }

  TEST_CASE("a second predicate of the subject that opens the sentence, with its own date") {
    CHECK(facts_of("Belarus had been a dialogue partner of the SCO from 2009 and was granted "
                   "observer status in 2015.") ==
          Lines{"BLR observer_of SCO", "BLR partner_of SCO"});
    CHECK(dates_of("Iran joined the SCO in 2023 and became a member of BRICS in 2024.") ==
          std::vector<std::string>{"2023", "2024"});
    // Another state stands between: it may be the second subject.
    CHECK(facts_of("Russia hosted Serbia and was granted observer status in the OIC.") == Lines{});
  }

  TEST_CASE("membership gained at a summit of the organisation in context") {
    CHECK(facts_of("The SCO met in Astana. India and Pakistan acquired full membership at the "
                   "previous Astana summit in June 2017.") ==
          all({"IND", "PAK"}, "member_of", "SCO"));
    // Observers at a summit were guests of that meeting.
    CHECK(facts_of("The SCO met in Astana. India and Brazil were observers at the previous "
                   "summit.") == Lines{});
  }

  TEST_CASE("founders named with the subject after the organisation") {
    CHECK(facts_of("Russia founded the CSTO together with Armenia and Kazakhstan.") ==
          all({"ARM", "KAZ", "RUS"}, "founder_of", "CSTO"));
    CHECK(facts_of("Kyrgyzstan is among the six founders of the SCO, established in Shanghai on "
                   "15 June 2001 together with China and Russia.") ==
          all({"CHN", "KGZ", "RUS"}, "founder_of", "SCO"));
    CHECK(facts_of("Brazil is one of the founders of BRICS, alongside Russia, India and China.") ==
          all({"BRA", "CHN", "IND", "RUS"}, "founder_of", "BRICS"));
    // Another clause: China did not found it.
    CHECK(facts_of("Russia founded the SCO, and together with China, it hosted summits.") ==
          Lines{"RUS founder_of SCO"});
  }

  TEST_CASE("a lower-case 'the grouping' opening a paragraph is the paragraph before's topic") {
    const std::string paragraphs =
        "The Mercosur summit closed in Montevideo.\n\nRussia chaired BRICS in 2024.\n\n"
        "Brazil is one of the founders of the grouping, alongside Russia, India and China.";
    CHECK(facts_of(paragraphs) == Lines{"BRA founder_of BRICS", "CHN founder_of BRICS",
                                        "IND founder_of BRICS", "RUS chair_of BRICS",
                                        "RUS founder_of BRICS"});
  }

  TEST_CASE("a list whose sentence and the one before name no organisation: the paragraph's") {
    CHECK(facts_of("Kyrgyzstan is among the founders of the SCO. India met Pakistan in Astana. "
                   "Afghanistan and Mongolia have observer status.") ==
          Lines{"AFG observer_of SCO", "KGZ founder_of SCO", "MNG observer_of SCO"});
  }

  TEST_CASE("'the Forum' after an organisation of that name in the sentence is that one") {
    // The first line is the title, as in a statement.
    CHECK(facts_of("Statement\n\nThe East Asia Summit met in 2005. Japan has been a member of "
                   "the ASEAN "
                   "Regional Forum (ARF) since 1994; North Korea joined the Forum in 2000.") ==
          Lines{"JPN member_of ARF", "PRK member_of ARF"});
    CHECK(facts_of("Statement\n\nASEAN met in Vientiane. Japan has been a member of the EAS "
                   "since 2005, and "
                   "the United States and Russia joined the Summit in 2011.") ==
          Lines{"JPN member_of EAS", "RUS member_of EAS", "USA member_of EAS"});
    // A summit as an event names no organisation.
    CHECK(facts_of("Japan is a member of ASEAN. Russia joined the summit in 2011.") ==
          Lines{"JPN member_of ASEAN"});
  }

  TEST_CASE("admissions and passive joins whose items carry their own dates") {
    const std::string admissions =
        "ASEAN has since grown with the admission of Brunei Darussalam in 1984, Viet Nam in 1995, "
        "the Lao PDR and Myanmar in 1997, and Cambodia in 1999.";
    CHECK(facts_of(admissions) == all({"BRN", "KHM", "LAO", "MMR", "VNM"}, "member_of", "ASEAN"));
    CHECK(dates_of(admissions) == std::vector<std::string>{"1984", "1995", "1997", "1997", "1999"});
    CHECK(facts_of("Statement\n\nASEAN was founded in 1967. It was later joined by Brunei in "
                   "1984 and Viet Nam in 1995.") == all({"BRN", "VNM"}, "member_of", "ASEAN"));
    CHECK(facts_of("The eleven founding states of BSEC were later joined by Serbia.") ==
          Lines{"SRB member_of BSEC"});
    // An admission discussed, and a person joined by delegations, are none.
    CHECK(facts_of("ASEAN discussed the admission of Brunei in 1984.") == Lines{});
    CHECK(facts_of("The minister was joined by Kazakhstan and Uzbekistan at the talks.") ==
          Lines{});
  }

  TEST_CASE("an adverb between the subject and its verb") {
    CHECK(facts_of("Statement\n\nThe SCO met. Iran officially became the ninth full member of "
                   "the Organisation.") == Lines{"IRN member_of SCO"});
  }

  TEST_CASE("references settled by the sentence or the paragraph") {
    // "the group" after BRICS in the same sentence is BRICS, not the topic.
    CHECK(facts_of("Statement\n\nThe Mercosur summit closed. Brazil will chair BRICS after "
                   "Russia, which chaired the grouping in 2024.") == Lines{"RUS chair_of BRICS"});
    // "the grouping" opening a paragraph carries its topic on to the next
    // sentence, whose objectless "joined" is BRICS's.
    CHECK(facts_of("Statement on Mercosur\n\nRussia chaired BRICS in 2024.\n\nBrazil founded "
                   "the grouping. Egypt and Iran joined on 1 January 2024.") ==
          Lines{"BRA founder_of BRICS", "EGY member_of BRICS", "IRN member_of BRICS",
                "RUS chair_of BRICS"});
    // A status with no organisation in its sentence or the one before: the
    // paragraph's, not the title's.
    CHECK(facts_of("Statement on the CSTO\n\nKyrgyzstan is among the founders of the SCO. "
                   "India met Pakistan. Armenia and Nepal are dialogue partners.") ==
          Lines{"ARM partner_of SCO", "KGZ founder_of SCO", "NPL partner_of SCO"});
  }

  TEST_CASE("leaving the organisation in context, with no object named") {
    CHECK(facts_of("Statement\n\nGUAM met in Kyiv. Uzbekistan joined GUAM in 1999, but the "
                   "Uzbek side withdrew in 2005.") == Lines{"UZB left GUAM", "UZB member_of GUAM"});
    CHECK(facts_of("Statement\n\nECOWAS met in Abuja. Guinea was suspended in September 2021 "
                   "for the same reason.") == Lines{"GIN left ECOWAS"});
    CHECK(facts_of("Statement\n\nThe Arab League met in Cairo. Syria's membership had been "
                   "suspended in November 2011.") == Lines{"SYR left LAS"});
    CHECK(facts_of("Statement\n\nECOWAS met in Abuja. Mali had been suspended from the "
                   "Community's institutions in May 2021.") == Lines{"MLI left ECOWAS"});
    // Troops withdrawn, talks suspended: no state left anything.
    CHECK(facts_of("Statement\n\nECOWAS met in Abuja. Russia withdrew in 2005 its troops.") ==
          Lines{});
    CHECK(facts_of("Statement\n\nECOWAS met in Abuja. The talks were suspended in 2021.") ==
          Lines{});
    CHECK(facts_of("Statement\n\nECOWAS met in Abuja. Guinea could be suspended in 2025.") ==
          Lines{});
  }

  TEST_CASE("organisations, cities and a short name the gazetteer lacked") {
    CHECK(facts_of("Chile, Colombia, Mexico and Peru remain the Pacific Alliance's only full "
                   "members.") ==
          all({"CHL", "COL", "MEX", "PER"}, "member_of", "Pacific Alliance"));
    CHECK(facts_of("The Secretariat of the CPLP is located in Lisbon.") ==
          Lines{"CPLP headquartered_in Lisbon"});
    CHECK(facts_of("Korea, China and Japan, all three dialogue partners of ASEAN, met in Seoul.") ==
          all({"CHN", "JPN", "KOR"}, "partner_of", "ASEAN"));
    // "North Korea" is the longer name, and wins.
    CHECK(facts_of("North Korea joined the ARF in 2000.") == Lines{"PRK member_of ARF"});
  }

  TEST_CASE("a secretariat that works in, sits in or is hosted in a city") {
    CHECK(facts_of("The SCO Secretariat works in Beijing.") ==
          Lines{"SCO headquartered_in Beijing"});
    CHECK(facts_of("The ECO Secretariat is hosted in Tehran.") ==
          Lines{"ECO headquartered_in Tehran"});
    // An organisation works in many places; a person is no seat.
    CHECK(facts_of("The UN works in Geneva.") == Lines{});
    CHECK(facts_of("The Secretary-General of the SCO works in Beijing.") == Lines{});
  }

  TEST_CASE("admitted as full members at the summit of the organisation in context") {
    CHECK(facts_of("Statement\n\nThe SCO met in Astana. India and Pakistan were admitted as "
                   "full members at the Astana summit in June 2017.") ==
          all({"IND", "PAK"}, "member_of", "SCO"));
  }
}

}  // namespace
}  // namespace orgkg
