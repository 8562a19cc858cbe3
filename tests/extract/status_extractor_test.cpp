// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The status extractor as a whole: evidence, the organisation taken from
// context, "our country", its place among the default extractors, and the
// seed statements' chair_of and partner_of facts.
#include "orgkg/extract/status_extractor.hpp"

#include <doctest/doctest.h>

#include <filesystem>

#include "orgkg/extract/build.hpp"
#include "orgkg/extract/corpus.hpp"
#include "orgkg/graph/store.hpp"
#include "status_test_support.hpp"

namespace orgkg {
namespace {

using test::status_facts;
using test::status_triples;
using Lines = std::vector<std::string>;

TEST_SUITE("status_extractor") {
  TEST_CASE("every triple carries its evidence: document, sentence, offsets, date, rule") {
    std::string text =
        "Comment on the summit\nThe leaders met. In 2014, China assumed the "
        "presidency of CICA.\n";
    std::vector<Triple> triples = status_triples(text, "2016-04-27");
    REQUIRE(triples.size() == 1);
    const Evidence& e = triples[0].evidence;
    CHECK(e.doc_id == "doc");
    CHECK(e.sentence == "In 2014, China assumed the presidency of CICA.");
    CHECK(text.substr(e.begin, e.end - e.begin) == e.sentence);
    CHECK(e.date.to_iso() == "2014");
    CHECK(e.rule == "chair.assumed");
    CHECK(triples[0].subject.kind == EntityKind::State);
    CHECK(triples[0].object.aliases.count("CICA") == 1);
  }

  TEST_CASE("an unnamed organisation comes from the sentence before or the title") {
    CHECK(status_facts("The SCO summit opened in Astana. Kazakhstan's chairmanship focused on "
                       "security.") == Lines{"KAZ chair_of SCO"});
    CHECK(status_facts("Statement on the CSTO session\nThe leaders met in Yerevan. The Armenian "
                       "chairmanship prepared a declaration.") == Lines{"ARM chair_of CSTO"});
    // Title and sentence before disagree: nothing rather than a guess.
    CHECK(status_facts("Statement on the CSTO session\nThe SCO was mentioned. The Armenian "
                       "chairmanship prepared a declaration.") == Lines{});
    // Two organisations in the sentence: which one is chaired is unknown.
    CHECK(status_facts("The Kazakh chairmanship advanced ties of the SCO and the EAEU.") ==
          Lines{});
    // A presidency needs its organisation named in its sentence.
    CHECK(status_facts("The G20 summit opened. The Indian presidency presented its "
                       "priorities.") == Lines{});
    // The sentence's only organisation, unless the title names another one.
    CHECK(status_facts("Statement on the G20 summit\nThe Brazilian presidency invited the "
                       "African Union.") == Lines{});
    CHECK(status_facts("Statement on the SCO summit\nUnder Uzbekistan's chairmanship, the SCO "
                       "adopted new documents.") == Lines{"UZB chair_of SCO"});
    // "under the chairmanship of X": the body that met, before it.
    CHECK(status_facts("The CSTO Collective Security Council met under the chairmanship of "
                       "Armenia and discussed cooperation with the SCO.") ==
          Lines{"ARM chair_of CSTO"});
  }

  TEST_CASE("'our country' and 'we' are the publisher, and only when it is known") {
    std::string text = "On 1 January 2024, our country assumed the BRICS chairmanship.";
    CHECK(test::facts(status_triples(text, "2024-01-01", "RUS")) == Lines{"RUS chair_of BRICS"});
    CHECK(test::facts(status_triples(text, "2024-01-01", "")) == Lines{});
    CHECK(test::facts(status_triples("During our chairmanship of the SCO, we held 80 events.",
                                     "2020-06-01", "RUS")) == Lines{"RUS chair_of SCO"});
    CHECK(test::facts(status_triples("We assumed the BRICS chairmanship in 2024.", "2024-02-01",
                                     "RUS")) == Lines{"RUS chair_of BRICS"});
    CHECK(test::facts(status_triples("We hope our partners will join BRICS in 2025.", "2024-02-01",
                                     "RUS")) == Lines{});
  }

  TEST_CASE("runs among the default extractors, once per fact and sentence") {
    bool found = false;
    for (const auto& extractor : default_extractors(test::gazetteer())) {
      found = found || extractor->name() == "status";
    }
    CHECK(found);
    CHECK(status_triples("China assumed the presidency of CICA, and the CICA presidency was "
                         "held by China in 2014.")
              .size() == 1);
  }

  TEST_CASE("the seed statements give their chair_of and partner_of facts") {
    std::filesystem::path seeds = std::filesystem::path(ORGKG_SHARED_DIR) / "seeds";
    if (!std::filesystem::is_directory(seeds)) {
      MESSAGE("skipped: no seed statements at " << seeds.string());
      return;
    }
    Store store;
    Diagnostics diagnostics;
    add_documents(list_corpus({seeds}), test::gazetteer(), store, diagnostics);
    const Fact* china = store.find_fact("state_CHN", Relation::ChairOf, "org_CICA");
    REQUIRE(china != nullptr);
    CHECK(china->first_seen.to_iso() == "2014");
    CHECK(store.find_fact("state_KAZ", Relation::ChairOf, "org_CICA") != nullptr);
    CHECK(store.find_fact("state_RUS", Relation::PartnerOf, "org_ASEAN") != nullptr);
    std::size_t statuses = 0;
    for (const Fact* fact : store.facts()) {
      for (Relation r : {Relation::ChairOf, Relation::PartnerOf, Relation::AssociateMemberOf,
                         Relation::CandidateFor, Relation::Left}) {
        if (fact->relation == r) ++statuses;
      }
    }
    CHECK(statuses == 3);  // nothing else: no spurious status facts
  }
}

}  // namespace
}  // namespace orgkg
