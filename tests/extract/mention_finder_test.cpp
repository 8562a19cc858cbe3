// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/extract/mention_finder.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_support.hpp"
#include "tokenizer.hpp"

namespace orgkg {
namespace {

// "KEY=surface" per mention.
std::vector<std::string> found(MentionFinder& finder, std::string_view text) {
  std::vector<std::string> result;
  for (const Mention& m : finder.find(text)) {
    CHECK(text.substr(m.begin, m.end - m.begin) == m.surface);
    result.push_back(m.entity->key + "=" + m.surface);
  }
  return result;
}

using Lines = std::vector<std::string>;

TEST_SUITE("mention_finder") {
  TEST_CASE("finds states, organisations and cities with byte offsets, longest first") {
    MentionFinder finder(test::gazetteer());
    CHECK(found(finder,
                "Russia’s talks with the Republic of Korea at the ASEAN Regional Forum "
                "in Nur-Sultan.") == Lines{"RUS=Russia", "KOR=Republic of Korea",
                                           "ARF=ASEAN Regional Forum", "Astana=Nur-Sultan"});
    std::vector<Mention> mentions = finder.find("xx NATO", 100);
    REQUIRE(mentions.size() == 1);
    CHECK(mentions[0].begin == 103);
    CHECK(mentions[0].end == 107);
    CHECK(mentions[0].form == NameForm::Acronym);
  }

  TEST_CASE("takes secretariats for their organisation") {
    MentionFinder finder(test::gazetteer());
    CHECK(found(finder, "The CICA Secretariat wrote to the Secretariat of the SCO.") ==
          Lines{"CICA=CICA Secretariat", "SCO=Secretariat of the SCO"});
  }

  TEST_CASE("learns an acronym a document defines for a known organisation") {
    MentionFinder finder(test::gazetteer());
    CHECK(found(finder, "The Eurasian Economic Union (EAU) met.") ==
          Lines{"EAEU=Eurasian Economic Union", "EAEU=EAU"});
    CHECK(found(finder, "The EAU includes Armenia.") == Lines{"EAEU=EAU", "ARM=Armenia"});
    MentionFinder other(test::gazetteer());
    CHECK(found(other, "The EAU includes Armenia.") == Lines{"ARM=Armenia"});
  }

  TEST_CASE("a finder knows nothing a finder destroyed before it learned") {
    // A finder takes over the state of one the thread destroyed: emptied.
    {
      MentionFinder first(test::gazetteer());
      CHECK(
          found(first, "The Eurasian Economic Union (EAU) and the Arctic Fish Forum (AFF) met.") ==
          Lines{"EAEU=Eurasian Economic Union", "EAEU=EAU", "AFF=Arctic Fish Forum", "AFF=AFF"});
      CHECK(first.learned_entities().size() == 1);
    }
    MentionFinder next(test::gazetteer());
    CHECK(found(next, "The EAU and the AFF include Armenia.") == Lines{"ARM=Armenia"});
    CHECK(next.learned_entities().empty());
  }

  TEST_CASE("an acronym defined for another organisation than the gazetteer's names it after") {
    MentionFinder finder(test::gazetteer());
    CHECK(found(finder, "The Eurasian Economic Union (CICA) and the CICA met.") ==
          Lines{"EAEU=Eurasian Economic Union", "EAEU=CICA", "EAEU=CICA"});
    CHECK(found(finder, "The CICA includes Armenia.") == Lines{"EAEU=CICA", "ARM=Armenia"});
  }

  TEST_CASE("learns an acronym written with dots as the same one without") {
    // "E.A.U." is a token whose spelling the tokenizer changed, "EAU" one it
    // did not: both must teach the same name.
    MentionFinder finder(test::gazetteer());
    CHECK(found(finder, "The Eurasian Economic Union (E.A.U.) met.") ==
          Lines{"EAEU=Eurasian Economic Union", "EAEU=E.A.U."});
    CHECK(found(finder, "The EAU includes Armenia.") == Lines{"EAEU=EAU", "ARM=Armenia"});
    MentionFinder other(test::gazetteer());
    CHECK(found(other, "The Eurasian Economic Union (EAU) met, E.A.U. too.") ==
          Lines{"EAEU=Eurasian Economic Union", "EAEU=EAU", "EAEU=E.A.U."});
  }

  TEST_CASE("creates an organisation for an unknown 'Full Name (ACR)' and uses it after") {
    MentionFinder finder(test::gazetteer());
    CHECK(found(finder, "Talks with the Caspian Littoral Forum (CLF) began.") ==
          Lines{"CLF=Caspian Littoral Forum", "CLF=CLF"});
    REQUIRE(finder.learned_entities().size() == 1);
    const Entity& clf = *finder.learned_entities()[0];
    CHECK(clf.kind == EntityKind::Organisation);
    CHECK(clf.label == "CLF");
    CHECK(clf.name == "Caspian Littoral Forum");
    CHECK(found(finder, "The CLF includes Iran.") == Lines{"CLF=CLF", "IRN=Iran"});
    CHECK(found(finder, "NATO (North Atlantic Treaty Organization) and XYZ (Other Name) met.") ==
          Lines{"NATO=NATO", "NATO=North Atlantic Treaty Organization"});
    CHECK(finder.learned_entities().size() == 1);
  }

  TEST_CASE("find_into replaces the mentions of the vector it is given") {
    MentionFinder finder(test::gazetteer());
    std::string_view first = "The Shanghai Cooperation Organisation, Russia, China and NATO met.";
    std::string_view second = "Kazakhstan joined the SCO.";
    detail::TokenList first_tokens = detail::tokenize(first);
    detail::TokenList second_tokens = detail::tokenize(second);
    std::vector<Mention> mentions;
    finder.find_into(mentions, first, 10, first_tokens);
    REQUIRE(mentions.size() == 4);
    CHECK(mentions[0].surface == "Shanghai Cooperation Organisation");
    CHECK(mentions[0].begin == 14);
    finder.find_into(mentions, second, 100, second_tokens);
    REQUIRE(mentions.size() == 2);
    CHECK(mentions[0].entity->key == "KAZ");
    CHECK(mentions[0].surface == "Kazakhstan");
    CHECK(mentions[0].begin == 100);
    CHECK(mentions[1].entity->key == "SCO");
    CHECK(mentions[1].surface == "SCO");
    CHECK(mentions[1].form == NameForm::Acronym);
    std::string_view third = "No names here.";
    detail::TokenList third_tokens = detail::tokenize(third);
    finder.find_into(mentions, third, 0, third_tokens);
    CHECK(mentions.empty());
  }

  TEST_CASE("learns every definition of a sentence, in order, whatever parentheses surround it") {
    // The "(" tokens are found from the '(' bytes: several in a sentence,
    // one opening it, one closing it, one inside another's words.
    MentionFinder finder(test::gazetteer());
    CHECK(found(finder,
                "(In brief) the Caspian Littoral Forum (CLF), the Arctic Shipping "
                "Board (ASB) and (see above) the Barents Rail Union (BRU) met (") ==
          Lines{"CLF=Caspian Littoral Forum", "CLF=CLF", "ASB=Arctic Shipping Board", "ASB=ASB",
                "BRU=Barents Rail Union", "BRU=BRU"});
    REQUIRE(finder.learned_entities().size() == 3);
    CHECK(finder.learned_entities()[0]->key == "CLF");
    CHECK(finder.learned_entities()[2]->key == "BRU");
    CHECK(found(finder, "(BRU)") == Lines{"BRU=BRU"});  // a "(" first: no definition
    CHECK(finder.learned_entities().size() == 3);
  }

  TEST_CASE("does not learn from parentheses whose initials do not fit") {
    MentionFinder finder(test::gazetteer());
    (void)finder.find("Foreign Minister Sergey Lavrov (MFA) spoke.");
    CHECK(finder.learned_entities().empty());
  }
}

}  // namespace
}  // namespace orgkg
