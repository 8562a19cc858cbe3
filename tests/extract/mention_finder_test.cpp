// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/extract/mention_finder.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_support.hpp"

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

  TEST_CASE("does not learn from parentheses whose initials do not fit") {
    MentionFinder finder(test::gazetteer());
    (void)finder.find("Foreign Minister Sergey Lavrov (MFA) spoke.");
    CHECK(finder.learned_entities().empty());
  }
}

}  // namespace
}  // namespace orgkg
