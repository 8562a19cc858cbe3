// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// chair_of: who holds an organisation's chairmanship or presidency, dated by
// its clause, and nothing from hopes, negations, heads of state or persons.
#include <doctest/doctest.h>

#include "status_test_support.hpp"

namespace orgkg {
namespace {

using test::status_dated;
using test::status_facts;
using Lines = std::vector<std::string>;

TEST_SUITE("chair_patterns") {
  TEST_CASE("reads assumed, took over and holds, dated by the clause or its period") {
    CHECK(status_dated("In 2014, China assumed the presidency of CICA.") ==
          Lines{"CHN chair_of CICA 2014 from 2014 (chair.assumed)"});
    CHECK(status_dated("India assumed the SCO chairmanship in September 2022.") ==
          Lines{"IND chair_of SCO 2022-09 from 2022-09 (chair.assumed)"});
    CHECK(status_dated("On 1 January 2024, Russia assumed the chairmanship of BRICS.") ==
          Lines{"RUS chair_of BRICS 2024-01-01 from 2024-01-01 (chair.assumed)"});
    CHECK(status_dated("Laos holds the ASEAN chairmanship in 2024.") ==
          Lines{"LAO chair_of ASEAN 2024 (chair.holds)"});
    CHECK(status_dated("Russia has taken over the SCO chairmanship for 2019–2020.") ==
          Lines{"RUS chair_of SCO 2019 from 2019 to 2020 (chair.took_over)"});
    CHECK(status_dated("Italy, holding the G20 presidency in 2021, hosted the Rome summit.") ==
          Lines{"ITA chair_of G20 2021 (chair.holds)"});
    CHECK(status_dated("On 13 November, Vietnam, which holds the ASEAN chairmanship in 2020, "
                       "hosted the summit by videoconference.") ==
          Lines{"VNM chair_of ASEAN 2020 (chair.holds)"});
    CHECK(status_facts("Azerbaijan assumed the rotating presidency of the OSCE Minsk Group.") ==
          Lines{});  // an unknown body: not the OSCE's chair
  }

  TEST_CASE("a handover gives the giver and the receiver, each with its own dates") {
    CHECK(status_dated("Russia took over the BRICS chairmanship from South Africa on 1 January "
                       "2024.") == Lines{"ZAF chair_of BRICS 2024-01-01 (chair.took_over_from)",
                                         "RUS chair_of BRICS 2024-01-01 from 2024-01-01 "
                                         "(chair.took_over)"});
    CHECK(status_dated("India handed over the SCO chairmanship to Kazakhstan in July 2023.") ==
          Lines{"IND chair_of SCO 2023-07 to 2023-07 (chair.handed_over)",
                "KAZ chair_of SCO 2023-07 from 2023-07 (chair.handed_over)"});
    CHECK(status_dated("Norway, which chaired the Council in 2023–2025, handed over the "
                       "chairmanship of the Arctic Council to Denmark for 2025–2027.") ==
          Lines{"NOR chair_of Arctic Council 2023 from 2023 to 2025 (chair.chairs)",
                "DNK chair_of Arctic Council 2025 from 2025 to 2027 (chair.handed_over)"});
    CHECK(status_facts("Tajikistan, which held the SCO chairmanship in 2020–2021, passed it to "
                       "Uzbekistan.") == Lines{"TJK chair_of SCO", "UZB chair_of SCO"});
  }

  TEST_CASE("reads chairs and chaired, with the organisation or its bodies as object") {
    CHECK(status_dated("Uzbekistan chaired the SCO in 2021–2022.") ==
          Lines{"UZB chair_of SCO 2021 from 2021 to 2022 (chair.chairs)"});
    CHECK(status_dated("In 2024, Laos chairs ASEAN.") == Lines{"LAO chair_of ASEAN 2024 "
                                                               "(chair.chairs)"});
    CHECK(status_dated("In 2021, Kazakhstan chaired the bodies of the Eurasian Economic Union.") ==
          Lines{"KAZ chair_of EAEU 2021 (chair.chairs)"});
    CHECK(status_facts("Kyrgyzstan chaired the SCO summit in Bishkek.") ==
          Lines{"KGZ chair_of SCO"});
    CHECK(status_facts("Russia chaired the meeting of the SCO foreign ministers.") == Lines{});
    CHECK(status_facts("Lavrov chaired the SCO Council of Foreign Ministers.") == Lines{});
  }

  TEST_CASE("a future chairmanship is not held yet, dated or not") {
    // tests/gold/README.md: a scheduled chairmanship is not recorded.
    CHECK(status_facts("In 2023, the chairmanship of the CSTO will pass to Belarus.") == Lines{});
    CHECK(status_facts("The next CICA chairmanship, for 2020–2022, will be held by Kazakhstan.") ==
          Lines{});
    CHECK(status_facts("Brazil will chair BRICS in 2025.") == Lines{});
    CHECK(status_facts("Russia will take over the chairmanship of the CSTO in 2025.") == Lines{});
    CHECK(status_facts("The Lao PDR will assume the ASEAN Chairmanship in 2024.") == Lines{});
    // What is held now still counts beside a future clause.
    CHECK(status_facts("Belarus holds the chairmanship of the CSTO this year, and the summit "
                       "will be held in Minsk.") == Lines{"BLR chair_of CSTO"});
    CHECK(status_facts("Kazakhstan will chair the SCO.") == Lines{});  // when?
    CHECK(status_facts("We hope Kazakhstan will chair the SCO in 2025.") == Lines{});
    CHECK(status_facts("Russia could assume the chairmanship of the CSTO in 2026.") == Lines{});
    CHECK(status_facts("Russia did not assume the chairmanship of the CSTO.") == Lines{});
    CHECK(status_facts("Armenia is ready to take over the CSTO chairmanship in 2025.") == Lines{});
  }

  TEST_CASE("reads passed to, held by and chaired by") {
    CHECK(status_dated("The SCO chairmanship passed to India in September 2022.") ==
          Lines{"IND chair_of SCO 2022-09 from 2022-09 (chair.passes_to)"});
    CHECK(status_dated("The G20 is chaired by Indonesia in 2022.") ==
          Lines{"IDN chair_of G20 2022 (chair.chaired_by)"});
    CHECK(status_facts("The OSCE Chairmanship is held by Malta in 2024.") ==
          Lines{"MLT chair_of OSCE"});
    CHECK(status_facts("The current chair of the Arctic Council is Norway.") ==
          Lines{"NOR chair_of Arctic Council"});
  }

  TEST_CASE("reads a state's, a demonym's and 'under the chairmanship of' phrases") {
    CHECK(status_dated("Uzbekistan's SCO chairmanship in 2021–2022 focused on connectivity.") ==
          Lines{"UZB chair_of SCO 2021 from 2021 to 2022 (chair.possessive)"});
    CHECK(status_dated("The Russian chairmanship of BRICS in 2024 proved a success.") ==
          Lines{"RUS chair_of BRICS 2024 (chair.demonym)"});
    CHECK(status_facts("Under Kazakhstan's chairmanship, the CSTO adopted a new strategy.") ==
          Lines{"KAZ chair_of CSTO"});
    CHECK(status_facts("We appreciate the efforts of the Swiss OSCE Chairmanship-in-Office.") ==
          Lines{"CHE chair_of OSCE"});
    CHECK(status_facts("The Indonesian chairmanship and the ASEAN Secretariat prepared the "
                       "documents.") == Lines{"IDN chair_of ASEAN"});
    CHECK(status_dated("On 16 September, the SCO Heads of State Council met in Samarkand under "
                       "the chairmanship of Uzbekistan.",
                       "2022-09-16") ==
          Lines{"UZB chair_of SCO 2022-09-16 (chair.chairmanship_of)"});
    CHECK(status_facts("The Supreme Eurasian Economic Council met under the chairmanship of "
                       "Armenia.") == Lines{"ARM chair_of EAEU"});
    CHECK(status_facts("Russia supports the priorities of the Indian G20 presidency.") ==
          Lines{"IND chair_of G20"});
  }

  TEST_CASE("reads presidencies of the Council of the EU as chairs of the EU") {
    CHECK(status_facts("The Greek Presidency of the Council of the EU hosted the meeting.") ==
          Lines{"GRC chair_of EU"});
    CHECK(status_facts("Talks were held with the Presidency of the Council of the European "
                       "Union, which Greece holds in the first half of 2014.") ==
          Lines{"GRC chair_of EU"});
    CHECK(status_dated("We met the Presidency of the Council of the EU, which Lithuania held in "
                       "2013.") == Lines{"LTU chair_of EU 2013 (chair.holds)"});
    CHECK(status_dated("Spain holds the rotating presidency of the EU Council in 2023.") ==
          Lines{"ESP chair_of EU 2023 (chair.holds)"});
    CHECK(status_facts("The Spanish presidency of the Council of the European Union ended.") ==
          Lines{"ESP chair_of EU"});
    CHECK(status_facts("The Greek presidency announced new elections.") == Lines{});
  }

  TEST_CASE("reads served as chair, became chair, 'the Kazakhstan chairmanship', 'for its'") {
    CHECK(status_dated("Azerbaijan served as the chair of the Non-Aligned Movement (NAM) in "
                       "2020–2023.") ==
          Lines{"AZE chair_of NAM 2020 from 2020 to 2023 (chair.served_as)"});
    CHECK(status_dated("On 1 January 2024, Russia became the chair of BRICS.") ==
          Lines{"RUS chair_of BRICS 2024-01-01 from 2024-01-01 (chair.became)"});
    CHECK(status_facts("At the initiative of the Kazakhstan chairmanship, the SCO ministers "
                       "observed a minute of silence.") == Lines{"KAZ chair_of SCO"});
    CHECK(status_facts("The leaders thanked Kyrgyzstan for its successful chairmanship of the "
                       "SCO.") == Lines{"KGZ chair_of SCO"});
    // "for 2018": the chairmanship's year.
    CHECK(status_dated("Singapore's ASEAN chairmanship for 2018 will focus on resilience.",
                       "2017-11-14") == Lines{"SGP chair_of ASEAN 2018 (chair.possessive)"});
  }

  TEST_CASE("reads appositions: the current president, as chair") {
    CHECK(status_facts("We share the aims of China, the current CICA president, and of other "
                       "members.") == Lines{"CHN chair_of CICA"});
    CHECK(status_facts("Laos, as ASEAN Chair, hosted the summit in Vientiane.") ==
          Lines{"LAO chair_of ASEAN"});
    CHECK(status_facts("Russia, in its capacity as BRICS chair, hosted the Kazan summit.") ==
          Lines{"RUS chair_of BRICS"});
    CHECK(status_facts("Kazakhstan, the incoming chair of the SCO, presented its priorities.") ==
          Lines{});
  }

  TEST_CASE("nothing from heads of state, persons, the UN's bodies or upcoming chairmanships") {
    CHECK(status_facts("Tokayev assumed the presidency of Kazakhstan in 2019.") == Lines{});
    CHECK(status_facts("The Russian presidency said that the talks had been useful.") == Lines{});
    CHECK(status_facts("Russia's presidency of the UN Security Council in October was "
                       "productive.") == Lines{});
    CHECK(status_facts("The meeting was held under the chairmanship of Russian Foreign Minister "
                       "Sergey Lavrov.") == Lines{});
    CHECK(status_facts("The SCO meeting was held under the chairmanship of Kazakhstan's Foreign "
                       "Minister.") == Lines{});
    CHECK(status_facts("Kazakhstan's upcoming chairmanship of the SCO will be important.") ==
          Lines{});
    CHECK(status_facts("Mr Chairman, the SCO has grown stronger.") == Lines{});
    CHECK(status_facts("Kazakhstan's chairmanship promoted cooperation with the UN.") == Lines{});
  }
}

}  // namespace
}  // namespace orgkg
